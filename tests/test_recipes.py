"""Every shipped recipe loads and validates; bad recipes and GPU-only options on CPU fail clearly."""

from __future__ import annotations

import re

import pytest
import yaml
from click.testing import CliRunner

from ormb_assist.cli import main
from ormb_assist.training.config import RecipeError, config_from_dict, load_recipe, packaged_recipes
from ormb_assist.training.train import TrainError, choose_engine, cuda_available, sft_config

RECIPES = packaged_recipes()


def test_every_model_size_ships_a_recipe() -> None:
    assert {
        "qwen3-8b-qlora",
        "qwen3-8b-lora-bf16",
        "qwen3-14b-lora-bf16",
        "qwen3-4b-qlora",
        "qwen3-1.7b-qlora",
        "cpu-smoke",
    } <= set(RECIPES)


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_recipe_validates_and_documents_its_launch_command(name: str) -> None:
    path = RECIPES[name]
    text = path.read_text(encoding="utf-8")
    cfg = config_from_dict(yaml.safe_load(text), source=str(path))
    assert cfg.name == name
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    assert re.search(rf"ormb-assist train --config recipes/{re.escape(name)}\.yaml", header), header
    assert cfg.lora.r > 0 and cfg.optim.learning_rate > 0 and cfg.model.max_seq_length >= 64


@pytest.mark.parametrize("name", [n for n in sorted(RECIPES) if n.startswith("qwen3-")])
def test_qwen3_recipes_use_the_agreed_hyperparameters(name: str) -> None:
    cfg = load_recipe(name)
    assert (cfg.lora.r, cfg.lora.alpha) == (16, 32)
    assert cfg.optim.learning_rate == pytest.approx(2e-4)
    assert (cfg.optim.optimizer, cfg.optim.lr_scheduler, cfg.optim.epochs) == ("adamw_8bit", "cosine", 3)
    assert cfg.optim.warmup_ratio == pytest.approx(0.03)
    assert cfg.model.max_seq_length == 4096 and cfg.model.enable_thinking is False
    assert cfg.model.load_in_4bit is name.endswith("qlora")


def test_recipe_lookup_by_file_path_and_packaged_name(tmp_path) -> None:
    assert load_recipe("recipes/qwen3-8b-qlora.yaml").name == "qwen3-8b-qlora"
    custom = tmp_path / "mine.yaml"
    custom.write_text("name: mine\nmodel: {name: tiny:smollm2, load_in_4bit: false}\n", encoding="utf-8")
    cfg = load_recipe(str(custom))
    assert (
        cfg.name == "mine" and cfg.model.name == "tiny:smollm2" and cfg.lora.r == 16
    )  # defaults fill the rest
    with pytest.raises(RecipeError, match="no recipe file 'nope.yaml'"):
        load_recipe("nope.yaml")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"optim": {"learnig_rate": 1e-4}}, "unknown key.*learnig_rate"),
        ({"lora": {"r": "sixteen"}}, r"lora\.r: expected a non-negative integer"),
        ({"run": {"gradient_checkpointing": True}}, r"run\.gradient_checkpointing: True is not one of"),
        ({"modle": {}}, "unknown top-level key.*modle"),
        ({"optim": {"warmup_ratio": 1.5}}, "warmup_ratio must be in"),
        ({"lora": {"target_modules": "q_proj"}}, "expected a list"),
    ],
)
def test_bad_recipes_name_the_offending_key(raw: dict, message: str) -> None:
    with pytest.raises(RecipeError, match=message):
        config_from_dict(raw)


def test_broken_yaml_is_a_clear_error(tmp_path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("model: [unclosed\n", encoding="utf-8")
    with pytest.raises(RecipeError, match="not valid YAML"):
        load_recipe(str(path))


@pytest.mark.skipif(cuda_available(), reason="checks the behaviour without CUDA")
def test_gpu_only_options_without_cuda_stop_unless_fallback_is_asked() -> None:
    cfg = load_recipe("qwen3-8b-qlora")
    with pytest.raises(TrainError) as err:
        choose_engine(cfg)
    for option in ("model.load_in_4bit", "optim.optimizer=adamw_8bit", "run.gradient_checkpointing=unsloth"):
        assert option in str(err.value)
    assert "--cpu-fallback" in str(err.value)
    engine, changes = choose_engine(cfg, cpu_fallback=True)
    assert engine == "trl" and len(changes) == 3
    assert (
        not cfg.model.load_in_4bit
        and cfg.optim.optimizer == "adamw_torch"
        and cfg.run.gradient_checkpointing == "true"
    )
    strict = load_recipe("qwen3-8b-qlora")
    strict.run.require_cuda = True
    with pytest.raises(RecipeError, match="require_cuda"):
        choose_engine(strict, cpu_fallback=True)


@pytest.mark.skipif(cuda_available(), reason="checks the behaviour without CUDA")
def test_train_cli_refuses_gpu_recipe_on_cpu_with_advice(tmp_path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "train",
            "--config",
            "recipes/qwen3-8b-qlora.yaml",
            "--dataset",
            str(tmp_path),
            "--output",
            str(tmp_path / "run"),
        ],
    )
    assert result.exit_code != 0
    assert "no CUDA device" in result.output and "load_in_4bit" in result.output
    assert not (tmp_path / "run" / "adapter").exists()


def test_sft_config_carries_the_recipe(tmp_path) -> None:
    cfg = load_recipe("cpu-smoke")
    args = sft_config(cfg, tmp_path, "trl", max_steps=7, has_eval=False)
    assert args.warmup_steps == pytest.approx(0.03)  # a share of the steps: this TRL rejects warmup_ratio
    assert args.max_steps == 7 and args.learning_rate == pytest.approx(1e-3) and args.max_length == 512
    assert args.lr_scheduler_type.value == "cosine" and args.eval_strategy.value == "no"
    assert args.packing is False and args.report_to == []
