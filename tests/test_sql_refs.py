"""sql_refs.analyze_sql on Oracle SQL as ORMB code writes it, and split_identifier for full-text search."""

from __future__ import annotations

import pytest

from ormb_assist.indexer import sql_refs
from ormb_assist.indexer.sql_refs import analyze_sql, split_identifier


def test_oracle_outer_join_comma_join_functions_and_rownum():
    ref = analyze_sql(
        "SELECT SUM(C.CALC_AMT) AS AMT FROM cisadm.CI_BSEG_CALC C, CI_BSEG B "
        "WHERE C.BSEG_ID = B.BSEG_ID(+) AND B.BILL_ID = :billId AND ROWNUM = 1 "
        "AND NVL(B.BSEG_STAT_FLG, ' ') <> '60' AND B.END_DT >= TO_DATE(:fromDate, 'YYYY-MM-DD HH24:MI:SS') "
        "ORDER BY AMT"
    )
    assert ref.parse_ok
    assert ref.tables == ["CI_BSEG_CALC", "CI_BSEG"]  # schema stripped
    assert ref.aliases == {"C": "CI_BSEG_CALC", "B": "CI_BSEG"}
    assert set(ref.columns) == {
        "CI_BSEG_CALC.CALC_AMT",
        "CI_BSEG_CALC.BSEG_ID",
        "CI_BSEG.BSEG_ID",
        "CI_BSEG.BILL_ID",
        "CI_BSEG.BSEG_STAT_FLG",
        "CI_BSEG.END_DT",
    }  # no ROWNUM, no select-list alias AMT, no ":MI" from the date mask
    assert ref.binds == [":billId", ":fromDate"]


def test_unqualified_columns_resolve_only_with_a_single_table_per_scope():
    ref = analyze_sql(
        "SELECT B.BILL_ID FROM CI_BILL B WHERE EXISTS (SELECT 1 FROM CI_BSEG S "
        "WHERE S.BILL_ID = B.BILL_ID AND BSEG_STAT_FLG = '50') AND BILL_STAT_FLG = 'C'"
    )
    assert ref.tables == ["CI_BILL", "CI_BSEG"]
    assert "CI_BSEG.BSEG_STAT_FLG" in ref.columns  # the subquery's own single table
    assert "CI_BILL.BILL_STAT_FLG" in ref.columns  # the outer query's single table
    joined = analyze_sql("SELECT ACCT_ID, PER_ID FROM CI_ACCT A JOIN CI_ACCT_PER P ON P.ACCT_ID = A.ACCT_ID")
    assert "ACCT_ID" in joined.columns and "PER_ID" in joined.columns  # ambiguous: left unqualified
    assert {"CI_ACCT_PER.ACCT_ID", "CI_ACCT.ACCT_ID"} <= set(joined.columns)


@pytest.mark.parametrize(
    ("sql", "tables", "columns"),
    [
        (
            "UPDATE CI_BILL SET BILL_STAT_FLG = 'C' WHERE BILL_ID = :id",
            ["CI_BILL"],
            ["CI_BILL.BILL_STAT_FLG", "CI_BILL.BILL_ID"],
        ),
        (
            "INSERT INTO cisadm.CM_STG (STG_ID, AMT) VALUES (:id, :amt)",
            ["CM_STG"],
            ["CM_STG.STG_ID", "CM_STG.AMT"],
        ),
        (
            "DELETE FROM CI_FT WHERE FT_ID IN (SELECT G.FT_ID FROM CI_FT_GL G)",
            ["CI_FT", "CI_FT_GL"],
            ["CI_FT.FT_ID", "CI_FT_GL.FT_ID"],
        ),
        (
            "WITH OPEN_BILLS AS (SELECT BILL_ID FROM CI_BILL WHERE BILL_STAT_FLG = 'P') "
            "SELECT S.BSEG_ID FROM OPEN_BILLS O JOIN CI_BSEG S ON S.BILL_ID = O.BILL_ID",
            ["CI_BILL", "CI_BSEG"],
            ["CI_BILL.BILL_ID", "CI_BILL.BILL_STAT_FLG", "CI_BSEG.BSEG_ID", "CI_BSEG.BILL_ID", "BILL_ID"],
        ),
        ("SELECT CM_STG_SEQ.NEXTVAL, SYSDATE FROM DUAL", [], []),
    ],
)
def test_statement_kinds(sql, tables, columns):
    ref = analyze_sql(sql)
    assert ref.parse_ok
    assert ref.tables == tables
    assert sorted(ref.columns) == sorted(columns)


def test_merge_into_targets_and_sources():
    ref = analyze_sql(
        "MERGE INTO CM_BILL_TOTAL T USING (SELECT BILL_ID, SUM(CALC_AMT) AMT FROM CI_BSEG_CALC GROUP BY BILL_ID) S "
        "ON (T.BILL_ID = S.BILL_ID) WHEN MATCHED THEN UPDATE SET TOTAL_AMT = S.AMT "
        "WHEN NOT MATCHED THEN INSERT (BILL_ID, TOTAL_AMT) VALUES (S.BILL_ID, S.AMT)"
    )
    assert ref.parse_ok and ref.tables == ["CM_BILL_TOTAL", "CI_BSEG_CALC"]
    assert ref.aliases == {"T": "CM_BILL_TOTAL"}  # S is a derived table, not a table alias
    assert {"CM_BILL_TOTAL.BILL_ID", "CM_BILL_TOTAL.TOTAL_AMT", "CI_BSEG_CALC.CALC_AMT"} <= set(ref.columns)


def test_java_placeholders_never_become_tables_columns_or_aliases():
    ref = analyze_sql(
        "SELECT ACCT_ID FROM CI_ACCT JAVA_EXPR_1 WHERE CIS_DIVISION = 'JAVA_EXPR_2' AND JAVA_EXPR_3"
    )
    assert ref.parse_ok
    assert ref.tables == ["CI_ACCT"] and ref.aliases == {}
    assert ref.columns == ["CI_ACCT.ACCT_ID", "CI_ACCT.CIS_DIVISION"]
    broken = analyze_sql("SELECT A.ACCT_ID FROM CI_ACCT A JAVA_EXPR_1 WHERE A.CIS_DIVISION = 'JAVA_EXPR_2'")
    assert not broken.parse_ok  # two aliases: the regex fallback still maps A
    assert broken.aliases == {"A": "CI_ACCT"} and broken.columns == [
        "CI_ACCT.ACCT_ID",
        "CI_ACCT.CIS_DIVISION",
    ]


def test_unparseable_sql_falls_back_to_regex():
    ref = analyze_sql(
        "SELECT B.BILL_ID, FROM CI_BILL B, CI_ACCT A WHERE B.ACCT_ID = A.ACCT_ID AND B.BILL_DT > :d AND ("
    )
    assert not ref.parse_ok
    assert ref.tables == ["CI_BILL", "CI_ACCT"]
    assert ref.aliases == {"B": "CI_BILL", "A": "CI_ACCT"}
    assert {"CI_BILL.BILL_ID", "CI_BILL.ACCT_ID", "CI_ACCT.ACCT_ID"} <= set(ref.columns)
    assert ref.binds == [":d"]
    upd = analyze_sql("UPDATE CI_ADJ SET ADJ_STATUS_FLG = WHERE ADJ_ID = :adjId")
    assert not upd.parse_ok and upd.tables == ["CI_ADJ"] and upd.binds == [":adjId"]


def test_results_are_cached_but_never_shared():
    sql = "SELECT PER_ID FROM CI_PER WHERE PER_ID = :perId /* cache probe */"
    before = sql_refs._analyze_cached.cache_info().hits
    first = analyze_sql(sql)
    first.tables.append("MUTATED")
    first.line = 99
    second = analyze_sql(sql)
    assert sql_refs._analyze_cached.cache_info().hits == before + 1
    assert second.tables == ["CI_PER"] and second.line == 0


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("createPreparedStatement", "create prepared statement"),
        ("CI_BSEG_CALC", "ci bseg calc"),
        ("CmValidateBillAmountAlgComp_Impl", "cm validate bill amount alg comp impl"),
        ("getSAId", "get sa id"),
        ("CustomerClassPreBillCompletionAlgorithmSpot", "customer class pre bill completion algorithm spot"),
        ("com.splwg.ccb.domain.billing.bill.Bill_Id", "com splwg ccb domain billing bill bill id"),
        ("UDF_CHAR_10", "udf char 10"),
        ("", ""),
    ],
)
def test_split_identifier(name, words):
    assert split_identifier(name) == words
