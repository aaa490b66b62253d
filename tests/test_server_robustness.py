"""The server under abuse: malformed and out-of-order requests, a huge document, a cancellation
storm, a model server that is slow, failing or gone, telemetry switched off, and TCP mode.
Every case must end with an answer (possibly empty) and a server that still works."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import pytest
import pytest_lsp
from lsp_helpers import (
    CONFIG,
    close_doc,
    complete,
    execute,
    open_doc,
    prebuilt_copy,
    session_index_dir,
    split_cursor,
    start,
)
from lsprotocol import types
from openai_fake import fake_openai
from pygls.exceptions import JsonRpcException
from pygls.lsp.client import LanguageClient as PyglsClient
from pygls.protocol import JsonRPCProtocol
from pytest_lsp import LanguageClient

from ormb_assist.harvest import HarvestStore

pytestmark = pytest.mark.asyncio(loop_scope="module")

SQL_DOC = """package com.splwg.cm.domain.billing.algorithm;

public class CmRobust {
    public void run() {
        createPreparedStatement("SELECT B.BILL_ID FROM CI_BI<|cursor|> B", "x");
    }
}
"""


@pytest.fixture(scope="module")
def robust_workspace(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    return prebuilt_copy(tmp_path_factory.mktemp("robust") / "workspace", session_index_dir(request))


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient, robust_workspace: Path):
    await start(lsp_client, robust_workspace, {"debounceMs": 30})
    yield
    await lsp_client.shutdown_session()


async def alive(client: LanguageClient, workspace: Path) -> None:
    """The server still answers a real completion correctly."""
    text, pos = split_cursor(SQL_DOC)
    uri = open_doc(client, workspace, "src/Alive.java", text)
    labels = [i.label for i in await complete(client, uri, pos)]
    close_doc(client, uri)
    assert "CI_BILL" in labels


def inline_params(uri: str, pos: types.Position, automatic: bool = False) -> types.InlineCompletionParams:
    kind = (
        types.InlineCompletionTriggerKind.Automatic
        if automatic
        else types.InlineCompletionTriggerKind.Invoked
    )
    return types.InlineCompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=pos,
                                        context=types.InlineCompletionContext(trigger_kind=kind))  # fmt: skip


async def send_raw(client: LanguageClient, body: bytes, msg_id: str | None = None):
    """Write bytes straight to the server's stdin (the typed client would refuse to send them)."""
    future: Future | None = None
    if msg_id is not None:
        future = Future()
        client.protocol._request_futures[msg_id] = future
    client.protocol.writer.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    return await asyncio.wait_for(asyncio.wrap_future(future), 10) if future else None


async def test_malformed_and_unknown_requests_get_errors(client: LanguageClient, robust_workspace: Path):
    bad = {
        "jsonrpc": "2.0",
        "id": "bad-1",
        "method": "textDocument/completion",
        "params": {"textDocument": 5},
    }
    with pytest.raises(JsonRpcException):
        await send_raw(client, json.dumps(bad).encode(), "bad-1")
    await send_raw(client, b"{this is not json")
    with pytest.raises(JsonRpcException):
        await asyncio.wait_for(client.protocol.send_request_async("ormbAssist/noSuchMethod", {}), 10)
    with pytest.raises(JsonRpcException):
        await execute(client, "ormbAssist.noSuchCommand")
    client.protocol.notify("ormbAssist/inlinePartialAccept", {"itemId": "nope", "acceptedLength": "x"})
    client.protocol.notify("ormbAssist/unknownNotification", [1, 2, 3])
    await alive(client, robust_workspace)


async def test_out_of_order_and_unopened_documents(client: LanguageClient, robust_workspace: Path):
    ghost = (robust_workspace / "src" / "Ghost.java").as_uri()
    pos = types.Position(3, 4)
    assert await complete(client, ghost, pos) == []
    assert (
        await client.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(ghost), pos))
        is None
    )
    assert (await client.text_document_inline_completion_async(inline_params(ghost, pos))).items == ()
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=ghost, version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="class Ghost {}")]))  # fmt: skip
    close_doc(client, ghost)
    close_doc(client, ghost)
    # positions beyond the end of a document are clamped, not fatal
    uri = open_doc(client, robust_workspace, "src/Short.java", "class Short {}")
    assert await complete(client, uri, types.Position(99, 99)) == []
    assert (await execute(client, "ormbAssist.implementSpotMethods", {"uri": uri}))["applied"] is False
    assert (await execute(client, "ormbAssist.generateAlgorithm", {"objective": ""}))["status"] == "error"
    assert (await execute(client, "ormbAssist.addSoftParameter", {"uri": uri, "name": "1bad"}))[
        "applied"
    ] is False
    close_doc(client, uri)
    await alive(client, robust_workspace)


async def test_huge_document(client: LanguageClient, robust_workspace: Path):
    method = ('    public void m{n}() {{\n        createPreparedStatement("SELECT B.BILL_ID FROM CI_BILL B WHERE '
              'B.ACCT_ID = " + acct{n}, "m{n}");\n    }}\n')  # fmt: skip
    body = "".join(method.format(n=n) for n in range(20000))
    text = (
        "package p;\npublic class CmHuge {\n"
        + body
        + '    void last() { createPreparedStatement("SELECT * FROM CI_BI<|cursor|>"); }\n}\n'
    )
    assert len(text) > 2_000_000
    clean, pos = split_cursor(text)
    uri = open_doc(client, robust_workspace, "src/CmHuge.java", clean)
    started = time.monotonic()
    labels = [i.label for i in await complete(client, uri, pos)]
    assert "CI_BILL" in labels and time.monotonic() - started < 20
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(3, 60))
    )
    assert hover is None or "CI_BILL" in hover.contents.value
    close_doc(client, uri)
    await alive(client, robust_workspace)


async def test_cancellation_storm(client: LanguageClient, robust_workspace: Path):
    text, pos = split_cursor(SQL_DOC)
    uri = open_doc(client, robust_workspace, "src/Storm.java", text)
    # a long debounce keeps every request waiting until its $/cancelRequest has been read
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"ormbAssist": {"debounceMs": 3000}})
    )
    await asyncio.sleep(0.2)
    futures = []
    for n in range(60):
        msg_id = f"storm-{n}"
        # the plain protocol method sends at once (the pytest-lsp coroutine would only send when awaited)
        sent = JsonRPCProtocol.send_request(
            client.protocol,
            types.TEXT_DOCUMENT_INLINE_COMPLETION,
            inline_params(uri, pos, True),
            msg_id=msg_id,
        )
        futures.append(asyncio.wrap_future(sent))
        client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id=msg_id))
    results = await asyncio.wait_for(asyncio.gather(*futures, return_exceptions=True), 60)
    for r in results:  # each one either cancelled (error response) or answered, never hanging
        assert isinstance(r, (JsonRpcException, types.InlineCompletionList)), r
    assert sum(isinstance(r, JsonRpcException) for r in results) >= 30
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"ormbAssist": {"debounceMs": 30}})
    )
    close_doc(client, uri)
    await alive(client, robust_workspace)


async def test_model_server_slow_failing_or_gone(
    client: LanguageClient, robust_workspace: Path, tmp_path: Path
):
    text, pos = split_cursor(SQL_DOC)
    uri = open_doc(client, robust_workspace, "src/Model.java", text)
    script = {"models": ["ormb-lora"], "completions": ["LL_ID"]}
    try:
        for mode, expect_log in (("slow", "timed out"), ("fail", "inline completion")):
            with fake_openai(tmp_path, script, mode=mode, delay=5.0) as fake:
                client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"ormbAssist": {
                    "backend": "openai", "endpoint": fake.url, "model": "ormb-lora", "requestTimeoutS": 1, "maxRetries": 0}}))  # fmt: skip
                await asyncio.sleep(0.3)
                seen = len(client.log_messages)
                result = await asyncio.wait_for(
                    client.text_document_inline_completion_async(inline_params(uri, pos)), 30
                )
                assert not result.items, mode
                logs = " ".join(m.message for m in client.log_messages[seen:])
                assert expect_log in logs, (mode, logs)
        # the server is gone now: connection refused
        seen = len(client.log_messages)
        result = await asyncio.wait_for(
            client.text_document_inline_completion_async(inline_params(uri, pos)), 30
        )
        assert not result.items
        assert client.log_messages[seen:], "a failed backend call is logged"
    finally:
        client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(settings={"ormbAssist": {"backend": "embedded"}})
        )
    close_doc(client, uri)
    await alive(client, robust_workspace)


async def test_telemetry_off_records_nothing(client: LanguageClient, robust_workspace: Path):
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"ormbAssist": {"telemetry": False}})
    )
    text, pos = split_cursor(SQL_DOC)
    uri = open_doc(client, robust_workspace, "src/Quiet.java", text)
    result = await client.text_document_inline_completion_async(inline_params(uri, pos))
    assert result.items and result.items[0].insert_text == "LL"
    item_id = result.items[0].command.arguments[0]
    client.protocol.notify("ormbAssist/inlineShown", {"itemId": item_id})
    assert (await execute(client, "ormbAssist.inlineAccepted", item_id))["recorded"] is False
    await asyncio.sleep(0.5)
    store_file = robust_workspace / ".ormb-assist" / "harvest.sqlite"
    assert not store_file.exists() or not [
        e for e in HarvestStore(store_file).events() if e.item_id == item_id
    ]
    close_doc(client, uri)


async def test_tcp_mode_serves_lsp(tmp_path: Path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "ormb_assist.server", "--tcp", f"127.0.0.1:{port}"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)  # fmt: skip

    async def talk() -> types.InitializeResult:
        client = PyglsClient("tcp-test", "1")
        for _ in range(200):
            try:
                await client.start_tcp("127.0.0.1", port)
                break
            except OSError:
                await asyncio.sleep(0.1)
        result = await asyncio.wait_for(
            client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities())), 30
        )
        await client.shutdown_async(None)
        client.exit(None)
        await client.stop()
        return result

    try:
        result = await talk()
        assert result.capabilities.inline_completion_provider is not None
        assert "ormbAssist.generateAlgorithm" in result.capabilities.execute_command_provider.commands
    finally:
        proc.kill()
        proc.wait()
    assert proc.stdout.read() == b""  # nothing was printed on stdout in TCP mode either
