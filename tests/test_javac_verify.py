"""javac verification against the indexed workspace: real javac, temp dirs, parsed diagnostics."""

from __future__ import annotations

import pytest

from ormb_assist.generation.javac import JavacNotFound, find_javac, parse_diagnostics, verify

CLASS = """package com.splwg.cm.domain.billing.algorithm;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;

/**
 * Test class.
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = label, type = string)})
 */
public class CmVerifyProbeAlgComp_Impl extends CmVerifyProbeAlgComp_Gen implements CustomerClassPostBillCompletionAlgorithmSpot {
    private Bill bill;

    public void invoke() {
        PreparedStatement ps = createPreparedStatement("SELECT BILL_ID FROM CI_BILL WHERE BILL_ID = :billId", "probe");
        try {
            ps.bindId("billId", bill.getId());
            if (ps.firstRow() == null) {
                addError(CmMessageRepository.zeroBillDeleted(getLabel()));
            }
        } finally {
            ps.close();
        }
    }

    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
"""


def test_valid_class_compiles_with_its_emulated_gen_and_workspace_sources(indexed_workspace) -> None:
    # CmMessageRepository is a workspace source: javac finds it through the source path
    result = verify(CLASS, indexed_workspace)
    assert result.ok, [str(d) for d in result.diagnostics]
    assert list(result.gen_sources) == ["com.splwg.cm.domain.billing.algorithm.CmVerifyProbeAlgComp_Gen"]
    assert "String getLabel()" in next(iter(result.gen_sources.values()))
    assert result.elapsed_s > 0


def test_errors_are_parsed_with_file_line_column_and_symbol(indexed_workspace) -> None:
    broken = CLASS.replace("ps.close();", "ps.shutDown();")
    result = verify(broken, indexed_workspace)
    assert not result.ok
    (error,) = result.errors
    assert error.path == "com/splwg/cm/domain/billing/algorithm/CmVerifyProbeAlgComp_Impl.java"
    assert error.line == broken.splitlines().index("            ps.shutDown();") + 1
    assert error.column == 15
    assert "cannot find symbol" in error.message and "shutDown" in error.message
    assert str(error).startswith("com/splwg/cm/domain/billing/algorithm/CmVerifyProbeAlgComp_Impl.java:")


def test_missing_spot_method_is_a_compile_error(indexed_workspace) -> None:
    result = verify(CLASS.replace("implements CustomerClassPostBillCompletionAlgorithmSpot", "implements "
                                  "com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot"),
                    indexed_workspace)  # fmt: skip
    assert not result.ok
    assert any("is not abstract and does not override" in d.message for d in result.errors)


def test_plain_javac_process_gives_the_same_answer(indexed_workspace, monkeypatch) -> None:
    monkeypatch.setenv("ORMB_ASSIST_JAVAC_SERVER", "0")
    assert verify(CLASS, indexed_workspace).ok
    broken = verify(CLASS.replace("ps.close();", "ps.shutDown();"), indexed_workspace)
    assert [d.line for d in broken.errors] == [CLASS.splitlines().index("            ps.close();") + 1]


def test_timeout_is_reported_and_the_next_run_recovers(indexed_workspace) -> None:
    slow = verify(CLASS, indexed_workspace, timeout_s=0.001)
    assert not slow.ok and "did not finish" in slow.diagnostics[0].message
    assert verify(CLASS, indexed_workspace).ok


def test_missing_javac_is_a_clear_error(indexed_workspace) -> None:
    with pytest.raises(JavacNotFound, match="javac not found.*'javac' setting"):
        verify(CLASS, indexed_workspace, javac="/nonexistent/javac")
    with pytest.raises(JavacNotFound):
        find_javac("")


def test_diagnostic_parser_keeps_symbol_lines_and_columns() -> None:
    output = (
        "/tmp/x/src/a/B.java:3: error: cannot find symbol\n"
        "        foo();\n"
        "        ^\n"
        "  symbol:   method foo()\n"
        "  location: class B\n"
        "/tmp/x/src/a/B.java:9: warning: [deprecation] old\n"
        "1 error\n"
    )
    diags = parse_diagnostics(output, root="/tmp/x/src")
    assert [(d.path, d.line, d.column, d.kind) for d in diags] == [
        ("a/B.java", 3, 9, "error"),
        ("a/B.java", 9, 0, "warning"),
    ]
    assert diags[0].message == "cannot find symbol; symbol:   method foo(); location: class B"
