#!/usr/bin/env python3
"""An independent reader of Avhopp backup files, written from docs/BACKUP-FORMAT.md alone.

It imports nothing from Avhopp (only the standard library, ``cryptography`` and ``msgpack``),
so it proves that the specification is enough to read a backup, and it is what a unit could
use if Avhopp itself were gone::

    python tools/backup_reference_reader.py FILE --user NAME          # passphrase on stdin
    AVHOPP_PASSPHRASE=... python tools/backup_reference_reader.py FILE --user NAME
    python tools/backup_reference_reader.py FILE --recovery-key-file F
    ... --dump-json DIR      # each table's rows as DIR/<table>.jsonl (bytes as base64)

It prints the header and the rows per table, and checks every chunk, frame and count.
Exit codes: 0 intact, 1 not a backup / newer format / usage problem, 3 wrong user name,
passphrase or recovery key, 4 damaged or altered. Section numbers (§) refer to the spec.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import struct
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import msgpack
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

EXIT_OK, EXIT_UNUSABLE, EXIT_WRONG_KEY, EXIT_DAMAGED = 0, 1, 3, 4

# §2 preamble and limits
MAGIC = b"AVHOPPBK"
PREAMBLE = struct.Struct(">8sHI")
KNOWN_VERSION = 1
MAX_HEADER = 8 * 1024 * 1024
TAG = 16
# §5 chunks, §6 frames
MIN_CHUNK, MAX_CHUNK = 1024, 4 * 1024 * 1024
FRAME = struct.Struct(">BI")
MAX_FRAME = 64 * 1024 * 1024
META, TABLE, ROWS, TABLE_END, END = 1, 2, 3, 4, 5
# §4.2 Argon2id floor and caps (memory in KiB)
KDF_FLOOR = {"memory_kib": 65536, "iterations": 3, "lanes": 4}
KDF_CAPS = {"memory_kib": 4 * 1024 * 1024, "iterations": 20, "lanes": 16}
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KINDS = {"int", "bool", "text", "bytes", "datetime", "date"}


class UnusableError(Exception):
    code = EXIT_UNUSABLE


class WrongKeyError(Exception):
    code = EXIT_WRONG_KEY


class DamagedError(Exception):
    code = EXIT_DAMAGED


# --------------------------------------------------------------------------- primitives


def b64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise DamagedError(f"{what} is not base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise DamagedError(f"{what} is not base64 text") from None


def hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def parts(*values: str | bytes | None) -> bytes:
    """§4.1: each part tagged (N, S, Y) and length-prefixed."""
    out = b""
    for value in values:
        if value is None:
            out += b"N"
        else:
            raw, tag = (value.encode("utf-8"), b"S") if isinstance(value, str) else (value, b"Y")
            out += tag + len(raw).to_bytes(4, "big") + raw
    return out


# --------------------------------------------------------------------------- §3 header


def read_header(stream: BinaryIO) -> tuple[dict[str, Any], bytes, bytes]:
    """(fields, preamble + header JSON, header tag), not yet authenticated."""
    preamble = stream.read(PREAMBLE.size)
    if not preamble.startswith(MAGIC):
        raise UnusableError("this is not an Avhopp backup (no AVHOPPBK magic)")
    if len(preamble) < PREAMBLE.size:
        raise DamagedError("the file is cut short inside its preamble")
    _, version, length = PREAMBLE.unpack(preamble)
    if version > KNOWN_VERSION:
        raise UnusableError(f"backup format {version} is newer than this reader (knows 1)")
    if version < 1:
        raise UnusableError("backup format 0 does not exist")
    if length > MAX_HEADER:
        raise DamagedError("the header length is impossibly large")
    body, tag = stream.read(length), stream.read(32)
    if len(body) < length or len(tag) < 32:
        raise DamagedError("the file is cut short inside its header")
    try:
        fields = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise DamagedError("the header is not JSON") from None
    if not isinstance(fields, dict) or fields.get("format") != "avhopp-backup":
        raise DamagedError("the header is not an avhopp-backup object")
    return fields, preamble + body, tag


def text_field(fields: dict[str, Any], name: str) -> str:
    value = fields.get(name)
    if not isinstance(value, str):
        raise DamagedError(f"the header lacks {name}")
    return value


# --------------------------------------------------------------------------- §4 keys


def normalize_username(name: str) -> str:
    """§4.1: the user name as the locator hashes it."""
    trimmed = name.strip()
    lowered = trimmed.lower()
    chosen = lowered if USERNAME.match(lowered) else trimmed.casefold()
    return " ".join(unicodedata.normalize("NFC", chosen).casefold().split())


def locator(vault_id: str, username: str) -> str:
    message = b"avhopp/v1/locator\0" + normalize_username(username).encode("utf-8")
    return hmac.new(vault_id.encode("ascii"), message, hashlib.sha256).hexdigest()[:32]


def parse_recovery_code(code: str) -> bytes:
    """§4.3: 32 Crockford base32 characters of key, 4 of checksum; dashes and spaces ignored."""
    cleaned = "".join(c for c in code.upper() if c not in " -\t\r\n")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != 36 or any(c not in CROCKFORD for c in cleaned):
        raise WrongKeyError("that is not a recovery key (36 characters of Crockford base32)")
    number = 0
    for char in cleaned[:32]:
        number = (number << 5) | CROCKFORD.index(char)
    raw = number.to_bytes(20, "big")
    check = int.from_bytes(hashlib.sha256(b"avhopp/recovery-key\0" + raw).digest()[:3], "big")
    expected = "".join(CROCKFORD[(check >> (5 * i)) & 31] for i in reversed(range(4)))
    if cleaned[32:] != expected:
        raise WrongKeyError("the recovery key is mistyped (its check characters do not match)")
    return raw


def find_slot(vault_header: dict[str, Any], wanted: str) -> dict[str, Any]:
    for slot in vault_header["slots"]:
        if isinstance(slot, dict) and hmac.compare_digest(
            str(slot.get("locator")).encode(), wanted.encode()
        ):
            return slot
    raise WrongKeyError(
        "no key slot for that user name" if wanted != "recovery" else "no recovery slot"
    )


def open_slot(slot: dict[str, Any], vault_id: str, secret: bytes) -> X25519PrivateKey:
    """§4.2: Argon2id → KEK; AES-256-GCM unwraps the slot's X25519 private key."""
    try:
        params = slot["kdf"]
        values = {name: params[name] for name in ("memory_kib", "iterations", "lanes")}
        texts = (slot["slot_id"], slot["kind"], slot["locator"], slot["created_at"])
        user_id = slot["user_id"]
    except (KeyError, TypeError):
        raise DamagedError("a key slot is malformed") from None
    if params.get("alg") != "argon2id" or not all(type(v) is int for v in values.values()):
        raise DamagedError("a key slot names an unknown key derivation")
    if not all(KDF_FLOOR[k] <= v <= KDF_CAPS[k] for k, v in values.items()):
        raise DamagedError("a key slot's Argon2id cost is outside the allowed range")
    if not all(isinstance(t, str) for t in texts) or not (
        user_id is None or isinstance(user_id, str)
    ):
        raise DamagedError("a key slot is malformed")
    salt, public = b64(params.get("salt"), "slot salt"), b64(slot.get("public_key"), "public key")
    wrapped = b64(slot.get("wrapped_private_key"), "wrapped private key")
    if len(salt) != 16:
        raise DamagedError("a key slot's salt is not 16 bytes")
    kek = Argon2id(
        salt=salt,
        length=32,
        iterations=values["iterations"],
        lanes=values["lanes"],
        memory_cost=values["memory_kib"],
    ).derive(secret)
    kdf_json = json.dumps({"alg": "argon2id", **values}, sort_keys=True).encode()
    slot_id, kind, slot_locator, created_at = texts
    aad = b"avhopp/slot/v1\0" + parts(
        vault_id, slot_id, kind, slot_locator, user_id, created_at, kdf_json, salt, public
    )
    try:
        raw = AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], aad)
    except (InvalidTag, ValueError):
        raise WrongKeyError("wrong passphrase or recovery key") from None
    return X25519PrivateKey.from_private_bytes(raw)


def unseal(slot: dict[str, Any], vault_id: str, key_id: str, private: X25519PrivateKey) -> bytes:
    """§4.2: ephemeral X25519 + HKDF + AES-256-GCM seal of the vault key to the slot."""
    sealed = slot.get("sealed")
    if not isinstance(sealed, dict) or key_id not in sealed:
        raise DamagedError("the key slot does not hold the backup's vault key")
    blob, public = b64(sealed[key_id], "sealed key"), b64(slot["public_key"], "public key")
    if len(blob) != 32 + 12 + 32 + 16:
        raise DamagedError("a sealed vault key has the wrong length")
    ephemeral, nonce, ciphertext = blob[:32], blob[32:44], blob[44:]
    aad = b"avhopp/seal/v1\0" + parts(vault_id, str(slot["slot_id"]), key_id, public)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        key = hkdf(shared, ephemeral + public, b"avhopp/v1/seal")
        vault_key = AESGCM(key).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError):
        raise DamagedError("a sealed vault key was altered") from None
    if hashlib.sha256(b"avhopp/v1/key-id\0" + vault_key).digest()[:8].hex() != key_id:
        raise DamagedError("the sealed vault key does not match the header's key_id")
    return vault_key


def vault_key_from(fields: dict[str, Any], *, user: str | None, secret: bytes) -> bytes:
    vault_id, key_id = text_field(fields, "vault_id"), text_field(fields, "key_id")
    raw_header = b64(fields.get("vault_header"), "vault_header")
    if hashlib.sha256(raw_header).hexdigest() != fields.get("vault_header_sha256"):
        raise DamagedError("the embedded vault header does not match its digest")
    try:
        document = json.loads(raw_header.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise DamagedError("the embedded vault header is not JSON") from None
    if (
        not isinstance(document, dict)
        or document.get("format") != "avhopp-vault-header"
        or document.get("version") != 1
        or document.get("vault_id") != vault_id
        or key_id not in (document.get("current_key_id"), document.get("pending_key_id"))
        or not isinstance(document.get("slots"), list)
    ):
        raise DamagedError("the embedded vault header is not this vault's version-1 header")
    slot = find_slot(document, "recovery" if user is None else locator(vault_id, user))
    if user is not None and slot.get("kind") != "user":
        raise WrongKeyError("no user key slot for that user name")
    private = open_slot(slot, vault_id, secret)
    return unseal(slot, vault_id, key_id, private)


# --------------------------------------------------------------------------- §5 chunks


def chunks(stream: BinaryIO, key: bytes, prefix: bytes, aad: bytes, size: int) -> Iterator[bytes]:
    """Authenticated plaintext of each chunk; the last one in the file must carry the flag."""
    aead, sealed, index = AESGCM(key), size + TAG, 0
    current = stream.read(sealed)
    while True:
        following = stream.read(sealed) if len(current) == sealed else b""
        final = not following
        if len(current) < TAG or index >= 2**32:
            raise DamagedError(f"the file is cut short (chunk {index} is missing)")
        nonce = prefix + struct.pack(">IB", index, 1 if final else 0)
        try:
            yield aead.decrypt(nonce, current, aad)
        except InvalidTag:
            what = "as the last one (cut short or appended to?)" if final else ""
            raise DamagedError(f"chunk {index} does not authenticate {what}".strip()) from None
        if final:
            return
        current, index = following, index + 1


# --------------------------------------------------------------------------- §6 content


def frames(pieces: Iterator[bytes]) -> Iterator[tuple[int, bytes]]:
    buffer = bytearray()
    ended = False

    def fill(size: int) -> bool:
        nonlocal ended
        while len(buffer) < size and not ended:
            piece = next(pieces, None)
            if piece is None:
                ended = True
            else:
                buffer.extend(piece)
        return len(buffer) >= size

    while True:
        if not fill(FRAME.size):
            if buffer:
                raise DamagedError("the content ends inside a frame")
            return
        kind, length = FRAME.unpack_from(buffer)
        if kind not in (META, TABLE, ROWS, TABLE_END, END) or length > MAX_FRAME:
            raise DamagedError("a frame has an unknown kind or an impossible length")
        if not fill(FRAME.size + length):
            raise DamagedError("the content ends inside a frame")
        payload = bytes(buffer[FRAME.size : FRAME.size + length])
        del buffer[: FRAME.size + length]
        yield kind, payload


def json_object(payload: bytes) -> dict[str, Any]:
    try:
        value = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise DamagedError("a frame's JSON is malformed") from None
    if not isinstance(value, dict):
        raise DamagedError("a frame's JSON is not an object")
    return value


def check_value(value: object, kind: str) -> bool:
    if value is None:
        return True
    if kind == "int":
        return type(value) is int
    if kind == "bool":
        return type(value) is int and value in (0, 1)
    if kind == "bytes":
        return type(value) is bytes
    if kind == "text":
        return type(value) is str
    pattern = DATETIME if kind == "datetime" else DATE
    return type(value) is str and pattern.match(value) is not None


def jsonable(value: object) -> object:
    return base64.b64encode(value).decode("ascii") if isinstance(value, bytes) else value


def walk(
    stream: Iterator[tuple[int, bytes]], dump: Path | None
) -> tuple[dict[str, Any], dict[str, int], int]:
    """Check the frame grammar and every value; returns (META, rows per table, total)."""
    counts: dict[str, int] = {}
    meta: dict[str, Any] | None = None
    table: str | None = None
    kinds: list[str] = []
    names: list[str] = []
    rows_in_table = total = 0
    out: TextIO | None = None
    state = "start"
    columns_seen: dict[str, list[list[str]]] = {}
    for kind, payload in stream:
        if state == "start":
            if kind != META:
                raise DamagedError("the content does not start with META")
            meta, state = json_object(payload), "tables"
        elif state == "tables" and kind == TABLE:
            description = json_object(payload)
            table, columns = description.get("table"), description.get("columns")
            if not isinstance(table, str) or table in counts or table in columns_seen:
                raise DamagedError(f"a table is unnamed or repeated: {table!r}")
            if not isinstance(columns, list) or not columns:
                raise DamagedError(f"table {table} has no columns")
            if not all(
                isinstance(c, list) and len(c) == 2 and isinstance(c[0], str) and c[1] in KINDS
                for c in columns
            ):
                raise DamagedError(f"table {table} has a malformed column list")
            names, kinds = [c[0] for c in columns], [c[1] for c in columns]
            if len(set(names)) != len(names):
                raise DamagedError(f"table {table} names a column twice")
            columns_seen[table] = columns
            rows_in_table, state = 0, "rows"
            if dump is not None:
                out = (dump / f"{table}.jsonl").open("w", encoding="utf-8")
        elif state == "rows" and kind == ROWS:
            try:
                rows = msgpack.unpackb(payload, raw=False, use_list=True, strict_map_key=True)
            except (ValueError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError):
                raise DamagedError(f"a ROWS frame of {table} is not msgpack") from None
            if not isinstance(rows, list):
                raise DamagedError(f"a ROWS frame of {table} is not a list of rows")
            for row in rows:
                if not isinstance(row, list) or len(row) != len(kinds):
                    raise DamagedError(f"a row of {table} has the wrong number of values")
                for value, column, value_kind in zip(row, names, kinds, strict=True):
                    if not check_value(value, value_kind):
                        raise DamagedError(f"{table}.{column}: a value is not a {value_kind}")
                if out is not None:
                    record = {n: jsonable(v) for n, v in zip(names, row, strict=True)}
                    out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            rows_in_table += len(rows)
            total += len(rows)
        elif state == "rows" and kind == TABLE_END:
            end = json_object(payload)
            if end.get("table") != table or end.get("rows") != rows_in_table:
                raise DamagedError(f"table {table} is incomplete")
            assert table is not None
            counts[table], state = rows_in_table, "tables"
            if out is not None:
                out.close()
                out = None
        elif state == "tables" and kind == END:
            end = json_object(payload)
            if end.get("tables") != len(counts) or end.get("rows") != total:
                raise DamagedError("the END totals do not match the content")
            state = "end"
        else:
            raise DamagedError(f"a frame of kind {kind} is out of order")
    if out is not None:
        out.close()
    if state != "end" or meta is None:
        raise DamagedError("the content ends before its END frame")
    if dump is not None:
        (dump / "columns.json").write_text(json.dumps(columns_seen, indent=1) + "\n", "utf-8")
    return meta, counts, total


# --------------------------------------------------------------------------- the whole file


def read_backup(
    path: Path, *, user: str | None, secret: bytes, dump: Path | None, report: TextIO
) -> None:
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise UnusableError(f"cannot open {path}: {exc.strerror}") from None
    with stream:
        fields, signed, tag = read_header(stream)
        vault_key = vault_key_from(fields, user=user, secret=secret)
        vault_id = text_field(fields, "vault_id")
        backup_key = hkdf(vault_key, vault_id.encode("ascii"), b"avhopp/v1/backup")
        salt = b64(fields.get("salt"), "salt")
        header_key = hkdf(backup_key, salt, b"avhopp/backup/v1/header")
        content_key = hkdf(backup_key, salt, b"avhopp/backup/v1/content")
        if not hmac.compare_digest(hmac.new(header_key, signed, hashlib.sha256).digest(), tag):
            raise DamagedError("the header tag does not match: the header was altered")
        # From here on every header field is authentic.
        prefix, size = b64(fields.get("nonce_prefix"), "nonce_prefix"), fields.get("chunk_size")
        counts = fields.get("counts")
        if fields.get("cipher") != "AES-256-GCM" or len(prefix) != 7:
            raise DamagedError("the header names another cipher or a malformed nonce prefix")
        if type(size) is not int or not MIN_CHUNK <= size <= MAX_CHUNK:
            raise DamagedError("the header names an impossible chunk size")
        if not isinstance(counts, dict) or not all(type(v) is int for v in counts.values()):
            raise DamagedError("the header's counts are malformed")
        shown = {k: v for k, v in sorted(fields.items()) if k not in ("vault_header", "counts")}
        for name, value in shown.items():
            report.write(f"{name:<16} {json.dumps(value, ensure_ascii=False)}\n")
        if dump is not None:
            dump.mkdir(parents=True, exist_ok=True)
        aad = hashlib.sha256(signed + tag).digest()
        meta, found, total = walk(frames(chunks(stream, content_key, prefix, aad, size)), dump)
    if meta.get("backup_id") != fields.get("backup_id"):
        raise DamagedError("the content belongs to another backup (META backup_id differs)")
    if found != counts:
        raise DamagedError("the tables and rows found differ from the header's counts")
    report.write(f"{'created_by':<16} {json.dumps(meta.get('created_by'), ensure_ascii=False)}\n")
    report.write("rows per table:\n")
    for name, count in found.items():
        report.write(f"  {name:<24} {count:>10}\n")
    report.write(f"intact: {len(found)} tables, {total} rows, every chunk authenticated\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    way = parser.add_mutually_exclusive_group(required=True)
    way.add_argument("--user", help="a user name that had a key slot when the backup was made")
    way.add_argument("--recovery-key-file", type=Path, metavar="F")
    parser.add_argument("--dump-json", type=Path, metavar="DIR")
    args = parser.parse_args(argv)
    try:
        if args.user is not None:
            passphrase = os.environ.get("AVHOPP_PASSPHRASE")
            if passphrase is None:
                passphrase = sys.stdin.readline().rstrip("\r\n")
            secret = passphrase.encode("utf-8")
        else:
            try:
                code = args.recovery_key_file.read_text("utf-8")
            except OSError as exc:
                raise UnusableError(f"cannot read the recovery key file: {exc.strerror}") from None
            secret = parse_recovery_code(code)
        read_backup(
            args.file, user=args.user, secret=secret, dump=args.dump_json, report=sys.stdout
        )
    except (UnusableError, WrongKeyError, DamagedError) as exc:
        label = {EXIT_UNUSABLE: "error", EXIT_WRONG_KEY: "wrong key", EXIT_DAMAGED: "damaged"}
        sys.stderr.write(f"{label[exc.code]}: {exc}\n")
        return exc.code
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
