"""LSP framing on stdio that survives a misbehaving client, and a process end that nothing can wedge.

pygls reads ``Content-Length`` frames line by line and trusts them: one bad header (missing,
negative, LF-only, garbage before it) leaves its loop waiting for a body that never comes, and a
``Content-Length`` of 10^12 makes it allocate that much.  :class:`FrameReader` instead treats every
malformed frame as noise: it logs a warning, skips to the next ``Content-Length:`` header and goes
on, so the next well-formed message is answered.  Bodies over the size limit are skipped while
scanning, never held in memory.

:func:`serve_stdio` runs the message loop; when the client sends ``exit`` or closes stdin it ends
the process at once (:func:`end_process`): parse workers are killed and no thread that is still
indexing can keep the server alive.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import Any, BinaryIO, NoReturn

from pygls.io_ import StdoutWriter

logger = logging.getLogger(__name__)

DEFAULT_MAX_BODY = 64 * 1024 * 1024
MAX_HEADER_BYTES = 8192
CHUNK = 64 * 1024
_TOKEN = re.compile(rb"content-length[ \t]*:", re.IGNORECASE)
# A whole header line cannot occur inside a JSON body (JSON strings never hold a raw newline), so
# seeing one there proves the declared length ran into the next frame.
_HEADER_IN_BODY = re.compile(rb"content-length[ \t]*:[ \t]*\d+[ \t]*\r?\n", re.IGNORECASE)
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9_-]*[ \t]*:[^\r\n]*")
_BLANK = re.compile(rb"[\r\n]*")


class FrameReader:
    """Splits a byte stream into LSP message bodies, resynchronising after anything malformed.

    ``read_chunk`` returns the next bytes of the stream (``b""`` at its end); it must be safe to
    call again after the previous call returned.  Header lines may end in CRLF or a bare LF.
    """

    def __init__(self, read_chunk: Callable[[], Awaitable[bytes]], max_body: int = DEFAULT_MAX_BODY) -> None:
        self._read_chunk = read_chunk
        self.max_body = max_body
        self._buf = bytearray()
        self._eof = False
        self._resync_from: int | None = None
        self.malformed = 0  # frames skipped so far (for tests and the status command)

    async def next_body(self) -> bytes | None:
        """The next message body, or ``None`` once the stream has ended."""
        while True:
            if self._resync_from is not None:
                start, self._resync_from = self._resync_from, None
                if not await self._resync(start):
                    return None
            length = await self._headers()
            if length is None:
                return None
            if length < 0:
                continue  # malformed: _headers logged it and set the resync point
            body = await self._body(length)
            if body is not None:
                return body
            if self._resync_from is None:
                return None

    def reject(self, body: bytes) -> None:
        """The caller could not decode ``body``: the declared length may have swallowed the start of
        the next frame, so read those bytes again and resynchronise on the next header inside them."""
        self._skip(f"a {len(body)}-byte body that is not JSON")
        self._buf[0:0] = body
        self._resync_from = 0

    # ---- internals --------------------------------------------------------------------------------
    def _skip(self, problem: str) -> None:
        self.malformed += 1
        logger.warning("malformed LSP frame (%s); skipped to the next Content-Length header", problem)

    async def _fill(self) -> bool:
        """Append the next chunk; False at the end of the stream."""
        if self._eof:
            return False
        chunk = await self._read_chunk()
        if not chunk:
            self._eof = True
            return False
        self._buf += chunk
        return True

    async def _headers(self) -> int | None:
        """Read one header block: the body length, -1 after a malformed block, None at the end."""
        buf = self._buf
        while True:  # blank lines between frames are harmless
            del buf[: _BLANK.match(buf).end()]  # type: ignore[union-attr]
            if buf:
                break
            if not await self._fill():
                return None
        pos, length, problem = 0, None, ""
        while True:
            nl = buf.find(b"\n", pos)
            if nl < 0:
                if len(buf) > MAX_HEADER_BYTES:
                    return self._malformed(f"a header block longer than {MAX_HEADER_BYTES} bytes", 1)
                if not await self._fill():
                    return None
                continue
            line = bytes(buf[pos:nl]).rstrip(b"\r")
            line_start, pos = pos, nl + 1
            if not line:
                break
            if pos > MAX_HEADER_BYTES:
                return self._malformed(f"a header block longer than {MAX_HEADER_BYTES} bytes", 1)
            later = _TOKEN.search(line, 1)
            if later:  # "garbage}Content-Length: 5": the frame starts at the header
                return self._malformed(f"bytes before a header: {line[:40]!r}", line_start + later.start())
            if not _HEADER_LINE.fullmatch(line):
                return self._malformed(f"bytes that are not a header: {line[:40]!r}", line_start + 1)
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length, problem = _parse_length(value.strip(), self.max_body)
        if length is None:
            problem = problem or "no Content-Length header"
        if problem:
            return self._malformed(problem, pos)
        del buf[:pos]
        return length

    def _malformed(self, problem: str, resync_from: int) -> int:
        self._skip(problem)
        self._resync_from = resync_from
        return -1

    async def _resync(self, start: int) -> bool:
        """Drop bytes from ``start`` up to the next ``Content-Length:``, holding at most one chunk."""
        buf = self._buf
        del buf[: min(start, len(buf))]
        keep = 32  # a header split across two chunks
        while True:
            match = _TOKEN.search(buf)
            if match:
                del buf[: match.start()]
                return True
            if len(buf) > keep:
                del buf[: len(buf) - keep]
            if not await self._fill():
                buf.clear()
                return False

    async def _body(self, length: int) -> bytes | None:
        """Exactly ``length`` bytes; None at the end of the stream or when the next frame's header
        shows up inside them (the declared length was too large)."""
        buf = self._buf
        checked = 0
        while True:
            match = _HEADER_IN_BODY.search(buf, max(0, checked - 64), min(len(buf), length))
            if match:
                self._skip(f"Content-Length {length} runs into the next message")
                self._resync_from = match.start()
                return None
            if len(buf) >= length:
                break
            checked = len(buf)
            if not await self._fill():
                return None
        body = bytes(buf[:length])
        del buf[:length]
        return body


def _parse_length(value: bytes, max_body: int) -> tuple[int | None, str]:
    if not value.isdigit():
        return None, f"Content-Length {value[:20]!r} is not a number"
    if len(value) > 15 or int(value) > max_body:
        return None, f"Content-Length {value[:20].decode()} is over the {max_body}-byte limit"
    if int(value) == 0:
        return None, "Content-Length 0"
    return int(value), ""


class StdinChunks:
    """Chunks of a binary stream read on a daemon thread, at most a few chunks ahead of the reader.

    Awaiting the next chunk can be cancelled without losing data, and the thread never blocks the
    process from ending."""

    def __init__(self, stream: BinaryIO, ahead: int = 8) -> None:
        self._stream = stream
        self._room = threading.Semaphore(ahead)
        self._queue: asyncio.Queue[bytes] | None = None

    async def read(self) -> bytes:
        if self._queue is None:
            self._queue = asyncio.Queue()
            loop = asyncio.get_running_loop()
            threading.Thread(
                target=self._pump, args=(loop, self._queue), daemon=True, name="ormb-stdin"
            ).start()
        chunk = await self._queue.get()
        self._room.release()
        return chunk

    def _pump(self, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[bytes]) -> None:
        try:
            fd = self._stream.fileno()
        except (AttributeError, OSError):
            fd = None
        while True:
            self._room.acquire()
            try:
                chunk = os.read(fd, CHUNK) if fd is not None else self._stream.read1(CHUNK)  # type: ignore[attr-defined]
            except OSError:
                chunk = b""
            try:
                loop.call_soon_threadsafe(queue.put_nowait, chunk)
            except RuntimeError:  # the loop is closed
                return
            if not chunk:
                return


async def message_loop(protocol: Any, reader: FrameReader) -> int:
    """Hand every decodable message to pygls' protocol; returns the process exit code (from
    ``exit``, or when the client closes the stream)."""
    try:
        while True:
            body = await reader.next_body()
            if body is None:
                logger.info("the client closed the connection")
                return 0 if getattr(protocol, "_shutdown", False) else 1
            try:
                message = json.loads(body, object_hook=protocol.structure_message)
            except ValueError:  # not JSON, not UTF-8
                reader.reject(body)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad message must not end the loop
                logger.warning("could not decode an LSP message: %s", exc)
                continue
            try:
                protocol.handle_message(message)
            except BrokenPipeError:
                logger.warning("the client is gone (broken pipe)")
                return 1
            except Exception as exc:  # noqa: BLE001
                logger.error("could not handle an LSP message: %s", exc, exc_info=True)
    except SystemExit as exc:  # pygls' ``exit`` handler: 0 after ``shutdown``, else 1
        return exc.code if isinstance(exc.code, int) else 1


def serve_stdio(
    protocol: Any,
    stdin: BinaryIO | None = None,
    stdout: BinaryIO | None = None,
    max_body: int = DEFAULT_MAX_BODY,
) -> NoReturn:
    """Speak LSP on stdin/stdout until ``exit`` or the end of stdin, then end the process.

    The loop is never closed: closing it would wait for tasks and threads that may be wedged."""
    protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
    reader = FrameReader(StdinChunks(stdin or sys.stdin.buffer).read, max_body)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    code = 1
    try:
        code = loop.run_until_complete(message_loop(protocol, reader))
    except (BrokenPipeError, KeyboardInterrupt):
        pass
    except Exception as exc:  # noqa: BLE001 - whatever happened, the process must end
        logger.error("the message loop failed: %s", exc, exc_info=True)
    end_process(code)


def end_process(code: int, cleanup_s: float = 3.0) -> NoReturn:
    """End the server now: kill parse workers, give the atexit hooks (the warm javac server, temporary
    folders, log handlers) a few seconds, and leave without waiting for other threads (an index build
    stuck in a slow file must not keep an exited server running)."""
    from ormb_assist.indexer.parse_pool import terminate_workers

    logger.info("exiting (code %s)", code)
    try:
        terminate_workers()
        hooks = threading.Thread(target=atexit._run_exitfuncs, daemon=True, name="ormb-atexit")
        hooks.start()
        hooks.join(cleanup_s)
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(code)
