"""Opening a vault made by an older release migrates it (after a safety copy on SQLite).

The old vaults are golden files made by the first release (tests/fixtures/vault-0001)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from avhopp.errors import StorageError
from avhopp.services import vault as vault_service
from avhopp.storage import migrate
from avhopp.storage.case_models import CodeEntryRow

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vault-0001"
PASSPHRASE = "kanelbulle-fjällräv-brevlåda-97"
WORKER_PASSPHRASE = "morot-cykel-hängmatta-solsken-42"


def _old_vault(engine_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if engine_kind == "sqlite":
        for name in ("vault.avhopp", "vault.avhopp.keys"):
            shutil.copy2(FIXTURES / name, tmp_path / name)
        return str(tmp_path / "vault.avhopp")
    url: str = request.getfixturevalue("postgres_url")
    parsed = make_url(url)
    subprocess.run(
        [
            "psql",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            str(parsed.query["host"]),
            "-U",
            "postgres",
            "-d",
            str(parsed.database),
            "-f",
            str(FIXTURES / "postgres.sql"),
        ],
        check=True,
        capture_output=True,
    )
    return url


def test_an_older_vault_is_migrated_on_unlock(
    engine_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    location = _old_vault(engine_kind, tmp_path, request)
    with vault_service.unlock(location, username="admin", passphrase=PASSPHRASE) as vault:
        with vault.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
        with vault.unit_of_work() as uow:
            seeded = uow.session.execute(select(func.count()).select_from(CodeEntryRow)).scalar()
        assert seeded is not None
        assert seeded > 50
        assert vault.audit.verify().entries > 0
        users = {u.username: u.display_name for u in vault.users.list_users()}
        assert users == {"admin": "Åsa Administratör", "kalle": "Kalle Handläggare"}
    # Everyone's slot still opens the migrated vault.
    vault_service.unlock(location, username="kalle", passphrase=WORKER_PASSPHRASE).close()
    if engine_kind == "sqlite":
        copies = sorted(p.name for p in tmp_path.glob("vault.avhopp.pre-migration-*"))
        assert len(copies) == 2, copies  # the database and its key header
        # The safety copy is the untouched old vault.
        assert (tmp_path / copies[0]).read_bytes() == (FIXTURES / "vault.avhopp").read_bytes()


def test_a_vault_from_a_newer_version_is_refused(
    engine_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    location = _old_vault(engine_kind, tmp_path, request)
    vault = vault_service.unlock(location, username="admin", passphrase=PASSPHRASE)
    try:
        with vault.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    finally:
        vault.close()
    with pytest.raises(StorageError, match="newer version"):
        vault_service.unlock(location, username="admin", passphrase=PASSPHRASE)
