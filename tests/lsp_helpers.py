"""Shared pieces for the end-to-end language server tests (pytest-lsp over stdio).

The real server runs as ``python -m ormb_assist.server`` in a subprocess; the client records the
``ormbAssist/status`` notifications, answers ``workspace/applyEdit`` and capability registration the
way an editor does, and waits for indexing to finish before a test talks to it.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any, Union

from conftest import prebuilt_copy  # noqa: F401  (re-exported for the server tests)
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, make_test_lsp_client

from ormb_assist.server.server import plain

REPO = Path(__file__).resolve().parents[1]
MARKER = "<|cursor|>"
SERVER_COMMAND = [sys.executable, "-m", "ormb_assist.server", "--log-level", "DEBUG"]


def make_client() -> LanguageClient:
    client = make_test_lsp_client()
    converter = client.protocol._converter

    def command_or_action(obj: Any, _: type) -> types.Command | types.CodeAction:
        # lsprotocol takes any object with a "command" key for a Command, but a CodeAction may carry
        # a command object too; a Command's "command" is a string.
        if isinstance(obj.get("command"), str):
            return converter.structure(obj, types.Command)
        return converter.structure(obj, types.CodeAction)

    converter.register_structure_hook(Union[types.Command, types.CodeAction], command_or_action)  # noqa: UP007
    client.ormb_status = []  # type: ignore[attr-defined]
    client.applied_edits = []  # type: ignore[attr-defined]
    client.registrations = []  # type: ignore[attr-defined]

    @client.feature("ormbAssist/status")
    def on_status(params: Any) -> None:
        client.ormb_status.append(plain(params))  # type: ignore[attr-defined]

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def on_apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        client.applied_edits.append(params)  # type: ignore[attr-defined]
        return types.ApplyWorkspaceEditResult(applied=True)

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def on_register(params: types.RegistrationParams) -> None:
        client.registrations.append(params)  # type: ignore[attr-defined]

    return client


CONFIG = ClientServerConfig(server_command=SERVER_COMMAND, client_factory=make_client)

CAPABILITIES = types.ClientCapabilities(
    workspace=types.WorkspaceClientCapabilities(
        configuration=True,
        apply_edit=True,
        workspace_edit=types.WorkspaceEditClientCapabilities(
            document_changes=True, resource_operations=[types.ResourceOperationKind.Create]
        ),
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
    ),
    window=types.WindowClientCapabilities(work_done_progress=True),
    text_document=types.TextDocumentClientCapabilities(
        completion=types.CompletionClientCapabilities(
            completion_item=types.ClientCompletionItemOptions(
                snippet_support=True,
                label_details_support=True,
                documentation_format=[types.MarkupKind.Markdown],
            ),
        ),
        hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
        inline_completion=types.InlineCompletionClientCapabilities(),
        publish_diagnostics=types.PublishDiagnosticsClientCapabilities(),
    ),
)


def session_index_dir(request: Any) -> Path:
    """The session's index of the sample workspace (``indexed_workspace``), or for quick local runs an
    index folder named by ORMB_LSP_TEST_INDEX (built with ``ormb-assist index examples/workspace``)."""
    override = os.environ.get("ORMB_LSP_TEST_INDEX")
    if override:
        return Path(override)
    return request.getfixturevalue("indexed_workspace").index_dir


async def start(client: LanguageClient, workspace: Path, options: dict[str, Any] | None = None,
                configuration: dict[str, Any] | None = None, timeout: float = 600) -> types.InitializeResult:  # fmt: skip
    """initialize + initialized with the workspace folder, then wait until indexing is done."""
    if configuration is not None:
        client.set_configuration(configuration, section="ormbAssist")
    folder = types.WorkspaceFolder(uri=workspace.as_uri(), name=workspace.name)
    result = await client.initialize_session(
        types.InitializeParams(
            capabilities=CAPABILITIES,
            root_uri=folder.uri,
            workspace_folders=[folder],
            initialization_options={"ormbAssist": options or {}},
        )
    )
    await wait_ready(client, timeout)
    return result


async def wait_ready(client: LanguageClient, timeout: float = 600) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = client.ormb_status  # type: ignore[attr-defined]
        if states and states[-1].get("state") in ("ready", "error"):
            return states[-1]
        await asyncio.sleep(0.05)
    raise AssertionError(f"server not ready after {timeout}s: {client.ormb_status[-3:]}")  # type: ignore[attr-defined]


def split_cursor(text: str) -> tuple[str, types.Position]:
    offset = text.index(MARKER)
    clean = text[:offset] + text[offset + len(MARKER) :]
    before = clean[:offset]
    line = before.count("\n")
    character = len(before[before.rfind("\n") + 1 :].encode("utf-16-le")) // 2
    return clean, types.Position(line=line, character=character)


def open_doc(client: LanguageClient, workspace: Path, rel: str, text: str, version: int = 1) -> str:
    uri = (workspace / rel).as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="java", version=version, text=text)
        )
    )
    return uri


def close_doc(client: LanguageClient, uri: str) -> None:
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )


async def complete(client: LanguageClient, uri: str, pos: types.Position) -> list[types.CompletionItem]:
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=pos)
    )
    if result is None:
        return []
    return list(result.items if isinstance(result, types.CompletionList) else result)


async def wait_for_diagnostics(
    client: LanguageClient, uri: str, predicate=lambda d: True, timeout: float = 30
):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        diags = client.diagnostics.get(uri)
        if diags is not None and predicate(diags):
            return list(diags)
        await asyncio.sleep(0.05)
    raise AssertionError(f"no matching diagnostics for {uri}: {client.diagnostics.get(uri)}")


async def execute(client: LanguageClient, command: str, *arguments: Any) -> Any:
    return plain(
        await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command=command, arguments=list(arguments))
        )
    )


def apply_text_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP text edits (UTF-16 positions, ASCII test texts) the way an editor does."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)

    def off(p: types.Position) -> int:
        return starts[p.line] + p.character if p.line < len(starts) else len(text)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: off(edit.range.start)] + edit.new_text + text[off(edit.range.end) :]
    return text
