"""The embedded backend on a real index: classes compile, and every name in them comes from the index."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from tiny_framework import TINY_DDL, build_tiny_jar

from ormb_assist.generation.base import (
    CompletionRequest,
    GenerationCancelled,
    GenerationRequest,
    create_backend,
)
from ormb_assist.generation.embedded import EmbeddedBackend
from ormb_assist.generation.pipeline import generate_algorithm
from ormb_assist.indexer.java_parser import parse_java
from ormb_assist.settings import Settings

AREAS = [
    "stop the invoice from completing when its total goes over a max amount parameter",
    "big write-offs need approval: create a To Do when such an adjustment is frozen",
    "when an FT freezes verify its GL lines net to zero",
    "TFM: when a transaction is uploaded find its account via the feed account number, error if unknown",
    "late fee: 2% of the overdue invoice amount if the last late charge is older than 30 days",
]


def _generate(index, objective: str, **kwargs):
    settings = Settings()
    return generate_algorithm(
        index, objective, create_backend(settings, index), settings, force=True, **kwargs
    )


def _sql_columns(code: str) -> list[tuple[str, str]]:
    """(table, column) pairs the generated SQL reads, from the indexer's own SQL analysis."""
    info = parse_java(code, "Generated.java")
    pairs = []
    for cls in info.classes:
        for ref in cls.sql:
            for col in ref.columns:
                if "." in col:
                    table, column = col.split(".", 1)
                    pairs.append((ref.aliases.get(table, table), column))
    return pairs


@pytest.mark.parametrize("objective", AREAS)
def test_generated_class_compiles_and_is_grounded(indexed_workspace, objective) -> None:
    result = _generate(indexed_workspace, objective)
    assert result.status == "ok", result.message
    assert result.verify.ok and not result.verify.errors
    assert result.patterns.score == 1.0, result.patterns.details
    spot = indexed_workspace.spots[result.spot]
    code = result.code
    assert re.search(rf"implements {spot.name}\b", code)
    for method in spot.methods:  # exact jar signatures: every parameter type imported or written qualified
        assert re.search(rf"public [\w<>., ?\[\]]+ {method.name}\(", code), method.name
        for param in method.parameters:
            base = param.type.split("<", 1)[0]
            if "." in base and not base.startswith("java.lang."):
                assert f"import {base};" in code or base in code, base
    columns = _sql_columns(code)
    assert columns, "the class reads no table"
    for table, column in columns:
        if column in ("TOTAL_AMT", "ROW_COUNT"):
            continue  # aggregate aliases
        assert table in indexed_workspace.tables, table
        assert indexed_workspace.tables[table].column(column) is not None, (
            f"{table}.{column} is not in the DDL"
        )
    assert not re.search(
        r'"\s*\+\s*(?!")[a-z]\w*\s*\+\s*"', code.split("createPreparedStatement", 1)[1].split(";")[0]
    )


def test_soft_parameters_become_declared_getters_and_binds(indexed_workspace) -> None:
    objective = "stop the invoice from completing when its total goes over a max amount parameter"
    result = _generate(indexed_workspace, objective)
    assert "@AlgorithmSoftParameter (name = maximumAmount, required = true, type = decimal)" in result.code
    assert (
        ":maximumAmount" in result.code
        and 'bindBigDecimal("maximumAmount", getMaximumAmount())' in result.code
    )
    gen = next(iter(result.gen_sources.values()))
    assert "BigDecimal getMaximumAmount()" in gen
    assert "addError(" in result.code  # "stop" asks to block: the finding raises the workspace's message


def test_a_spot_without_workspace_implementation_compiles(indexed_workspace) -> None:
    lonely = sorted(
        s.name for s in indexed_workspace.spots.values() if not s.implementations and len(s.methods) > 2
    )
    assert lonely, "the sample workspace should have spots nobody implements yet"
    result = _generate(indexed_workspace, "record the event for later review", spot=lonely[0])
    assert result.status == "ok", result.message
    assert result.spot == lonely[0]
    assert f"implements {lonely[0]}" in result.code


def test_output_is_deterministic(indexed_workspace) -> None:
    objective = "when a bill segment gets frozen flag the billable charges it billed as invoiced"
    assert _generate(indexed_workspace, objective).code == _generate(indexed_workspace, objective).code


def test_cancel_event_stops_generation(indexed_workspace) -> None:
    cancel = threading.Event()
    cancel.set()
    backend = EmbeddedBackend(Settings(), indexed_workspace)
    resolution = indexed_workspace  # never reached
    with pytest.raises(GenerationCancelled):
        backend.generate(GenerationRequest("anything", resolution=None), cancel)
    assert resolution is indexed_workspace


def test_stream_concatenates_to_generate(indexed_workspace) -> None:
    from ormb_assist.indexer.resolver import Resolver

    objective = "after the bill completes, put our invoice number on it as a bill char"
    resolution = Resolver(indexed_workspace).resolve(objective)
    req = GenerationRequest(objective, resolution, class_name="CmStampAlgComp_Impl", package="com.splwg.cm.domain.billing.algorithm",
                            superclass="CmStampAlgComp_Gen")  # fmt: skip
    backend = EmbeddedBackend(Settings(), indexed_workspace)
    assert "".join(backend.stream_generate(req)) == backend.generate(req)
    assert backend.health()["ok"] is True


def test_completion_offers_grounded_names(indexed_workspace) -> None:
    backend = EmbeddedBackend(Settings(), indexed_workspace)
    sql = backend.complete(CompletionRequest(prefix='ps = createPreparedStatement("SELECT B.BILL_', n=20))
    assert sql == [] or all(isinstance(s, str) for s in sql)
    aliased = backend.complete(
        CompletionRequest(prefix='String sql = "SELECT B.BILL_ID FROM CI_BILL B WHERE B.DUE', n=5)
    )
    assert "_DT" in aliased  # CI_BILL.DUE_DT, from the DDL
    tables = backend.complete(CompletionRequest(prefix='String sql = "SELECT * FROM CI_BSEG_CA', n=5))
    assert "LC" in tables
    members = backend.complete(
        CompletionRequest(
            prefix='PreparedStatement ps = createPreparedStatement(sql, "x");\n        ps.bindI', n=5
        )
    )
    assert "d(" in members  # bindId, read from the jar's PreparedStatement


def _tiny_workspace(folder: Path, single_row: bool = False):
    import shutil

    from ormb_assist.indexer.workspace import WorkspaceIndex

    build_tiny_jar(folder, single_row=single_row)
    (folder / "db").mkdir()
    (folder / "db" / "tiny.sql").write_text(TINY_DDL)
    for build_folder in ("tiny-src", "tiny-classes"):
        shutil.rmtree(folder / build_folder)
    index = WorkspaceIndex.open(folder)
    index.build()
    return index


TINY_OBJECTIVE = "invoice approval: reject invoices whose line amount exceeds a maximum amount"


def test_alternative_framework_jar_is_read_not_assumed(tmp_path: Path) -> None:
    """A workspace on a differently named framework: every framework name comes from its jar."""
    index = _tiny_workspace(tmp_path / "ws")
    assert "InvoiceApprovalAlgorithmSpot" in index.spots
    result = _generate(index, TINY_OBJECTIVE)
    assert result.status == "ok", result.message
    code = result.code
    assert "implements InvoiceApprovalAlgorithmSpot" in code
    assert "import org.tiny.log.LogFactory;" in code and "import org.tiny.sql.Stmt;" in code
    assert "TN_INVOICE_LINE" in code and ":maximumAmount" in code
    assert 'bindId("invoiceId", invoice.getId())' in code
    assert (
        'addError(Notices.valueRejected("LINE_AMT", String.valueOf(lineAmt)));' in code
    )  # the jar's message factory
    assert "List<Row> rows = statement.list();" in code
    gen = next(iter(result.gen_sources.values()))
    assert "extends ToolkitAlgorithmComponent" in gen
    assert "com.splwg.base" not in code  # nothing from the OUAF stub leaks in


def test_framework_without_list_reads_one_row(tmp_path: Path) -> None:
    index = _tiny_workspace(tmp_path / "ws", single_row=True)
    result = _generate(index, TINY_OBJECTIVE)
    assert result.status == "ok", result.message
    assert "Row row = statement.firstRow();" in result.code and ".list()" not in result.code
