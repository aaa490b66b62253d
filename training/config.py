"""Recipe configs: one YAML file per model size, validated against these dataclasses.

Modelled on torchtune's recipe configs and TRL's ``SFTConfig``: grouped, documented fields, one entry
point for the CLI and for scripts (``benchmarks/gpu_train_bench.py``).  Unknown keys and wrong types
are errors, not warnings: a typo in a recipe should stop a run before it spends GPU hours.
"""

from __future__ import annotations

import dataclasses
import types
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import yaml

GPU_ONLY_HINT = (
    "run on a CUDA machine, or pass --cpu-fallback to train the same recipe with TRL + PEFT on CPU"
)


class RecipeError(ValueError):
    """A recipe that cannot be loaded or used; the message says which field and why."""


@dataclass
class ModelConfig:
    name: str = field(
        default="Qwen/Qwen3-8B",
        metadata={
            "doc": "HF model id or folder; 'packaged:smollm2-135m-instruct'; 'tiny:smollm2' (made locally)."
        },
    )
    max_seq_length: int = field(default=4096, metadata={"doc": "Longest training sequence in tokens."})
    load_in_4bit: bool = field(default=True, metadata={"doc": "QLoRA: NF4 base weights (CUDA only)."})
    dtype: Literal["auto", "bfloat16", "float16", "float32"] = field(
        default="auto", metadata={"doc": "Compute dtype; auto = bf16 on CUDA, fp32 on CPU."}
    )
    enable_thinking: bool = field(default=False, metadata={"doc": "Qwen3 chat template thinking switch."})


@dataclass
class LoraConfigSection:
    r: int = field(default=16, metadata={"doc": "LoRA rank."})
    alpha: int = field(default=32, metadata={"doc": "LoRA alpha (scale = alpha / r)."})
    dropout: float = field(default=0.0, metadata={"doc": "LoRA dropout; 0 lets Unsloth use its fast path."})
    target_modules: list[str] = field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        metadata={"doc": "Linear layers that get adapters."},
    )


@dataclass
class DataConfig:
    dataset_dir: str = field(default="dataset", metadata={"doc": "Output folder of `ormb-assist dataset`."})
    include_fim: bool = field(default=True, metadata={"doc": "Train on fill-in-the-middle examples too."})
    over_length: Literal["truncate", "drop"] = field(
        default="truncate", metadata={"doc": "What to do with examples longer than max_seq_length."}
    )


@dataclass
class OptimConfig:
    learning_rate: float = field(default=2e-4, metadata={"doc": "Peak learning rate."})
    optimizer: str = field(default="adamw_8bit", metadata={"doc": "transformers optimizer name."})
    lr_scheduler: str = field(default="cosine", metadata={"doc": "Schedule after warm-up."})
    warmup_ratio: float = field(default=0.03, metadata={"doc": "Share of steps spent warming up."})
    weight_decay: float = field(default=0.01, metadata={"doc": "AdamW weight decay."})
    epochs: float = field(default=3.0, metadata={"doc": "Passes over the training set."})
    per_device_batch_size: int = field(default=2, metadata={"doc": "Sequences (or packed rows) per step."})
    gradient_accumulation_steps: int = field(default=4, metadata={"doc": "Micro-batches per optimizer step."})
    max_grad_norm: float = field(default=1.0, metadata={"doc": "Gradient clipping."})


@dataclass
class RunConfig:
    backend: Literal["auto", "unsloth", "trl"] = field(
        default="auto", metadata={"doc": "auto = Unsloth on CUDA when installed, else TRL + PEFT."}
    )
    packing: bool = field(
        default=True, metadata={"doc": "Pack examples into max_seq_length rows (no padding)."}
    )
    gradient_checkpointing: Literal["unsloth", "true", "false"] = field(
        default="unsloth",
        metadata={"doc": "'unsloth' offloads activations (CUDA); 'true' is HF checkpointing."},
    )
    require_cuda: bool = field(default=False, metadata={"doc": "Refuse to start without CUDA."})
    seed: int = field(default=3407, metadata={"doc": "Seed for data order and adapter init."})
    logging_steps: int = field(default=10, metadata={"doc": "Log loss every N steps."})
    eval_steps: int = field(
        default=50, metadata={"doc": "Validation loss every N steps (0 = at the end only)."}
    )
    save_steps: int = field(default=100, metadata={"doc": "Checkpoint every N steps (resume with --resume)."})
    save_total_limit: int = field(default=2, metadata={"doc": "Checkpoints kept."})
    output_dir: str = field(
        default="runs/ormb-lora", metadata={"doc": "Checkpoints, metrics and the adapter."}
    )


@dataclass
class TrainConfig:
    name: str = "ormb-lora"
    description: str = ""
    model: ModelConfig = field(default_factory=ModelConfig)
    lora: LoraConfigSection = field(default_factory=LoraConfigSection)
    data: DataConfig = field(default_factory=DataConfig)
    optim: OptimConfig = field(default_factory=OptimConfig)
    run: RunConfig = field(default_factory=RunConfig)
    source: str = ""  # where the recipe was read from (not a YAML key)

    def gpu_only_options(self) -> list[str]:
        """Options that need CUDA; named in the error when a CPU run meets them."""
        found = []
        if self.model.load_in_4bit:
            found.append("model.load_in_4bit")
        if "8bit" in self.optim.optimizer:
            found.append(f"optim.optimizer={self.optim.optimizer}")
        if self.run.gradient_checkpointing == "unsloth":
            found.append("run.gradient_checkpointing=unsloth")
        if self.run.backend == "unsloth":
            found.append("run.backend=unsloth")
        if self.run.require_cuda:
            found.append("run.require_cuda")
        return found

    def cpu_fallback(self) -> list[str]:
        """Swap CUDA-only options for CPU equivalents; returns what changed (printed to the user)."""
        changes = []
        if self.run.require_cuda:
            raise RecipeError(f"recipe {self.name} sets run.require_cuda; {GPU_ONLY_HINT.split(',')[0]}")
        if self.model.load_in_4bit:
            self.model.load_in_4bit = False
            changes.append("model.load_in_4bit -> false (full-precision base weights)")
        if "8bit" in self.optim.optimizer:
            changes.append(f"optim.optimizer {self.optim.optimizer} -> adamw_torch")
            self.optim.optimizer = "adamw_torch"
        if self.run.gradient_checkpointing == "unsloth":
            self.run.gradient_checkpointing = "true"
            changes.append("run.gradient_checkpointing unsloth -> true")
        if self.run.backend == "unsloth":
            self.run.backend = "trl"
            changes.append("run.backend unsloth -> trl")
        return changes

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data.pop("source", None)
        return data


_SECTIONS = {
    "model": ModelConfig,
    "lora": LoraConfigSection,
    "data": DataConfig,
    "optim": OptimConfig,
    "run": RunConfig,
}


def _check(value: Any, hint: Any, where: str) -> Any:
    """Return ``value`` converted to ``hint`` or raise RecipeError naming ``where``."""
    origin = get_origin(hint)
    if origin is Literal:
        if value not in get_args(hint):
            raise RecipeError(f"{where}: {value!r} is not one of {', '.join(map(str, get_args(hint)))}")
        return value
    if origin in (Union, types.UnionType):
        return _check(value, next(a for a in get_args(hint) if a is not type(None)), where)
    if origin is list:
        if not isinstance(value, list):
            raise RecipeError(f"{where}: expected a list, got {value!r}")
        return [_check(v, get_args(hint)[0], f"{where}[{i}]") for i, v in enumerate(value)]
    if hint is bool:
        if not isinstance(value, bool):
            raise RecipeError(f"{where}: expected true/false, got {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise RecipeError(f"{where}: expected a non-negative integer, got {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise RecipeError(f"{where}: expected a non-negative number, got {value!r}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise RecipeError(f"{where}: expected a string, got {value!r}")
        return value
    return value


def _build_section(cls: type, raw: Any, section: str) -> Any:
    if raw is None:
        return cls()
    if not isinstance(raw, dict):
        raise RecipeError(f"section '{section}' must be a mapping, got {type(raw).__name__}")
    hints = get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise RecipeError(
            f"unknown key(s) in '{section}': {', '.join(unknown)} (known: {', '.join(sorted(known))})"
        )
    return cls(**{k: _check(v, hints[k], f"{section}.{k}") for k, v in raw.items()})


def config_from_dict(raw: dict[str, Any], source: str = "") -> TrainConfig:
    """Validate a parsed recipe; every problem names the offending key."""
    if not isinstance(raw, dict):
        raise RecipeError(f"{source or 'recipe'}: top level must be a mapping")
    top = {"name", "description", *_SECTIONS}
    unknown = sorted(set(raw) - top)
    if unknown:
        raise RecipeError(f"unknown top-level key(s): {', '.join(unknown)} (known: {', '.join(sorted(top))})")
    cfg = TrainConfig(
        name=_check(raw.get("name", "ormb-lora"), str, "name"),
        description=_check(raw.get("description", ""), str, "description"),
        **{name: _build_section(cls, raw.get(name), name) for name, cls in _SECTIONS.items()},
        source=source,
    )
    if cfg.model.max_seq_length < 64:
        raise RecipeError("model.max_seq_length must be at least 64")
    if cfg.lora.r == 0 or cfg.optim.per_device_batch_size == 0 or cfg.optim.gradient_accumulation_steps == 0:
        raise RecipeError(
            "lora.r, optim.per_device_batch_size and optim.gradient_accumulation_steps must be > 0"
        )
    if not 0 <= cfg.optim.warmup_ratio < 1:
        raise RecipeError("optim.warmup_ratio must be in [0, 1)")
    return cfg


def packaged_recipes() -> dict[str, Path]:
    """Recipes shipped inside the package, by name (file stem)."""
    folder = resources.files("ormb_assist.training") / "recipes"
    return {Path(p.name).stem: Path(str(p)) for p in folder.iterdir() if p.name.endswith(".yaml")}


def recipe_path(spec: str) -> Path:
    """A file path, or a packaged recipe by name ('qwen3-8b-qlora') or as 'recipes/NAME.yaml'."""
    path = Path(spec)
    if path.is_file():
        return path
    shipped = packaged_recipes()
    stem = path.stem if path.suffix in (".yaml", ".yml") else path.name
    if stem in shipped:
        return shipped[stem]
    raise RecipeError(
        f"no recipe file '{spec}' and no packaged recipe '{stem}' (packaged: {', '.join(sorted(shipped))})"
    )


def load_recipe(spec: str) -> TrainConfig:
    path = recipe_path(spec)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RecipeError(f"{path}: not valid YAML: {exc}") from exc
    return config_from_dict(raw or {}, source=str(path))
