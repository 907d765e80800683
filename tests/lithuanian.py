"""What a Lithuanian visitor reads for an English interface string, placeholders filled in.

Tests written against the English wording stay readable and still check that the page shows
the compiled Lithuanian catalogue's translation.
"""

import re

from django.utils.translation import trans_real

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def lt(english):
    catalog = trans_real.translation("lt")._catalog
    if english in catalog:
        return catalog[english]
    for msgid, msgstr in catalog.items():
        if not isinstance(msgid, str) or "%(" not in msgid:
            continue
        if not PLACEHOLDER.sub("", msgid).strip():
            continue  # only placeholders ("%(class_name)s %(instance)s"): matches any text
        seen = set()
        pattern = ""
        for index, part in enumerate(PLACEHOLDER.split(msgid)):
            if not index % 2:
                pattern += re.escape(part)
            elif part in seen:  # a placeholder used twice matches the same text again
                pattern += f"(?P={part})"
            else:
                seen.add(part)
                pattern += f"(?P<{part}>.*?)"
        found = re.fullmatch(pattern, english)
        if found:
            values = found.groupdict()
            return PLACEHOLDER.sub(lambda ph, values=values: values[ph.group(1)], msgstr)
    raise AssertionError(f"no Lithuanian translation for {english!r}")
