"""The phase model of a case (DOMAIN.md §2): allowed transitions, closing and reopening.

The phase list is a code list an administrator may extend; the rules below know the default
phases. A phase added by an administrator is an open phase that can be entered from, and
left to, any open phase (the unit decides its meaning).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from avhopp.errors import ValidationError

INQUIRY = "inquiry"
PRE_ASSESSMENT = "pre_assessment"
INVESTIGATION = "investigation"
PROTECTION = "protection"
ACTIVE_SUPPORT = "active_support"
TRANSITION = "transition"
AFTERCARE = "aftercare"
CLOSED = "closed"

#: The default open phases, in their usual order.
OPEN_ORDER = (
    INQUIRY,
    PRE_ASSESSMENT,
    INVESTIGATION,
    PROTECTION,
    ACTIVE_SUPPORT,
    TRANSITION,
    AFTERCARE,
)
#: Phases that presuppose a decision on support (reached through investigation).
AFTER_DECISION = frozenset({PROTECTION, ACTIVE_SUPPORT, TRANSITION, AFTERCARE})
#: Steps back that happen in real cases: a threat flares up, a transition fails.
BACKWARD = frozenset(
    {
        (ACTIVE_SUPPORT, PROTECTION),
        (TRANSITION, PROTECTION),
        (TRANSITION, ACTIVE_SUPPORT),
        (AFTERCARE, PROTECTION),
        (AFTERCARE, ACTIVE_SUPPORT),
        (INVESTIGATION, PRE_ASSESSMENT),
    }
)


@dataclass(frozen=True)
class PhaseChange:
    """One entry of a case's phase history."""

    phase: str
    entered_on: date
    closure_reason: str | None = None


def is_open(phase: str) -> bool:
    return phase != CLOSED


def check_transition(
    current: str,
    target: str,
    *,
    closure_reason: str | None,
    history: tuple[str, ...] = (),
) -> None:
    """Refuse a change the phase model does not allow.

    ``history`` holds the phases the case has been in (to know whether a decision was
    reached). Reopening a closed case is :func:`check_reopen`, not a transition.

    Raises:
        ValidationError: naming the field ``phase`` or ``closure_reason``.
    """
    if current == CLOSED:
        raise ValidationError("The case is closed. Reopen it to change its phase.", field="phase")
    if target == current:
        raise ValidationError("The case is already in this phase.", field="phase")
    if target == CLOSED:
        if not closure_reason:
            raise ValidationError(
                "A closure reason is required to close a case.", field="closure_reason"
            )
        return
    if closure_reason:
        raise ValidationError(
            "A closure reason is only given when the case is closed.", field="closure_reason"
        )
    if current not in OPEN_ORDER or target not in OPEN_ORDER:
        return  # phases added by an administrator move freely among open phases
    if (current, target) in BACKWARD:
        return
    if OPEN_ORDER.index(target) < OPEN_ORDER.index(current):
        raise ValidationError(
            "A case cannot go back from {current} to {target}.",
            field="phase",
            current=current,
            target=target,
        )
    reached_decision = INVESTIGATION in history or current == INVESTIGATION
    if target in AFTER_DECISION and not reached_decision and current not in AFTER_DECISION:
        raise ValidationError(
            "Support phases need an investigation and decision first.", field="phase"
        )


def check_reopen(current: str, target: str, *, history: tuple[str, ...] = ()) -> None:
    """A closed case reopens into an open phase (usually the pre-assessment); a support
    phase only if the case once had its investigation and decision.

    Raises:
        ValidationError: the case is not closed, the target is not an open phase, or it
            would skip the decision on support.
    """
    if current != CLOSED:
        raise ValidationError("Only a closed case can be reopened.", field="phase")
    if target == CLOSED:
        raise ValidationError("Choose an open phase to reopen the case in.", field="phase")
    if target in AFTER_DECISION and INVESTIGATION not in history:
        raise ValidationError(
            "Support phases need an investigation and decision first.", field="phase"
        )


def check_phase_date(entered_on: date, *, previous: date | None, today: date) -> None:
    """Phase history is chronological and never in the future.

    Raises:
        ValidationError: on the field ``entered_on``.
    """
    if entered_on > today:
        raise ValidationError("A phase change cannot be dated in the future.", field="entered_on")
    if previous is not None and entered_on < previous:
        raise ValidationError(
            "A phase change cannot be dated before the previous one ({previous}).",
            field="entered_on",
            previous=previous.isoformat(),
        )
