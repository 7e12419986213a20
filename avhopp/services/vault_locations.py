"""Where vaults live, for clients that must not import the storage layer (the GUI).

The desktop client remembers the last vault it opened; a first start (no vault at the default
place and none remembered) opens the first-run wizard.
"""

from __future__ import annotations

from dataclasses import dataclass

from avhopp.storage.location import (
    HEADER_SUFFIX,
    VaultLocation,
    default_location,
    parse_location,
)


@dataclass(frozen=True)
class LocationInfo:
    """What a client may show about a location: never a password."""

    text: str  # what to pass back to create_vault / unlock
    display: str
    kind: str  # "sqlite" or "postgresql"


def describe(text: str | None) -> LocationInfo:
    """Raises:
    ValidationError: a malformed URL or an unsupported database kind.
    """
    where = parse_location(text)
    return _info(where, text)


def default() -> LocationInfo:
    return _info(default_location(), None)


def _info(where: VaultLocation, text: str | None) -> LocationInfo:
    if where.kind == "sqlite":
        assert where.path is not None
        return LocationInfo(text=str(where.path), display=where.display, kind="sqlite")
    return LocationInfo(text=text or where.display, display=where.display, kind="postgresql")


def vault_exists(text: str | None) -> bool:
    """Whether a SQLite vault is at ``text``; a server URL counts as existing (the login then
    says whether it holds a vault). Never raises for a missing file.

    Raises:
        ValidationError: a malformed URL.
    """
    where = parse_location(text)
    if where.kind == "postgresql":
        return True
    # As SqliteBackend.exists, without importing the storage engine (SQLAlchemy) at start-up.
    assert where.path is not None
    return where.path.exists() or where.sidecar(HEADER_SUFFIX).exists()
