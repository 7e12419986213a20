from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from avhopp.domain.clock import iso, utc_now
from avhopp.domain.ids import new_id
from avhopp.domain.roles import decode_roles
from avhopp.errors import IntegrityError


def test_ids_are_random_uuids() -> None:
    first, second = new_id(), new_id()
    assert first != second
    assert uuid.UUID(first).version == 4


def test_times_are_naive_utc_with_microseconds() -> None:
    now = utc_now()
    assert now.tzinfo is None
    assert iso(datetime(2026, 1, 2, 3, 4, 5)) == "2026-01-02T03:04:05.000000"


def test_an_unknown_stored_role_is_an_integrity_error() -> None:
    with pytest.raises(IntegrityError):
        decode_roles("handlaggare,superuser")
