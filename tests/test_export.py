"""Adapter folders are written atomically and checked; export writes LoRA, merged weights and a card."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from click.testing import CliRunner

from ormb_assist.cli import main
from ormb_assist.training.adapters import MANIFEST, AdapterError, verify_adapter, write_adapter
from ormb_assist.training.export import ExportError, export, find_llama_cpp
from ormb_assist.training.models import resolve_model


@pytest.fixture(scope="module")
def trained_adapter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real PEFT LoRA on the tiny model, its B matrices nudged away from zero (as training does)."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    base = resolve_model("tiny:smollm2")
    model = get_peft_model(
        AutoModelForCausalLM.from_pretrained(base),
        LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"),
    )
    torch.manual_seed(1)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "lora_B" in name:
                param.normal_(0, 0.5)
    out = tmp_path_factory.mktemp("run") / "adapter"
    write_adapter(model, AutoTokenizer.from_pretrained(base), out, base_model="tiny:smollm2",
                  recipe={"name": "unit", "optim": {"learning_rate": 0.001}}, metrics={"train_loss": 1.5, "steps": 3})  # fmt: skip
    return out


def test_complete_adapter_verifies_and_tampering_is_caught(trained_adapter: Path, tmp_path: Path) -> None:
    manifest = verify_adapter(trained_adapter)
    assert manifest["base_model"] == "tiny:smollm2" and manifest["rank"] == 4
    assert set(manifest["files"]) >= {"adapter_config.json", "adapter_model.safetensors"}
    import shutil

    copy = Path(shutil.copytree(trained_adapter, tmp_path / "copy"))
    weights = copy / "adapter_model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])  # a half-written file
    with pytest.raises(AdapterError, match="does not match its manifest"):
        verify_adapter(copy)
    (copy / MANIFEST).unlink()
    with pytest.raises(AdapterError, match="training did not finish"):
        verify_adapter(copy)


class _CrashingModel:
    """Writes part of an adapter, then fails like a full disk would."""

    def save_pretrained(self, path: str, **_kw) -> None:
        Path(path, "adapter_config.json").write_text("{}")
        raise OSError("No space left on device")


def test_failed_save_leaves_no_adapter_and_keeps_the_previous_one(
    trained_adapter: Path, tmp_path: Path
) -> None:
    target = tmp_path / "adapter"
    with pytest.raises(OSError, match="No space"):
        write_adapter(_CrashingModel(), None, target, base_model="x", recipe={}, metrics={})
    assert not target.exists() and list(tmp_path.iterdir()) == []
    import shutil

    shutil.copytree(trained_adapter, target)
    with pytest.raises(OSError):
        write_adapter(_CrashingModel(), None, target, base_model="x", recipe={}, metrics={})
    assert verify_adapter(target)["base_model"] == "tiny:smollm2"  # the old adapter is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adapter"]


def test_export_lora_merged_and_model_card(trained_adapter: Path, tmp_path: Path, monkeypatch) -> None:
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    monkeypatch.delenv("LLAMA_CPP_DIR", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # no llama.cpp tools on PATH
    assert find_llama_cpp() == (None, None)
    result = CliRunner().invoke(
        main,
        [
            "export",
            "--adapter",
            str(trained_adapter),
            "--formats",
            "lora,merged,gguf",
            "--out",
            str(tmp_path / "out"),
        ],
    )
    assert result.exit_code == 3, result.output  # gguf unavailable: said clearly, the others written
    results = json.loads(result.stdout)
    assert results["lora"]["status"] == "ok" and results["merged"]["status"] == "ok"
    assert results["gguf"]["status"] == "unavailable" and "llama-quantize" in results["gguf"]["message"]
    assert "LLAMA_CPP_DIR" in results["gguf"]["message"]
    verify_adapter(tmp_path / "out" / "lora")
    ids = torch.tensor([[1, 200, 300, 400, 500]])
    base = resolve_model("tiny:smollm2")
    with torch.no_grad():
        reference = PeftModel.from_pretrained(
            AutoModelForCausalLM.from_pretrained(base), str(trained_adapter)
        )(ids).logits
        merged = AutoModelForCausalLM.from_pretrained(str(tmp_path / "out" / "merged"), dtype=torch.float32)(
            ids
        ).logits
        plain = AutoModelForCausalLM.from_pretrained(base)(ids).logits
    assert torch.allclose(merged, reference, atol=0.05)  # bf16 weights
    assert not torch.allclose(plain, reference, atol=0.05)  # the adapter changes the model
    card = (tmp_path / "out" / "README.md").read_text()
    assert "unit" in card and "tiny:smollm2" in card and "gguf: unavailable" in card


def test_export_refuses_incomplete_adapters_and_unknown_formats(
    trained_adapter: Path, tmp_path: Path
) -> None:
    half = tmp_path / "half"
    half.mkdir()
    (half / "adapter_config.json").write_text("{}")
    result = CliRunner().invoke(main, ["export", "--adapter", str(half), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0 and "training did not finish" in result.output
    with pytest.raises(ExportError, match="unknown format"):
        export(trained_adapter, tmp_path / "o2", ["onnx"])


def test_gguf_reports_a_missing_tool_in_llama_cpp_dir(
    trained_adapter: Path, tmp_path: Path, monkeypatch
) -> None:
    llama = tmp_path / "llama.cpp"
    llama.mkdir()
    (llama / "convert_hf_to_gguf.py").write_text("raise SystemExit('not reached')\n")
    monkeypatch.setenv("LLAMA_CPP_DIR", str(llama))
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    convert, quantize = find_llama_cpp()
    assert convert == llama / "convert_hf_to_gguf.py" and quantize is None
    results = export(trained_adapter, tmp_path / "o", ["gguf"], echo=lambda _m: None)
    assert (
        results["gguf"]["status"] == "unavailable"
        and "llama-quantize not found" in results["gguf"]["message"]
    )
    assert not (tmp_path / "o" / "merged").exists()  # the intermediate merged folder is cleaned up
