"""The one error family of Avhopp.

``UserError`` and its subclasses are conditions a user can cause or fix (bad input, wrong
passphrase, a conflict with another user's change, a corrupt file). They carry an English
message template with named parameters, so the GUI can translate the template and the CLI can
print it as one line. Anything that is not a ``UserError`` is a bug.

Exceptions of ``sqlite3``/``sqlcipher3``, ``psycopg`` and ``cryptography`` are translated into
this family at the storage and crypto boundary; no layer above sees them.
"""

from __future__ import annotations

from typing import ClassVar


class AvhoppError(Exception):
    """Base of every error Avhopp raises on purpose."""


class UserError(AvhoppError):
    """An error caused by input or environment that the user can understand and act on.

    Subclasses set ``template``; the message never contains decrypted personal data.
    """

    template: ClassVar[str] = "The operation could not be completed."
    exit_code: ClassVar[int] = 1

    def __init__(self, template: str | None = None, /, **params: object) -> None:
        self.message_template = template if template is not None else type(self).template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.message_template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message_template


class ValidationError(UserError):
    """Input breaks a domain rule. ``field`` names the offending input when there is one."""

    template = "The input is not valid."

    def __init__(
        self, template: str | None = None, /, *, field: str | None = None, **params: object
    ) -> None:
        self.field = field
        super().__init__(template, **params)


class WeakPassphraseError(ValidationError):
    template = "The passphrase is too weak: {reason}"


class NotFoundError(UserError):
    template = "{what} was not found."


class AlreadyExistsError(UserError):
    template = "{what} already exists."


class ConflictError(UserError):
    """A save was refused because someone else changed the record first."""

    template = (
        "The record was changed by someone else ({changed_by}, {changed_at}). Reload and try again."
    )


class PermissionDeniedError(UserError):
    template = "You do not have the right to {action}."


class EmergencyAccessRequiredError(PermissionDeniedError):
    """The case is outside the user's own; emergency access with a reason is possible."""

    template = (
        "This case is not yours or your team's. Request emergency access with a reason "
        "to open it; the access is flagged for review."
    )


class AuthenticationError(UserError):
    """Wrong user name, passphrase or recovery key. Deliberately does not say which."""

    template = "The user name or passphrase is wrong."
    exit_code = 3


class ThrottledError(AuthenticationError):
    template = "Too many failed attempts. Try again in {seconds} s."

    def __init__(self, *, seconds: int) -> None:
        self.retry_after = seconds
        super().__init__(seconds=seconds)


class AccountDisabledError(AuthenticationError):
    template = "This account is disabled. Ask an administrator."


class StorageError(UserError):
    """The database cannot be used: unreachable server, read-only place, full disk..."""

    template = "The database could not be used: {reason}"


class NotAVaultError(StorageError):
    template = "{location} is not an Avhopp vault."


class VaultExistsError(StorageError):
    template = "A vault already exists at {location}."


class ServerUnreachableError(StorageError):
    template = "The database server could not be reached: {reason}"


class ReadOnlyLocationError(StorageError):
    template = "The database location is read-only: {location}"


class DiskFullError(StorageError):
    template = "The disk is full. Nothing was changed; free some space and try again."


class UnsupportedLocationError(StorageError):
    template = "{location} cannot hold a vault: {reason}"


class CancelledError(UserError):
    """Long work stopped on the user's request (a ``cancel`` event was set)."""

    template = "The report was cancelled; nothing was saved."


class KeyRotatedError(UserError):
    """Another client rotated the vault key while this one was unlocked."""

    template = (
        "An administrator changed the vault key while you were working. Lock and unlock "
        "again; this change was not saved."
    )


class IntegrityError(UserError):
    """Tampered or corrupt data: a ciphertext that does not authenticate, a broken audit chain,
    a damaged database file. Never accompanied by possibly-wrong plaintext."""

    template = "Integrity check failed: {reason}"
    exit_code = 4


class AuditChainError(IntegrityError):
    template = "The audit log is broken at entry {seq}: {reason}"

    def __init__(self, *, seq: int, reason: str) -> None:
        self.seq = seq
        self.reason = reason
        super().__init__(seq=seq, reason=reason)
