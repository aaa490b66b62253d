"""Trigger clauses, spot-name parsing, write targets, key joins and the per-workspace spot model
(pure functions; real vocabulary, no index)."""

from __future__ import annotations

import numpy as np
import pytest

from ormb_assist.indexer.models import Column, ForeignKey, SpotInfo, TableInfo
from ormb_assist.indexer.resolver_features import split_entity_event
from ormb_assist.indexer.spot_pairs import event_trigger, pair_text, subject_terms
from ormb_assist.indexer.spot_rerank import PRIOR, calibrate_ask, fit_spot_model
from ormb_assist.indexer.table_targets import action_phrases, join_lines, join_pairs, target_tables
from ormb_assist.indexer.triggers import find_trigger, head_unit, subject_head
from ormb_assist.indexer.vocabulary import name_units


@pytest.mark.parametrize(
    ("objective", "head", "event", "timing"),
    [
        ("when the bill-in-error To Do is completed, retry that bill", "To Do", "completed", ""),
        ("after the billing batch finishes, create one To Do", "billing batch", "finishes", "post"),
        ("before a bill is completed make sure none of its segments is in error", "bill", "completed", "pre"),
        ("payment frozen -> drop the collection hold char", "payment", "frozen", ""),
        ("on bill segment freeze: flag the bill", "bill segment", "freeze", ""),
        ("once a payment on it is frozen, activate the contract", "payment", "frozen", "post"),
        (
            "when a credit adjustment (negative amount) gets frozen, stamp it",
            "credit adjustment",
            "frozen",
            "",
        ),
    ],
)
def test_trigger_clause_subject_head_and_event(objective, head, event, timing):
    trigger = find_trigger(objective)
    assert trigger is not None
    assert (trigger.head, trigger.event, trigger.timing) == (head, event, timing)


def test_objective_without_a_trigger_has_none():
    assert find_trigger("build the general ledger account string from the distribution code") is None


def test_subject_head_skips_modifiers_determiners_and_what_follows_a_preposition():
    assert subject_head("the bill-in-error To Do") == "To Do"
    assert subject_head("a run of that batch") == "run"
    assert subject_head("it") == ""
    assert head_unit("the bill-in-error To Do") == frozenset({"~td", "td"}) or "~td" in head_unit("To Do")
    assert "~batch" in head_unit("billing batch")


@pytest.mark.parametrize(
    ("name", "fqn", "entity", "event"),
    [
        (
            "CustomerClassPreBillCompletionAlgorithmSpot",
            "x.customerClass.X",
            "customer class",
            "pre bill completion",
        ),
        ("ToDoTypeToDoPostProcessAlgorithmSpot", "x.toDoType.X", "to do type", "to do post process"),
        ("BusinessObjectEnterStatusAlgorithmSpot", "x.businessObject.X", "business object", "enter status"),
        ("SaTypeSaActivationAlgorithmSpot", "x.serviceAgreementType.X", "sa type", "sa activation"),
    ],
)
def test_spot_name_splits_into_controlling_entity_and_event(name, fqn, entity, event):
    assert split_entity_event(SpotInfo(name=name, fqn=fqn)) == (entity, event)


TODO_SPOT = SpotInfo(
    name="ToDoTypeToDoPostProcessAlgorithmSpot",
    fqn="x.toDoType.ToDoTypeToDoPostProcessAlgorithmSpot",
    javadoc="/** To Do Type - Post-Processing. Algorithms plugged in on the To Do type run after an entry "
    "of that type is added or changed (assigned, completed). Typical uses: retry a bill. */",
)


def test_spot_event_sentence_and_subject_come_from_its_javadoc_and_name():
    trigger = event_trigger(TODO_SPOT.javadoc)
    assert trigger is not None and trigger.sentence() == "after an entry of that type is added or changed"
    terms = subject_terms(TODO_SPOT, "to do type", "to do post process")
    assert {"~td", "entri"} <= terms  # the name's entity and the Javadoc trigger's subject ("an entry")
    assert "~bill" not in terms  # "retry a bill" is a use, not what the event happens to


def test_pair_text_drops_the_sentence_that_names_the_spot():
    class Names:  # NameMatcher stand-in: full coverage for sentences naming pre-bill completion
        @staticmethod
        def match(terms):
            hit = {"~pre", "~complete", "~custcl"} <= terms
            return np.zeros(1), np.array([1.0 if hit else 0.0])

    doc = (
        "/** Stops zero-value invoices from going out when all segments net to zero. "
        "Plugged on the Customer Class, Pre-Bill Completion event. */"
    )
    assert (
        pair_text(doc, 0, Names())
        == "Stops zero-value invoices from going out when all segments net to zero."
    )


UNITS = {
    name: name_units(name.removeprefix("CI_"))
    for name in ("CI_TD_ENTRY", "CI_TD_TYPE", "CI_BILL", "CI_BILL_CHAR", "CI_ACCT", "CI_ACCT_CHAR", "CI_PAY")
}


@pytest.mark.parametrize(
    ("objective", "subject", "targets"),
    [
        (
            "once a payment is frozen, raise a To Do of the configured type for the cash team",
            "payment",
            ["CI_TD_ENTRY"],
        ),
        (
            "on bill segment freeze: flag the bill with a bill char, only once",
            "bill segment",
            ["CI_BILL_CHAR"],
        ),
        ("payment frozen: remove the collection hold char from the account", "payment", ["CI_ACCT_CHAR"]),
        ("when a payment is frozen, set a char", "payment", []),  # no CI_PAY_CHAR indexed
        ("when the bill completes, send an e-mail", "bill", []),
    ],
)
def test_write_targets_come_from_action_phrases(objective, subject, targets):
    head = head_unit(subject)
    assert target_tables(objective, UNITS, head) == targets


def test_action_phrases_stop_at_clause_boundaries():
    assert action_phrases("raise a To Do for the cash team when the amount is big") == [
        "a To Do for the cash team"
    ]


BILL = TableInfo("CI_BILL", [Column("BILL_ID"), Column("ACCT_ID")], ["BILL_ID"])
BSEG = TableInfo("CI_BSEG", [Column("BSEG_ID"), Column("BILL_ID")], ["BSEG_ID"],
                 [ForeignKey(["BILL_ID"], "CI_BILL", ["BILL_ID"])])  # fmt: skip
CALC = TableInfo("CI_BSEG_CALC", [Column("BSEG_ID"), Column("HEADER_SEQ")], ["BSEG_ID", "HEADER_SEQ"])


def test_key_joins_follow_foreign_keys_and_entity_keys():
    keys = frozenset({"BILL_ID", "BSEG_ID"})
    assert join_pairs(BSEG, BILL, keys) == [("BILL_ID", "BILL_ID")]
    assert join_pairs(CALC, BSEG, keys) == [("BSEG_ID", "BSEG_ID")]
    assert join_pairs(CALC, BILL, keys) == []
    assert join_lines(CALC, [BILL, BSEG], keys) == ["CI_BSEG_CALC.BSEG_ID = CI_BSEG.BSEG_ID"]


def _pairs(n_pairs: int, n_spots: int, informative: int, seed: int = 0):
    """Synthetic pairs where only feature ``informative`` marks the right spot."""
    rng = np.random.default_rng(seed)
    signals, labels = [], []
    for i in range(n_pairs):
        x = rng.random((n_spots, len(PRIOR))).astype(np.float32) * 0.5
        y = i % n_spots
        x[y, informative] = 1.0
        signals.append(x)
        labels.append(y)
    return signals, labels


def test_spot_model_learns_the_informative_signal_and_keeps_the_prior_with_few_pairs():
    signals, labels = _pairs(60, 6, informative=5)
    model = fit_spot_model(signals, labels)
    assert model.fitted and model.pairs == 60
    share = model.weights / model.weights.sum()
    assert share[5] > PRIOR[5] / PRIOR.sum()  # the trigger-subject column carried the answer
    assert model.cv_top1 > 0.8
    few = fit_spot_model(*_pairs(4, 6, informative=5))
    assert not few.fitted and np.allclose(few.weights / few.weights.sum(), PRIOR / PRIOR.sum())


def test_ask_threshold_is_the_lowest_probability_still_precise_enough():
    probs = np.array([0.95, 0.9, 0.85, 0.7, 0.6, 0.55, 0.4, 0.35])
    right = np.array([True, True, True, True, True, False, False, True])
    assert calibrate_ask(probs, right) == pytest.approx(0.6)  # 5/5 right down to 0.6, 5/6 at 0.55
    assert calibrate_ask(probs, np.ones(8, dtype=bool)) == 0.5  # never wrong: the coin-flip default
