#!/usr/bin/env python3
"""Move translations between the Qt Linguist ``.ts`` file and plain JSON.

    python3 tools/ts_messages.py export --untranslated out.json [--chunks N]
    python3 tools/ts_messages.py import in.json [more.json ...]

``export`` writes the messages that still need a translation as a JSON list of
``{"context", "source", "numerus"}`` (split into N files ``out-1.json``… with ``--chunks``),
so a translator can work in any editor; ``import`` writes ``"translation"`` (a string, or a
list of plural forms for numerus messages — Swedish has two: one, other) back into the
``.ts`` and marks them finished. Qt Linguist remains the tool for reviewing.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "avhopp_sv.ts"


def _load() -> ET.ElementTree:
    return ET.parse(TS_FILE)  # noqa: S314 - our own committed file


def _needs_translation(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    if forms:
        return not all((f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def export(out: Path, chunks: int) -> int:
    tree = _load()
    items = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("type") in ("obsolete", "vanished"):
                continue
            if _needs_translation(message):
                items.append(
                    {
                        "context": name,
                        "source": message.findtext("source") or "",
                        "numerus": message.get("numerus") == "yes",
                    }
                )
    size = max(1, -(-len(items) // chunks))
    for index in range(chunks):
        part = items[index * size : (index + 1) * size]
        target = out if chunks == 1 else out.with_name(f"{out.stem}-{index + 1}{out.suffix}")
        target.write_text(json.dumps(part, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{target}: {len(part)} messages")
    return 0


def import_files(paths: list[Path]) -> int:
    wanted: dict[tuple[str, str], object] = {}
    for path in paths:
        for item in json.loads(path.read_text(encoding="utf-8")):
            if item.get("translation"):
                wanted[(item["context"], item["source"])] = item["translation"]
    tree = _load()
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            value = wanted.get((name, message.findtext("source") or ""))
            if value is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value[0] if isinstance(value, list) else value)
            done += 1
    ET.indent(tree, space="    ")
    with TS_FILE.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    print(f"{done} translations written into {TS_FILE.relative_to(ROOT)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    exporter = commands.add_parser("export")
    exporter.add_argument("--untranslated", type=Path, required=True)
    exporter.add_argument("--chunks", type=int, default=1)
    importer = commands.add_parser("import")
    importer.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "export":
        return export(args.untranslated, args.chunks)
    return import_files(args.files)


if __name__ == "__main__":
    sys.exit(main())
