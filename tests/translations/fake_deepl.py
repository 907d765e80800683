"""A stand-in for DeepL's API on a free local port, speaking its real paths: /v2/translate and
/v2/glossaries (create, list, entries, delete). It records what it was sent; it never answers
for the internet's DeepL."""

import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

AUTH_KEY = "test-key"


class FakeDeepL:
    def __init__(self):
        self.translate_requests = []  # the form of each /v2/translate request
        self.glossaries = {}  # id -> {"name", "source_lang", "target_lang", "entries"}
        self.deleted = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server.server_port}/v2/translate"

    def translator_setting(self):
        """WAGTAILLOCALIZE_MACHINE_TRANSLATOR as base.py builds it, pointed at this server."""
        return {
            "CLASS": "translations.memory.machine.MemoryFirstTranslator",
            "OPTIONS": {
                "TRANSLATOR": {
                    "CLASS": "translations.glossary.deepl.GlossaryDeepLTranslator",
                    "OPTIONS": {"AUTH_KEY": AUTH_KEY, "API_URL": self.url},
                }
            },
        }

    def sent_texts(self):
        return [text for form in self.translate_requests for text in form.get("text", [])]

    def handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def answer(self, status, body=None, content_type="application/json"):
                data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data) if body is not None else 0))
                self.end_headers()
                if body is not None:
                    self.wfile.write(data)

            def authorised(self):
                if self.headers.get("Authorization") == f"DeepL-Auth-Key {AUTH_KEY}":
                    return True
                self.answer(403, {"message": "Wrong key"})
                return False

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
                if not self.authorised():
                    return
                if self.path == "/v2/translate":
                    fake.translate_requests.append(form)
                    texts = form.get("text", [])
                    self.answer(
                        200,
                        {
                            "translations": [
                                {"detected_source_language": "LT", "text": f"[DeepL] {text}"}
                                for text in texts
                            ]
                        },
                    )
                elif self.path == "/v2/glossaries":
                    glossary_id = str(uuid.uuid4())
                    fields = {name: form[name][0] for name in form}
                    fake.glossaries[glossary_id] = fields
                    entries = [line for line in fields["entries"].split("\n") if line]
                    self.answer(
                        201,
                        {
                            "glossary_id": glossary_id,
                            "name": fields["name"],
                            "ready": True,
                            "source_lang": fields["source_lang"],
                            "target_lang": fields["target_lang"],
                            "creation_time": "2026-11-30T12:00:00.000000Z",
                            "entry_count": len(entries),
                        },
                    )
                else:
                    self.answer(404, {"message": "Not found"})

            def do_GET(self):
                if not self.authorised():
                    return
                if self.path == "/v2/glossaries":
                    listed = [
                        {"glossary_id": key, **value} for key, value in fake.glossaries.items()
                    ]
                    self.answer(200, {"glossaries": listed})
                elif self.path.endswith("/entries"):
                    glossary = fake.glossaries.get(self.path.split("/")[3])
                    if glossary is None:
                        self.answer(404, {"message": "Not found"})
                    else:
                        self.answer(200, glossary["entries"], "text/tab-separated-values")
                else:
                    self.answer(404, {"message": "Not found"})

            def do_DELETE(self):
                if not self.authorised():
                    return
                glossary_id = self.path.rsplit("/", 1)[-1]
                if fake.glossaries.pop(glossary_id, None) is None:
                    self.answer(404, {"message": "Not found"})
                else:
                    fake.deleted.append(glossary_id)
                    self.answer(204)

            def log_message(self, *args):
                pass

        return Handler

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
