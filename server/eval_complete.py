"""``eval complete``: measure completion quality and latency through the real server over stdio.

Each case is opened as an unsaved buffer at ``case.path`` under the workspace (the file need not
exist), completion is requested at the ``<|cursor|>`` marker (UTF-16 position), and the returned
labels are compared with ``case.expected`` in the server's order.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from ormb_assist.errors import CaseFileError, require_types
from ormb_assist.server.server import plain

MARKER = "<|cursor|>"


def load_cases(path: Path) -> list[dict[str, Any]]:
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON ({exc})") from exc
        if isinstance(case, dict):
            require_types(case, f"{path}:{n}", {"text": str, "expected": list, "path": str, "id": str})
        if not isinstance(case, dict) or case.get("text", "").count(MARKER) != 1 or not case.get("expected"):
            raise CaseFileError(
                f"{path}:{n}: a case needs 'text' with exactly one {MARKER} and non-empty 'expected'"
            )
        if not case.get("path") or not all(isinstance(e, str) for e in case["expected"]):
            raise CaseFileError(f"{path}:{n}: a case needs a 'path' and 'expected' as a list of strings")
        cases.append(case)
    return cases


def marker_position(text: str) -> tuple[str, int, int]:
    """Text without the marker, and the marker's LSP line / UTF-16 character."""
    offset = text.index(MARKER)
    clean = text[:offset] + text[offset + len(MARKER) :]
    before = clean[:offset]
    line = before.count("\n")
    line_text = before[before.rfind("\n") + 1 :]
    return clean, line, len(line_text.encode("utf-16-le")) // 2


class EvalClient(LanguageClient):
    def __init__(self) -> None:
        super().__init__("ormb-assist-eval", "1")
        self.status: dict[str, Any] = {}
        self.logs: list[str] = []
        self.diagnostic_times: dict[str, float] = {}  # "uri#version" -> arrival (perf_counter)

        @self.feature("ormbAssist/status")
        def on_status(params: Any) -> None:
            self.status = plain(params) if params is not None else {}

        @self.feature(types.WINDOW_LOG_MESSAGE)
        def on_log(params: types.LogMessageParams) -> None:
            self.logs.append(params.message)

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.diagnostic_times[f"{params.uri}#{params.version}"] = time.perf_counter()

        @self.feature(types.WINDOW_SHOW_MESSAGE)
        def on_message(params: types.ShowMessageParams) -> None:
            self.logs.append(params.message)


async def _drain(client: LanguageClient) -> None:
    """Read the server's stderr so a chatty server never blocks on a full pipe."""
    stream = client._server.stderr if client._server else None
    while stream is not None and await stream.readline():
        pass


async def start_client(
    workspace: Path,
    options: dict[str, Any],
    env: dict[str, str] | None = None,
    server_args: tuple[str, ...] = (),
) -> EvalClient:
    client = EvalClient()
    await client.start_io(
        sys.executable, "-m", "ormb_assist.server", *server_args, env=env or dict(os.environ)
    )
    client.stderr_task = asyncio.ensure_future(_drain(client))
    caps = types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(
            completion=types.CompletionClientCapabilities(
                completion_item=types.ClientCompletionItemOptions(snippet_support=True)
            )
        )
    )
    folder = types.WorkspaceFolder(uri=workspace.resolve().as_uri(), name=workspace.name)
    await client.initialize_async(types.InitializeParams(
        capabilities=caps, process_id=os.getpid(), root_uri=folder.uri, workspace_folders=[folder],
        initialization_options={"ormbAssist": options},
    ))  # fmt: skip
    client.initialized(types.InitializedParams())
    return client


async def wait_ready(client: EvalClient, timeout: float) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if client.status.get("state") in ("ready", "error"):
            return client.status
        await asyncio.sleep(0.05)
    raise TimeoutError(
        f"the server did not finish indexing within {timeout:.0f}s (last status {client.status})"
    )


async def _run(workspace: Path, cases: list[dict[str, Any]], index_dir: str | None, index_timeout: float):
    options: dict[str, Any] = {"telemetry": False}
    if index_dir:
        options["indexDir"] = str(Path(index_dir).resolve())
    client = await start_client(workspace, options)
    rows: list[dict[str, Any]] = []
    try:
        status = await wait_ready(client, index_timeout)
        if status.get("state") == "error":
            raise RuntimeError(f"indexing failed: {status.get('message')}")
        for case in cases:
            rows.append(await _one(client, workspace, case))
    finally:
        try:
            await asyncio.wait_for(client.shutdown_async(None), 10)
            client.exit(None)
        except Exception:  # noqa: BLE001 - the summary matters more than a clean exit
            pass
        await client.stop()
    return rows


async def _one(client: EvalClient, workspace: Path, case: dict[str, Any]) -> dict[str, Any]:
    text, line, character = marker_position(case["text"])
    uri = (workspace.resolve() / case["path"]).as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="java", version=1, text=text)))  # fmt: skip
    params = types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=line, character=character),
        context=types.CompletionContext(trigger_kind=types.CompletionTriggerKind.Invoked),
    )
    started = time.perf_counter()
    error = ""
    try:
        result = await asyncio.wait_for(client.text_document_completion_async(params), 30)
    except Exception as exc:  # noqa: BLE001 - a failing case is a miss, not a crash
        result, error = None, str(exc) or type(exc).__name__
    ms = (time.perf_counter() - started) * 1000
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    items = result.items if isinstance(result, types.CompletionList) else (result or [])
    labels = [item.label for item in items]
    expected = set(case["expected"])
    return {
        "id": case.get("id", ""), "category": case.get("category", ""), "ms": round(ms, 3),
        "hit_at_1": bool(labels[:1] and labels[0] in expected), "hit_at_5": any(lbl in expected for lbl in labels[:5]),
        "top": labels[:5], "expected": case["expected"], "error": error,
    }  # fmt: skip


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    times = sorted(r["ms"] for r in rows)

    def pct(p: float) -> float:
        return round(times[min(len(times) - 1, int(p * len(times)))], 3) if times else 0.0

    by_cat: dict[str, dict[str, Any]] = {}
    for r in rows:
        c = by_cat.setdefault(r["category"] or "other", {"n": 0, "hit_at_1": 0, "hit_at_5": 0})
        c["n"] += 1
        c["hit_at_1"] += r["hit_at_1"]
        c["hit_at_5"] += r["hit_at_5"]
    for c in by_cat.values():
        c["hit_at_1"] = round(c["hit_at_1"] / c["n"], 4)
        c["hit_at_5"] = round(c["hit_at_5"] / c["n"], 4)
    return {
        "n": n,
        "hit_at_1": round(sum(r["hit_at_1"] for r in rows) / n, 4) if n else 0.0,
        "hit_at_5": round(sum(r["hit_at_5"] for r in rows) / n, 4) if n else 0.0,
        "p50_ms": round(statistics.median(times), 3) if times else 0.0,
        "p95_ms": pct(0.95),
        "errors": sum(1 for r in rows if r["error"]),
        "by_category": by_cat,
    }


def run_eval(
    workspace: Path, cases: list[dict[str, Any]], index_dir: str | None = None, index_timeout: float = 600.0
):
    rows = asyncio.run(_run(workspace, cases, index_dir, index_timeout))
    return summarize(rows), rows
