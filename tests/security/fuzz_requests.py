"""Malformed requests, made from a fixed seed: the same list on every run and every machine.

Each request aims at a `Target` and spoils it in one to three ways ("families"): a bad value in
the path, a mangled path, a bad query string, an odd method, odd headers, an odd body, an odd
encoding. Everything is as a WSGI server hands it to Django: the path already percent-decoded
into bytes (read as Latin-1), the query string raw, headers as Latin-1 text.
"""

import json
import random
from dataclasses import dataclass, field
from urllib.parse import quote, unquote_to_bytes

OVERLONG = 5000

# Values that go into a path segment, percent-encoded as on the wire.
BAD_PATH_VALUES = [
    "9" * 25,  # beyond every integer column
    "9223372036854775808",  # 2**63
    "-1",
    "0",
    "00001",
    "1e309",
    "NaN",
    "%C4%85%C4%8D%C4%99",  # ąčę
    "%F0%9F%98%80",  # an emoji
    "%00",
    "%FF%FE",  # not UTF-8
    "%C3%28",  # a broken UTF-8 sequence
    "%C0%AE",  # an overlong UTF-8 dot
    "%ED%A0%80",  # a lone surrogate
    "%E2%80%AE",  # right-to-left override
    ".",
    "..",
    "%2e%2e",
    "%2F",
    "%5C..%5C",
    "%",
    "%G1",
    "%2",
    "a" * OVERLONG,
    "%3Cscript%3E",
    "%7B%7B7*7%7D%7D",  # {{7*7}}
    "'%22",
    "%0D%0ASet-Cookie:%20x=1",
    "%20",
    "",
]

# Values that go into a query string parameter, percent-encoded as on the wire.
BAD_QUERY_VALUES = [
    *BAD_PATH_VALUES,
    "1",
    "2",
    "99999999999",
    "-99999999999",
    "1.5",
    "0x10",
    "inf",
    "true",
    "null",
    "None",
    "[]",
    "%7B%7D",  # {}
    "+",
    "%2B",
    "%25",
    "a+b",
    "%27%20OR%201=1--",
    "..%2F..%2Fetc%2Fpasswd",
    "https://evil.example/",
    "//evil.example",
    "javascript:alert(1)",
    "%F0%9F%98%80" * 100,
    "x" * 20_000,
    "lt",
    "LT",
    "ongoing",
]

ODD_METHODS = [
    "HEAD",
    "POST",
    "PUT",
    "DELETE",
    "OPTIONS",
    "PATCH",
    "TRACE",
    "CONNECT",
    "PROPFIND",
    "PURGE",
    "FOO",
    "get",
]
BODY_METHODS = ["POST", "PUT", "PATCH", "DELETE"]

# Header values a client may send, by WSGI name. Host stays within what Django's host
# validation has to judge: allowed names in odd forms, and names it must refuse.
ODD_HEADERS = {
    "HTTP_HOST": [
        "LOCALHOST",
        "localhost.",
        "localhost:80",
        "localhost:99999",
        "localhost:abc",
        "127.0.0.1:0",
        "[::1]",
        "evil.example",
        "",
        "testserver@evil.example",
        "a" * 300,
        "ąčę.lt",
        "localhost, evil.example",
    ],
    "HTTP_ACCEPT_LANGUAGE": [
        "*",
        "xx-YY",
        "lt;q=abc",
        "lv;q=1e9, lt;q=-1",
        ",,,;;;",
        "zh-Hant-TW-x-private-a-b-c",
        "lt-" + "a" * 300,
        "ru, pl;q=0.5, en;q=0",
        "\u0101\u0113",
        ";q=0.5",
    ],
    "HTTP_IF_MODIFIED_SINCE": [
        "garbage",
        "Thu, 01 Jan 1970 00:00:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "Sun, 06 Nov 1994 08:49:37",
        "-1",
        "99999999999999999999",
    ],
    "HTTP_IF_NONE_MATCH": ["*", "garbage", '"x", W/"y"', '"' * 100],
    "HTTP_IF_MATCH": ["*", "garbage"],
    "HTTP_IF_UNMODIFIED_SINCE": ["Thu, 01 Jan 1970 00:00:00 GMT", "garbage"],
    "HTTP_RANGE": [
        "bytes=0-0",
        "bytes=-1",
        "bytes=999999999999-",
        "bytes=a-b",
        "bytes=5-1",
        "bytes=0-1,2-3,4-5",
        "items=0-1",
        "bytes=" + "0-1," * 200,
    ],
    "HTTP_COOKIE": [
        "sessionid=garbage",
        "sessionid=.eJxVjDsOwjAQBe_:1s2:abc",
        "csrftoken=%%%",
        "csrftoken=" + "a" * 64,
        "=;=;=",
        "a=" + "b" * 8000,
        "django_language=xx",
        '$Version=1; sessionid="\\"x"',
        "sessionid=\u00ff\u00fe",
    ],
    "HTTP_X_FORWARDED_FOR": ["garbage", "1.1.1.1, ", "::::", "1.1.1.1, 2.2.2.2, " * 50, ""],
    "HTTP_X_FORWARDED_HOST": ["evil.example", "localhost:abc"],
    "HTTP_X_FORWARDED_PROTO": ["https", "garbage", "https, http"],
    "HTTP_X_FORWARDED_PORT": ["abc", "99999"],
    "HTTP_X_REQUESTED_WITH": ["XMLHttpRequest"],
    "HTTP_HX_REQUEST": ["true"],
    "HTTP_ACCEPT": ["application/json", "*/*;q=abc", "text/html;level=", "garbage", ""],
    "HTTP_USER_AGENT": ["", "Mozilla/5.0 " + "x" * 2000, "curl/8.0"],
    "HTTP_REFERER": ["garbage", "http://evil.example/", "http://[::1"],
    "HTTP_ORIGIN": ["null", "http://evil.example"],
    "HTTP_AUTHORIZATION": ["Basic garbage", "Basic YWRtaW46eA==", "Bearer x"],
    "HTTP_X_CSRFTOKEN": ["garbage", "a" * 64],
}
ENCODING_HEADERS = {
    "HTTP_ACCEPT_ENCODING": ["gzip;q=abc", "br, zstd, *", "identity;q=0", "garbage"],
    "HTTP_ACCEPT_CHARSET": ["garbage", "utf-7"],
    "HTTP_CONTENT_ENCODING": ["gzip", "deflate", "garbage"],
    "HTTP_TRANSFER_ENCODING": ["chunked", "gzip, chunked"],
}
ENCODING_CONTENT_TYPES = [
    "application/x-www-form-urlencoded; charset=utf-16",
    "application/x-www-form-urlencoded; charset=bogus",
    "application/x-www-form-urlencoded; charset=latin-1",
    "multipart/form-data; charset=utf-7",
    "text/plain; charset=\u00ff",
]

# The form fields our views and Wagtail's read (login, password reset, a page's or a
# document's password, search) and a few nobody reads.
FORM_FIELDS = ["username", "password", "email", "next", "q", "return_url", "csrfmiddlewaretoken"]
# Beyond DATA_UPLOAD_MAX_NUMBER_FIELDS and DATA_UPLOAD_MAX_MEMORY_SIZE.
TOO_MANY_FIELDS = "&".join(f"f{n}=1" for n in range(10_001))
TOO_LARGE = "x" * 2_700_000


@dataclass
class FuzzRequest:
    target: object  # a fuzz_targets.Target
    method: str = "GET"
    path: str = ""  # as on the wire: percent-encoded
    query: str = ""  # as on the wire
    headers: dict = field(default_factory=dict)  # WSGI names
    body: bytes = b""
    content_type: str = ""
    families: list = field(default_factory=list)
    csrf_checks: bool = False  # send through a client that enforces CSRF, as production does

    def environ(self):
        """The WSGI variables a server would give Django for this request."""
        path = unquote_to_bytes(self.path).decode("latin-1")
        environ = {"PATH_INFO": path, "QUERY_STRING": self.query, **self.headers}
        if self.content_type:
            environ["CONTENT_TYPE"] = self.content_type
        return environ

    def __str__(self):
        text = f"{self.method} {self.path}" + (f"?{self.query}" if self.query else "")
        details = [f"{name}={value!r}" for name, value in self.headers.items()]
        if self.body or self.content_type:
            details.append(f"body={self.body[:80]!r} ({self.content_type})")
        summary = f"{text[:200]} [{', '.join(self.families)}] {'; '.join(details)}"
        return summary[:600]


def bad_path_value(rng, request):
    params = request.target.route.params
    if not params:
        return mangle_path(rng, request)
    values = dict(request.target.values)
    values[rng.choice(params)] = rng.choice(BAD_PATH_VALUES)
    request.path = quote(request.target.route.url(values), safe="/%:@!$&'()*+,;=-._~")


def mangle_path(rng, request):
    path = request.path
    manglers = [
        lambda p: p + rng.choice(BAD_PATH_VALUES) + "/",
        lambda p: p.rstrip("/") or "/x",
        lambda p: p.replace("/", "//", 2),
        lambda p: p + "./",
        lambda p: p + "../../",
        lambda p: "/.." + p,
        lambda p: p.upper(),
        lambda p: p.replace("/", "%2F"),
        lambda p: p + "%",
        lambda p: p.rstrip("/") + ";x=1/",
        lambda p: p.rstrip("/") + ".json",
        lambda p: p + "x/" * 400,
        lambda p: "/lt" + p,
        lambda p: "//evil.example" + p,
        lambda p: p.replace("/", "\\"),
        lambda p: p + "%00",
        lambda p: p + "%ff/",
    ]
    request.path = rng.choice(manglers)(path)


def bad_query(rng, request):
    names = [*request.target.parameters, *STRAY_NAMES]
    pairs = []
    for _ in range(rng.randint(1, 4)):
        name = rng.choice(names)
        value = rng.choice(BAD_QUERY_VALUES)
        style = rng.randrange(6)
        if style == 0:  # repeated
            pairs.extend([f"{name}={value}", f"{name}={rng.choice(BAD_QUERY_VALUES)}"])
        elif style == 1:  # as an array
            pairs.append(f"{name}[]={value}&{name}[0][x]={value}")
        elif style == 2:  # no value, no name, or no "="
            pairs.append(rng.choice([name, f"{name}=", f"={value}", "&&", "=", "%00=1"]))
        else:
            pairs.append(f"{name}={value}")
    if rng.random() < 0.05:
        pairs.extend(f"p{n}=1" for n in range(rng.choice([200, 1001])))
    request.query = rng.choice("&;").join(pairs)


def odd_method(rng, request):
    request.method = rng.choice(ODD_METHODS)


def odd_headers(rng, request):
    for name in rng.sample(sorted(ODD_HEADERS), rng.randint(1, 3)):
        request.headers[name] = rng.choice(ODD_HEADERS[name])


def odd_body(rng, request):
    if request.method in ("GET", "HEAD") and rng.random() < 0.8:
        request.method = rng.choice(BODY_METHODS)
    name = rng.choice(FORM_FIELDS)
    value = rng.choice(BAD_QUERY_VALUES)
    bodies = [
        # A form, with the fields our views read.
        ("application/x-www-form-urlencoded", f"{name}={value}&password=x&username={value}"),
        ("application/x-www-form-urlencoded", f"{name}=%00&{name}=%FF%FE"),
        ("application/x-www-form-urlencoded", TOO_MANY_FIELDS),
        ("application/x-www-form-urlencoded", f"{name}={TOO_LARGE}"),
        # JSON, well-formed or not.
        ("application/json", json.dumps({name: value, "items": [1, None, {"a": []}]})),
        ("application/json", "{" + '"a":' * 50),
        ("application/json", "[" * 2000),
        ("application/json", "NaN"),
        # Multipart, broken in each way a parser can meet.
        ("multipart/form-data", f"--x\r\n\r\n{value}"),
        ("multipart/form-data; boundary=", "--\r\n"),
        ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name="),
        (
            "multipart/form-data; boundary=x",
            '--x\r\nContent-Disposition: form-data; name="file"; filename="../../x.php"\r\n'
            f"Content-Type: image/png\r\n\r\n{value}\r\n--x--\r\n",
        ),
        (
            "multipart/form-data; boundary=x",
            f'--x\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n',
        ),
        # The wrong content type for what is sent, or none.
        ("text/plain", f"{name}={value}"),
        (
            "application/xml",
            "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
        ),
        ("", f"{name}={value}"),
        ("garbage/garbage; ===", "\x00\xff"),
    ]
    request.content_type, text = rng.choice(bodies)
    request.body = text.encode("utf-8", "surrogatepass")


def odd_encoding(rng, request):
    name = rng.choice(sorted(ENCODING_HEADERS))
    request.headers[name] = rng.choice(ENCODING_HEADERS[name])
    if rng.random() < 0.5:
        request.method = rng.choice(BODY_METHODS)
        request.content_type = rng.choice(ENCODING_CONTENT_TYPES)
        text = f"{rng.choice(FORM_FIELDS)}=\u0105\u010d\u0119"
        request.body = text.encode(rng.choice(["utf-16", "latin-1", "utf-8"]), "replace")


# Each family spoils a request with its probability (at least one does); in this order, as a
# later one may change what an earlier one chose (a body needs a method that sends one). A
# spoiled path stops most requests at the URL resolver, so those are rarer.
FAMILIES = {
    "path value": (bad_path_value, 0.12),
    "path": (mangle_path, 0.1),
    "query": (bad_query, 0.45),
    "method": (odd_method, 0.2),
    "headers": (odd_headers, 0.45),
    "body": (odd_body, 0.3),
    "encoding": (odd_encoding, 0.12),
}
STRAY_NAMES = ["next", "locale", "o", "format", "lang", "utm_source", "p", "export", "page", "q"]


def malformed_requests(targets, count, seed):
    """`count` malformed requests spread over `targets` (a list of (Target, weight)), made
    from `seed`: every target at least once, the rest by weight."""
    rng = random.Random(seed)
    population = [target for target, _weight in targets]
    weights = [weight for _target, weight in targets]
    chosen = population + rng.choices(population, weights, k=count - len(population))
    for target in chosen:
        request = FuzzRequest(target=target, path=quote(target.path, safe="/%"))
        families = [name for name, (_spoil, chance) in FAMILIES.items() if rng.random() < chance]
        families = families or [rng.choice(list(FAMILIES))]
        for family in families:
            FAMILIES[family][0](rng, request)
        request.families = families
        request.csrf_checks = rng.random() < 0.25
        yield request
