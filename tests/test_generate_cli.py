"""`ormb-assist generate` / `eval generate` through click: output, files written (or not), exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openai_fake import fake_openai

from ormb_assist.cli import main

OBJECTIVE = "when an FT freezes verify its GL lines net to zero"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory, indexed_workspace) -> Path:
    """One copy of the sample workspace with the session index beside it, shared by this module."""
    from conftest import prebuilt_copy

    return prebuilt_copy(tmp_path_factory.mktemp("cli") / "workspace", indexed_workspace.index_dir)


def _invoke(*args: str) -> object:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_generate_prints_the_class_and_a_status_line(workspace: Path) -> None:
    result = _invoke("generate", "--workspace", str(workspace), OBJECTIVE)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("package com.splwg.cm.")
    assert "implements CustomerClassFtFreezeAlgorithmSpot" in result.stdout
    assert result.stderr.splitlines()[-1].startswith("ok: ")
    assert "use --out to write it" in result.stderr


def test_out_writes_into_the_package_folder_and_refuses_to_overwrite(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _invoke("generate", "-w", str(workspace), "--out", str(out), "--with-gen", OBJECTIVE)
    assert first.exit_code == 0, first.output
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.java"))
    assert len(written) == 2 and all(p.startswith("com/splwg/cm/domain/") for p in written)
    impl = next(out.rglob("*_Impl.java"))
    impl.write_text("// my edits\n")
    second = _invoke("generate", "-w", str(workspace), "--out", str(out), OBJECTIVE)
    assert second.exit_code != 0
    assert "--force" in second.output and "nothing was written" in second.output
    assert impl.read_text() == "// my edits\n"
    third = _invoke("generate", "-w", str(workspace), "--out", str(out), "--force", OBJECTIVE)
    assert third.exit_code == 0
    assert impl.read_text().startswith("package ")
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_json_output_carries_javac_and_pattern_results(workspace: Path) -> None:
    result = _invoke("generate", "-w", str(workspace), "--json", OBJECTIVE)
    assert result.exit_code == 0
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["status"] == "ok" and data["compiled"] is True
    assert data["patterns"]["score"] == 1.0
    assert set(data["patterns"]["checks"]) >= {"implements_spot", "sql_binds_no_concat", "statements_closed"}
    assert data["rel_path"].endswith(data["class_name"] + ".java")


def test_empty_objective_is_a_usage_error(workspace: Path) -> None:
    result = _invoke("generate", "-w", str(workspace), "  ")
    assert result.exit_code == 2
    assert "objective is empty" in result.output


def test_unreachable_model_server_leaves_no_file(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _invoke("generate", "-w", str(workspace), "--backend", "openai", "--out", str(out),
                     "--set", "endpoint=http://127.0.0.1:9/v1", "--set", "model=ormb-lora", "--set", "maxRetries=0",
                     OBJECTIVE)  # fmt: skip
    assert result.exit_code == 1
    assert "openai backend" in result.stderr and "nothing written" in result.stderr
    assert not out.exists() or not any(out.rglob("*"))


@pytest.mark.parametrize("mode", ["garbage", "slow"])
def test_model_answering_prose_or_too_slowly_leaves_no_file(
    workspace: Path, tmp_path: Path, mode: str
) -> None:
    script = {"models": ["ormb-lora"], "chat": ["I am sorry, I cannot write Java today."]}
    out = tmp_path / "out"
    with fake_openai(tmp_path, script, mode=mode, delay=5.0) as server:
        result = _invoke("generate", "-w", str(workspace), "--backend", "openai", "--out", str(out),
                         "--set", f"endpoint={server.url}", "--set", "model=ormb-lora", "--set", "maxRetries=0",
                         "--set", "requestTimeoutS=1", OBJECTIVE)  # fmt: skip
    assert result.exit_code == 1
    assert "openai backend" in result.stderr
    assert not out.exists() or not any(out.rglob("*"))


def test_eval_generate_prints_metrics_as_the_last_line(workspace: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    rows = [
        {"id": "a", "objective": OBJECTIVE, "expected_spot": "CustomerClassFtFreezeAlgorithmSpot", "expected_tables": ["CI_FT", "CI_FT_GL"]},
        {"id": "b", "objective": "after the bill completes, put our invoice number on it as a bill char",
         "expected_spot": "CustomerClassPostBillCompletionAlgorithmSpot", "expected_tables": ["CI_BILL", "CI_BILL_CHAR"]},
    ]  # fmt: skip
    cases.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = _invoke("eval", "generate", "-w", str(workspace), "--cases", str(cases), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["n"] == 2
    for key in ("compile_rate", "spot_correct_rate", "tables_used_rate", "pattern_score", "p50_s", "p95_s"):
        assert key in summary
    assert summary["compile_rate"] == 1.0
    assert 0 < summary["p50_s"] <= summary["p95_s"]


def test_eval_generate_rejects_a_malformed_case_file(workspace: Path, tmp_path: Path) -> None:
    cases = tmp_path / "bad.jsonl"
    cases.write_text('{"id": "x", "objective": "ok"}\nnot json\n')
    result = _invoke("eval", "generate", "-w", str(workspace), "--cases", str(cases))
    assert result.exit_code == 1
    assert "bad.jsonl:2: not JSON" in result.output
