"""Ask when unsure, end to end: the real language server over stdio (pytest-lsp) offers the top 3
spots as separate "Generate ORMB algorithm" actions when the resolver is below the workspace's
calibrated confidence, and one action when it is sure (the CLI side: test_generate_unsure.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsp_helpers import CONFIG, close_doc, open_doc, prebuilt_copy, session_index_dir, start
from lsprotocol import types
from pytest_lsp import LanguageClient

pytestmark = pytest.mark.asyncio(loop_scope="module")

# Names a bill twice, but its trigger is a To Do being completed: the sample workspace's own
# implementations leave the resolver unsure between the bill and To Do spots.
UNSURE = "when the bill-in-error To Do is completed, retry that bill automatically"
SURE = "when an FT freezes verify its GL lines net to zero"
PKG = "src/cm/com/splwg/cm/domain/billing/algorithm"
CLASS = "package com.splwg.cm.domain.billing.algorithm;\n\npublic class CmAsk {\n    // {objective}\n}\n"


@pytest.fixture(scope="module")
def lsp_workspace(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    return prebuilt_copy(tmp_path_factory.mktemp("ask") / "workspace", session_index_dir(request))


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient, lsp_workspace: Path):
    await start(lsp_client, lsp_workspace, {"debounceMs": 0}, configuration={})
    yield
    await lsp_client.shutdown_session()


async def _generate_actions(
    client: LanguageClient, workspace: Path, objective: str
) -> list[types.CodeAction]:
    text = CLASS.replace("{objective}", objective)
    uri = open_doc(client, workspace, f"{PKG}/CmAsk.java", text)
    line = 3
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=types.Range(types.Position(line, 8), types.Position(line, 8)),
        context=types.CodeActionContext(diagnostics=[])))  # fmt: skip
    close_doc(client, uri)
    return [a for a in actions or [] if a.command and a.command.command == "ormbAssist.generateAlgorithm"]


async def test_unsure_objective_offers_the_top_three_spots_with_reasons(
    client: LanguageClient, lsp_workspace: Path
):
    actions = await _generate_actions(client, lsp_workspace, UNSURE)
    assert len(actions) == 3
    spots = [a.command.arguments[0]["spot"] for a in actions]
    assert "ToDoTypeToDoPostProcessAlgorithmSpot" in spots and len(set(spots)) == 3
    for action, spot in zip(actions, spots, strict=True):
        assert spot in action.title and "fires " in action.title  # the event it fires on
        assert action.command.arguments[0]["objective"] == UNSURE
    todo = next(
        a for a in actions if a.command.arguments[0]["spot"] == "ToDoTypeToDoPostProcessAlgorithmSpot"
    )
    assert "like CmRetryBillOnToDoCompletion_Impl" in todo.title  # the example that implements it


async def test_sure_objective_offers_one_action_without_a_spot(client: LanguageClient, lsp_workspace: Path):
    actions = await _generate_actions(client, lsp_workspace, SURE)
    assert len(actions) == 1
    assert "spot" not in actions[0].command.arguments[0]
