"""Failed-login throttling: free attempts, then a doubling delay, capped."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest

from avhopp.domain.throttling import (
    BASE_DELAY_S,
    FREE_ATTEMPTS,
    MAX_DELAY_S,
    delay_after,
    retry_after,
)

NOW = datetime(2024, 5, 1, 10, 0, 0)


def test_constants() -> None:
    assert FREE_ATTEMPTS == 3
    assert MAX_DELAY_S == 15 * 60


@pytest.mark.parametrize("failures", [-1, 0, 1, 2])
def test_no_delay_for_the_first_failures(failures: int) -> None:
    assert delay_after(failures) == 0


def test_schedule_after_the_free_attempts() -> None:
    assert [delay_after(n) for n in range(3, 11)] == [5, 10, 20, 40, 80, 160, 320, 640]
    assert delay_after(FREE_ATTEMPTS) == BASE_DELAY_S


def test_delay_grows_until_the_cap_and_stays_there() -> None:
    delays = [delay_after(n) for n in range(200)]
    assert all(isinstance(d, int) for d in delays)
    assert delays == sorted(delays)
    capped_from = delays.index(MAX_DELAY_S)
    assert capped_from == 11
    growing = delays[FREE_ATTEMPTS:capped_from]
    assert all(a < b for a, b in itertools.pairwise(growing))
    assert set(delays[capped_from:]) == {MAX_DELAY_S}
    assert max(delays) == MAX_DELAY_S
    assert delay_after(10_000) == MAX_DELAY_S


def test_retry_after_without_a_failure_is_zero() -> None:
    assert retry_after(0, None, NOW) == 0
    assert retry_after(50, None, NOW) == 0


def test_retry_after_during_free_attempts_is_zero() -> None:
    assert retry_after(2, NOW, NOW) == 0


@pytest.mark.parametrize(
    ("failures", "elapsed_s", "expected"),
    [
        (3, 0, 5),
        (3, 2.5, 3),  # whole seconds, rounded up
        (3, 4.000001, 1),
        (3, 5, 0),
        (3, 60, 0),
        (4, 1, 9),
        (50, 0, MAX_DELAY_S),
        (50, MAX_DELAY_S - 0.5, 1),
        (50, MAX_DELAY_S, 0),
    ],
)
def test_retry_after_counts_down(failures: int, elapsed_s: float, expected: int) -> None:
    last = NOW - timedelta(seconds=elapsed_s)
    assert retry_after(failures, last, NOW) == expected


def test_retry_after_never_exceeds_the_cap_when_the_last_failure_is_in_the_future() -> None:
    # A failure stamped ahead of our clock (another PC's fast clock on a shared PostgreSQL
    # vault, or an edited .attempts file) must not lock the user out beyond MAX_DELAY_S.
    wait = retry_after(50, NOW + timedelta(hours=1), NOW)  # now: 4500 s
    assert 0 < wait <= MAX_DELAY_S
