"""The evidence pack's ZIP: snapshots/<language>.html per live translation of the page, the
assets they link, compliance/<language>.json with the rules' findings, and manifest.json with
the date, the addresses and the SHA-256 of every other file."""

import hashlib
import io
import json
import zipfile

from django.utils import timezone, translation

from compliance.rules import check_page

from .snapshot import take_snapshot

MANIFEST = "manifest.json"


def live_translations(page):
    return list(page.get_translations(inclusive=True).live().specific().select_related("locale"))


def compliance_result(page):
    """The rules' findings on `page`, their messages in the page's own language."""
    with translation.override(page.locale.language_code):
        findings = [
            {
                "rule": finding.rule,
                "message": str(finding.message),
                "language": finding.language,
            }
            for finding in check_page(page)
        ]
    return {"compliant": not findings, "findings": findings}


def _add_pages(page, taken_at, files, pages):
    """Put each live translation's snapshot, assets and compliance result in `files` and
    describe it in `pages`."""
    for version in live_translations(page):
        if version.get_url_parts() is None:  # a tree no site serves: visitors never see it
            continue
        code = version.locale.language_code
        snapshot = take_snapshot(version, taken_at.isoformat())
        files[f"snapshots/{code}.html"] = snapshot.html.encode()
        files.update(snapshot.assets)
        result = compliance_result(version)
        files[f"compliance/{code}.json"] = json.dumps(result, ensure_ascii=False, indent=2).encode()
        pages.append(
            {
                "language": code,
                "title": version.title,
                "url": snapshot.url,
                "status_code": snapshot.status,
                "snapshot": f"snapshots/{code}.html",
                "compliance": f"compliance/{code}.json",
                "compliant": result["compliant"],
            }
        )


def build_pack(page, taken_at=None):
    """The ZIP's bytes for `page` and all its live translations."""
    taken_at = (taken_at or timezone.now()).replace(microsecond=0)
    files, pages = {}, []
    # Each snapshot's request activates its page's language: the caller's comes back after.
    with translation.override(translation.get_language()):
        _add_pages(page, taken_at, files, pages)
    manifest = {
        "created_at": taken_at.isoformat(),
        "page_id": page.pk,
        "translation_key": str(page.translation_key),
        "pages": pages,
        "files": {name: hashlib.sha256(content).hexdigest() for name, content in files.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in sorted(files.items()):
            archive.writestr(name, content)
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
    return buffer.getvalue()
