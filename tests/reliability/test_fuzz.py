"""Fuzz targets, bounded for CI (1,000 examples each, no example database on disk):

* the LSP frame reader, on byte streams that interleave well-formed frames with garbage (lying and
  truncated headers, binary junk, bare newlines) cut into random chunks: it never raises or hangs,
  and every well-formed frame is read back, in order;
* the DDL and Java parsers, on random and SQL/Java-flavoured text: they never raise (both document
  that bad input becomes a problem or an ``errors`` entry) and finish quickly.
"""

from __future__ import annotations

import asyncio
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ormb_assist.indexer.ddl import parse_ddl
from ormb_assist.indexer.java_parser import parse_java
from ormb_assist.server.wire import FrameReader

BOUNDED = settings(
    max_examples=1000,  # about 5 s for the four targets on one core
    deadline=5000,  # ms per example: a hang or a blow-up fails instead of stalling CI
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MAX_BODY = 4096

# ---- LSP framing ----------------------------------------------------------------------------------
JUNK = st.sampled_from(
    [
        b"Content-Length: 5\r\n\r\n",
        b"Content-Length: 300\r\n\r\n",
        b"Content-Length: 99999999999\r\n\r\n",
        b"Content-Length: -3\r\n\r\n",
        b"Content-Length: x\r\n",
        b"Content-Length: 0\r\n\r\n",
        b"Content-Len",
        b"Content-Length: 12",
        b"content-length:7\n\n",
        b"Content-Type: a\r\n",
        b"\r\n\r\n",
        b"\n",
        b'{"jsonrpc": "2.0", "method": "x"',
        b"\xff\xfe\x00",
    ]
)
GARBAGE = st.lists(st.one_of(JUNK, st.binary(max_size=64)), max_size=4).map(b"".join)


def frame(msg_id: int, pad: str, lf_only: bool) -> bytes:
    body = json.dumps({"jsonrpc": "2.0", "id": f"valid-{msg_id}", "method": "m", "params": {"pad": pad}})
    data = body.encode()
    newline = b"\n" if lf_only else b"\r\n"
    return b"Content-Length: %d" % len(data) + newline + newline + data


@st.composite
def streams(draw: st.DrawFn) -> tuple[list[bytes], list[str]]:
    """Chunks of one stream, and the ids of the well-formed frames in it."""
    data, ids = b"", []
    for n in range(draw(st.integers(1, 6))):
        data += draw(GARBAGE)
        pad = draw(st.text(max_size=40))
        data += frame(n, pad, lf_only=draw(st.booleans()))
        ids.append(f"valid-{n}")
    data += draw(GARBAGE)
    cuts = sorted(draw(st.lists(st.integers(0, len(data)), max_size=8)))
    chunks = [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True) if b > a]
    return chunks, ids


async def read_all(chunks: list[bytes]) -> list[str]:
    """Ids of every decodable message, the way the server's loop hands bodies back."""
    source = iter(chunks)

    async def read() -> bytes:
        return next(source, b"")

    reader = FrameReader(read, max_body=MAX_BODY)
    ids: list[str] = []
    for _ in range(10_000):  # a reader that stops consuming would spin here, not hang the suite
        body = await reader.next_body()
        if body is None:
            return ids
        try:
            message = json.loads(body)
        except ValueError:
            reader.reject(body)
            continue
        if isinstance(message, dict) and str(message.get("id", "")).startswith("valid-"):
            ids.append(message["id"])
    raise AssertionError("the reader did not reach the end of a finite stream")


@BOUNDED
@given(streams())
def test_frame_reader_recovers_every_well_formed_frame(case: tuple[list[bytes], list[str]]) -> None:
    chunks, ids = case
    assert asyncio.run(read_all(chunks)) == ids


@BOUNDED
@given(st.lists(st.binary(max_size=256), max_size=12))
def test_frame_reader_never_raises_on_noise(chunks: list[bytes]) -> None:
    asyncio.run(read_all(chunks))


# ---- DDL and Java parsers -------------------------------------------------------------------------
SQL_WORDS = st.sampled_from(
    [
        "CREATE",
        "TABLE",
        "ALTER",
        "ADD",
        "CONSTRAINT",
        "PRIMARY KEY",
        "FOREIGN KEY",
        "REFERENCES",
        "COMMENT ON",
        "COLUMN",
        "IS",
        "NUMBER(10)",
        "VARCHAR2(30)",
        "CHAR(1)",
        "NOT NULL",
        "DEFAULT",
        "(",
        ")",
        ",",
        ";",
        "/",
        "'",
        "q'[",
        "]'",
        "q'{x}'",
        '"',
        "--",
        "/*",
        "*/",
        "\n",
        " ",
        "CI_BILL",
        "BILL_ID",
        ".",
        "BEGIN",
        "END;",
        "SET DEFINE OFF",
        "PROMPT",
        "&",
        "TABLESPACE",
        "STORAGE (INITIAL 1M)",
    ]  # fmt: skip
)
JAVA_WORDS = st.sampled_from(
    [
        "package",
        "import",
        "class",
        "interface",
        "enum",
        "record",
        "public",
        "private",
        "static",
        "void",
        "extends",
        "implements",
        "{",
        "}",
        "(",
        ")",
        ";",
        "@Override",
        "/**",
        "*/",
        "//",
        "\n",
        " ",
        '"',
        '"""',
        "'",
        "\\",
        "String",
        "createPreparedStatement(",
        '"SELECT * FROM CI_BILL"',
        "<",
        ">",
        "@bo",
        "x",
        "=",
        "return",
        "new",
        "->",
        "\ud83d",
        "\u00e9",
    ]  # fmt: skip
)


def soup(words: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.lists(words, max_size=120).map(" ".join), st.text(max_size=400))


@BOUNDED
@given(soup(SQL_WORDS))
def test_ddl_parser_never_raises(text: str) -> None:
    tables, problems = parse_ddl(text, "fuzz.sql")
    assert all(t.name for t in tables)
    assert all(p.path == "fuzz.sql" for p in problems)


@BOUNDED
@given(st.one_of(soup(JAVA_WORDS), st.binary(max_size=400)))
def test_java_parser_never_raises(source: str | bytes) -> None:
    info = parse_java(source, "Fuzz.java")
    assert isinstance(info.errors, list)
