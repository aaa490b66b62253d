"""A byte-level LSP client for tests that must send what no typed client would: broken frames,
duplicate ``initialize`` requests, an ``exit`` without ``shutdown``.

The real server runs as ``python -m ormb_assist.server`` in a subprocess; a thread splits its stdout
into messages, answers the server's own requests (configuration, capability registration, progress)
the way an editor does, and keeps everything else for the test to wait on.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SERVER = [sys.executable, "-m", "ormb_assist.server", "--log-level", "DEBUG"]


def frame(message: dict[str, Any] | bytes) -> bytes:
    """One well-formed LSP frame."""
    body = message if isinstance(message, bytes) else json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class WireServer:
    """The language server in a subprocess, spoken to in raw bytes."""

    def __init__(self, log_path: Path, args: list[str] | None = None, cwd: Path | None = None) -> None:
        self.log_path = log_path
        self._log = log_path.open("wb")
        self.proc = subprocess.Popen(
            SERVER + (args or []),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            cwd=cwd,
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    # ---- sending ----------------------------------------------------------------------------------
    def send_bytes(self, data: bytes) -> None:
        with self._lock:
            assert self.proc.stdin is not None
            self.proc.stdin.write(data)
            self.proc.stdin.flush()

    def send(self, message: dict[str, Any]) -> None:
        self.send_bytes(frame(message))

    def request_message(self, method: str, params: Any = None) -> dict[str, Any]:
        return {"jsonrpc": "2.0", "id": f"t{next(self._ids)}", "method": method, "params": params}

    def notify(self, method: str, params: Any = None) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: Any = None, timeout: float = 20) -> dict[str, Any]:
        """Send a request and wait for its response (result or error)."""
        message = self.request_message(method, params)
        self.send(message)
        return self.response(message["id"], timeout)

    # ---- receiving --------------------------------------------------------------------------------
    def response(self, msg_id: Any, timeout: float = 20) -> dict[str, Any]:
        return self.wait_for(
            lambda m: m.get("id") == msg_id and "method" not in m, timeout, f"response {msg_id}"
        )

    def wait_for(
        self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 20, what: str = "message"
    ) -> dict[str, Any]:
        """The first message (already seen or yet to come) that matches ``predicate``."""
        deadline = time.monotonic() + timeout
        checked = 0
        while True:
            with self._lock:
                pending = self.seen[checked:]
            for message in pending:
                checked += 1
                if predicate(message):
                    with self._lock:
                        self.seen.remove(message)
                    return message
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(
                    f"no {what} within {timeout}s (server alive: {self.proc.poll() is None})"
                )
            with contextlib.suppress(queue.Empty):
                self.messages.get(timeout=min(left, 0.1))

    def _read_loop(self) -> None:
        stream = self.proc.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if not line.strip():
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if length is None:
                continue
            message = json.loads(stream.read(length))
            if "method" in message and "id" in message:
                self._answer(message)
            with self._lock:
                self.seen.append(message)
            self.messages.put(message)

    def _answer(self, message: dict[str, Any]) -> None:
        """Server-to-client requests get the answers an editor would give."""
        result: Any = None
        if message["method"] == "workspace/configuration":
            result = [{} for _ in message.get("params", {}).get("items", [])]
        elif message["method"] == "workspace/applyEdit":
            result = {"applied": True}
        with contextlib.suppress(BrokenPipeError, ValueError):
            self.send({"jsonrpc": "2.0", "id": message["id"], "result": result})

    # ---- life cycle -------------------------------------------------------------------------------
    def initialize(
        self,
        workspace: Path | None = None,
        options: dict[str, Any] | None = None,
        timeout: float = 60,
        capabilities: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """initialize + initialized; returns the initialize response."""
        folders = [{"uri": workspace.as_uri(), "name": workspace.name}] if workspace else None
        params = {
            "processId": os.getpid(),
            "rootUri": workspace.as_uri() if workspace else None,
            "workspaceFolders": folders,
            "capabilities": capabilities or {},
            "initializationOptions": {"ormbAssist": options or {}},
        }
        response = self.request("initialize", params, timeout)
        self.notify("initialized", {})
        return response

    def wait_ready(self, timeout: float = 120) -> dict[str, Any]:
        """The ``ormbAssist/status`` notification that says indexing finished."""
        message = self.wait_for(
            lambda m: (
                m.get("method") == "ormbAssist/status" and m["params"].get("state") in ("ready", "error")
            ),
            timeout,
            "ready status",
        )
        return message["params"]

    def log_text(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def close(self) -> None:
        """Kill the server if it is still running (tests that end it themselves call this too)."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)
        self._reader.join(2)
        # A child that inherited the server's stdout keeps the reader thread blocked; closing the
        # stream under it would block this thread too, so it is left to the garbage collector.
        streams = [self.proc.stdin] + ([] if self._reader.is_alive() else [self.proc.stdout])
        for stream in streams:
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        self._log.close()


def open_text(server: WireServer, uri: str, text: str, language: str = "java", version: int = 1) -> None:
    server.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}},
    )
