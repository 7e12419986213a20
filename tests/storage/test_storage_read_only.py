"""Read-only connections (``avhopp.storage.engine.read_only_connection``) beside a unit of
work that holds the write lock: the statistics read on them from helper threads."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text

from avhopp.services import vault as vault_service
from avhopp.storage.engine import read_only_connection
from avhopp.storage.models import User


def test_a_read_only_connection_reads_beside_a_writing_unit_of_work(vault) -> None:
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        with v.unit_of_work() as uow:
            uow.session.connection()  # the write transaction has begun (SQLite: the lock)
            seen: list[object] = []

            def read() -> None:
                with read_only_connection(v.engine) as connection:
                    seen.append(
                        connection.execute(select(func.count()).select_from(User)).scalar_one()
                    )

            helper = threading.Thread(target=read)
            helper.start()
            helper.join(timeout=20)
            assert not helper.is_alive(), "the read waited for the write lock"
            assert seen == [2]  # the administrator and the case worker
        if vault.kind == "postgres":
            with (
                read_only_connection(v.engine) as connection,
                pytest.raises(Exception, match="read-only"),
            ):
                connection.execute(text("CREATE TABLE never_made (x int)"))
