"""Unit tests of the language server's pure cores (no pygls, no index): where the cursor is in
Java/SQL, ranking on a small hand-made schema, inline trimming/caching, source edits, lint."""

from __future__ import annotations

from ormb_assist.indexer.models import Column, ForeignKey, MethodInfo, Parameter, SpotInfo, TableInfo
from ormb_assist.server.catalog import Catalog, _relations
from ormb_assist.server.completion_core import complete_at, select_list_names
from ormb_assist.server.edits import add_soft_parameter, implement_methods, objective_at
from ormb_assist.server.inline_core import Shape, SuggestionCache, shape_at, trim
from ormb_assist.server.java_context import JavaOutline
from ormb_assist.server.java_members import method_snippet, simple_signature
from ormb_assist.server.java_strings import JavaStrings
from ormb_assist.server.lint import lint_document
from ormb_assist.server.sql_context import sql_cursor_at


def at(src: str):
    offset = src.index("|")
    return src.replace("|", "", 1), offset


def catalog() -> Catalog:
    bill = TableInfo("CI_BILL", [Column("BILL_ID", "CHAR(12)", False), Column("ACCT_ID", "CHAR(10)"),
                                 Column("DUE_DT", "DATE", comment="Payment due date"), Column("BILL_DT", "DATE")],
                     primary_key=["BILL_ID"], comment="Bills")  # fmt: skip
    bseg = TableInfo("CI_BSEG", [Column("BSEG_ID", "CHAR(12)", False), Column("BILL_ID", "CHAR(12)"),
                                 Column("BSEG_STAT_FLG", "CHAR(2)")], primary_key=["BSEG_ID"],
                     foreign_keys=[ForeignKey(["BILL_ID"], "CI_BILL", ["BILL_ID"])])  # fmt: skip
    calc = TableInfo("CI_BSEG_CALC", [Column("BSEG_ID", "CHAR(12)"), Column("CALC_AMT", "NUMBER(15,2)")])
    acct = TableInfo("CI_ACCT", [Column("ACCT_ID", "CHAR(10)")], primary_key=["ACCT_ID"])
    spot = SpotInfo("BillSpot", "com.x.BillSpot", methods=[
        MethodInfo("setBill", "void", [Parameter("com.x.Bill", "bill")], ["public"]),
        MethodInfo("getAction", "com.x.ActionLookup", [], ["public"]),
        MethodInfo("invoke", "void", [], ["public"]),
    ])  # fmt: skip
    cat = Catalog(tables={t.name: t for t in (bill, bseg, calc, acct)}, spots={"BillSpot": spot})
    _relations(cat)
    return cat


# ---- cursor context ----------------------------------------------------------------------------
def test_sql_cursor_across_concatenation_and_alias_after_cursor():
    text, off = at(
        'ps = createPreparedStatement("SELECT B.| FROM CI_BSEG B " +\n  " WHERE B.BILL_ID = \'" + id + "\'");'
    )
    found = sql_cursor_at(text, off)
    assert found is not None and found.cursor.kind == "column"
    assert found.cursor.qualifier == "B" and found.cursor.tables_for_columns() == ["CI_BSEG"]
    assert [v.expr for v in found.segment.values] == ["id"]


def test_sql_cursor_table_positions_and_non_sql():
    for src in ('"SELECT * FROM CI_BS|"', '"DELETE FROM |"', '"SELECT 1 FROM A JOIN | X ON X.A = A.A"',
                'sb.append("SELECT X FROM T ");\n sb.append("JOIN |");', '"INSERT INTO CI_|"',
                'String q = """\n    UPDATE |\n    """;'):  # fmt: skip
        text, off = at(src)
        assert sql_cursor_at(text, off).cursor.kind == "table", src
    for src in ('createQuery("from Bill b where |")', '// "SELECT * FROM |"', '"hello |"'):
        text, off = at(src)
        assert sql_cursor_at(text, off) is None, src


def test_insert_column_list_and_quoted_value():
    text, off = at('"INSERT INTO CI_BILL (BILL_ID, |) VALUES (:a, :b)"')
    cur = sql_cursor_at(text, off).cursor
    assert cur.kind == "column" and cur.insert_table == "CI_BILL"
    text, off = at("\"SELECT * FROM CI_BILL WHERE BILL_ID = '|'\"")
    assert sql_cursor_at(text, off).cursor.kind == "none"


def test_java_outline_half_typed_code():
    text, off = at(
        "package a.b;\nimport com.x.PreparedStatement;\n/**\n@AlgorithmComponent (softParameters = "
        "{ @AlgorithmSoftParameter (name = maxAmt, required = true, type = decimal)})\n */\n"
        "public class CmFoo_Impl extends CmFoo_Gen implements BillSpot {\n  private Bill bill;\n"
        '  private static final String Q = "{ not a brace";\n  public void invoke() {\n'
        '    PreparedStatement ps = createPreparedStatement("x", "y");\n    ps.\n  }\n  set|\n'
        "  public void setBill(Bill b) { this.bill = b; }\n}\n"
    )
    outline = JavaOutline(text)
    cls = outline.class_at(off)
    assert cls.name == "CmFoo_Impl" and cls.implements == ["BillSpot"] and cls.extends == ["CmFoo_Gen"]
    assert [m.name for m in cls.methods] == ["invoke", "setBill"]
    assert outline.at_member_level(off) and cls.soft_parameters[0].getter == "getMaxAmt"
    ps_dot = text.index("ps.\n") + 3
    assert outline.local_types(ps_dot)["ps"] == "PreparedStatement"
    assert outline.receiver_at(ps_dot) == ("ps", "")


# ---- ranking -----------------------------------------------------------------------------------
def test_table_ranking_uses_alias_columns_and_prefix():
    cat = catalog()
    text, off = at('"SELECT C.CALC_AMT FROM CI_BSEG_CALC C, CI_B| B WHERE C.BSEG_ID = B.BSEG_STAT_FLG"')
    result = complete_at(cat, text, off)
    assert result.context == "sql_table" and result.candidates[0].label == "CI_BSEG"
    assert text[result.replace_start : off] == "CI_B"


def test_column_ranking_by_bind_and_method_name():
    cat = catalog()
    text, off = at(
        'Date lastDueDate() {\n  ps = createPreparedStatement("SELECT B.BILL_ID, B.| FROM CI_BILL B");\n}'
    )
    labels = [c.label for c in complete_at(cat, text, off).candidates]
    assert labels[0] == "DUE_DT" and "BILL_ID" in labels
    text, off = at('"SELECT 1 FROM CI_BSEG S WHERE S.| = :billId"')
    assert complete_at(cat, text, off).candidates[0].label == "BILL_ID"


def test_spot_methods_left_to_implement_and_edit():
    cat = catalog()
    text, off = at(
        "class CmX_Impl implements BillSpot {\n    private Bill bill;\n    public void invoke() {}\n    |\n}\n"
    )
    result = complete_at(cat, text, off)
    assert result.context == "spot_method"
    assert sorted(c.label for c in result.candidates) == ["getAction", "setBill"]
    setter = next(c for c in result.candidates if c.label == "setBill")
    assert "public void setBill(Bill bill)" in setter.insert_text and "com.x.Bill" in setter.imports
    outline = JavaOutline(text)
    edits, imports, names = implement_methods(cat, text, outline.class_at(off), outline)
    ((start, end, new),) = edits
    patched = text[:start] + new + text[end:]
    assert (
        "this.bill = bill;" in patched
        and "return null;" in patched
        and sorted(names) == ["getAction", "setBill"]
    )
    assert JavaOutline(patched).classes()[0].methods[-1].name in ("setBill", "getAction")


def test_quick_fix_and_completion_share_one_simplified_signature():
    method = MethodInfo(
        "apply",
        "java.util.List<com.x.Bill>",
        [Parameter("java.util.Map<java.lang.String, com.x.Acct$Key>", ""), Parameter("int", "n")],
        ["public"],
    )
    ret, params, imports = simple_signature(method)
    assert ret == "List<Bill>" and params == [("Map<String, Acct.Key>", "arg0"), ("int", "n")]
    assert sorted(set(imports)) == ["com.x.Acct", "com.x.Bill", "java.util.List", "java.util.Map"]
    snippet, _ = method_snippet(method)
    cat = Catalog(spots={"ApplySpot": SpotInfo("ApplySpot", "com.x.ApplySpot", methods=[method])})
    text = "class CmX_Impl implements ApplySpot {\n}\n"
    outline = JavaOutline(text)
    ((start, end, new),), fix_imports, _ = implement_methods(cat, text, outline.classes()[0], outline)
    header = "public List<Bill> apply(Map<String, Acct.Key> arg0, int n)"
    assert header in snippet and header in new and set(fix_imports) == set(imports)


def test_select_list_names():
    assert select_list_names("SELECT A.X, SUM(B.Y) AS TOTAL, Z FROM T") == ["X", "TOTAL", "Z"]


# ---- inline --------------------------------------------------------------------------------------
def test_inline_shape_trim_and_cache():
    text = "class A {\n  void f() {\n    \n  }\n}\n"
    off = text.index("    \n") + 4
    shape = shape_at(text, off, JavaStrings(text))
    assert shape.multiline
    assert (
        trim("int x = 1;\nif (x > 0) {\n  y();\n}\n}\nvoid g() {}", text, off, shape)
        == "int x = 1;\nif (x > 0) {\n  y();\n}"
    )
    line = "foo(bar|);\n"
    t, o = at(line)
    assert trim("baz, qux);", t, o, Shape(False, ["\n"])) == "baz, qux"
    cache = SuggestionCache()
    cache.put("u", "ab", "z", "cdef")
    assert cache.get("u", "abcd", "z") == "ef" and cache.get("u", "abx", "z") is None


# ---- edits -----------------------------------------------------------------------------------------
def test_add_soft_parameter_variants():
    with_params = ("/**\n@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = a, type = string)})\n */\n"
                   "public class CmA extends CmA_Gen {\n}\n")  # fmt: skip
    empty = "/**\n * Doc.\n@AlgorithmComponent ()\n */\npublic class CmB extends CmB_Gen {\n}\n"
    none = "package p;\n\npublic class CmC {\n}\n"
    for src in (with_params, empty, none):
        outline = JavaOutline(src)
        cls = outline.classes()[0]
        patched = src
        for s, e, new in sorted(
            add_soft_parameter(src, cls, outline, "limitAmount", "decimal", True), reverse=True
        ):
            patched = patched[:s] + new + patched[e:]
        params = JavaOutline(patched).classes()[0].soft_parameters
        assert "limitAmount" in [p.name for p in params], patched
        assert next(p for p in params if p.name == "limitAmount").type == "decimal"


def test_objective_from_comment_or_selection():
    text = "class A {\n  // TODO generate: flag bills over a threshold\n  // for active accounts\n}\n"
    off = text.index("active")
    assert objective_at(text, off, off) == "flag bills over a threshold for active accounts"
    assert objective_at(text, 0, 5) == "class"
    assert objective_at("int x;", 2, 2) == ""


# ---- lint ------------------------------------------------------------------------------------------
def test_lint_unknown_table_column_concatenation_and_missing_methods():
    cat = catalog()
    text = ('class CmX_Impl implements BillSpot {\n  public void invoke() {\n'
            '    ps = createPreparedStatement("SELECT B.DUE_DAT FROM CI_BILLL X, CI_BILL B WHERE B.ACCT_ID = " + acctId);\n'
            '    q = createPreparedStatement("SELECT 1 FROM CI_BILL WHERE BILL_ID = " + MAX_ROWS);\n  }\n}\n')  # fmt: skip
    findings = {f.code: f for f in lint_document(cat, text)}
    assert "did you mean 'CI_BILL'" in findings["unknown-table"].message
    assert text[findings["unknown-table"].start : findings["unknown-table"].end] == "CI_BILLL"
    assert "did you mean 'DUE_DT'" in findings["unknown-column"].message
    concat = [f for f in lint_document(cat, text) if f.code == "sql-concatenation"]
    assert [text[f.start : f.end] for f in concat] == ["acctId"]  # the ALL_CAPS constant is not flagged
    assert sorted(findings["missing-spot-methods"].data["methods"]) == ["getAction", "setBill"]
    assert lint_document(Catalog(), text) == [] or all(
        f.code == "sql-concatenation" for f in lint_document(Catalog(), text)
    )


def test_replace_range_starts_in_the_piece_being_typed():
    text, off = at(
        'ps = createPreparedStatement("SELECT C.X FROM CI_BSEG_CALC C, "\n    + "CI_B| S WHERE C.BSEG_ID = S.BSEG_ID");'
    )
    result = complete_at(catalog(), text, off)
    assert text[result.replace_start : off] == "CI_B" and result.candidates[0].label == "CI_BSEG"
