"""Generate ORMB algorithm for an editor that cannot create files through a workspace edit: the
real server over stdio (pytest-lsp) must write nothing, say why, and hand back the source."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
import pytest_lsp
from lsp_helpers import CAPABILITIES, CONFIG, execute, open_doc, prebuilt_copy, session_index_dir, wait_ready
from lsprotocol import types
from pytest_lsp import LanguageClient

from ormb_assist.server.code_actions import GENERATE, can_create_files

PKG = "src/cm/com/splwg/cm/domain/billing/algorithm"
# applyEdit and documentChanges, but no resourceOperations: a CreateFile would be dropped or rejected.
NO_CREATE = attrs.evolve(
    CAPABILITIES,
    workspace=attrs.evolve(
        CAPABILITIES.workspace,
        workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
    ),
)


def _with_edit_caps(apply_edit: bool, document_changes: bool, operations: list) -> types.ClientCapabilities:
    workspace = types.WorkspaceClientCapabilities(
        apply_edit=apply_edit,
        workspace_edit=types.WorkspaceEditClientCapabilities(
            document_changes=document_changes, resource_operations=operations
        ),
    )
    return types.ClientCapabilities(workspace=workspace)


@pytest.mark.parametrize(
    ("caps", "expected"),
    [
        (CAPABILITIES, True),
        (NO_CREATE, False),
        (types.ClientCapabilities(), False),
        (_with_edit_caps(False, True, [types.ResourceOperationKind.Create]), False),
        (_with_edit_caps(True, False, [types.ResourceOperationKind.Create]), True),  # Neovim 0.7
        (_with_edit_caps(True, True, [types.ResourceOperationKind.Rename]), False),
    ],
)
def test_can_create_files_needs_apply_edit_and_the_create_operation(
    caps: types.ClientCapabilities, expected: bool
) -> None:
    assert can_create_files(caps) is expected


@pytest.fixture(scope="module")
def no_create_workspace(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    return prebuilt_copy(tmp_path_factory.mktemp("nocreate") / "workspace", session_index_dir(request))


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient, no_create_workspace: Path):
    folder = types.WorkspaceFolder(uri=no_create_workspace.as_uri(), name=no_create_workspace.name)
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=NO_CREATE, root_uri=folder.uri, workspace_folders=[folder])
    )
    await wait_ready(lsp_client)
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio(loop_scope="module")
async def test_generate_without_create_support_writes_nothing_and_returns_source(
    client: LanguageClient, no_create_workspace: Path
) -> None:
    uri = open_doc(client, no_create_workspace, f"{PKG}/CmNoCreate.java", "package x;\n")
    files_before = sorted(p for p in no_create_workspace.rglob("*") if ".ormb-assist" not in p.parts)
    edits_before, messages_before = len(client.applied_edits), len(client.messages)

    objective = "delete zero amount bills before completion"
    result = await execute(client, GENERATE, {"objective": objective, "uri": uri})

    assert result["status"] in ("ok", "compile_failed"), result
    assert result["applied"] is False
    assert f"class {result['className']}" in result["code"]
    assert len(client.applied_edits) == edits_before  # no workspace/applyEdit with a CreateFile
    assert not (no_create_workspace / result["path"]).exists()
    files_after = sorted(p for p in no_create_workspace.rglob("*") if ".ormb-assist" not in p.parts)
    assert files_after == files_before
    shown = client.messages[messages_before:]
    assert [m.type for m in shown] == [types.MessageType.Warning]
    assert "was not written" in shown[0].message and result["path"] in shown[0].message


@pytest.mark.parametrize("document_changes", [True, False])
def test_document_edits_use_the_changes_map_for_clients_without_document_changes(
    document_changes: bool,
) -> None:
    """Quick fixes (implement methods, add soft parameter) must reach clients that only read the
    plain ``changes`` map; versioned edits go to those that accept ``documentChanges``."""
    from types import SimpleNamespace

    from ormb_assist.server.code_actions import _edit
    from ormb_assist.server.documents import DocView

    view = DocView(uri="file:///w/CmX.java", version=7, text="class CmX {\n}\n")
    ls = SimpleNamespace(client_capabilities=_with_edit_caps(True, document_changes, []))
    edit = _edit(ls, view, [(12, 12, "    void invoke() { }\n")])
    if document_changes:
        (change,) = edit.document_changes
        assert edit.changes is None and change.text_document.version == 7
        assert change.edits[0].range.start == types.Position(1, 0)
    else:
        assert edit.document_changes is None
        (text_edit,) = edit.changes[view.uri]
        assert text_edit.range.start == types.Position(1, 0) and text_edit.new_text.startswith(
            "    void invoke"
        )
