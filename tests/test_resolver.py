"""Resolver and vocabulary on a small in-memory index (real parser, real embedding model)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from ormb_assist.indexer.models import Column, TableInfo
from ormb_assist.indexer.resolver import Resolver
from ormb_assist.indexer.vocabulary import analyze, name_units, term_set


def _load_mini():
    spec = importlib.util.spec_from_file_location(
        "mini_index", Path(__file__).parent / "fixtures" / "mini_index.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    return _load_mini().build_mini_index(tmp_path_factory.mktemp("mini"))


@pytest.fixture(scope="module")
def resolver(mini):
    return Resolver(mini)


def test_vocabulary_maps_abbreviations_and_synonyms_to_one_concept():
    assert "~bseg" in term_set("invoice segment") and "~bseg" in term_set("BSEG")
    assert "~sa" in term_set("contract") and "~sa" in term_set("SA_ID")
    assert [sorted(u) for u in name_units("CI_BSEG_CALC")] == [["bseg", "~bseg"], ["calc", "~calc"]]
    assert {"~custcl"} <= {t for u in name_units("CUST_CL_CD") for t in u}


def test_english_per_is_not_person_but_identifier_per_is():
    assert "~per" not in term_set("one charge per bill")
    assert "~per" in term_set("PER_ID")


def test_before_selects_the_pre_event_spot_and_plain_completion_the_other(resolver):
    pre = resolver.resolve("Before an invoice is completed, stop it when the total is above a limit")
    post = resolver.resolve("after a bill has been completed send the customer a notification")
    assert pre.spots[0].name == "CustomerClassPreBillCompletionAlgorithmSpot"
    assert post.spots[0].name == "CustomerClassBillCompletionAlgorithmSpot"
    assert any("name matches" in r for r in pre.spots[0].reasons)


def test_abbreviations_in_the_objective_find_the_spot(resolver):
    result = resolver.resolve("on SA activation create a To Do")
    assert result.spots[0].name == "SaTypeActivationAlgorithmSpot"
    assert result.confident


def test_spot_without_workspace_example_still_wins_on_its_own_words(resolver):
    result = resolver.resolve("find which price assignment applies to the account for a product")
    assert result.spots[0].name == "PriceAssignmentSearchAlgorithmSpot"
    assert {t.name for t in result.tables[:2]} == {"CI_PRICEASGN", "CI_ACCT"}  # both named, both used


def test_methods_carry_exact_signatures(resolver):
    spot = resolver.resolve("before bill completion validate the bill").spots[0]
    assert [m.signature for m in spot.methods][:2] == [
        "public void setBill(Bill bill)",
        "public BillCompletionActionLookup getBillCompletionAction()",
    ]


def test_tables_come_from_name_concepts_spot_examples_and_fk(resolver):
    result = resolver.resolve("before bill completion check the bill segment calculation amounts")
    names = [t.name for t in result.tables]
    assert names[0] == "CI_BSEG_CALC"
    assert {"CI_BILL", "CI_BSEG"} <= set(names)
    assert result.tables[0].table is not None and result.tables[0].table.column("CALC_AMT")


def test_examples_of_the_best_spot_come_first(resolver):
    result = resolver.resolve("freeze adjustment: audit the frozen amount")
    assert result.spots[0].name == "AdjustmentTypeFreezeAlgorithmSpot"
    assert result.examples[0].fqn.endswith("CmAuditFrozenAdjustment_Impl")
    assert result.examples[0].path == "src/CmAuditFrozenAdjustment_Impl.java"
    assert "CI_ADJ" in result.examples[0].tables


def test_nonsense_is_not_confident_but_still_lists_candidates(resolver):
    result = resolver.resolve("asdf qwerty")
    assert not result.confident
    assert len(result.spots) == 5


@pytest.mark.parametrize("objective", ["", "   \n"])
def test_empty_objective_is_a_clear_error(resolver, objective):
    with pytest.raises(ValueError, match="objective is empty"):
        resolver.resolve(objective)


def test_current_file_implementing_a_spot_pulls_it_up(resolver):
    source = (
        "package x;\nimport com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeActivationAlgorithmSpot;\n"
        "public class CmFoo_Impl implements SaTypeActivationAlgorithmSpot {\n"
        '  void invoke() { createPreparedStatement("SELECT 1 FROM CI_FT WHERE FT_ID = :f", "x"); }\n}\n'
    )
    plain = resolver.resolve("update the amounts", k=6)
    hinted = resolver.resolve("update the amounts", current_file=source, k=6)
    assert hinted.spots[0].name == "SaTypeActivationAlgorithmSpot"
    assert any("current file" in r for r in hinted.spots[0].reasons)
    rank = [t.name for t in hinted.tables].index("CI_FT")
    assert rank == 0 and [t.name for t in plain.tables][:1] != ["CI_FT"]


def test_features_are_cached_and_rebuilt_when_the_index_changes(mini, resolver):
    first = resolver.features()
    assert resolver.features() is first
    mini.tables["CM_INVOICE_AUDIT"] = TableInfo(
        name="CM_INVOICE_AUDIT", comment="Audit trail of invoice approvals", columns=[Column("BILL_ID")]
    )
    try:
        assert resolver.features() is not first
        result = Resolver(mini).resolve("write an invoice approval audit trail row")
        assert result.tables[0].name == "CM_INVOICE_AUDIT"
    finally:
        del mini.tables["CM_INVOICE_AUDIT"]


def test_analyze_weights_expansions_below_written_words():
    terms = {t.text: t.weight for t in analyze("SA")}
    assert terms["~sa"] == 1.0 and terms["sa"] == 1.0 and terms["agreement"] < 1.0


def test_typos_are_corrected_against_words_the_index_knows(resolver):
    from ormb_assist.indexer.vocabulary import correct_typos

    known = ["segment", "adjustment", "completion"]
    assert correct_typos("bill segemnt adjustmnet", frozenset(known), known) == "bill segment adjustment"
    assert correct_typos("qwertyuiop", frozenset(known), known) == "qwertyuiop"
    result = resolver.resolve("sum the bill segemnt calculaton amounts")
    assert result.tables[0].name == "CI_BSEG_CALC"


def test_only_when_reads_as_a_criteria_concept_and_stopwords_inside_phrases_are_skipped():
    assert "~criteria" in term_set("only apply this rate when the charge is large")
    assert "~overpay" in term_set("put the excess of a payment on a deposit")
