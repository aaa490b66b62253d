"""``ormb-assist eval complete`` drives the real server over stdio and ends with one JSON line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lsp_helpers import REPO, prebuilt_copy, session_index_dir


def test_eval_complete_reports_hits_and_latency(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    workspace = prebuilt_copy(tmp_path / "workspace", session_index_dir(request))
    cases = [
        json.loads(line)
        for line in (REPO / "examples" / "cases" / "completion.jsonl").read_text().splitlines()
    ]
    picked = {}
    for case in cases:  # one case per category keeps the test short
        picked.setdefault(case.get("category", ""), case)
    miss = dict(next(iter(picked.values())), id="impossible", expected=["NO_SUCH_LABEL"])
    case_file = tmp_path / "cases.jsonl"
    case_file.write_text("".join(json.dumps(c) + "\n" for c in [*picked.values(), miss]))
    proc = subprocess.run(
        [str(Path(sys.executable).with_name("ormb-assist")), "eval", "complete", "--workspace", str(workspace),
         "--cases", str(case_file), "--json", "--details", str(tmp_path / "details.jsonl")],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    n = len(picked) + 1
    assert summary["n"] == n and summary["errors"] == 0
    assert summary["hit_at_5"] == pytest.approx((n - 1) / n, abs=1e-3)  # the impossible case cannot hit
    assert 0 < summary["p50_ms"] <= summary["p95_ms"]
    assert set(summary["by_category"]) >= set(picked) - {""}
    rows = [json.loads(line) for line in (tmp_path / "details.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows][-1] == "impossible" and not rows[-1]["hit_at_5"] and rows[-1]["top"]
