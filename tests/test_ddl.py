"""ddl.parse_ddl / merge_tables / split_statements on Oracle scripts as real projects keep them."""

from __future__ import annotations

from pathlib import Path

from ormb_assist.indexer.ddl import merge_tables, parse_ddl, split_statements

FIXTURES = Path(__file__).parent / "fixtures" / "parsers" / "db"
EXAMPLES_DB = Path(__file__).resolve().parents[1] / "examples" / "workspace" / "db"


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_create_table_columns_keys_and_comments():
    text = (FIXTURES / "cm_tables.sql").read_text()
    tables, problems = parse_ddl(text, "db/cm_tables.sql")
    by_name = {t.name: t for t in tables}
    assert list(by_name) == ["CM_ADJ_INT_STG", "CM_CAL_PERIOD_EXT"]  # quoted name, schema stripped

    stg = by_name["CM_ADJ_INT_STG"]
    assert stg.source == "db/cm_tables.sql"
    assert [(c.name, c.data_type, c.nullable) for c in stg.columns] == [
        ("CM_ADJ_INT_STG_ID", "CHAR(12)", False),
        ("CM_STG_STATUS_FLG", "CHAR(4)", False),
        ("ADJ_TYPE_CD", "CHAR(8)", False),
        ("SA_ID", "CHAR(10)", True),
        ("ADJ_AMT", "NUMBER(15,2)", True),
        ("DESCR", "VARCHAR2(254 CHAR)", True),
        ("LOWERCOL", "NUMBER(38,0)", True),
        ("BO_DATA_AREA", "CLOB", True),
        ("CRE_DTTM", "TIMESTAMP(6)", True),
    ]
    assert stg.primary_key == ["CM_ADJ_INT_STG_ID"]
    assert [(fk.columns, fk.ref_table, fk.ref_columns) for fk in stg.foreign_keys] == [
        (["ADJ_TYPE_CD"], "CI_ADJ_TYPE", ["ADJ_TYPE_CD"]),  # inline REFERENCES
        (["SA_ID"], "CI_SA", ["SA_ID"]),  # out-of-line CONSTRAINT ... FOREIGN KEY
    ]
    assert stg.comment == "Adjustment interface staging; one row per inbound adjustment"
    assert stg.column("cm_stg_status_flg").comment == "Staging status: 'PEND' pending, 'COMP' complete"

    period = by_name["CM_CAL_PERIOD_EXT"]  # lower-case DDL, table-level PRIMARY KEY, ALTER TABLE FK
    assert period.primary_key == ["CALENDAR_ID", "FISCAL_YEAR", "ACCOUNTING_PERIOD"]
    assert period.column("CM_CLOSE_DT").data_type == "DATE"
    (fk,) = period.foreign_keys
    assert fk.ref_table == "CI_CAL_PERIOD" and fk.columns == [
        "CALENDAR_ID",
        "FISCAL_YEAR",
        "ACCOUNTING_PERIOD",
    ]

    # the broken statement in the middle is the only problem; index/sequence/view/trigger/grant are ignored
    assert [(p.kind, p.path) for p in problems] == [("ddl", "db/cm_tables.sql")]
    assert problems[0].message.startswith(f"line {_line_of(text, 'CREATE TABLE CM_BROKEN')}:")
    assert "CM_BROKEN" in problems[0].message


def test_comments_and_keys_in_another_file_are_merged():
    bill, bill_problems = parse_ddl((FIXTURES / "ci_bill.sql").read_text(), "db/ci_bill.sql")
    extra, extra_problems = parse_ddl((FIXTURES / "ci_comments.sql").read_text(), "db/ci_comments.sql")
    assert bill_problems == [] and extra_problems == []
    (partial,) = extra
    assert partial.name == "CI_BILL" and partial.columns[0].data_type == ""  # comment-only record
    for order in ([*bill, *extra], [*extra, *bill]):
        merged = merge_tables(order)["CI_BILL"]
        assert merged.source == "db/ci_bill.sql"  # the CREATE TABLE's file
        assert [c.name for c in merged.columns] == ["BILL_ID", "ACCT_ID", "BILL_STAT_FLG", "BILL_DT"]
        status = merged.column("BILL_STAT_FLG")
        assert (status.data_type, status.nullable, status.comment) == (
            "CHAR(2)",
            False,
            "P pending, C complete",
        )
        assert merged.comment == "Bill header"
        assert merged.primary_key == ["BILL_ID"]
        assert [(fk.columns, fk.ref_table) for fk in merged.foreign_keys] == [(["ACCT_ID"], "CI_ACCT")]
    assert bill[0].comment == ""  # inputs are not modified


def test_statement_splitting():
    text = (
        "SET DEFINE OFF\nPROMPT ; not a statement\nREM also; not\n"
        "INSERT INTO T VALUES ('a;b', '--x', '/*y*/');\n"
        "-- comment ; with semicolon\n/* block ; comment */\n"
        "CREATE OR REPLACE PROCEDURE P IS\nBEGIN\n  NULL;\n  NULL;\nEND;\n/\n"
        "CREATE TABLE U\n(A CHAR(1))\n/\n"
        "SELECT 1 FROM DUAL"
    )
    statements = split_statements(text)
    assert [line for line, _ in statements] == [4, 7, 13, 16]
    assert statements[0][1] == "INSERT INTO T VALUES ('a;b', '--x', '/*y*/')"
    assert statements[1][1].endswith("END;")
    assert statements[2][1] == "CREATE TABLE U\n(A CHAR(1))"
    assert statements[3][1] == "SELECT 1 FROM DUAL"  # unterminated last statement kept


def test_bad_statements_are_reported_and_the_rest_kept():
    text = (
        "CREAT TABLE X (A CHAR(1));\n"
        "CREATE TABLE GOOD1 (A CHAR(1) NOT NULL);\n"
        "CREATE TABLE BAD (ID CHAR(10) NOT NULL NOT, X);\n"
        "COMMENT ON COLUMN NOTABLE IS 'x';\n"
        "CREATE TABLE GOOD2 (B NUMBER(5) CONSTRAINT GOOD2_FK REFERENCES GOOD1 ON DELETE CASCADE, C CHAR(1) NULL)\n"
        "  SEGMENT CREATION IMMEDIATE ORGANIZATION HEAP;\n"
    )
    tables, problems = parse_ddl(text, "x.sql")
    assert [t.name for t in tables] == ["GOOD1", "GOOD2"]
    assert [p.message.split(":", 1)[0] for p in problems] == ["line 1", "line 3", "line 4"]
    assert "unrecognised statement" in problems[0].message
    good2 = tables[1]
    assert good2.foreign_keys[0].ref_table == "GOOD1" and good2.foreign_keys[0].ref_columns == []
    assert good2.column("C").nullable


def test_sample_workspace_ddl_has_only_the_deliberate_error():
    files = sorted(EXAMPLES_DB.glob("*.sql"))
    assert files
    all_tables, all_problems = [], []
    for path in files:
        tables, problems = parse_ddl(path.read_text(encoding="utf-8"), f"db/{path.name}")
        all_tables += tables
        all_problems += problems
    assert len(all_problems) == 1, all_problems
    merged = merge_tables(all_tables)
    assert all(t.columns for t in merged.values())
    assert all(c.data_type for t in merged.values() for c in t.columns), "a comment names an undefined column"


def test_quoting_variants():
    text = (
        "COMMENT ON TABLE CM_NOTE IS q'[it's; fine]';\n"
        "COMMENT ON COLUMN cisadm.\"Odd.Name\".COL_A IS 'x''y';\n"
        'CREATE TABLE "Odd.Name" ("col_a" CHAR(1), "Mixed Case" NUMBER);\n'
    )
    tables, problems = parse_ddl(text, "q.sql")
    assert problems == []
    by_name = {t.name: t for t in tables}
    assert by_name["CM_NOTE"].comment == "it's; fine"  # Oracle q-quote, ';' inside kept
    odd = by_name["ODD.NAME"]  # a dot inside a quoted identifier is part of the name
    assert [(c.name, c.data_type, c.comment) for c in odd.columns] == [
        ("COL_A", "CHAR(1)", "x'y"),
        ("MIXED CASE", "NUMBER", ""),
    ]
