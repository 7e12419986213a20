#!/usr/bin/env python3
"""Screenshots of the real desktop client for the README, on the demo vault.

Run through ``python3 dev.py screenshots`` (which starts Xvfb): logs in as the demo manager
through the login window, visits every page, opens a participant and each of its tabs, and
saves PNGs of the real window (``QT_QPA_PLATFORM=xcb``) into ``docs/screenshots/``. It also
shows the first-run wizard and a dark-palette view, to check the client in a dark theme.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WIDTH, HEIGHT = 1400, 860


def wait_until(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the client")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(controller: object, ms: int = 300) -> None:
    wait_until(lambda: controller.worker.pending == 0)  # type: ignore[attr-defined]
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(37, 37, 38), QColor(45, 45, 48), QColor(230, 230, 230)
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, QColor(38, 79, 120)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
    ):
        palette.setColor(role, color)
    return palette


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--passphrase-file", required=True)
    parser.add_argument("--user", default="chef")
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    out = (ROOT / args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    passphrase = Path(args.passphrase_file).read_text(encoding="utf-8").strip()

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Avhopp")
    from ui import i18n
    from ui.app import AppController
    from ui.main_window import MainWindow

    translators = i18n.install(app, "sv")
    tmp_settings = out / ".screenshots-client.ini"
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_settings), QSettings.Format.IniFormat)
    controller = AppController(location_text=args.db, settings=settings)
    login = controller.start()
    login.resize(WIDTH, HEIGHT)
    login.username_edit.setText(args.user)  # type: ignore[attr-defined]
    settle(controller)
    save(login, out, "01-inloggning")
    type_text(login.passphrase_edit, passphrase)  # type: ignore[attr-defined]
    login.login_button.click()  # type: ignore[attr-defined]
    wait_until(lambda: isinstance(controller.window, MainWindow))
    main_window = controller.window
    assert isinstance(main_window, MainWindow)
    main_window.resize(WIDTH, HEIGHT)
    participants = main_window.pages.get("participants")
    wait_until(lambda: participants is None or participants.loaded)  # type: ignore[attr-defined]
    settle(controller, 800)
    names = {
        "dashboard": "02-oversikt",
        "participants": "03-deltagare",
        "contacts": "05-kontakter",
        "reports": "06-rapporter",
        "backups": "07-sakerhetskopior",
        "administration": "08-administration",
        "log_review": "09-loggranskning",
    }
    for key, name in names.items():
        if key not in main_window.pages:
            continue
        main_window.show_page(key)
        settle(controller, 600)
        save(main_window, out, name)
    # search as you type, then a participant with all tabs
    main_window.show_page("participants")
    assert participants is not None
    type_text(participants.search_edit, "an")  # type: ignore[attr-defined]
    settle(controller)
    save(main_window, out, "03b-deltagare-sok")
    participants.search_edit.clear()  # type: ignore[attr-defined]
    rows = list(controller.session.participants.values())  # type: ignore[union-attr]
    row = max(rows, key=lambda r: (r.phase not in ("inquiry", "closed"), r.reference))
    view = participants.open_participant(row.person_id, row.case_id)  # type: ignore[attr-defined]
    settle(controller, 800)
    tabs = view.findChildren(QTabWidget)
    if tabs:
        for i in range(tabs[0].count()):
            tabs[0].setCurrentIndex(i)
            settle(controller, 400)
            save(main_window, out, f"04-deltagare-flik-{i + 1:02d}")
    else:
        save(main_window, out, "04-deltagare")
    # the same view in a dark palette (what a dark system theme gives)
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    settle(controller, 400)
    save(main_window, out, "10-morkt-tema")
    app.setPalette(app.style().standardPalette())
    controller.shutdown()
    tmp_settings.unlink(missing_ok=True)
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main())
