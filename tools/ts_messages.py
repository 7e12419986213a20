#!/usr/bin/env python3
"""Keep the Qt Linguist ``.ts`` file in step with the source, and move translations between
it and plain JSON.

    python3 tools/ts_messages.py update [--check]
    python3 tools/ts_messages.py export --untranslated out.json [--chunks N]
    python3 tools/ts_messages.py import in.json [more.json ...]

``update`` extracts every ``translate("Context", "text"[, disambiguation, n])`` and
``QT_TRANSLATE_NOOP("Context", "text")`` call from ``ui/`` with the ``ast`` module and
rewrites the ``.ts`` file: new messages are added unfinished, translations of unchanged
messages are kept, messages no longer in the source are dropped. (``pyside6-lupdate``'s Python
parser misses calls whose count argument is an expression such as ``len(rows)``, and marks a
message as plural only when the count is a literal number, so it cannot be trusted here.) A
message is plural (numerus) when the call passes a count. ``--check`` only reports whether
the file is current.

``export`` writes the messages that still need a translation as a JSON list of
``{"context", "source", "numerus"}`` (split into N files ``out-1.json``… with ``--chunks``),
so a translator can work in any editor; ``import`` writes ``"translation"`` (a string, or a
list of plural forms for numerus messages — Swedish has two: one, other) back into the
``.ts`` and marks them finished. Qt Linguist remains the tool for reviewing.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "avhopp_sv.ts"


Key = tuple[str, str]


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def extract(paths: list[Path]) -> dict[Key, bool]:
    """(context, source) → numerus, in order of first appearance."""
    found: dict[Key, bool] = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = _call_name(node)
            if name not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            context, source = _literal(node.args[0]), _literal(node.args[1])
            if context is None or source is None:
                continue  # translate(CONTEXT, value): a value registered with a NOOP
            numerus = name == "translate" and len(node.args) >= 4
            key = (context, source)
            found[key] = found.get(key, False) or numerus
    return found


def source_files() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def update(*, check: bool) -> int:
    wanted = extract(source_files())
    tree = _load() if TS_FILE.exists() else None
    existing: dict[Key, ET.Element] = {}
    if tree is not None:
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                existing[(name, message.findtext("source") or "")] = message
    root = ET.Element("TS", {"version": "2.1", "language": "sv_SE"})
    by_context: dict[str, list[tuple[str, bool]]] = {}
    for (context, source), numerus in wanted.items():
        by_context.setdefault(context, []).append((source, numerus))
    changes = 0
    for context in sorted(by_context):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source, numerus in by_context[context]:
            message = ET.SubElement(element, "message", {"numerus": "yes"} if numerus else {})
            ET.SubElement(message, "source").text = source
            old = existing.get((context, source))
            old_translation = old.find("translation") if old is not None else None
            translation = ET.SubElement(message, "translation")
            old_forms = (
                old_translation.findall("numerusform") if old_translation is not None else []
            )
            if old_translation is None or old_translation.get("type") == "unfinished":
                translation.set("type", "unfinished")
                changes += old is None
            elif numerus and old_forms:
                for form in old_forms:
                    ET.SubElement(translation, "numerusform").text = form.text
            elif numerus:  # was singular: its text becomes both forms, to be reviewed
                translation.set("type", "unfinished")
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = old_translation.text
                changes += 1
            elif old_forms:  # was plural, now singular
                translation.text = old_forms[-1].text
            else:
                translation.text = old_translation.text
            if numerus and not translation.findall("numerusform"):
                for _ in range(2):
                    ET.SubElement(translation, "numerusform")
    changes += len(set(existing) - set(wanted))
    text = _serialize(ET.ElementTree(root))
    current = TS_FILE.read_text(encoding="utf-8") if TS_FILE.exists() else ""
    if check:
        if text != current:
            print(
                f"{TS_FILE.relative_to(ROOT)} is behind the source: run python3 dev.py translations"
            )
            return 1
        return 0
    TS_FILE.write_text(text, encoding="utf-8")
    print(f"{TS_FILE.relative_to(ROOT)}: {len(wanted)} messages, {changes} new, changed or dropped")
    return 0


def _serialize(tree: ET.ElementTree) -> str:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


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
    TS_FILE.write_text(_serialize(tree), encoding="utf-8")
    print(f"{done} translations written into {TS_FILE.relative_to(ROOT)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    updater = commands.add_parser("update")
    updater.add_argument("--check", action="store_true")
    exporter = commands.add_parser("export")
    exporter.add_argument("--untranslated", type=Path, required=True)
    exporter.add_argument("--chunks", type=int, default=1)
    importer = commands.add_parser("import")
    importer.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "update":
        return update(check=args.check)
    if args.command == "export":
        return export(args.untranslated, args.chunks)
    return import_files(args.files)


if __name__ == "__main__":
    sys.exit(main())
