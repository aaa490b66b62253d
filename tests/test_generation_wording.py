"""How the objective's wording becomes parameters, comparisons and status filters (pure functions)."""

from __future__ import annotations

from ormb_assist.generation.softparams import infer_parameters
from ormb_assist.generation.sqlplan import comparison_op
from ormb_assist.generation.statuses import column_values, empty_tests, status_filters
from ormb_assist.indexer.models import Column, TableInfo


def _names(objective: str) -> tuple[list[str], dict[str, str]]:
    declared, literals = infer_parameters(objective)
    return [p.name for p in declared], {p.name: v for p, v in literals}


def test_numbers_written_in_the_text_are_literals_and_marked_ones_are_parameters() -> None:
    declared, literals = _names("raise a To Do if the adjustments created in the last 30 days total over the approval limit")
    assert literals == {"numberOfDays": "30"}
    assert "numberOfDays" not in declared and "limitAmount" in declared
    declared, literals = _names("refuse FTs backdated more than N days (param)")
    assert "numberOfDays" in declared and not literals


def test_type_codes_need_a_parameter_word_when_the_objective_marks_parameters() -> None:
    declared, _ = _names("put the account number (acct number type from a param) on the bill; skip accounts of that type")
    assert declared == ["accountNumberTypeCode"]
    declared, _ = _names("refuse it if the account already has another active contract of the same contract type")
    assert declared == []
    declared, _ = _names("on bill completion per contract type keep the peak amount")
    assert declared == []


def test_a_reported_number_is_not_a_count_limit_but_n_or_more_is() -> None:
    declared, _ = _names("create one To Do with the number of errored transactions in its comments")
    assert "maximumCount" not in declared
    declared, _ = _names("if the person has had N (param) or more contacts in the last 90 days")
    assert "minimumCount" in declared


def test_the_comparator_nearest_the_threshold_decides() -> None:
    assert comparison_op("skip when the segments add up to the minimum charge param or more", "minimumCharge") == ">="
    assert comparison_op("delete the bill if its total is below the minimum bill amount param", "minimumAmount") == "<"
    assert comparison_op("raise a To Do if the total is over the approval limit", "limitAmount") == ">"
    assert comparison_op("check the minimum amount", "minimumAmount") == "<"


def test_flag_values_are_read_from_the_column_comment() -> None:
    column = Column("SA_STATUS_FLG", "CHAR(2)", False, "Contract status: 05 pending start, 10 pending start, 20 active, 40 stopped.")
    values = {v.value: v for v in column_values(column)}
    assert set(values) == {"05", "10", "20", "40"}
    bare = Column("CM_PERIOD_STATUS_FLG", "CHAR(4)", True, "Close status: OPEN, SOFT soft-closed, CLSD closed.")
    assert {v.value for v in column_values(bare)} == {"OPEN", "SOFT", "CLSD"}


_SA = TableInfo("CI_SA", [Column("SA_ID", "CHAR(10)"), Column("ACCT_ID", "CHAR(10)"),
                          Column("SA_STATUS_FLG", "CHAR(2)", False, "Contract status: 05 pending start, 10 pending start, 20 active, 70 cancelled.")],
                ["SA_ID"])  # fmt: skip
_FT = TableInfo("CI_FT", [Column("FT_ID", "CHAR(12)"), Column("FREEZE_SW", "CHAR(1)"), Column("CUR_AMT", "NUMBER(15,2)")], ["FT_ID"])
_TD = TableInfo("CI_TD_ENTRY", [Column("TD_ENTRY_ID", "CHAR(14)"), Column("COMMENTS", "VARCHAR2(254)"),
                                Column("ENTRY_STATUS_FLG", "CHAR(1)", False, "Status: O open, W being worked on, C complete.")],
                ["TD_ENTRY_ID"])  # fmt: skip


def test_status_words_next_to_a_table_noun_become_filters() -> None:
    found = status_filters("sum the current amounts of the frozen FTs of its active contracts", [_SA, _FT], None)
    assert {(f.table, f.column, tuple(f.values), f.negated) for f in found} == {
        ("CI_SA", "SA_STATUS_FLG", ("20",), False),
        ("CI_FT", "FREEZE_SW", ("Y",), False),
    }
    pending = status_filters("activate the contract if it is still pending start", [_SA], None)
    assert [tuple(f.values) for f in pending] == [("05", "10")]
    said_of = status_filters("error when the To Do is completed", [_TD], None)
    assert [(f.column, f.values) for f in said_of] == [("ENTRY_STATUS_FLG", ["C"])]
    negated = status_filters("cancel the contracts that are not yet active", [_SA], None)
    assert negated and negated[0].negated


def test_events_and_nominalisations_are_not_states() -> None:
    assert status_filters("block invoice completion when the FT freeze check fails", [_FT], None) == []


def test_empty_columns_are_null_tests() -> None:
    assert [(t.column, t.negated) for t in empty_tests("error when it is completed and the comments are empty", [_TD])] == [("COMMENTS", False)]
    assert [t.column for t in empty_tests("dont let users complete a To Do without writing a comment", [_TD])] == ["COMMENTS"]


_ADJ = TableInfo("CI_ADJ", [Column("ADJ_ID", "CHAR(12)"), Column("SA_ID", "CHAR(10)"), Column("ADJ_TYPE_CD", "CHAR(8)"),
                            Column("PROP_SA_ID", "CHAR(10)"), Column("ADJ_AMT", "NUMBER(15,2)")], ["ADJ_ID"])  # fmt: skip
_TDS = TableInfo("CI_TD_ENTRY", [*_TD.columns, Column("TD_TYPE_CD", "CHAR(8)"), Column("ROLE_ID", "CHAR(10)")],
                 ["TD_ENTRY_ID"])  # fmt: skip


def test_sibling_rows_share_the_columns_the_objective_names() -> None:
    from ormb_assist.generation.siblings import sibling_scope

    scope = sibling_scope("add up the frozen adjustments of the same type on this contract (this one included)", _ADJ)
    assert scope is not None and scope.columns == ["ADJ_TYPE_CD", "SA_ID"] and not scope.exclude_self
    other = sibling_scope("also complete the other open To Dos of the same type routed to the same role", _TDS)
    assert other is not None and other.columns == ["TD_TYPE_CD", "ROLE_ID"] and other.exclude_self
    assert sibling_scope("when an adjustment is frozen and its amount is over the limit param", _ADJ) is None


def test_a_status_verb_sets_the_value_its_label_names() -> None:
    from ormb_assist.generation.statuses import status_change_target

    change = status_change_target("also complete the other open To Dos of the same type", [_TDS], None)
    assert change is not None and (change.table, change.column, change.value) == ("CI_TD_ENTRY", "ENTRY_STATUS_FLG", "C")
    active = status_change_target("a pending contract should go active when it is paid", [_SA], None)
    assert active is not None and active.value == "20"
    assert status_change_target("after the bill completes, stamp it", [_TDS], None) is None


def test_a_composite_key_type_is_a_code_named_by_its_whole_phrase() -> None:
    declared, _ = infer_parameters("return its active contract of the SA type in the parameter")
    assert [(p.name, p.type) for p in declared] == [("serviceAgreementTypeCode", "string")]


def test_the_order_the_objective_states_picks_the_row_returned() -> None:
    from ormb_assist.generation.entity_outputs import order_for

    sa = TableInfo("CI_SA", [Column("SA_ID", "CHAR(10)"), Column("END_DT", "DATE"), Column("START_DT", "DATE")], ["SA_ID"])
    assert order_for("the most recently started one if there are several", sa, "S") == "S.START_DT DESC"
    assert order_for("the one that started first if there are several", sa, "S") == "S.START_DT ASC"
    assert order_for("an account's first bill never raises it", sa, "S") == ""


def test_a_characteristic_value_test_reads_the_owners_value_in_force() -> None:
    from ormb_assist.generation.char_conditions import plan_char_condition
    from ormb_assist.generation.sqlplan import Filter, HardKey

    acct = TableInfo("CI_ACCT", [Column("ACCT_ID", "CHAR(10)")], ["ACCT_ID"])
    bill = TableInfo("CI_BILL", [Column("BILL_ID", "CHAR(12)"), Column("ACCT_ID", "CHAR(10)")], ["BILL_ID"])
    chars = [Column("CHAR_TYPE_CD", "CHAR(8)"), Column("EFFDT", "DATE"), Column("CHAR_VAL", "CHAR(16)"),
             Column("ADHOC_CHAR_VAL", "VARCHAR2(254)")]  # fmt: skip
    acct_char = TableInfo("CI_ACCT_CHAR", [Column("ACCT_ID", "CHAR(10)"), *chars], ["ACCT_ID", "CHAR_TYPE_CD", "EFFDT"])
    bill_char = TableInfo("CI_BILL_CHAR", [Column("BILL_ID", "CHAR(12)"), *chars], ["BILL_ID", "CHAR_TYPE_CD"])
    tables = {t.name: t for t in (acct, bill, acct_char, bill_char)}
    key = HardKey("bill.getId()", "id", "BILL_ID", "billId", holder="bill")
    char_type = Filter("", "characteristicType", "entity", "getCharacteristicType()", "CHAR_TYPE_CD")
    plan = plan_char_condition("bill eligibility: accounts whose current billing hold char (char type param, "
                               "predefined value) is Y must be skipped", tables, [key], char_type, "processDate")  # fmt: skip
    assert plan is not None
    sql = " ".join(plan.sql_lines())
    assert plan.tables[0][0] == "CI_ACCT_CHAR" and "JOIN CI_BILL" in sql  # the account's, reached from the bill
    assert "TRIM(AC.CHAR_VAL) = 'Y'" in sql and "ADHOC_CHAR_VAL" not in sql
    assert "MAX(X.EFFDT)" in sql and "X.EFFDT <= :inForceOn" in sql
    assert plan_char_condition("put the freeze date on the adjustment as a char", tables, [key], char_type, None) is None


def test_what_is_said_before_the_siblings_are_named_is_said_of_the_input() -> None:
    from ormb_assist.generation.siblings import sibling_scope

    text = "when a To Do of this type gets completed, also complete the other open To Dos of the same type"
    scope = sibling_scope(text, _TDS)
    assert scope is not None and text[scope.starts_at :].startswith("other open To Dos")
    said = status_filters(text[: scope.starts_at], [_TDS], None)
    assert [(f.column, f.values) for f in said] == [("ENTRY_STATUS_FLG", ["C"])]
    text = "adjustment frozen -> add up the frozen adjustments of the same type"
    frozen = sibling_scope(text, _ADJ)  # the siblings keep their own adjective
    assert frozen is not None and text[frozen.starts_at :].startswith("frozen adjustments")
