"""The passphrase-strength meter (shared by the user dialog and the first-run wizard)."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from ui.widgets.passphrase_meter import FEEDBACK, PassphraseMeter, translated_feedback


def test_meter_follows_typing_after_a_pause(qtbot: QtBot) -> None:
    meter = PassphraseMeter(min_length=15)
    qtbot.addWidget(meter)
    assert meter.score == -1
    assert "15" in meter.verdict_label.text()

    with qtbot.waitSignal(meter.strength_changed, timeout=2_000) as signal:
        meter.set_passphrase("aaaaaaaaaaaaaaaaaaaa")
    assert signal.args == [0]
    assert meter.bar.value() == 0
    assert "guess" in meter.verdict_label.text()
    assert 'Repeats like "aaa"' in meter.advice_label.text()
    assert not meter.advice_label.isHidden()

    meter.set_passphrase("kanelbulle", user_inputs=("admin",))
    meter.flush()
    assert "too short" in meter.verdict_label.text()

    meter.set_passphrase("gullregn-tallkotte-vinbär-ekorre-31")
    meter.flush()
    assert meter.score == 4
    assert meter.bar.value() == 4
    assert meter.verdict_label.text() == "Very strong"
    assert meter.advice_label.isHidden()

    meter.clear()
    assert meter.score == -1
    assert meter.bar.value() == 0


def test_typing_is_debounced(qtbot: QtBot) -> None:
    """Each keystroke only restarts the timer: typing 40 characters costs no estimates."""
    meter = PassphraseMeter()
    qtbot.addWidget(meter)
    estimates: list[int] = []
    meter.strength_changed.connect(estimates.append)
    text = "correct horse battery staple and more words"
    started = time.perf_counter()
    for end in range(1, len(text) + 1):
        meter.set_passphrase(text[:end])
    elapsed = time.perf_counter() - started
    assert estimates == []
    assert elapsed < 0.05
    qtbot.waitUntil(lambda: estimates != [], timeout=2_000)
    assert len(estimates) == 1


def test_unknown_feedback_gets_a_generic_hint() -> None:
    assert translated_feedback("Something zxcvbn says in a newer release.") == (
        "Use several unrelated words."
    )
    for line in FEEDBACK:
        assert translated_feedback(line) == line
