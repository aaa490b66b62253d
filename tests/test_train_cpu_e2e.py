"""CPU end to end: harvest accepts → dataset → train (TRL + PEFT) → resume → export → the transformers
backend loads the adapter and generates; and ``eval model`` on the same run.  Uses the project's tiny
random model (tiny:smollm2), so it runs in about a minute on two cores; the real-model path
(SmolLM2-135M from its packaged GGUF) is the slow-marked test at the end.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

from ormb_assist.cli import main
from ormb_assist.harvest import HarvestEvent, HarvestStore
from ormb_assist.training.adapters import verify_adapter

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "workspace" / "src"


def _harvest(path: Path) -> Path:
    """What the language server records: applied generated classes and accepted inline completions."""
    store = HarvestStore(path)
    sources = sorted(EXAMPLES.rglob("*AlgComp_Impl.java"))[:6]
    assert len(sources) == 6, "the sample workspace lacks algorithm classes"
    for i, src in enumerate(sources):
        code = src.read_text(encoding="utf-8")
        store.record(HarvestEvent(kind="generated", file=f"src/{src.name}", context=f"objective number {i}: {src.stem}",
                                  suggestion=code, accepted_text=code))  # fmt: skip
    for i in range(7):  # one file: these stay together on the training side of the split
        prefix = f'PreparedStatement ps = createPreparedStatement("SELECT BILL_ID FROM CI_BILL WHERE ACCT_ID = :a{i}", "q");\n'
        for kind in ("shown", "accepted"):
            store.record(HarvestEvent(kind=kind, item_id=f"inline-{i}", file="src/Inline.java", prefix=prefix,
                                      suffix="\n}", suggestion=f'ps.bindId("a{i}", account.getId());'))  # fmt: skip
    return path


def _run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """harvest → ``ormb-assist dataset`` → ``ormb-assist train`` (3 steps); returns the folder holding ds/ and run/."""
    root = tmp_path_factory.mktemp("e2e")
    harvest = _harvest(root / "harvest.sqlite")
    stats = json.loads(
        _run(
            "dataset", "--harvest", str(harvest), "--out", str(root / "ds"), "--validation-ratio", "0.2"
        ).stdout
    )
    assert stats["by_kind"] == {"chat": 6, "fim": 7} and stats["split"]["validation"] == 3
    out = json.loads(_run("train", "--config", "recipes/cpu-smoke.yaml", "--dataset", str(root / "ds"),
                          "--output", str(root / "run"), "--max-steps", "3").stdout)  # fmt: skip
    assert out["engine"] == "trl" and out["steps"] == 3 and math.isfinite(out["train_loss"])
    return root


def test_harvest_to_adapter_to_generation(trained: Path, tmp_path: Path) -> None:
    run = trained / "run"
    metrics = json.loads((run / "metrics.json").read_text())
    assert metrics["encode"]["train"]["truncated"] >= 1  # whole classes exceed the smoke recipe's 512 tokens
    assert metrics["encode"]["train"]["dropped_no_fim_tokens"] == 7  # SmolLM2 has no FIM tokens: counted
    assert math.isfinite(metrics["eval_loss"]) and metrics["tokens_trained"] > 0
    progress = [json.loads(line) for line in (run / "progress.jsonl").read_text().splitlines()]
    assert [p["step"] for p in progress if "loss" in p] == [1, 2, 3]
    manifest = verify_adapter(run / "adapter")
    assert manifest["base_model"] == "tiny:smollm2" and manifest["recipe"]["name"] == "cpu-smoke"

    from safetensors.torch import load_file

    weights = load_file(str(run / "adapter" / "adapter_model.safetensors"))
    assert any("lora_B" in k and v.abs().sum() > 0 for k, v in weights.items())  # training moved the adapter

    resumed = _run(
        "train",
        "--config",
        "cpu-smoke",
        "--dataset",
        str(trained / "ds"),
        "--output",
        str(run),
        "--max-steps",
        "4",
        "--resume",
    )
    assert (
        "resuming from" in resumed.stderr and "checkpoint-3" in resumed.stderr
    )  # the first run's last checkpoint
    assert json.loads(resumed.stdout)["steps"] == 4

    exported = json.loads(
        _run(
            "export",
            "--adapter",
            str(run / "adapter"),
            "--formats",
            "lora",
            "--out",
            str(tmp_path / "export"),
        ).stdout
    )
    assert exported["lora"]["status"] == "ok"
    assert "cpu-smoke" in (tmp_path / "export" / "README.md").read_text()

    from peft import PeftModel

    from ormb_assist.generation.base import GenerationRequest
    from ormb_assist.generation.transformers_backend import TransformersBackend, load_model
    from ormb_assist.settings import Settings

    backend = TransformersBackend(
        Settings(backend="transformers", model_path=str(tmp_path / "export" / "lora"))
    )
    _tokenizer, model = load_model(str(tmp_path / "export" / "lora"))
    assert isinstance(model, PeftModel)
    text = "".join(
        backend.stream_generate(GenerationRequest(objective="validate the bill amount", max_tokens=8))
    )
    assert text.strip()


def test_eval_model_reports_base_and_tuned_side_by_side(
    trained: Path, prebuilt_workspace: Path, tmp_path: Path
) -> None:
    cases = Path(__file__).resolve().parents[1] / "examples" / "cases" / "retrieval.jsonl"
    result = _run("eval", "model", "--workspace", str(prebuilt_workspace), "--cases", str(cases), "--base", "tiny:smollm2",
                  "--tuned", str(trained / "run" / "adapter"), "--dataset", str(trained / "ds"), "--limit", "1",
                  "--max-tokens", "16", "--repair-rounds", "0")  # fmt: skip
    report = json.loads(result.stdout)
    assert report["cases"] == 1
    for side in ("base", "tuned"):
        assert set(report[side]) >= {"compile_rate", "spot_correct_rate", "tables_used_rate", "pattern_score"}
        assert report[side]["n"] == 1
    losses = report["validation_loss"]
    assert losses["base"]["rows"] == 3 and losses["tuned"]["rows"] == 3
    assert losses["base"]["loss"] != losses["tuned"]["loss"]  # the adapter changes the model
    assert report["delta"]["validation_loss"] == pytest.approx(
        losses["tuned"]["loss"] - losses["base"]["loss"], abs=1e-3
    )
    assert "compile_rate" in result.stderr and "validation_loss" in result.stderr  # the side-by-side table
    assert (trained / "run" / "eval_report.json").exists()
    _run(
        "export",
        "--adapter",
        str(trained / "run" / "adapter"),
        "--formats",
        "lora",
        "--out",
        str(tmp_path / "ex"),
    )
    assert (
        "spot_correct_rate" in (tmp_path / "ex" / "README.md").read_text()
    )  # the model card carries the eval


def test_out_of_memory_gives_advice_and_leaves_no_adapter(trained: Path, tmp_path: Path, monkeypatch) -> None:
    import torch
    from trl import SFTTrainer

    def oom(self, *args, **kwargs):
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    monkeypatch.setattr(SFTTrainer, "train", oom)
    result = CliRunner().invoke(
        main,
        [
            "train",
            "--config",
            "cpu-smoke",
            "--dataset",
            str(trained / "ds"),
            "--output",
            str(tmp_path / "run"),
        ],
    )
    assert result.exit_code != 0
    assert (
        "out of memory" in result.output
        and "per_device_batch_size" in result.output
        and "--resume" in result.output
    )
    assert not (tmp_path / "run" / "adapter").exists() and not list((tmp_path / "run").glob(".adapter*"))


@pytest.mark.slow
def test_real_packaged_model_trains_a_step(tmp_path: Path) -> None:
    """SmolLM2-135M-Instruct (dequantised from the packaged GGUF) through the same recipe path."""
    harvest = _harvest(tmp_path / "harvest.sqlite")
    _run("dataset", "--harvest", str(harvest), "--out", str(tmp_path / "ds"), "--no-fim")
    recipe = tmp_path / "smollm2.yaml"
    recipe.write_text(
        "name: smollm2-cpu\nmodel: {name: 'packaged:smollm2-135m-instruct', max_seq_length: 512, load_in_4bit: false, dtype: float32}\n"
        "lora: {r: 8, alpha: 16}\noptim: {optimizer: adamw_torch, per_device_batch_size: 1, gradient_accumulation_steps: 1, epochs: 1}\n"
        "run: {backend: trl, packing: false, gradient_checkpointing: 'false', eval_steps: 0, save_steps: 50}\n",
        encoding="utf-8",
    )
    out = json.loads(
        _run(
            "train",
            "--config",
            str(recipe),
            "--dataset",
            str(tmp_path / "ds"),
            "--output",
            str(tmp_path / "run"),
            "--max-steps",
            "1",
        ).stdout
    )
    assert out["steps"] == 1 and 0 < out["train_loss"] < 12  # a pretrained model starts far below ln(vocab)
    verify_adapter(tmp_path / "run" / "adapter")
