"""Argon2id parameters: the floor and the caps are enforced before any derivation."""

from __future__ import annotations

import json
import time

import pytest

from avhopp.crypto import kdf
from avhopp.crypto.kdf import CAPS, FLOOR, KEY_LENGTH, SALT_LENGTH, KdfParams
from avhopp.errors import IntegrityError, ValidationError

SALT = bytes(range(SALT_LENGTH))
#: Refusing must not derive: far below the ~0.3 s a floor derivation takes.
QUICK_S = 0.05


def params_json(**changes: object) -> dict[str, object]:
    return {**FLOOR.to_json(), **changes}


def test_floor_is_the_documented_minimum() -> None:
    assert KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4) == FLOOR
    assert FLOOR.memory_kib <= CAPS.memory_kib
    assert FLOOR.iterations <= CAPS.iterations
    assert FLOOR.lanes <= CAPS.lanes


@pytest.mark.parametrize("params", [FLOOR, CAPS, KdfParams(256 * 1024, 5, 8)])
def test_json_round_trip(params: KdfParams) -> None:
    document = json.loads(json.dumps(params.to_json()))
    assert document["alg"] == "argon2id"
    assert KdfParams.from_json(document) == params


OUT_OF_RANGE = [
    ("memory_kib", FLOOR.memory_kib - 1),
    ("memory_kib", 8),
    ("memory_kib", 0),
    ("memory_kib", -1),
    ("memory_kib", CAPS.memory_kib + 1),
    ("memory_kib", 2**40),
    ("memory_kib", 2**200),
    ("iterations", FLOOR.iterations - 1),
    ("iterations", 1),
    ("iterations", 0),
    ("iterations", CAPS.iterations + 1),
    ("iterations", 2**40),
    ("lanes", FLOOR.lanes - 1),
    ("lanes", 1),
    ("lanes", 0),
    ("lanes", CAPS.lanes + 1),
    ("lanes", 2**24),
]


@pytest.mark.parametrize(("name", "value"), OUT_OF_RANGE)
def test_from_json_refuses_parameters_outside_floor_and_caps_quickly(name: str, value: int) -> None:
    start = time.perf_counter()
    with pytest.raises(IntegrityError, match="outside the allowed range"):
        KdfParams.from_json(params_json(**{name: value}))
    assert time.perf_counter() - start < QUICK_S


@pytest.mark.parametrize(("name", "value"), OUT_OF_RANGE)
def test_derive_refuses_parameters_outside_floor_and_caps_quickly(name: str, value: int) -> None:
    params = KdfParams(**{**FLOOR.__dict__, name: value})
    start = time.perf_counter()
    with pytest.raises(IntegrityError, match="outside the allowed range"):
        kdf.derive(b"passphrase", SALT, params)
    assert time.perf_counter() - start < QUICK_S


@pytest.mark.parametrize(
    "document",
    [
        params_json(alg="argon2i"),
        params_json(alg="argon2d"),
        params_json(alg="scrypt"),
        params_json(alg="ARGON2ID"),
        params_json(alg=None),
        {k: v for k, v in FLOOR.to_json().items() if k != "alg"},
        None,
        [],
        "argon2id",
        65536,
    ],
)
def test_from_json_refuses_unknown_algorithms_and_non_objects(document: object) -> None:
    with pytest.raises(IntegrityError, match="unknown key derivation"):
        KdfParams.from_json(document)


@pytest.mark.parametrize(
    "document",
    [
        {"alg": "argon2id", "iterations": 3, "lanes": 4},
        {"alg": "argon2id", "memory_kib": 65536, "lanes": 4},
        {"alg": "argon2id", "memory_kib": 65536, "iterations": 3},
        params_json(memory_kib="lots"),
        params_json(memory_kib=None),
        params_json(iterations=[3]),
        params_json(lanes={"n": 4}),
        params_json(lanes=""),
    ],
)
def test_from_json_refuses_malformed_parameters(document: dict[str, object]) -> None:
    with pytest.raises(IntegrityError):
        KdfParams.from_json(document)


@pytest.mark.parametrize(
    ("name", "value"),
    [("memory_kib", "Infinity"), ("iterations", "-Infinity"), ("lanes", "1e400"), ("lanes", "NaN")],
)
def test_from_json_refuses_non_finite_numbers_as_integrity_error(name: str, value: str) -> None:
    # Python's json module reads the non-standard literals Infinity/NaN (and 1e400 overflows
    # to inf), so an edited header can hold them; they must be refused like any other
    # malformed parameter, not crash with an OverflowError.
    document = json.loads(json.dumps(params_json(**{name: 0})).replace(": 0", f": {value}"))
    with pytest.raises(IntegrityError):
        KdfParams.from_json(document)


@pytest.mark.parametrize("length", [0, 8, 15, 17, 32])
def test_derive_refuses_a_salt_of_the_wrong_length(length: int) -> None:
    with pytest.raises(IntegrityError, match="salt"):
        kdf.derive(b"passphrase", b"s" * length, FLOOR)


def test_derive_is_deterministic_and_depends_on_secret_and_salt() -> None:
    first = kdf.derive("kanelbulle-fjällräv".encode(), SALT, FLOOR)
    assert len(first) == KEY_LENGTH
    assert kdf.derive("kanelbulle-fjällräv".encode(), SALT, FLOOR) == first
    assert kdf.derive("kanelbulle-fjällräw".encode(), SALT, FLOOR) != first
    assert kdf.derive("kanelbulle-fjällräv".encode(), SALT[::-1], FLOOR) != first


class FakeClock:
    """Reports the given readings in order, so a derivation seems to take what we say."""

    def __init__(self, *readings: float) -> None:
        self.readings = list(readings)
        self.calls = 0

    def __call__(self) -> float:
        self.calls += 1
        return self.readings.pop(0)


def test_calibrate_on_a_slow_pc_never_goes_below_the_floor() -> None:
    clock = FakeClock(0.0, 100.0)  # the floor derivation "took" 100 s
    assert kdf.calibrate(clock=clock) == FLOOR
    assert clock.calls == 2  # one derivation only


def test_calibrate_keeps_the_previous_step_when_doubling_overshoots() -> None:
    clock = FakeClock(0.0, 0.1, 10.0, 20.0)  # 64 MiB: 0.1 s (too fast); 128 MiB: 10 s
    assert kdf.calibrate(target_min_s=0.5, target_max_s=1.0, clock=clock) == FLOOR
    assert clock.calls == 4


def test_calibrate_doubles_memory_until_the_target_is_reached() -> None:
    clock = FakeClock(0.0, 0.1, 10.0, 10.7)  # 64 MiB: 0.1 s; 128 MiB: 0.7 s (in target)
    chosen = kdf.calibrate(target_min_s=0.5, target_max_s=1.0, clock=clock)
    assert chosen == KdfParams(
        memory_kib=2 * FLOOR.memory_kib, iterations=FLOOR.iterations, lanes=FLOOR.lanes
    )
    chosen.check_stored()
    assert clock.calls == 4


@pytest.mark.parametrize(
    ("target_min_s", "target_max_s"), [(0.0, 1.0), (-1.0, 1.0), (1.0, 0.5), (0.0, 0.0)]
)
def test_calibrate_refuses_nonsense_targets_without_deriving(
    target_min_s: float, target_max_s: float
) -> None:
    def clock() -> float:
        raise AssertionError("must not time a derivation")

    with pytest.raises(ValidationError):
        kdf.calibrate(target_min_s=target_min_s, target_max_s=target_max_s, clock=clock)
