"""Failed-login throttling: a growing delay after repeated failures.

This only guards the login screen and the CLI. Against a copied file, only the KDF cost and
the passphrase length count (docs/SECURITY.md).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

#: Failures allowed without any delay (typos happen).
FREE_ATTEMPTS = 3
BASE_DELAY_S = 5
MAX_DELAY_S = 15 * 60


def delay_after(failures: int) -> int:
    """Seconds a user must wait after ``failures`` consecutive failed attempts."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failures - FREE_ATTEMPTS)))


def retry_after(failures: int, last_failure: datetime | None, now: datetime) -> int:
    """Whole seconds left before another attempt is allowed; 0 when allowed now."""
    if last_failure is None:
        return 0
    delay = delay_after(failures)
    # A failure stamped in the future (another PC's fast clock, an edited file) counts as
    # now: it must never lock anyone out for longer than the schedule says.
    elapsed = max(timedelta(0), now - last_failure)
    wait = timedelta(seconds=delay) - elapsed
    return max(0, min(delay, math.ceil(wait.total_seconds())))
