"""Benchmark of the vault core (DESIGN.md §7): key derivation, field encryption, unlock and a
durable audited write, on both engines where they apply.

Run: .venv/bin/python benchmarks/bench_vault_core.py [--postgres URL]
Prints medians and p95 of repeated runs measured in this one process, with a ratio against
a floor measured in the same run (machines here are shared and noisy: compare ratios).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from avhopp.crypto import kdf
from avhopp.crypto.field_cipher import FieldCipher
from avhopp.crypto.keys import KeyRing, new_vault_key
from avhopp.domain.roles import Role
from avhopp.services import vault as vault_service

PASSPHRASE = "kanelbulle-fjällräv-brevlåda-97"
WORKER_PASSPHRASE = "morot-cykel-hängmatta-solsken-42"


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report(
    name: str, samples: list[float], *, unit: float = 1e3, suffix: str = "ms", target: str = ""
) -> None:
    med = statistics.median(samples) * unit
    print(
        f"{name:<52} median {med:9.3f} {suffix}  p95 {p95(samples) * unit:9.3f} {suffix}  {target}"
    )


def bench_kdf() -> kdf.KdfParams:
    print("== Argon2id")
    report(
        "floor 64 MiB, t=3, p=4",
        timed(lambda: kdf.derive(b"x", b"\0" * 16, kdf.FLOOR), 5),
        unit=1,
        suffix="s ",
    )
    start = time.perf_counter()
    params = kdf.calibrate()
    elapsed = time.perf_counter() - start
    print(
        f"calibrated in {elapsed:.2f} s → memory {params.memory_kib // 1024} MiB, "
        f"t={params.iterations}, p={params.lanes}"
    )
    report(
        "calibrated parameters",
        timed(lambda: kdf.derive(b"x", b"\0" * 16, params), 5),
        unit=1,
        suffix="s ",
        target="(target 0.5–1 s)",
    )
    return params


def bench_fields() -> None:
    print("== Field encryption (AES-256-GCM, 60-byte value)")
    keys = KeyRing(vault_id="00000000-0000-4000-8000-000000000000", vault_key=new_vault_key())
    cipher = FieldCipher(keys)
    value = "Märta Hemligsdotter, Stora gatan 12, 722 15 Västerås".encode()
    n = 20_000
    envelopes = [
        cipher.encrypt(value, table="people", column="name", row_id=str(i)) for i in range(n)
    ]

    def enc() -> None:
        for i in range(n):
            cipher.encrypt(value, table="people", column="name", row_id=str(i))

    def dec() -> None:
        for i, env in enumerate(envelopes):
            cipher.decrypt(env, table="people", column="name", row_id=str(i))

    def plain() -> None:
        for env in envelopes:
            bytes(env)

    e, d, p = timed(enc, 5), timed(dec, 5), timed(plain, 5)
    report("encrypt, per value", [s / n for s in e], unit=1e6, suffix="µs")
    report("decrypt, per value", [s / n for s in d], unit=1e6, suffix="µs")
    report(
        "encrypt + decrypt, per value",
        [(a + b) / n for a, b in zip(e, d, strict=True)],
        unit=1e6,
        suffix="µs",
    )
    report("floor: copying the stored bytes, per value", [s / n for s in p], unit=1e6, suffix="µs")


def bench_vault(location: str, params: kdf.KdfParams, label: str) -> None:
    print(f"== Vault on {label} (calibrated KDF)")
    vault_service.create_vault(
        location,
        admin_username="admin",
        admin_display_name="Bench Admin",
        passphrase=PASSPHRASE,
        unit_name="Bench",
        kdf_params=params,
    )
    unlocks = timed(
        lambda: vault_service.unlock(location, username="admin", passphrase=PASSPHRASE).close(), 5
    )
    report("unlock (KDF + open + audit entry)", unlocks, unit=1, suffix="s ")
    with vault_service.unlock(location, username="admin", passphrase=PASSPHRASE) as vault:
        vault.users.add_user(
            "kalle",
            display_name="Kalle",
            roles=frozenset({Role.CASE_WORKER}),
            passphrase=WORKER_PASSPHRASE,
        )
        state = [True]

        def write() -> None:
            state[0] = not state[0]
            vault.users.set_active("kalle", state[0])

        report(
            "durable audited write (user row + audit entry)",
            timed(write, 200),
            target="(note save target ≤ 25 ms p95)",
        )
        report("audit verify (whole chain)", timed(vault.audit.verify, 5))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", help="an empty database URL to benchmark PostgreSQL too")
    args = parser.parse_args()
    params = bench_kdf()
    bench_fields()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("XDG_CONFIG_HOME", folder)
        bench_vault(str(Path(folder) / "vault.avhopp"), params, "SQLite (SQLCipher)")
    if args.postgres:
        bench_vault(args.postgres, params, "PostgreSQL")


if __name__ == "__main__":
    main()
