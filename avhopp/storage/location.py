"""Where a vault lives: a SQLite file (default, in the OS data directory) or a PostgreSQL URL."""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import platformdirs

from avhopp.errors import UnsupportedLocationError, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

APP_NAME = "Avhopp"
DEFAULT_FILE_NAME = "vault.avhopp"
#: The key header beside a SQLite vault (``vault.avhopp.keys``).
HEADER_SUFFIX = ".keys"
_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "sshfs", "fuse.sshfs", "9p"}


@dataclass(frozen=True)
class VaultLocation:
    kind: Literal["sqlite", "postgresql"]
    path: Path | None = None
    url: URL | None = None

    @property
    def display(self) -> str:
        """For messages and logs: never shows a password."""
        if self.kind == "sqlite":
            return str(self.path)
        assert self.url is not None
        return self.url.render_as_string(hide_password=True)

    # Side files of a SQLite vault (the key header lives beside the database, as LUKS does).
    def sidecar(self, suffix: str) -> Path:
        assert self.path is not None
        return self.path.with_name(self.path.name + suffix)


def default_location() -> VaultLocation:
    data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return VaultLocation(kind="sqlite", path=data_dir / DEFAULT_FILE_NAME)


def parse_location(text: str | None) -> VaultLocation:
    """``None`` or empty → the default file; ``postgresql…://`` → a server; anything else → a
    file path.

    Raises:
        ValidationError: a malformed URL or an unsupported database kind.
    """
    if not text:
        return default_location()
    if "://" in text:
        # Imported here: the desktop client asks where its vault is before it needs SQLAlchemy
        # (half a second of its start-up).
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(text)
        except (ArgumentError, ValueError):  # ValueError: a port that is not a number
            raise ValidationError(
                "{location} is not a valid database URL.", location=text
            ) from None
        backend = url.get_backend_name()
        if backend != "postgresql":
            raise ValidationError(
                "Only postgresql+psycopg:// URLs or file paths can hold a vault, not {kind}.",
                kind=backend,
            )
        driver = url.get_driver_name()
        if driver not in ("psycopg", "postgresql"):  # plain postgresql:// means psycopg here
            raise ValidationError("Use the psycopg driver: postgresql+psycopg://…")
        return VaultLocation(kind="postgresql", url=url.set(drivername="postgresql+psycopg"))
    return VaultLocation(kind="sqlite", path=Path(text).expanduser().absolute())


def witness_dir() -> Path:
    """Where this PC keeps audit-chain witnesses (one file per vault and location)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "witness"


def witness_file(vault_id: str, location: VaultLocation) -> Path:
    """This PC's witness of the vault ``vault_id`` at ``location``.

    Keyed by location too: a restored backup is the same vault (same id, same keys) at a new
    place whose log goes its own way from the restore on; the original keeps its witness.
    Rolling a vault back in place is still caught: same id, same location.
    """
    where = location.display if location.kind != "sqlite" else os.path.abspath(str(location.path))
    digest = hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]
    return witness_dir() / f"{vault_id}-{digest}.json"


def check_local_filesystem(path: Path) -> None:
    """Refuse a SQLite vault on a network share: SQLite's WAL does not work there.

    Raises:
        UnsupportedLocationError: the folder is on a network file system.
    """
    folder = path.parent
    if sys.platform == "win32":
        if _is_windows_network_path(folder):
            raise UnsupportedLocationError(
                location=str(path), reason="it is on a network share; use a PostgreSQL server"
            )
        return
    fs_type = _filesystem_type(folder)
    if fs_type in _NETWORK_FILESYSTEMS:
        raise UnsupportedLocationError(
            location=str(path),
            reason=f"it is on a network file system ({fs_type}); use a PostgreSQL server",
        )


def _is_windows_network_path(folder: Path) -> bool:
    """UNC paths, and drive letters mapped to a share (GetDriveTypeW → DRIVE_REMOTE)."""
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        return True
    import ctypes

    drive_remote = 4
    root = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    return bool(windll.kernel32.GetDriveTypeW(root) == drive_remote)


def _filesystem_type(folder: Path) -> str | None:
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    try:
        resolved = os.path.realpath(folder)
        best, best_type = "", None
        for line in mounts.read_text().splitlines():
            fields = line.split()
            if len(fields) < 3:
                continue
            mount_point = fields[1].replace("\\040", " ")
            is_parent = resolved == mount_point or resolved.startswith(
                mount_point.rstrip("/") + "/"
            )
            if is_parent and len(mount_point) >= len(best):
                best, best_type = mount_point, fields[2]
        return best_type
    except OSError:
        return None
