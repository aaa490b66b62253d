"""End-to-end tests of the language server over stdio (pytest-lsp): one real server process for the
module, started on a copy of the sample workspace whose index was built once for the session."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
import pytest_lsp
from lsp_helpers import (
    CONFIG,
    apply_text_edits,
    close_doc,
    complete,
    execute,
    open_doc,
    prebuilt_copy,
    session_index_dir,
    split_cursor,
    start,
    wait_for_diagnostics,
)
from lsprotocol import types
from pytest_lsp import LanguageClient

from ormb_assist.harvest import HarvestStore

pytestmark = pytest.mark.asyncio(loop_scope="module")

PKG = "src/cm/com/splwg/cm/domain/billing/algorithm"
ALGO = """package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;

/**
 * Flags bills whose total is above a configured limit.
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = maxBillAmount, required = true, type = decimal)})
 */
public class CmBillLimitAlgComp_Impl extends CmBillLimitAlgComp_Gen
        implements CustomerClassPreBillCompletionAlgorithmSpot {

    private Bill bill;

    @Override
    public void invoke() {
        BigDecimal limit = getMaxBillAmount();
        PreparedStatement ps = createPreparedStatement(
                "SELECT B.BILL_ID, B.DUE_DT FROM CI_BILL B WHERE B.BILL_ID = :billId", "CmBillLimit");
        try {
            ps.bindId("billId", bill.getId());
            SQLResultRow row = ps.firstRow();
        } finally {
            ps.close();
        }
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
"""


@pytest.fixture(scope="module")
def lsp_workspace(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    return prebuilt_copy(tmp_path_factory.mktemp("lsp") / "workspace", session_index_dir(request))


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient, lsp_workspace: Path):
    await start(lsp_client, lsp_workspace, {"debounceMs": 0}, configuration={"maxTokensInline": 77})
    yield
    await lsp_client.shutdown_session()


def doc_with_cursor(
    client: LanguageClient, workspace: Path, name: str, text: str
) -> tuple[str, types.Position, str]:
    clean, pos = split_cursor(text)
    uri = open_doc(client, workspace, f"{PKG}/{name}.java", clean.replace("CmBillLimitAlgComp", name))
    return uri, pos, clean


async def test_lifecycle_progress_status_and_settings(client: LanguageClient, lsp_workspace: Path):
    status = client.ormb_status[-1]
    assert status["state"] == "ready" and status["roots"][0]["ready"]
    ends = [
        r
        for reports in client.progress_reports.values()
        for r in reports
        if isinstance(r, types.WorkDoneProgressEnd)
    ]
    begins = [
        r
        for reports in client.progress_reports.values()
        for r in reports
        if isinstance(r, types.WorkDoneProgressBegin)
    ]
    assert begins and ends, client.progress_reports
    assert any(
        r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
        for p in client.registrations
        for r in p.registrations
    )
    full = await execute(client, "ormbAssist.status")
    # initializationOptions gave debounceMs, workspace/configuration gave maxTokensInline
    assert full["settings"]["debounce_ms"] == 0 and full["settings"]["max_tokens_inline"] == 77


async def test_sql_table_and_column_completion_with_resolve(client: LanguageClient, lsp_workspace: Path):
    text = ALGO.replace(
        '"SELECT B.BILL_ID, B.DUE_DT FROM CI_BILL B',
        '"SELECT C.CALC_AMT FROM CI_BSEG_CALC C, "\n + "CI_BS<|cursor|> S WHERE C.BSEG_ID = S.BSEG_ID AND S.BILL_ID',
    )
    uri, pos, clean = doc_with_cursor(client, lsp_workspace, "CmSqlTable", text)
    items = await complete(client, uri, pos)
    assert items[0].label == "CI_BSEG"
    assert items[0].text_edit.range.start.character == pos.character - len("CI_BS")
    resolved = await client.completion_item_resolve_async(items[0])
    assert "BSEG_ID" in resolved.documentation.value

    text = ALGO.replace("SELECT B.BILL_ID, B.DUE_DT", "SELECT B.BILL_ID, B.<|cursor|>")
    uri2, pos2, _ = doc_with_cursor(client, lsp_workspace, "CmSqlColumn", text)
    labels = [i.label for i in await complete(client, uri2, pos2)]
    assert "DUE_DT" in labels and "BILL_ID" in labels and "CALC_AMT" not in labels
    due = next(i for i in await complete(client, uri2, pos2) if i.label == "DUE_DT")
    assert "paid" in (await client.completion_item_resolve_async(due)).documentation.value
    close_doc(client, uri)
    close_doc(client, uri2)


async def test_spot_methods_soft_params_and_api_members(client: LanguageClient, lsp_workspace: Path):
    text = ALGO.replace(
        "    @Override\n    public void setBill", "    <|cursor|>\n\n    @Override\n    public void setBill"
    )
    uri, pos, _ = doc_with_cursor(client, lsp_workspace, "CmSpotMethods", text)
    items = await complete(client, uri, pos)
    labels = [i.label for i in items]
    assert "setAccount" in labels and "getBillCompletionAction" in labels
    assert "setBill" not in labels and "invoke" not in labels  # already written
    account = next(i for i in items if i.label == "setAccount")
    assert account.insert_text_format == types.InsertTextFormat.Snippet
    assert "public void setAccount(Account " in account.text_edit.new_text
    assert any(
        "import com.splwg.ccb.domain.customerinfo.account.Account;" in e.new_text
        for e in account.additional_text_edits or []
    )

    text = ALGO.replace("BigDecimal limit = getMaxBillAmount();", "BigDecimal limit = <|cursor|>;")
    uri2, pos2, _ = doc_with_cursor(client, lsp_workspace, "CmSoftParam", text)
    assert (await complete(client, uri2, pos2))[0].label == "getMaxBillAmount"

    text = ALGO.replace('ps.bindId("billId", bill.getId());', "ps.<|cursor|>")
    uri3, pos3, _ = doc_with_cursor(client, lsp_workspace, "CmApiMember", text)
    top = [i.label for i in await complete(client, uri3, pos3)][:3]
    assert top[0].startswith("bind") and "bindId" in top
    for u in (uri, uri2, uri3):
        close_doc(client, u)


async def test_hover_table_column_spot_and_soft_parameter(client: LanguageClient, lsp_workspace: Path):
    uri = open_doc(client, lsp_workspace, f"{PKG}/CmHover.java", ALGO)

    async def hover_at(needle: str, delta: int = 1) -> str:
        offset = ALGO.index(needle) + delta
        line = ALGO[:offset].count("\n")
        character = offset - (ALGO.rfind("\n", 0, offset) + 1)
        result = await client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line, character)
            )
        )
        return result.contents.value if result else ""

    assert "DUE_DT" in await hover_at("CI_BILL B") and "invoice" in await hover_at("CI_BILL B")
    assert "must be paid" in await hover_at("DUE_DT FROM", 2)
    spot = await hover_at("CustomerClassPreBillCompletionAlgorithmSpot {", 3)
    assert "setBill" in spot and "algorithm spot" in spot
    soft = await hover_at("getMaxBillAmount()", 3)
    assert "maxBillAmount" in soft and "BigDecimal" in soft and "required" in soft
    assert await hover_at("private Bill", 2) == ""
    close_doc(client, uri)


async def test_diagnostics_and_quick_fixes(client: LanguageClient, lsp_workspace: Path):
    text = ALGO.replace("FROM CI_BILL B", "FROM CI_BILLL X, CI_BILL B").replace("B.DUE_DT", "B.DUE_DAT")
    text = text.replace('WHERE B.BILL_ID = :billId"', 'WHERE B.ACCT_ID = " + bill.getId().getIdValue()')
    uri = open_doc(client, lsp_workspace, f"{PKG}/CmDiag.java", text.replace("CmBillLimitAlgComp", "CmDiag"))
    diags = await wait_for_diagnostics(client, uri, lambda d: len(d) >= 4)
    by_code = {d.code: d for d in diags}
    assert "did you mean 'CI_BILL'" in by_code["unknown-table"].message
    assert "did you mean 'DUE_DT'" in by_code["unknown-column"].message
    assert "injection" in by_code["sql-concatenation"].message
    missing = by_code["missing-spot-methods"]
    assert "setAccount" in missing.data["methods"] and "setBill" not in missing.data["methods"]

    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=missing.range,
        context=types.CodeActionContext(diagnostics=[missing])))  # fmt: skip
    fix = next(a for a in actions if a.title.startswith("Implement SPOT methods"))
    edits = fix.edit.document_changes[0].edits
    patched = apply_text_edits(text.replace("CmBillLimitAlgComp", "CmDiag"), edits)
    assert (
        "public void setAccount(Account " in patched
        and "import com.splwg.ccb.domain.customerinfo.account.Account;" in patched
    )
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=patched)]))  # fmt: skip
    diags = await wait_for_diagnostics(
        client, uri, lambda d: not any(x.code == "missing-spot-methods" for x in d)
    )
    assert any(d.code == "unknown-table" for d in diags)
    close_doc(client, uri)


async def test_add_soft_parameter_action_and_command(client: LanguageClient, lsp_workspace: Path):
    text = ALGO.replace(
        "BigDecimal limit = getMaxBillAmount();",
        "BigDecimal limit = getMaxBillAmount();\n        BigDecimal floor = getMinBillAmount();",
    )
    uri = open_doc(client, lsp_workspace, f"{PKG}/CmSoft.java", text)
    line = text[: text.index("getMinBillAmount")].count("\n")
    rng = types.Range(types.Position(line, 30), types.Position(line, 30))
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=rng, context=types.CodeActionContext(diagnostics=[])))  # fmt: skip
    add = next(a for a in actions if a.title.startswith("Add soft parameter 'minBillAmount'"))
    patched = apply_text_edits(text, add.edit.document_changes[0].edits)
    assert "@AlgorithmSoftParameter (name = minBillAmount, type = decimal)" in patched
    result = await execute(
        client, "ormbAssist.addSoftParameter", {"uri": uri, "name": "graceDays", "type": "integer"}
    )
    assert result["applied"] is True
    applied = client.applied_edits[-1].edit.document_changes[0].edits
    assert "name = graceDays" in applied[0].new_text
    bad = await execute(client, "ormbAssist.addSoftParameter", {"uri": uri, "name": "maxBillAmount"})
    assert bad["applied"] is False and "already declared" in bad["message"]
    close_doc(client, uri)


async def test_generate_algorithm_command_creates_file(client: LanguageClient, lsp_workspace: Path):
    comment = "    // generate: delete zero amount bills before completion\n"
    text = ALGO.replace("    private Bill bill;\n", "    private Bill bill;\n" + comment)
    uri = open_doc(client, lsp_workspace, f"{PKG}/CmGen.java", text)
    line = text[: text.index("// generate")].count("\n")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=types.Range(types.Position(line, 8), types.Position(line, 8)),
        context=types.CodeActionContext(diagnostics=[])))  # fmt: skip
    gen = next(a for a in actions if a.command and a.command.command == "ormbAssist.generateAlgorithm")
    deps = await execute(client, "ormbAssist.showResolvedDependencies", gen.command.arguments[0])
    assert deps["spots"] and deps["tables"]
    before = len(client.applied_edits)
    result = await execute(client, gen.command.command, *gen.command.arguments)
    assert result["status"] == "ok", result  # only a class that compiles is applied
    assert (
        result["spot"] and result["path"].endswith(".java") and result["package"].startswith("com.splwg.cm")
    )
    plan = result["plan"]  # what the class reads, decides and does, shown with the edit
    assert any(line.startswith("trigger:") for line in plan) and any(line.startswith("action:") for line in plan)
    edit = client.applied_edits[before].edit
    create, content = edit.document_changes
    assert isinstance(create, types.CreateFile) and create.uri.endswith(result["path"].rsplit("/", 1)[-1])
    assert f"class {result['className']}" in content.edits[0].new_text
    close_doc(client, uri)


async def test_inline_completion_and_accept_telemetry(client: LanguageClient, lsp_workspace: Path):
    text = ALGO.replace(
        "    @Override\n    public void setBill", "    <|cursor|>\n\n    @Override\n    public void setBill"
    )
    uri, pos, _ = doc_with_cursor(client, lsp_workspace, "CmInline", text)
    params = types.InlineCompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=pos,
        context=types.InlineCompletionContext(trigger_kind=types.InlineCompletionTriggerKind.Invoked))  # fmt: skip
    result = await client.text_document_inline_completion_async(params)
    assert result.items, "the embedded backend should suggest a missing spot method"
    item = result.items[0]
    assert item.insert_text.startswith("@Override") and "public" in item.insert_text
    assert item.command.command == "ormbAssist.inlineAccepted"
    item_id = item.command.arguments[0]
    client.protocol.notify("ormbAssist/inlineShown", {"itemId": item_id})
    client.protocol.notify("ormbAssist/inlinePartialAccept", {"itemId": item_id, "acceptedLength": 9})
    assert (await execute(client, item.command.command, *item.command.arguments))["recorded"] is True
    store = HarvestStore(lsp_workspace / ".ormb-assist" / "harvest.sqlite")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len({e.kind for e in store.events()}) < 3:
        await asyncio.sleep(0.1)
    events = {e.kind: e for e in store.events() if e.item_id == item_id}
    assert set(events) == {"shown", "partial", "accepted"}
    assert events["partial"].accepted_text == item.insert_text[:9]
    assert events["accepted"].accepted_text == item.insert_text and events["accepted"].backend == "embedded"
    assert events["accepted"].file.endswith("CmInline.java") and "class CmInline" in events["accepted"].prefix
    # typing the first characters of the suggestion reuses it (cache) instead of asking again
    typed = item.insert_text[:5]
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=types.Range(pos, pos), text=typed)]))  # fmt: skip
    params.position = types.Position(pos.line, pos.character + len(typed))
    again = await client.text_document_inline_completion_async(params)
    assert again.items[0].insert_text == item.insert_text[len(typed) :]
    close_doc(client, uri)


async def test_unsaved_buffer_and_watched_file_reindex(client: LanguageClient, lsp_workspace: Path):
    probe = ALGO.replace("FROM CI_BILL B", "FROM CM_FRESH<|cursor|> B")
    uri, pos, _ = doc_with_cursor(client, lsp_workspace, "CmProbe", probe)
    assert "CM_FRESH_TABLE" not in [i.label for i in await complete(client, uri, pos)]
    ddl = "CREATE TABLE CM_FRESH_TABLE (FRESH_ID CHAR(10) NOT NULL, NOTE VARCHAR2(50));\n"
    ddl_uri = (lsp_workspace / "db" / "99_fresh.sql").as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=ddl_uri, language_id="sql", version=1, text=ddl)))  # fmt: skip
    deadline = time.monotonic() + 240
    labels: list[str] = []
    while time.monotonic() < deadline and "CM_FRESH_TABLE" not in labels:
        await asyncio.sleep(0.5)
        labels = [i.label for i in await complete(client, uri, pos)]
    assert "CM_FRESH_TABLE" in labels, "an unsaved DDL buffer is indexed"
    close_doc(client, ddl_uri)  # never saved: the table goes away again
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and "CM_FRESH_TABLE" in labels:
        await asyncio.sleep(0.5)
        labels = [i.label for i in await complete(client, uri, pos)]
    assert "CM_FRESH_TABLE" not in labels
    (lsp_workspace / "db" / "98_watched.sql").write_text(ddl.replace("CM_FRESH_TABLE", "CM_FRESH_WATCHED"))
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=(lsp_workspace / "db" / "98_watched.sql").as_uri(), type=types.FileChangeType.Created)]))  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and "CM_FRESH_WATCHED" not in labels:
        await asyncio.sleep(0.5)
        labels = [i.label for i in await complete(client, uri, pos)]
    assert "CM_FRESH_WATCHED" in labels
    close_doc(client, uri)


async def test_percent_encoded_document_uris_are_served(client: LanguageClient, lsp_workspace: Path):
    """Paths with spaces, '#' and non-ASCII letters arrive percent-encoded (%20, %23, %C3%BC); the
    buffer must still be found for completion (pygls keys its documents by the decoded URI)."""
    text = ALGO.replace(
        '"SELECT B.BILL_ID, B.DUE_DT FROM CI_BILL B',
        '"SELECT C.CALC_AMT FROM CI_BSEG_CALC C, "\n + "CI_BS<|cursor|> S WHERE C.BSEG_ID = S.BSEG_ID AND S.BILL_ID',
    )
    clean, pos = split_cursor(text)
    uri = open_doc(client, lsp_workspace, f"{PKG}/drafts #2 für Ü/CmEncoded.java", clean.replace("CmBillLimitAlgComp", "CmEncoded"))
    assert "%20" in uri and "%23" in uri and "%C3%BC" in uri
    items = await complete(client, uri, pos)
    assert items and items[0].label == "CI_BSEG"
    close_doc(client, uri)
