"""Worker for the kill -9 tests (tests/faults/test_faults_kill9.py): writes until it is killed.

Run as ``python kill9_worker.py LOCATION MODE``; everything secret arrives as one JSON
document on stdin (never on the command line):

    {"username": "...", "passphrase": "...", "target": "kalle",
     "passphrases": [...], "start": 0}

Modes:
    set-active   loop: ``set_active(target, not active)``; every 4th turn also ``list_users``.
    passphrase   loop: ``change_passphrase(target, passphrases[k % len(passphrases)])``
                 with k = start, start + 1, ...

After each service call has returned (its transaction committed) the worker prints exactly one
line and flushes it before starting the next write:

    READY <audit head seq>                   after unlock
    COMMITTED <seq> <action> <detail>        <seq>: the audit entry the call appended

The test kills it with SIGKILL at a random moment; it never stops on its own.
"""

from __future__ import annotations

import json
import sys


def _head(vault: object) -> int:
    with vault.unit_of_work() as uow:  # type: ignore[attr-defined]
        seq, _ = uow.audit.head()
    return int(seq)


def _report(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def main() -> None:
    location, mode = sys.argv[1], sys.argv[2]
    config = json.loads(sys.stdin.read())
    from avhopp.services import vault as vault_service

    vault = vault_service.unlock(
        location, username=config["username"], passphrase=config["passphrase"]
    )
    target = config["target"]
    _report("READY", _head(vault))
    if mode == "set-active":
        with vault.unit_of_work() as uow:
            active = uow.users.get(target).active
        turn = 0
        while True:
            active = not active
            vault.users.set_active(target, active)
            _report("COMMITTED", _head(vault), "user.enable" if active else "user.disable", active)
            turn += 1
            if turn % 4 == 0:
                count = len(vault.users.list_users())
                _report("COMMITTED", _head(vault), "user.list", count)
    elif mode == "passphrase":
        pool = config["passphrases"]
        k = int(config["start"])
        while True:
            vault.users.change_passphrase(target, new_passphrase=pool[k % len(pool)])
            _report("COMMITTED", _head(vault), "user.passphrase", k)
            k += 1
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main()
