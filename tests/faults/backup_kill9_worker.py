"""Worker for the backup kill -9 test (tests/faults/test_backup_kill9.py): makes backups of a
vault into one folder, one after the other, until it is killed.

Run as ``python backup_kill9_worker.py LOCATION FOLDER``. The process imports Avhopp once and
then forks one worker per kill run (importing takes seconds; the runs should not). Standard
input carries one JSON line with the secrets (never on the command line), then commands:

    {"username": "...", "passphrase": "..."}
    FORK            fork a worker: it unlocks the vault, prints READY, waits for SIGUSR1
    REAP <pid>      wait for a (killed) worker; prints how it ended

Output, one flushed line each (a worker's lines carry its pid):

    FORKED <pid>
    READY <pid>                    the worker unlocked the vault and waits for SIGUSR1
    START <pid> <n>                before backup n is begun
    CREATED <pid> <n> <file name>  after create() returned (written, read back, renamed)
    REAPED <pid> <signal number, or -exit status>

A worker never stops on its own; the test kills it with SIGKILL at a random moment.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback


def _report(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def _work(location: str, folder: str, config: dict[str, str]) -> None:
    from avhopp.services import vault as vault_service

    me = os.getpid()
    vault = vault_service.unlock(
        location, username=config["username"], passphrase=config["passphrase"]
    )
    _report("READY", me)
    signal.sigwait({signal.SIGUSR1})
    n = 0
    while True:
        _report("START", me, n)
        made = vault.backups.create(folder)
        _report("CREATED", me, n, made.path.name)
        n += 1


def main() -> None:
    location, folder = sys.argv[1], sys.argv[2]
    config = json.loads(sys.stdin.readline())
    # Everything a worker needs, imported before any fork.
    import avhopp.services.backup_service
    import avhopp.services.vault
    import avhopp.storage.snapshot  # noqa: F401

    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})  # inherited: sigwait gets it
    for line in sys.stdin:
        command = line.split()
        if command == ["FORK"]:
            pid = os.fork()
            if pid == 0:
                try:
                    _work(location, folder, config)
                except BaseException:
                    traceback.print_exc()
                    sys.stderr.flush()
                os._exit(70)  # never back into the command loop
            _report("FORKED", pid)
        elif command[:1] == ["REAP"]:
            pid = int(command[1])
            _, status = os.waitpid(pid, 0)
            ended = os.WTERMSIG(status) if os.WIFSIGNALED(status) else -os.WEXITSTATUS(status)
            _report("REAPED", pid, ended)
        else:
            raise SystemExit(f"unknown command {line!r}")


if __name__ == "__main__":
    main()
