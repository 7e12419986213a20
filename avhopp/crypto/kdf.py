"""Argon2id passphrase stretching with per-slot parameters, a floor and sane caps."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from avhopp.errors import IntegrityError, ValidationError

KEY_LENGTH = 32
SALT_LENGTH = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. ``memory_kib`` is in KiB, as RFC 9106 and ``cryptography`` count it."""

    memory_kib: int
    iterations: int
    lanes: int

    def to_json(self) -> dict[str, int | str]:
        return {
            "alg": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict) or data.get("alg") != "argon2id":
            raise IntegrityError(reason="unknown key derivation in a key slot")
        values = [data.get(name) for name in ("memory_kib", "iterations", "lanes")]
        # Strictly integers: JSON also has floats, booleans, 1e400 and Infinity.
        if not all(type(value) is int for value in values):
            raise IntegrityError(reason="malformed key derivation parameters")
        params = cls(memory_kib=values[0], iterations=values[1], lanes=values[2])  # type: ignore[arg-type]
        params.check_stored()
        return params

    def check_stored(self) -> None:
        """Refuse parameters below the floor or beyond the caps *before* deriving.

        A header edited to huge values must not make the login hang or exhaust memory, and
        one edited to tiny values must not silently weaken a slot.
        """
        if not (FLOOR.memory_kib <= self.memory_kib <= CAPS.memory_kib):
            raise IntegrityError(reason="key slot memory cost outside the allowed range")
        if not (FLOOR.iterations <= self.iterations <= CAPS.iterations):
            raise IntegrityError(reason="key slot time cost outside the allowed range")
        if not (FLOOR.lanes <= self.lanes <= CAPS.lanes):
            raise IntegrityError(reason="key slot parallelism outside the allowed range")


#: Never below this (DESIGN.md §4): 64 MiB, t=3, p=4.
FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
#: Stored parameters beyond these are refused as tampering.
CAPS = KdfParams(memory_kib=4 * 1024 * 1024, iterations=20, lanes=16)
#: Calibration never picks more memory than this, to stay usable on 8 GB office PCs.
CALIBRATION_MAX_MEMORY_KIB = 1024 * 1024


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """A 256-bit key-encryption key from a passphrase (or recovery key) and salt."""
    params.check_stored()
    if len(salt) != SALT_LENGTH:
        raise IntegrityError(reason="key slot salt has the wrong length")
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def calibrate(
    *,
    target_min_s: float = 0.5,
    target_max_s: float = 1.0,
    clock: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Pick Argon2id parameters that take ``target_min_s``..``target_max_s`` on this PC.

    Memory is doubled from the floor (64 MiB) until one derivation takes at least
    ``target_min_s``; if a doubling overshoots ``target_max_s`` the previous step is kept.
    Never returns less than :data:`FLOOR`.
    """
    if target_min_s <= 0 or target_max_s < target_min_s:
        raise ValidationError("Invalid calibration target.")
    best = FLOOR
    memory = FLOOR.memory_kib
    while memory <= CALIBRATION_MAX_MEMORY_KIB:
        params = KdfParams(memory_kib=memory, iterations=FLOOR.iterations, lanes=FLOOR.lanes)
        start = clock()
        derive(b"calibration", b"\0" * SALT_LENGTH, params)
        elapsed = clock() - start
        if elapsed > target_max_s and memory > FLOOR.memory_kib:
            break
        best = params
        if elapsed >= target_min_s:
            break
        memory *= 2
    return best
