"""Benchmark of the desktop client on the reference dataset, on the real widgets (offscreen).

Run by ``avhopp-admin bench`` (as a child process, so start-up and peak memory are those of
a fresh client) or directly::

    QT_QPA_PLATFORM=offscreen python -m ui.bench_gui --db DIR/bench-vault.avhopp

Prints one JSON object: each figure's samples in milliseconds (or MB for memory). Figures:

- start to a ready login window: a fresh interpreter imports the client, builds the
  QApplication and the controller and shows the login window (timed by the parent process
  around the whole child, median of 5);
- unlock (after the KDF) to a filled participant list: from the moment ``unlock`` returns on
  the worker thread to the list model filled and painted, as the manager (all cases);
- search keystroke to updated list: one key press in the search field through the filter
  and a repaint of the table, over queries typed letter by letter;
- open a participant with 200 notes: from the open call to every tab filled and painted;
- peak memory (max RSS) of this process with the whole dataset unlocked and all of the above
  done.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

NOTES = 200


def _wait(
    condition: Callable[[], bool],
    timeout: float = 60.0,
    what: Callable[[], str] = lambda: "",
) -> None:
    """Run the Qt event loop until ``condition`` holds. The loop sleeps in Qt between
    checks (every 2 ms), as a real client's does: a busy Python loop here would take the GIL
    from the worker thread hundreds of times a second and slow the very work it waits for."""
    if condition():
        return
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(2)
    deadline = time.monotonic() + timeout

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise SystemExit(f"bench_gui: timed out {what()}")


def startup_only(location: str) -> None:
    """Show the login window, then quit: the parent times the whole process."""
    from ui import i18n
    from ui.app import AppController

    app = QApplication([sys.argv[0]])
    translators = i18n.install(app, "sv")
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "AvhoppBench")
    controller = AppController(location_text=location, settings=settings)
    window = controller.start()
    _wait(window.isVisible)
    QApplication.processEvents()
    # The wall-clock moment the window is up: the parent subtracts its own start time, so
    # what the process does after (stopping the worker, exiting) is not counted.
    print(f"ready {time.time():.6f}", flush=True)
    controller.worker.shutdown()
    del translators


def measure(location: str, rounds: int) -> dict[str, list[float]]:
    from avhopp.services import vault as vault_service
    from avhopp.services.bench_service import PASSPHRASE
    from ui import i18n
    from ui.app import AppController
    from ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    translators = i18n.install(app, "sv")
    unlocked_at: list[float] = []

    def timed_unlock(*args: Any, **kwargs: Any) -> Any:
        vault = vault_service.unlock(*args, **kwargs)
        unlocked_at.append(time.perf_counter())
        return vault

    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "AvhoppBench")
    controller = AppController(location_text=location, settings=settings, unlock=timed_unlock)
    results: dict[str, list[float]] = {"unlock_to_list": [], "search": [], "open_200": []}

    def login(username: str) -> MainWindow:
        window = controller.start()
        window.resize(1400, 860)
        window.username_edit.setText(username)  # type: ignore[attr-defined]
        window.passphrase_edit.setText(PASSPHRASE)  # type: ignore[attr-defined]
        window.login_button.click()  # type: ignore[attr-defined]
        _wait(
            lambda: isinstance(controller.window, MainWindow),
            what=window.message_label.text,  # type: ignore[attr-defined]
        )
        main = controller.window
        assert isinstance(main, MainWindow)
        main.resize(1400, 860)
        page = main.pages["participants"]
        _wait(lambda: page.loaded)  # type: ignore[attr-defined]
        main.show_page("participants")
        page.table.viewport().repaint()  # type: ignore[attr-defined]
        results["unlock_to_list"].append((time.perf_counter() - unlocked_at[-1]) * 1000)
        return main

    def lock() -> None:
        controller.lock()
        _wait(lambda: controller.session is None)

    for _ in range(rounds):
        main = login("chef")
        lock()
    main = login("chef")
    page: Any = main.pages["participants"]
    page.phase_combo.setCurrentIndex(page.phase_combo.findData(None))  # search all phases
    rows = list(controller.session.participants.values())  # type: ignore[union-attr]
    rng = random.Random(7)  # noqa: S311 - benchmark queries
    queries = [
        r.full_name.split()[rng.randrange(2)][:5] for r in rng.sample(rows, min(40, len(rows)))
    ]
    for query in queries:
        page.search_edit.clear()
        QApplication.processEvents()
        for ch in query:
            start = time.perf_counter()
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                page.search_edit,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
            page.table.viewport().repaint()
            results["search"].append((time.perf_counter() - start) * 1000)
    page.search_edit.clear()
    lock()

    # A case worker's participant with 200 signed notes.
    main = login("handl1")
    page = main.pages["participants"]
    case = _case_with_notes(controller, NOTES)
    for _ in range(max(rounds, 20)):
        start = time.perf_counter()
        view = page.open_participant(case.person_id, case.case_id)
        _wait(lambda v=view: getattr(v, "loaded", True) and controller.worker.pending == 0)
        view.repaint()
        results["open_200"].append((time.perf_counter() - start) * 1000)
    results["peak_memory_mb"] = [
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    ]
    lock()
    controller.worker.shutdown()
    del translators
    return results


def _case_with_notes(controller: Any, wanted: int) -> Any:
    """Worker: find one of the user's open cases and sign notes into it up to ``wanted``."""
    found: list[Any] = []

    def work(vault: Any) -> Any:
        rows = [r for r in vault.people.list_participants() if r.phase != "closed"]
        best, best_count = rows[0], -1
        for row in rows[:200]:
            count = len(vault.journal.notes(row.case_id))
            if count >= wanted:
                return row
            if count > best_count:
                best, best_count = row, count
        today = vault.clock().date()
        for i in range(wanted - best_count):
            vault.journal.write_signed(
                best.case_id,
                note_type="conversation",
                event_date=today - timedelta(days=i % 365),
                text="Samtal med deltagaren om boende, skulder och säkerhetsplanen. " * 6,
            )
        return best

    controller.session.call(work, on_done=found.append)
    _wait(lambda: bool(found), timeout=600)
    return found[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.bench_gui")
    parser.add_argument("--db", required=True)
    parser.add_argument("--startup-only", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    if args.startup_only:
        startup_only(args.db)
        return 0
    print(json.dumps(measure(args.db, args.rounds)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
