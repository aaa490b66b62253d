"""The `_Gen` emulation: base class discovered in the jar, typed soft-parameter getters, real javac."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from tiny_framework import build_tiny_jar

from ormb_assist.generation.gen_stub import find_framework_base, gen_sources_for_tree, render_gen_classes
from ormb_assist.generation.jarview import JarView
from ormb_assist.indexer.jars import read_jar
from ormb_assist.indexer.java_parser import parse_java

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "workspace"

ALGORITHM = """package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;
import org.tiny.api.Notices;
import org.tiny.domain.Invoice;
import org.tiny.spot.InvoiceApprovalAlgorithmSpot;

/**
 * Approves invoices.
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = maxAmount, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (name = graceDays, type = integer)
 *            , @AlgorithmSoftParameter (entityName = characteristicType, name = flagCharType, type = entity)
 *            , @AlgorithmSoftParameter (name = cutOff, type = date)
 *            , @AlgorithmSoftParameter (name = note, type = string)})
 */
public class CmApproveInvoiceAlgComp_Impl extends CmApproveInvoiceAlgComp_Gen implements InvoiceApprovalAlgorithmSpot {
    private Invoice invoice;

    public void invoke() {
        BigDecimal max = getMaxAmount();
        int days = getGraceDays() == null ? 0 : getGraceDays().intValue();
        if (notNull(getFlagCharType()) && getFlagCharType().getId() != null && max != null && days >= 0
                && getCutOff() == null && getNote() == null) {
            addError(Notices.fieldMissing("maxAmount"));
        }
        createPreparedStatement("SELECT 1 FROM DUAL", "x").close();
    }

    public void setInvoice(Invoice invoice) { this.invoice = invoice; }
    public void setCustomers(java.util.List<org.tiny.domain.Customer> customers) { }
    public org.tiny.api.Flag getApproved() { return org.tiny.api.Flag.FALSE; }
    public boolean isSkipped() { return false; }
    public org.tiny.api.Notice getNotice() { return null; }
}
"""

BATCH = """package com.splwg.cm.domain.billing.batch;

/**
@BatchJob (multiThreaded = true, softParameters = { @BatchJobSoftParameter (name = maxInvoices, type = integer)})
 */
public class CmInvoiceSweepBatch extends CmInvoiceSweepBatch_Gen {
    public String getJobWork() { return "w" + getParameters().getMaxInvoices(); }

    public static class CmInvoiceSweepBatchWorker extends CmInvoiceSweepBatchWorker_Gen {
        public boolean executeWorkUnit(String unit) {
            saveChanges();
            return getParameters().getMaxInvoices() != null && getParameters().getProcessDate() == null;
        }
    }
}
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("tiny")
    jar = build_tiny_jar(folder)
    classes, problems = read_jar(jar)
    assert not problems
    return jar, {c.fqn: c for c in classes}


def _compile(tmp: Path, jar: Path, sources: dict[str, str]) -> subprocess.CompletedProcess:
    files = []
    for fqn, text in sources.items():
        path = tmp / "src" / (fqn.replace(".", "/") + ".java")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        files.append(str(path))
    return subprocess.run(
        ["javac", "-nowarn", "-d", str(tmp / "out"), "-cp", str(jar), *files], capture_output=True, text=True
    )


def test_algorithm_gen_extends_the_discovered_base_and_types_getters(tiny, tmp_path) -> None:
    jar, jar_classes = tiny
    info = parse_java(ALGORITHM, "CmApproveInvoiceAlgComp_Impl.java")
    gens = render_gen_classes(info, jar_classes, source=ALGORITHM)
    fqn = "com.splwg.cm.domain.billing.algorithm.CmApproveInvoiceAlgComp_Gen"
    assert list(gens) == [fqn]
    gen = gens[fqn]
    assert "extends ToolkitAlgorithmComponent" in gen  # not the decoy, not the plain ToolkitComponent
    assert "protected BigDecimal getMaxAmount()" in gen
    assert "protected BigInteger getGraceDays()" in gen
    assert "protected CharacteristicType getFlagCharType()" in gen  # entity found in the jar by name
    assert "protected Day getCutOff()" in gen  # the jar's date type, whatever it is called
    assert "protected String getNote()" in gen
    impl = "com.splwg.cm.domain.billing.algorithm.CmApproveInvoiceAlgComp_Impl"
    proc = _compile(tmp_path, jar, {impl: ALGORITHM, **gens})
    assert proc.returncode == 0, proc.stderr


def test_batch_job_and_worker_gens_expose_soft_parameters_through_get_parameters(tiny, tmp_path) -> None:
    jar, jar_classes = tiny
    info = parse_java(BATCH, "CmInvoiceSweepBatch.java")
    gens = render_gen_classes(info, jar_classes, source=BATCH)
    job = gens["com.splwg.cm.domain.billing.batch.CmInvoiceSweepBatch_Gen"]
    worker = gens["com.splwg.cm.domain.billing.batch.CmInvoiceSweepBatchWorker_Gen"]
    assert "extends ToolkitBatchJob" in job
    assert "extends ToolkitThreadWorker" in worker
    assert "class JobParameters extends JobParams" in worker
    proc = _compile(tmp_path, jar, {"com.splwg.cm.domain.billing.batch.CmInvoiceSweepBatch": BATCH, **gens})
    assert proc.returncode == 0, proc.stderr


def test_base_discovery_is_driven_by_the_helpers_used(tiny) -> None:
    _, jar_classes = tiny
    view = JarView.of(jar_classes)
    assert find_framework_base(view, "algorithm", {"createPreparedStatement", "addError"}) == (
        "org.tiny.base.ToolkitAlgorithmComponent"
    )
    assert find_framework_base(view, "worker", {"saveChanges"}) == "org.tiny.batch.ToolkitThreadWorker"
    assert find_framework_base(view, "other", {"nothingLikeThis"}) is None


def test_existing_gen_is_not_emulated(tiny) -> None:
    _, jar_classes = tiny
    info = parse_java(ALGORITHM, "CmApproveInvoiceAlgComp_Impl.java")
    existing = {"com.splwg.cm.domain.billing.algorithm.CmApproveInvoiceAlgComp_Gen"}
    assert render_gen_classes(info, jar_classes, source=ALGORITHM, existing=existing) == {}


def test_sample_workspace_compiles_with_emulated_gens(tmp_path) -> None:
    jars = sorted(p for p in (SAMPLE / "lib").glob("*.jar") if not p.name.endswith("-sources.jar"))
    jar_classes = {c.fqn: c for jar in jars for c in read_jar(jar)[0]}
    src_root = SAMPLE / "src" / "cm"
    gens = gen_sources_for_tree(src_root, jar_classes)
    sources = [p for p in src_root.rglob("*.java")]
    assert sources and gens
    gen_dir = tmp_path / "gen"
    for fqn, text in gens.items():
        path = gen_dir / (fqn.replace(".", "/") + ".java")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    files = [str(p) for p in sources] + [str(p) for p in gen_dir.rglob("*.java")]
    cp = ":".join(str(j) for j in jars)
    proc = subprocess.run(["javac", "-nowarn", "-proc:none", "-d", str(tmp_path / "out"), "-cp", cp, *files],
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
