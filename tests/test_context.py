"""Context builder: priority order, token budget, determinism (in-memory index, real parser/model)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from ormb_assist.indexer.context import build_context, count_tokens, join_keys
from ormb_assist.indexer.resolver import Resolver


def _load_mini():
    spec = importlib.util.spec_from_file_location(
        "mini_index", Path(__file__).parent / "fixtures" / "mini_index.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def resolved(tmp_path_factory):
    index = _load_mini().build_mini_index(tmp_path_factory.mktemp("mini_ctx"))
    resolution = Resolver(index).resolve("before bill completion check the bill segment calculation total")
    return index, resolution


def test_sections_in_priority_order_with_imports_and_signatures(resolved):
    index, resolution = resolved
    text = build_context(index, resolution, token_budget=3000)
    spot = text.index("public interface CustomerClassPreBillCompletionAlgorithmSpot {")
    tables = text.index("// ---- tables ----")
    examples = text.index("// ---- example algorithms")
    assert spot < tables < examples
    assert (
        "import com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot;" in text
    )
    assert "import com.splwg.ccb.domain.billing.bill.Bill;" in text
    assert "    void setBill(Bill bill);" in text
    assert "    BillCompletionActionLookup getBillCompletionAction();" in text
    assert "-- CI_BSEG_CALC: Bill segment calculation header" in text
    assert "BSEG_ID CHAR(12) PK FK->CI_BSEG.BSEG_ID NOT NULL" in text
    assert "CI_BSEG_CALC.BSEG_ID = CI_BSEG.BSEG_ID" in text
    assert "FROM CI_BSEG_CALC C, CI_BSEG B" in text  # the example's SQL method made it in
    assert count_tokens(text) <= 3000


def test_small_budget_cuts_examples_first_then_tables(resolved):
    index, resolution = resolved
    full = build_context(index, resolution, token_budget=3000)
    medium = build_context(index, resolution, token_budget=count_tokens(full.split("// ---- example")[0]) + 5)
    tiny = build_context(index, resolution, token_budget=60)
    assert "// ---- example" not in medium and "-- CI_BSEG_CALC" in medium
    assert "-- CI_" not in tiny and "CustomerClassPreBillCompletionAlgorithmSpot" in tiny
    for text, budget in ((medium, count_tokens(full.split("// ---- example")[0]) + 5), (tiny, 60)):
        assert count_tokens(text) <= budget


def test_context_is_deterministic(resolved):
    index, resolution = resolved
    assert build_context(index, resolution, 1200) == build_context(index, resolution, 1200)


def test_join_keys_fall_back_to_shared_primary_key_columns(resolved):
    index, _ = resolved
    joins = join_keys([index.tables["CI_BSEG"], index.tables["CI_BILL"], index.tables["CI_SA"]])
    assert "CI_BSEG.BILL_ID = CI_BILL.BILL_ID" in joins
    assert "CI_BSEG.SA_ID = CI_SA.SA_ID" in joins
    assert not any("CI_BILL" in j and "CI_SA" in j for j in joins)


def test_context_on_the_indexed_sample_workspace_imports_jar_types(indexed_workspace):
    resolution = Resolver(indexed_workspace).resolve("before the bill is completed check its segments")
    text = build_context(indexed_workspace, resolution, token_budget=2500)
    spot = resolution.spots[0]
    assert f"import {spot.fqn};" in text
    assert "import com.splwg.ccb.domain.billing.bill.Bill;" in text  # resolved through the jar
    assert "java.lang" not in text and count_tokens(text) <= 2500
