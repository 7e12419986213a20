"""No personal data or passphrase in clear at rest: grep the SQLite files and a pg_dump."""

from __future__ import annotations

import pytest

from avhopp.domain.roles import Role
from avhopp.errors import AuthenticationError
from avhopp.services import vault as vault_service
from avhopp.storage.location import witness_dir

ZLATAN = ("zlatan", "Zlatan Testsson", "fotboll-Malmö-kastrull-regnbåge-19")
MARTA = ("marta", "Märta Hemligsdotter", "hemlig-syltburk-Ödeshög-tornado-64")
WRONG = "Felaktig-Gissning-Zlatan-2024"


def _needles(vault) -> dict[str, bytes]:
    names = [ZLATAN[1], MARTA[1], "Åsa Administratör", "Kalle Handläggare"]
    secrets = [ZLATAN[2], MARTA[2], WRONG, vault.admin_passphrase, vault.worker_passphrase]
    found: dict[str, bytes] = {}
    for text in [*names, *secrets, "Avhopparverksamheten Västerås", "Hemligsdotter"]:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found[f"{text!r} as {encoding}"] = text.encode(encoding)
    return found


def _assert_clean(blobs: dict[str, bytes], needles: dict[str, bytes]) -> None:
    assert blobs
    leaks = [
        f"{what} in {where}"
        for where, data in blobs.items()
        for what, needle in needles.items()
        if needle in data
    ]
    assert leaks == []


def _use_the_vault(vault) -> vault_service.Vault:
    """Add two users, fail and succeed at logging in; returns a still-open vault."""
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        for username, display_name, passphrase in (ZLATAN, MARTA):
            v.users.add_user(
                username,
                display_name=display_name,
                roles=frozenset({Role.CASE_WORKER}),
                passphrase=passphrase,
            )
    for username in (ZLATAN[0], "zlatan.okand"):
        with pytest.raises(AuthenticationError):
            vault_service.unlock(vault.location, username=username, passphrase=WRONG)
    with vault_service.unlock(vault.location, username=ZLATAN[0], passphrase=ZLATAN[2]):
        pass
    opened = vault_service.unlock(vault.location, username=MARTA[0], passphrase=MARTA[2])
    assert {"zlatan", "marta"} <= {u.username for u in _users(vault)}
    return opened


def _users(vault):
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        return v.users.list_users()


@pytest.mark.parametrize("engine_kind", ["sqlite"])
def test_sqlite_files_hold_no_names_or_passphrases(vault, read_files):
    needles = _needles(vault)
    opened = _use_the_vault(vault)
    try:
        # While a connection is open the WAL may exist: check it too.
        blobs = {**read_files(vault.path.parent), **read_files(witness_dir())}
        assert str(vault.path) + ".attempts" in blobs
        _assert_clean(blobs, needles)
    finally:
        opened.close()
    blobs = {**read_files(vault.path.parent), **read_files(witness_dir())}
    assert str(vault.path) + ".keys" in blobs
    assert str(vault.path) + ".witness" in blobs
    _assert_clean(blobs, needles)


@pytest.mark.postgres
@pytest.mark.parametrize("engine_kind", ["postgres"])
def test_pg_dump_holds_no_display_names_or_passphrases(vault, pg_dump, read_files):
    needles = _needles(vault)
    opened = _use_the_vault(vault)
    opened.close()
    text = pg_dump(vault.location)
    # The dump is real: the tables and the (documented, allowed) user names are there.
    assert b"COPY public.audit_entries" in text
    assert b"COPY public.users" in text
    assert b"zlatan" in text
    _assert_clean({"pg_dump": text, **read_files(witness_dir())}, needles)
