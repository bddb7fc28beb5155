#!/usr/bin/env python3
"""Writes a pseudo-translation of a .ts file, to find layout problems before real translations exist.

Every message becomes "[" + its source with accented letters, expanded by about 40 % + "]": text
that is clipped loses its closing bracket, text that is not translated stays plain English, and
the expansion is what German and French need. Placeholders (%1, %n, {holes}), markup and
entities are kept. Not shipped: compile it with lrelease and start the editor with
`portolan --language /path/portolan_pseudo.qm`.

Usage: pseudo-translate.py IN.ts OUT.ts
"""
import math
import re
import sys
import xml.etree.ElementTree as ET

PROTECTED = re.compile(r"(%L?\d{1,2}|%n|\{[^{}]*\}|<[^>]+>|&[a-z]+;|\n)")
ACCENTS = str.maketrans(
    "AaCcEeIiNnOoUuYySsZz",
    "ÅåÇçÉéÎîÑñÖöÜüÝýŠšŽž",
)


def pseudo(text):
    parts = PROTECTED.split(text)
    out = []
    letters = 0
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
        else:
            out.append(part.translate(ACCENTS))
            letters += len(part)
    padding = "·" * math.ceil(letters * 0.4)
    return "[" + "".join(out) + padding + "]"


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: pseudo-translate.py IN.ts OUT.ts\n")
        return 2
    tree = ET.parse(sys.argv[1])
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(sys.argv[2], encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
