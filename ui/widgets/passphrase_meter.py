"""A live passphrase-strength meter: a bar from 0 to 4 (zxcvbn's score), a verdict and the
estimator's advice, translated.

The meter only informs: whether a passphrase is accepted is decided by the core
(:func:`avhopp.domain.passphrase_policy.check`, called by the service that saves it), and the
dialog shows that error next to the field.

zxcvbn takes 1–30 ms for a typical passphrase here and up to ~100 ms for long repetitive
input, too slow to run on every keystroke, so the estimate runs once typing pauses
(:data:`DEBOUNCE_MS`). It is a pure function over the typed text (no vault, no I/O), so it runs
on the GUI thread; the text is never stored or logged.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from avhopp.domain import passphrase_policy
from ui.i18n import translate

#: Milliseconds of no typing before the estimate runs.
DEBOUNCE_MS = 150

VERDICTS = (
    QT_TRANSLATE_NOOP("PassphraseMeter", "Very weak"),
    QT_TRANSLATE_NOOP("PassphraseMeter", "Weak"),
    QT_TRANSLATE_NOOP("PassphraseMeter", "Fair"),
    QT_TRANSLATE_NOOP("PassphraseMeter", "Strong"),
    QT_TRANSLATE_NOOP("PassphraseMeter", "Very strong"),
)

#: Small status accents for the bar, weak (red) to very strong (green); readable on light
#: and dark palettes.
SCORE_COLOURS = ("#c62828", "#e65100", "#f9a825", "#2e7d32", "#1b5e20")

#: zxcvbn's English feedback (zxcvbn/feedback.py), marked for translation. Anything not
#: listed (a newer zxcvbn) is replaced by a generic translated hint, never shown in English
#: inside the Swedish interface.
FEEDBACK = frozenset(
    (
        QT_TRANSLATE_NOOP("PassphraseMeter", "Use a few words, avoid common phrases."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "No need for symbols, digits, or uppercase letters."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Add another word or two. Uncommon words are better."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Straight rows of keys are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Short keyboard patterns are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Use a longer keyboard pattern with more turns."),
        QT_TRANSLATE_NOOP("PassphraseMeter", 'Repeats like "aaa" are easy to guess.'),
        QT_TRANSLATE_NOOP(
            "PassphraseMeter",
            'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
        ),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Avoid repeated words and characters."),
        QT_TRANSLATE_NOOP("PassphraseMeter", 'Sequences like "abc" or "6543" are easy to guess.'),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Avoid sequences."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Recent years are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Avoid recent years."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Avoid years that are associated with you."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Dates are often easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Avoid dates and years that are associated with you."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "This is a top-10 common password."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "This is a top-100 common password."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "This is a very common password."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "This is similar to a commonly used password."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "A word by itself is easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Names and surnames by themselves are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Common names and surnames are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Capitalization doesn't help very much."),
        QT_TRANSLATE_NOOP(
            "PassphraseMeter", "All-uppercase is almost as easy to guess as all-lowercase."
        ),
        QT_TRANSLATE_NOOP("PassphraseMeter", "Reversed words aren't much harder to guess."),
        QT_TRANSLATE_NOOP(
            "PassphraseMeter",
            "Predictable substitutions like '@' instead of 'a' don't help very much.",
        ),
    )
)

#: The same warnings as the core's ``WeakPassphraseError`` carries them in ``{hint}`` (the
#: trailing full stop removed); the error presenter translates parameters in the
#: "UserError" context, so the refusal next to the field is translated too.
ERROR_HINTS = (
    QT_TRANSLATE_NOOP("UserError", "it is too easy to guess"),
    QT_TRANSLATE_NOOP("UserError", "Straight rows of keys are easy to guess"),
    QT_TRANSLATE_NOOP("UserError", "Short keyboard patterns are easy to guess"),
    QT_TRANSLATE_NOOP("UserError", 'Repeats like "aaa" are easy to guess'),
    QT_TRANSLATE_NOOP(
        "UserError", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc"'
    ),
    QT_TRANSLATE_NOOP("UserError", 'Sequences like "abc" or "6543" are easy to guess'),
    QT_TRANSLATE_NOOP("UserError", "Recent years are easy to guess"),
    QT_TRANSLATE_NOOP("UserError", "Dates are often easy to guess"),
    QT_TRANSLATE_NOOP("UserError", "This is a top-10 common password"),
    QT_TRANSLATE_NOOP("UserError", "This is a top-100 common password"),
    QT_TRANSLATE_NOOP("UserError", "This is a very common password"),
    QT_TRANSLATE_NOOP("UserError", "This is similar to a commonly used password"),
    QT_TRANSLATE_NOOP("UserError", "A word by itself is easy to guess"),
    QT_TRANSLATE_NOOP("UserError", "Names and surnames by themselves are easy to guess"),
    QT_TRANSLATE_NOOP("UserError", "Common names and surnames are easy to guess"),
)


def translated_feedback(text: str) -> str:
    """One zxcvbn feedback line in the interface language (a generic hint if unknown)."""
    if text in FEEDBACK:
        return translate("PassphraseMeter", text)
    return translate("PassphraseMeter", "Use several unrelated words.")


class PassphraseMeter(QWidget):
    """Shows how guessable the typed passphrase is.

    Call :meth:`set_passphrase` from the field's ``textChanged``; the estimate follows once
    typing pauses (or at once with :meth:`flush`). ``strength_changed(score)`` is emitted
    after each estimate (-1 for an empty passphrase).
    """

    strength_changed = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        min_length: int = passphrase_policy.DEFAULT_MIN_LENGTH,
    ) -> None:
        super().__init__(parent)
        self._min_length = max(min_length, passphrase_policy.MIN_LENGTH_FLOOR)
        self._text = ""
        self._inputs: tuple[str, ...] = ()
        #: The last estimate's score (0–4), or -1 before any / for an empty passphrase.
        self.score = -1

        self.bar = QProgressBar()
        self.bar.setObjectName("passphrase_strength_bar")
        self.bar.setRange(0, 4)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(translate("PassphraseMeter", "Passphrase strength"))
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("passphrase_verdict")
        self.advice_label = QLabel()
        self.advice_label.setObjectName("passphrase_advice")
        self.advice_label.setWordWrap(True)
        self.advice_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.advice_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._estimate)
        self._show_empty()

    # ------------------------------------------------------------------ API

    @property
    def min_length(self) -> int:
        return self._min_length

    def set_min_length(self, min_length: int) -> None:
        """The unit's minimum length (never below the policy's floor)."""
        self._min_length = max(min_length, passphrase_policy.MIN_LENGTH_FLOOR)
        if self._text:
            self._timer.start()
        else:
            self._show_empty()

    def set_passphrase(self, text: str, user_inputs: Iterable[str] = ()) -> None:
        """The field's current text; ``user_inputs`` (user name, display name) count as
        guessable."""
        self._text = text
        self._inputs = tuple(i for i in user_inputs if i)
        if not text:
            self._timer.stop()
            self._show_empty()
            self.strength_changed.emit(-1)
            return
        self._timer.start()

    def flush(self) -> None:
        """Estimate now if an estimate is pending."""
        if self._timer.isActive():
            self._timer.stop()
            self._estimate()

    def clear(self) -> None:
        self.set_passphrase("")

    # ------------------------------------------------------------------ display

    def _show_empty(self) -> None:
        self.score = -1
        self.bar.setValue(0)
        self._colour(None)
        self.verdict_label.setText(
            translate(
                "PassphraseMeter", "Use at least {n} characters: several unrelated words."
            ).format(n=self._min_length)
        )
        self.advice_label.clear()
        self.advice_label.setVisible(False)

    def _estimate(self) -> None:
        text = self._text
        if not text:
            self._show_empty()
            return
        strength = passphrase_policy.estimate(text, user_inputs=self._inputs)
        self.score = strength.score
        self.bar.setValue(strength.score)
        self._colour(strength.score)
        verdict = translate("PassphraseMeter", VERDICTS[strength.score])
        if strength.length < self._min_length:
            verdict = translate(
                "PassphraseMeter", "{verdict} – too short: {length} of at least {n} characters"
            ).format(verdict=verdict, length=strength.length, n=self._min_length)
        elif strength.score < passphrase_policy.MIN_SCORE:
            verdict = translate("PassphraseMeter", "{verdict} – too easy to guess").format(
                verdict=verdict
            )
        self.verdict_label.setText(verdict)
        self.bar.setAccessibleDescription(verdict)
        lines: list[str] = []
        if strength.warning:
            lines.append(translated_feedback(strength.warning))
        for suggestion in strength.suggestions:
            line = translated_feedback(suggestion)
            if line not in lines:
                lines.append(line)
        self.advice_label.setText("\n".join(lines))
        self.advice_label.setVisible(bool(lines))
        self.strength_changed.emit(strength.score)

    def _colour(self, score: int | None) -> None:
        if score is None:
            self.bar.setStyleSheet("")
            return
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background-color: {SCORE_COLOURS[score]}; }}"
        )
