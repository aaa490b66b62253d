"""The real server (pytest-lsp over stdio) opened the way Neovim and Emacs open it without ``.git``:
at a deep source folder.  It must find the workspace above, index there (never in the source
folder) and serve table completion; opened on a folder with no workspace above it, it warns with
the fix and writes nothing.  Also: an identifier still being typed gets no "unknown table"."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import pytest_lsp
from lsp_helpers import CONFIG, complete, open_doc, prebuilt_copy, session_index_dir, split_cursor, start
from lsprotocol import types
from pytest_lsp import LanguageClient

pytestmark = pytest.mark.asyncio(loop_scope="module")

PKG = "src/cm/com/splwg/cm/domain/billing/algorithm"
SQL_CLASS = """package com.splwg.cm.domain.billing.algorithm;

public class CmRootProbe {
    void run() {
        String sql = "SELECT B.BILL_ID FROM CI_BS<|cursor|> B";
    }
}
"""


@pytest.fixture(scope="module")
def root_workspace(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    return prebuilt_copy(tmp_path_factory.mktemp("subroot") / "workspace", session_index_dir(request))


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient, root_workspace: Path):
    await start(lsp_client, root_workspace / PKG, {"debounceMs": 0})  # the folder an editor would pick
    yield
    await lsp_client.shutdown_session()


async def test_a_source_subfolder_is_served_from_the_workspace_above(
    client: LanguageClient, root_workspace: Path
) -> None:
    status = client.ormb_status[-1]
    assert status["state"] == "ready", status
    assert [r["path"] for r in status["roots"]] == [str(root_workspace)]
    assert status["roots"][0]["summary"]["tables"] > 0
    assert any("workspace root is" in m.message and "lib/*.jar" in m.message for m in client.messages)
    assert not (root_workspace / PKG / ".ormb-assist").exists()

    clean, pos = split_cursor(SQL_CLASS)
    uri = open_doc(client, root_workspace, f"{PKG}/CmRootProbe.java", clean)
    labels = [item.label for item in await complete(client, uri, pos)]
    assert labels and labels[0] == "CI_BSEG", labels[:5]


async def test_the_identifier_being_typed_gets_no_unknown_table_until_typing_stops(
    client: LanguageClient, root_workspace: Path
) -> None:
    text = SQL_CLASS.replace("CI_BS<|cursor|>", "<|cursor|>")
    clean, pos = split_cursor(text)
    uri = open_doc(client, root_workspace, f"{PKG}/CmTyping.java", clean)
    version = 1
    for ch in "CI_":  # typed one key at a time, with pauses longer than the diagnostics debounce
        version += 1
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[
                    types.TextDocumentContentChangePartial(range=types.Range(pos, pos), text=ch)
                ],
            )
        )
        pos = types.Position(line=pos.line, character=pos.character + 1)
        await asyncio.sleep(0.4)
    published = client.diagnostics.get(uri) or []
    assert not any(d.code == "unknown-table" for d in published), published
    await asyncio.sleep(1.6)  # typing stopped: the grace ends and the typo shows
    later = client.diagnostics.get(uri) or []
    assert any(d.code == "unknown-table" and "'CI_'" in d.message for d in later), later


async def test_a_folder_without_a_workspace_is_not_indexed_and_the_user_is_told(tmp_path: Path) -> None:
    loose = tmp_path / "loose" / "com" / "x"
    loose.mkdir(parents=True)
    (loose / "A.java").write_text("package com.x;\nclass A {}\n")
    other = await CONFIG.start()
    try:
        await start(other, loose, timeout=120)
        status = other.ormb_status[-1]
        assert status["state"] == "error" and "no ORMB workspace" in status["message"], status
        warnings = [m.message for m in other.messages if m.type == types.MessageType.Warning]
        assert any("rootMarkers" in m and "lib/*.jar" in m for m in warnings), warnings
        assert not list(tmp_path.rglob(".ormb-assist"))
        await other.shutdown_session()
    finally:
        await other.stop()
