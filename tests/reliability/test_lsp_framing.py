"""Broken LSP frames on stdin: the real server (``python -m ormb_assist.server``) logs a warning, skips
to the next ``Content-Length`` header and answers the next well-formed request; a frame that declares
10^12 bytes neither kills it nor makes it allocate; an over-limit body is skipped chunk by chunk."""

from __future__ import annotations

import asyncio
import json
import random
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from lsp_wire import WireServer, frame

from ormb_assist.server.wire import FrameReader

NOTE = {"jsonrpc": "2.0", "method": "$/ormbTest", "params": {}}  # an unknown notification: ignored
LF_REQUEST = json.dumps({"jsonrpc": "2.0", "id": "lf-1", "method": "shutdown"}).encode()

MALFORMED = {
    "bad length": b"Content-Length: abc\r\n\r\n{}",
    "missing length": b"Content-Type: application/vscode-jsonrpc\r\n\r\n" + json.dumps(NOTE).encode(),
    "negative length": b"Content-Length: -5\r\n\r\n{}",
    "huge length": b"Content-Length: 1000000000000\r\n\r\n{}",
    "length too long": b"Content-Length: 400\r\n\r\n" + json.dumps(NOTE).encode(),
    "length too short": b"Content-Length: 10\r\n\r\n" + json.dumps(NOTE).encode(),
    "garbage after a frame": frame(NOTE) + b"\x00\xffgarbage}",
    "garbage line": b"this is not a header\r\n",
    "endless header": b"X-Pad: " + b"a" * 20_000,
    "not JSON": b"Content-Length: 9\r\n\r\n{not json",
    "not UTF-8": b"Content-Length: 4\r\n\r\n\xff\xfe\xfd\xfc",
}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[WireServer]:
    wire = WireServer(tmp_path / "server.log")
    wire.initialize()
    yield wire
    wire.close()


def status(server: WireServer, timeout: float = 15) -> dict:
    response = server.request("workspace/executeCommand", {"command": "ormbAssist.status"}, timeout)
    return response["result"]


@pytest.mark.parametrize("data", list(MALFORMED.values()), ids=list(MALFORMED))
def test_malformed_frame_then_a_request_is_answered(server: WireServer, data: bytes) -> None:
    server.send_bytes(data)
    assert "state" in status(server)
    assert server.proc.poll() is None
    assert "malformed LSP frame" in server.log_text()


def test_lf_only_headers_are_read(server: WireServer) -> None:
    """Headers ended by a bare LF (some hand-written clients) are still one frame: it is answered."""
    server.send_bytes(b"Content-Length: %d\n\n" % len(LF_REQUEST) + LF_REQUEST)
    assert server.response("lf-1", 15).get("result", "missing") is None  # shutdown's answer is null


def test_over_limit_message_is_skipped(tmp_path: Path) -> None:
    """A real 2 MB didOpen over a 64 KiB limit (serve --max-message-bytes): skipped with a warning
    that names the limit, and the next request is answered."""
    wire = WireServer(tmp_path / "server.log", ["--max-message-bytes", "65536"])
    try:
        wire.initialize()
        uri = (tmp_path / "Big.java").as_uri()
        text = "class Big {\n" + "    int x;\n" * 200_000 + "}\n"
        wire.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "java", "version": 1, "text": text}})  # fmt: skip
        assert "state" in status(wire)
        assert "over the 65536-byte limit" in wire.log_text()
    finally:
        wire.close()


def test_random_garbage_between_requests(server: WireServer) -> None:
    """Seeded noise (binary junk, truncated and lying headers) around every request: all answered."""
    rng = random.Random(15)
    junk = [b"Content-Length: 999999\r\n\r\n", b"Content-Length: 7\r\n\r\n", b"Content-Len", b"\r\n\r\n",
            b"Content-Length: -1\r\n", b"{\"jsonrpc\": \"2.0\"", b"\n\n\n", bytes(range(256))]  # fmt: skip
    ids = []
    for _ in range(12):
        noise = b"".join(rng.choice(junk) for _ in range(rng.randint(1, 3)))
        noise += bytes(rng.randrange(256) for _ in range(rng.randint(0, 40)))
        message = server.request_message("workspace/executeCommand", {"command": "ormbAssist.status"})
        ids.append(message["id"])
        server.send_bytes(noise + frame(message))
    for msg_id in ids:
        assert "state" in server.response(msg_id, 15)["result"]


def test_reader_skips_an_oversized_body_in_constant_memory() -> None:
    """64 MiB declared over a 1 MiB limit, then a real frame: found, with a small peak allocation."""
    chunk = b"x" * 65536
    body = json.dumps(NOTE).encode()
    stream = [b"Content-Length: 67108864\r\n\r\n"] + [chunk] * 1024 + [frame(body), b""]

    async def run() -> list[bytes]:
        source = iter(stream)

        async def read() -> bytes:
            return next(source)

        reader = FrameReader(read, max_body=1 << 20)
        out = []
        while (message := await reader.next_body()) is not None:
            out.append(message)
        assert reader.malformed == 1
        return out

    tracemalloc.start()
    try:
        assert asyncio.run(run()) == [body]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20, f"peak {peak} bytes while skipping 64 MiB"
