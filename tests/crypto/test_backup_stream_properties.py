"""Property tests of the backup chunk format (avhopp/crypto/backup_stream.py, the STREAM
construction): whatever the plaintext length and chunk size, writing then reading gives the
same bytes, and every change to the sealed stream — a flipped byte, a cut, appended bytes,
chunks reordered, repeated or dropped, a chunk from another file — fails with IntegrityError;
the header tag catches any change of the header.

Chunk sizes stay near MIN_CHUNK_SIZE (1 KiB) so that "several chunks" is a few KiB and the
module runs in seconds; the boundaries of the allowed range are checked separately.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avhopp.crypto import backup_stream as fmt
from avhopp.errors import IntegrityError, UserError

PROPERTY = settings(deadline=None, max_examples=100)
BACKUP_KEY = bytes(range(32))
TAG = fmt.TAG_LENGTH


@dataclass(frozen=True)
class Stream:
    """Everything a reader needs, and the chunk boundaries the writer produced."""

    keys: fmt.FileKeys
    prefix: bytes
    digest: bytes
    chunk_size: int
    plaintext: bytes
    sealed: bytes

    def chunks(self) -> list[bytes]:
        step = self.chunk_size + TAG
        return [self.sealed[i : i + step] for i in range(0, len(self.sealed), step)]


def _payload(length: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(length)


def seal(
    plaintext: bytes,
    chunk_size: int,
    *,
    salt: bytes = b"\x01" * fmt.SALT_LENGTH,
    prefix: bytes = b"\x02" * fmt.NONCE_PREFIX_LENGTH,
    digest: bytes = b"\x03" * 32,
    pieces: list[int] | None = None,
) -> Stream:
    """Write ``plaintext`` through ChunkWriter in pieces of the given sizes (the writer must
    not care how its input is cut)."""
    keys = fmt.FileKeys.derive(BACKUP_KEY, salt)
    out = io.BytesIO()
    writer = fmt.ChunkWriter(
        out, keys=keys, nonce_prefix=prefix, header_digest=digest, chunk_size=chunk_size
    )
    at = 0
    for size in pieces or []:
        writer.write(plaintext[at : at + size])
        at += size
    writer.write(plaintext[at:])
    writer.close()
    assert writer.plaintext_bytes == len(plaintext)
    return Stream(keys, prefix, digest, chunk_size, plaintext, out.getvalue())


def read(stream: Stream, data: bytes | None = None) -> list[bytes]:
    return list(
        fmt.read_chunks(
            io.BytesIO(stream.sealed if data is None else data),
            keys=stream.keys,
            nonce_prefix=stream.prefix,
            header_digest=stream.digest,
            chunk_size=stream.chunk_size,
        )
    )


def read_until_failure(stream: Stream, data: bytes) -> list[bytes]:
    """The pieces yielded before the reader refused ``data``; fails if it never refuses."""
    yielded: list[bytes] = []
    iterator = fmt.read_chunks(
        io.BytesIO(data),
        keys=stream.keys,
        nonce_prefix=stream.prefix,
        header_digest=stream.digest,
        chunk_size=stream.chunk_size,
    )
    try:
        for piece in iterator:
            yielded.append(piece)
    except IntegrityError:
        return yielded
    raise AssertionError("the reader accepted an altered stream")


chunk_sizes = st.one_of(
    st.just(fmt.MIN_CHUNK_SIZE), st.integers(fmt.MIN_CHUNK_SIZE, 3 * fmt.MIN_CHUNK_SIZE)
)


@st.composite
def streams(draw: st.DrawFn, *, min_chunks: int = 1) -> Stream:
    """A sealed stream: lengths from 0 to several chunks, with exact multiples of the chunk
    size and one byte either side drawn often."""
    chunk_size = draw(chunk_sizes)
    lowest = (min_chunks - 1) * chunk_size + 1 if min_chunks > 1 else 0
    multiple = draw(st.integers(max(1, min_chunks - 1), 5))
    length = draw(
        st.one_of(
            st.integers(lowest, 5 * chunk_size + 1),
            st.sampled_from([multiple * chunk_size + d for d in (-1, 0, 1)]).filter(
                lambda n: n >= lowest
            ),
        )
    )
    plaintext = _payload(length, draw(st.integers(0, 2**32)))
    pieces = draw(st.lists(st.integers(0, 2 * chunk_size), max_size=6))
    return seal(plaintext, chunk_size, pieces=pieces)


def expected_chunks(length: int, chunk_size: int) -> int:
    """Every chunk but the last is full; the last holds 1..chunk_size bytes (0 only when the
    whole stream is empty)."""
    return max(1, -(-length // chunk_size))


# --------------------------------------------------------------------------- round trip


@PROPERTY
@given(streams())
def test_round_trip_is_byte_exact(stream: Stream) -> None:
    pieces = read(stream)
    assert b"".join(pieces) == stream.plaintext
    count = expected_chunks(len(stream.plaintext), stream.chunk_size)
    assert len(pieces) == count
    assert all(len(p) == stream.chunk_size for p in pieces[:-1])
    assert len(pieces[-1]) > 0 or not stream.plaintext
    assert len(stream.sealed) == len(stream.plaintext) + count * TAG


@pytest.mark.parametrize("length_in_chunks", [0, 1, 2, 3])
@pytest.mark.parametrize("delta", [-1, 0, 1])
def test_round_trip_at_chunk_multiples(length_in_chunks: int, delta: int) -> None:
    length = max(0, length_in_chunks * fmt.MIN_CHUNK_SIZE + delta)
    stream = seal(_payload(length, length), fmt.MIN_CHUNK_SIZE)
    assert b"".join(read(stream)) == stream.plaintext
    assert len(stream.chunks()) == expected_chunks(length, fmt.MIN_CHUNK_SIZE)


def test_chunk_size_limits() -> None:
    for size in (fmt.MIN_CHUNK_SIZE - 1, fmt.MAX_CHUNK_SIZE + 1, 0):
        with pytest.raises(ValueError, match="chunk size"):
            fmt.ChunkWriter(
                io.BytesIO(),
                keys=fmt.FileKeys.derive(BACKUP_KEY, b"s"),
                nonce_prefix=b"\x00" * 7,
                header_digest=b"",
                chunk_size=size,
            )
    stream = seal(_payload(3000, 1), fmt.MIN_CHUNK_SIZE)
    for size in (fmt.MIN_CHUNK_SIZE - 1, fmt.MAX_CHUNK_SIZE + 1):
        # A header naming an impossible chunk size: refused before any decryption.
        with pytest.raises(IntegrityError, match="impossible chunk size"):
            read(Stream(stream.keys, stream.prefix, stream.digest, size, b"", stream.sealed))
    big = seal(_payload(fmt.MAX_CHUNK_SIZE + 5, 2), fmt.MAX_CHUNK_SIZE)
    assert [len(p) for p in read(big)] == [fmt.MAX_CHUNK_SIZE, 5]


# --------------------------------------------------------------------------- damage


@PROPERTY
@given(streams(), st.data())
def test_any_flipped_byte_fails(stream: Stream, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(stream.sealed) - 1), label="position")
    mask = data.draw(st.integers(1, 255), label="mask")
    damaged = bytearray(stream.sealed)
    damaged[position] ^= mask
    yielded = read_until_failure(stream, bytes(damaged))
    # Nothing unauthenticated came out: only the chunks before the damaged one.
    failing = position // (stream.chunk_size + TAG)
    assert len(yielded) == failing
    assert b"".join(yielded) == stream.plaintext[: len(yielded) * stream.chunk_size]


@PROPERTY
@given(streams(), st.data())
def test_any_truncation_fails(stream: Stream, data: st.DataObject) -> None:
    size = data.draw(st.integers(0, len(stream.sealed) - 1), label="size")
    yielded = read_until_failure(stream, stream.sealed[:size])
    assert b"".join(yielded) == stream.plaintext[: len(yielded) * stream.chunk_size]


@PROPERTY
@given(streams(), st.binary(min_size=1, max_size=3 * fmt.MIN_CHUNK_SIZE), st.booleans())
def test_anything_appended_fails(stream: Stream, tail: bytes, copy_a_chunk: bool) -> None:
    if copy_a_chunk:  # a real sealed chunk of this very stream
        tail = stream.chunks()[0]
    read_until_failure(stream, stream.sealed + tail)


@PROPERTY
@given(streams(min_chunks=2), st.data())
def test_reordering_two_chunks_fails(stream: Stream, data: st.DataObject) -> None:
    chunks = stream.chunks()
    i, j = data.draw(
        st.lists(st.integers(0, len(chunks) - 1), min_size=2, max_size=2, unique=True),
        label="swap",
    )
    assert chunks[i] != chunks[j]
    chunks[i], chunks[j] = chunks[j], chunks[i]
    read_until_failure(stream, b"".join(chunks))


@PROPERTY
@given(streams(min_chunks=2), st.data())
def test_any_other_sequence_of_its_chunks_fails(stream: Stream, data: st.DataObject) -> None:
    """Dropped, repeated, reordered: any sequence of the stream's own chunks but the right one."""
    chunks = stream.chunks()
    order = data.draw(
        st.lists(st.integers(0, len(chunks) - 1), max_size=len(chunks) + 2).filter(
            lambda o: o != list(range(len(chunks)))
        ),
        label="order",
    )
    read_until_failure(stream, b"".join(chunks[k] for k in order))


@PROPERTY
@given(streams(min_chunks=2), st.data(), st.sampled_from(["salt", "prefix", "header"]))
def test_a_chunk_from_another_file_fails(stream: Stream, data: st.DataObject, differs: str):
    """Another backup of the same plaintext length: other salt (so other keys), or — which
    the format never does, but the nonce and AAD must still bind — the same keys with another
    nonce prefix or another header."""
    other = seal(
        _payload(len(stream.plaintext), data.draw(st.integers(0, 2**32), label="seed")),
        stream.chunk_size,
        salt=b"\x09" * fmt.SALT_LENGTH if differs == "salt" else b"\x01" * fmt.SALT_LENGTH,
        prefix=b"\x08" * fmt.NONCE_PREFIX_LENGTH if differs == "prefix" else stream.prefix,
        digest=b"\x07" * 32 if differs == "header" else stream.digest,
    )
    chunks, foreign = stream.chunks(), other.chunks()
    k = data.draw(st.integers(0, len(chunks) - 1), label="k")
    assert len(foreign[k]) == len(chunks[k])
    chunks[k] = foreign[k]
    yielded = read_until_failure(stream, b"".join(chunks))
    assert len(yielded) == k


# --------------------------------------------------------------------------- header

header_fields = st.dictionaries(
    st.text(st.characters(codec="utf-8"), max_size=8),
    st.one_of(st.integers(-(2**40), 2**40), st.text(max_size=40), st.booleans(), st.none()),
    max_size=6,
)


def _parse(data: bytes) -> fmt.ParsedHeader:
    return fmt.read_header(io.BytesIO(data), name="t.avhbackup")


@PROPERTY
@given(header_fields, st.data())
def test_the_header_tag_detects_any_header_change(fields: dict[str, object], data: st.DataObject):
    keys = fmt.FileKeys.derive(BACKUP_KEY, b"\x05" * fmt.SALT_LENGTH)
    encoded = fmt.encode_header(fields, keys)
    parsed = _parse(encoded)
    parsed.authenticate(keys)
    assert parsed.fields == fields
    assert parsed.length == len(encoded)

    change = data.draw(st.sampled_from(["flip", "cut", "insert"]), label="change")
    position = data.draw(st.integers(0, len(encoded) - 1), label="position")
    if change == "flip":
        damaged = bytearray(encoded)
        damaged[position] ^= data.draw(st.integers(1, 255), label="mask")
        altered = bytes(damaged)
    elif change == "cut":
        altered = encoded[:position]
    else:
        altered = (
            encoded[:position] + data.draw(st.binary(min_size=1, max_size=4)) + encoded[position:]
        )
    try:
        reparsed = _parse(altered)
    except UserError:
        return  # not a backup, a newer one, or a damaged header: refused before any key
    with pytest.raises(IntegrityError, match="header was altered"):
        reparsed.authenticate(keys)


@PROPERTY
@given(header_fields)
def test_the_header_tag_is_bound_to_the_file_keys(fields: dict[str, object]) -> None:
    encoded = fmt.encode_header(fields, fmt.FileKeys.derive(BACKUP_KEY, b"\x05" * 32))
    for other in (
        fmt.FileKeys.derive(BACKUP_KEY, b"\x06" * 32),  # another file's salt
        fmt.FileKeys.derive(bytes(32), b"\x05" * 32),  # another vault's backup key
    ):
        with pytest.raises(IntegrityError):
            _parse(encoded).authenticate(other)
