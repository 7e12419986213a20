"""The Swedish translation is complete, in step with the source, and what users see is Swedish.

Three layers:
1. every message of ``resources/translations/avhopp_sv.ts`` is translated (numerus forms too);
2. ``pyside6-lupdate`` over ``ui/`` finds no source string the ``.ts`` lacks, and the error
   catalog (the core's user-error messages) is current — so a new ``translate(...)`` without a
   Swedish text fails here;
3. the real client, in Swedish, walked page by page for every role: no visible text is an
   untranslated English source string, and no visible text reads as English.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "avhopp_sv.ts"
VENV_BIN = Path(sys.executable).parent

pytestmark = pytest.mark.gui


def _messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def _is_translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def test_every_message_has_a_swedish_translation() -> None:
    missing = [(ctx, src) for ctx, src, msg in _messages(TS_FILE) if not _is_translated(msg)]
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:10]}"


def test_placeholders_survive_translation() -> None:
    """A translation keeps every {name} placeholder of its source (else .format fails)."""
    broken = []
    for ctx, src, msg in _messages(TS_FILE):
        translation = msg.find("translation")
        texts = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]  # type: ignore[union-attr]
        wanted = set(re.findall(r"\{[a-z_]+[^}]*\}", src))
        for text in texts:
            if set(re.findall(r"\{[a-z_]+[^}]*\}", text)) != wanted:
                broken.append((ctx, src, text))
    assert not broken, broken[:10]


def test_ts_file_is_in_step_with_the_source() -> None:
    """Every translate() call of ui/ has its message in the .ts file, and the error catalog
    holds every user-error template of the core."""
    for tool in (["error_catalog.py", "--check"], ["ts_messages.py", "update", "--check"]):
        result = subprocess.run(
            [sys.executable, str(ROOT / "tools" / tool[0]), *tool[1:]],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_extractor_finds_what_lupdate_misses(tmp_path: Path) -> None:
    """Plural calls with a computed count, and calls nested in expressions."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import ts_messages
    finally:
        sys.path.pop(0)
    source = tmp_path / "sample.py"
    source.write_text(
        "def f(rows):\n"
        "    x = translate('Ctx', '%n row(s)', None, len(rows))\n"
        "    y = [translate('Ctx', 'Plain'), QT_TRANSLATE_NOOP('Other', 'Noop')]\n"
        "    z = translate(CONTEXT, value)\n",
        encoding="utf-8",
    )
    assert ts_messages.extract([source]) == {
        ("Ctx", "%n row(s)"): True,
        ("Ctx", "Plain"): False,
        ("Other", "Noop"): False,
    }


# ---------------------------------------------------------------- the running client

#: Words that are English and not Swedish: a visible text containing one was not translated.
ENGLISH_WORDS = frozenset(
    {
        "the",
        "and",
        "of",
        "with",
        "for",
        "this",
        "that",
        "you",
        "your",
        "are",
        "was",
        "were",
        "has",
        "have",
        "yes",
        "add",
        "edit",
        "delete",
        "remove",
        "save",
        "cancel",
        "close",
        "open",
        "new",
        "show",
        "hide",
        "search",
        "name",
        "date",
        "phase",
        "case",
        "cases",
        "participant",
        "participants",
        "contact",
        "contacts",
        "note",
        "notes",
        "step",
        "steps",
        "report",
        "reports",
        "backup",
        "backups",
        "settings",
        "user",
        "users",
        "reviewed",
        "review",
        "log",
        "logs",
        "lock",
        "unlock",
        "login",
        "password",
        "passphrase",
        "loading",
        "please",
        "error",
        "warning",
        "select",
        "choose",
        "back",
        "next",
        "finish",
        "print",
        "any",
        "overview",
        "reminder",
        "reminders",
        "flag",
        "flags",
        "flagged",
    }
)
#: Words legitimately shared (Swedish words, product names, codes).
ALLOWED = frozenset({"avhopp", "pdf", "csv", "ok", "id", "url", "postgresql", "sqlite"})


def _visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox):
            text = widget.text() if not isinstance(widget, QGroupBox) else widget.title()
            yield name, text
        if isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name}[tab {i}]", widget.tabText(i)
        if isinstance(widget, QComboBox) and widget.count() and widget.itemData(0) is None:
            yield f"{name}[0]", widget.itemText(0)  # the "all ..." entry is ours, not data
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                header = model.headerData(column, _horizontal())
                if header:
                    yield f"{name}[header {column}]", str(header)
        yield f"{name}[accessible]", widget.accessibleName()
        yield f"{name}[tooltip]", widget.toolTip()


def _horizontal() -> object:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _english_words(text: str) -> set[str]:
    text = re.sub(r"<[^>]+>", " ", text)  # markup
    text = re.sub(r"\S*[/\\]\S*", " ", text)  # file paths and URLs are data, not language
    words = {w.casefold() for w in re.findall(r"[A-Za-z]+", text)}
    return (words & ENGLISH_WORDS) - ALLOWED


@pytest.fixture
def swedish(tmp_path: Path) -> Iterator[None]:
    """Install the Swedish translation compiled from the committed .ts (not a stale .qm)."""
    qm = tmp_path / "avhopp_sv.qm"
    subprocess.run(
        [str(VENV_BIN / "pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(qm)],
        check=True,
    )
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)  # type: ignore[union-attr]
    yield
    app.removeTranslator(translator)  # type: ignore[union-attr]


def _sources() -> set[str]:
    return {src for _, src, _ in _messages(TS_FILE)}


def _check(root: QWidget, where: str, problems: list[str]) -> None:
    sources = _sources()
    for name, text in _visible_texts(root):
        english = _english_words(text) if text else set()
        if not english:
            continue
        what = "untranslated source string" if text in sources else "English words"
        problems.append(f"{where}/{name}: {what} {sorted(english)} in {text!r}")


@pytest.mark.parametrize("username", ["chef", "kalle", "admin", "granskare"])
def test_every_page_reads_swedish(
    qtbot: QtBot, swedish: None, logged_in: Callable[[str], object], username: str
) -> None:
    controller = logged_in(username)
    main = controller.window  # type: ignore[attr-defined]
    problems: list[str] = []
    _check(main, "main", problems)
    for key in list(main.pages):
        page = main.show_page(key)
        qtbot.wait(50)
        qtbot.waitUntil(lambda: controller.worker.pending == 0, timeout=20_000)  # type: ignore[attr-defined]
        _check(main, key, problems)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qtbot.waitUntil(lambda: controller.worker.pending == 0, timeout=20_000)  # type: ignore[attr-defined]
                _check(main, f"{key}/tab{i}", problems)
    if "participants" in main.pages:
        page = main.pages["participants"]
        row = next(iter(controller.session.participants.values()))  # type: ignore[attr-defined]
        view = page.open_participant(row.person_id, row.case_id)
        qtbot.waitUntil(lambda: controller.worker.pending == 0, timeout=20_000)  # type: ignore[attr-defined]
        _check(main, "participant", problems)
        for tabs in view.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qtbot.waitUntil(lambda: controller.worker.pending == 0, timeout=20_000)  # type: ignore[attr-defined]
                _check(main, f"participant/tab{i}", problems)
    assert not problems, "\n".join(problems[:40])


def test_login_window_reads_swedish(
    qtbot: QtBot, swedish: None, gui_vault: object, controller_factory: Callable[..., object]
) -> None:
    controller = controller_factory(gui_vault.location)  # type: ignore[attr-defined]
    window = controller.start()  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    problems: list[str] = []
    _check(window, "login", problems)
    assert not problems, "\n".join(problems)
    assert window.login_button.text() == "Logga in"
