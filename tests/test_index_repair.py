"""Repair from the index: the unseen-workspace failure (a _Gen getter called from a class that
extends the framework base directly) is fixed with the base's named soft-parameter read, and the
result really compiles with javac against the sample framework jar."""

from __future__ import annotations

from ormb_assist.generation.index_repair import repair_from_index
from ormb_assist.generation.javac import verify

BROKEN = """package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;

/**
 * Raise a To Do when the bill is big.
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = maxAmount, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = toDoType, required = true, type = entity)})
 */
public class CmBigBillToDoAlgComp_Impl extends AbstractAlgorithmComponent implements CustomerClassPostBillCompletionAlgorithmSpot {
    private Bill bill;

    public void invoke() {
        BigDecimal limit = getMaxAmount();
        if (limit != null && bill != null) {
            BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
            toDo.set("toDoType", getToDoType().getId().getTrimmedValue());
            Lookup unused = null;
            BusinessServiceDispatcher.execute(toDo);
        }
    }

    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
"""


def test_gen_getters_in_a_direct_subclass_become_named_reads_and_compile(indexed_workspace) -> None:
    first = verify(BROKEN, indexed_workspace)
    assert not first.ok
    fixed, notes = repair_from_index(BROKEN, first.errors, indexed_workspace)
    assert 'getDecimalSoftParameter("maxAmount")' in fixed
    assert 'getStringSoftParameter("toDoType")' in fixed
    assert any("import" in n for n in notes), notes  # Lookup was not imported
    second = verify(fixed, indexed_workspace)
    assert second.ok, [str(d) for d in second.errors]


def test_nothing_to_ground_leaves_the_code_unchanged(indexed_workspace) -> None:
    code = BROKEN.replace("Lookup unused = null;", "NoSuchThing unused = null;")
    first = verify(code, indexed_workspace)
    fixed, _ = repair_from_index(code, first.errors, indexed_workspace)
    assert "NoSuchThing unused" in fixed
    assert not verify(fixed, indexed_workspace).ok
