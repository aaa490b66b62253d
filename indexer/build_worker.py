"""A full index build in a child process, so a long-lived parent stays as small as after ``open``.

A first or full build parses every file, embeds every record and writes LanceDB fragments: the
allocator and ONNX Runtime's arena keep that peak for the life of the process (1 GiB resident after
indexing the 58-file sample, 250 MiB after merely opening the same index).  The language server lives
for a whole editing session, so its full builds run here, in ``python -m
ormb_assist.indexer.build_worker``; the parent holds the index lock meanwhile and then opens the
finished index.  One-file re-indexes stay in-process (they are small and must be fast).

Protocol: the parent writes one JSON request line on stdin and keeps stdin open (the child exits
when it closes: a parent that died takes its build with it); the child writes JSON lines on stdout:
``{"progress": [stage, done, total]}``, ``{"log": [level, logger, message]}``, then one
``{"summary": {...}, "transient": [...]}`` or ``{"error": [type, message]}``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from ormb_assist.indexer import serde
from ormb_assist.indexer.models import IndexProblem, IndexSummary

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


class BuildWorkerError(RuntimeError):
    """The build worker failed or died; its message says why."""


def run_build_in_child(
    workspace: Path, settings: Any, full: bool, rebuild_reason: str, progress: Progress | None
) -> tuple[IndexSummary, list[IndexProblem], int]:
    """Build ``workspace``'s index in a child process.

    Returns its summary, the problems found outside any stored file (discovery, unreadable files:
    not stored, so ``open`` cannot restore them) and the child's pid.

    The caller holds the index's write locks: the child writes without taking them.
    """
    request = {
        "workspace": str(workspace),
        "settings": dataclasses.asdict(settings),
        "full": full,
        "rebuild_reason": rebuild_reason,
    }
    env = os.environ | {"PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        [sys.executable, "-m", __name__],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=None,  # tracebacks of a crash land where the parent's own stderr goes
        text=True,
        encoding="utf-8",
        env=env,
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(json.dumps(request) + "\n")
        child.stdin.flush()
        try:
            outcome = _follow(child.stdout, progress)
        finally:
            child.stdin.close()  # the child's cue to exit, whatever happened here
        code = child.wait()
    if "summary" in outcome:
        summary = serde.from_dict(IndexSummary, outcome["summary"])
        transient = [serde.from_dict(IndexProblem, p) for p in outcome.get("transient", [])]
        return summary, transient, child.pid
    kind, message = outcome.get("error") or ("", f"exited with status {code} before finishing")
    raise BuildWorkerError(f"index build worker failed: {kind + ': ' if kind else ''}{message}")


def _follow(stream: IO[str], progress: Progress | None) -> dict[str, Any]:
    """Relay progress and log lines until the outcome line (or the end of the stream)."""
    for line in stream:
        try:
            message = json.loads(line)
        except json.JSONDecodeError:
            continue  # something else printed on stdout: not ours to interpret
        if not isinstance(message, dict):
            continue
        if "progress" in message:
            if progress is not None:
                progress(*message["progress"])
        elif "log" in message:
            level, name, text = message["log"]
            logging.getLogger(name).log(int(level), "%s", text)
        elif "summary" in message or "error" in message:
            return message
    return {}


# ---- the child ----------------------------------------------------------------------------------
class _LineHandler(logging.Handler):
    """Forward the child's log records to the parent, which logs them under the same names."""

    def __init__(self, send: Callable[[dict[str, Any]], None]) -> None:
        super().__init__(logging.INFO)
        self.send = send

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.send({"log": [record.levelno, record.name, record.getMessage()]})
        except Exception:  # noqa: BLE001 - logging must never break the build
            self.handleError(record)


def _exit_when_parent_goes(stdin: IO[str]) -> None:
    stdin.read()  # returns when the parent closes our stdin or dies
    os._exit(3)


def child_main() -> int:
    """Entry point of the worker: one build, reported as JSON lines on stdout."""
    out = sys.stdout
    sys.stdout = sys.stderr  # stray prints must not corrupt the protocol
    lock = threading.Lock()

    def send(message: dict[str, Any]) -> None:
        with lock:
            out.write(json.dumps(message) + "\n")
            out.flush()

    request = json.loads(sys.stdin.readline())
    threading.Thread(target=_exit_when_parent_goes, args=(sys.stdin,), daemon=True).start()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(_LineHandler(send))

    from ormb_assist.indexer.workspace import WorkspaceIndex
    from ormb_assist.settings import Settings

    try:
        settings, _ = Settings.from_dict(request["settings"])
        index = WorkspaceIndex.open(Path(request["workspace"]), settings)
        if request.get("rebuild_reason"):
            index._rebuild_reason = request["rebuild_reason"]
        summary = index.build_unlocked(
            lambda stage, done, total: send({"progress": [stage, done, total]}), request["full"]
        )
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises it there
        log.debug("build failed", exc_info=True)
        send({"error": [type(exc).__name__, str(exc)]})
        return 1
    transient = json.loads(serde.dumps(index._transient))
    send({"summary": json.loads(serde.dumps(summary)), "transient": transient})
    return 0


if __name__ == "__main__":
    raise SystemExit(child_main())
