"""``ormb-assist train``: one recipe, two engines.

On a CUDA machine with Unsloth installed the recipe runs through Unsloth's ``FastLanguageModel``
(4-bit or bf16 base, LoRA, its offloaded gradient checkpointing and fused kernels) and TRL's
``SFTTrainer``.  Without CUDA the same recipe runs through plain TRL + PEFT, so the whole pipeline is
testable on a laptop with a tiny model; CUDA-only options (4-bit, 8-bit optimisers, Unsloth
checkpointing) stop the run with a clear message unless ``--cpu-fallback`` swaps them (and says so).

Output folder: ``checkpoint-*`` (resume with ``--resume``), ``progress.jsonl`` (one line per log
step), ``metrics.json``, and ``adapter/`` — written to a temporary folder and renamed only when
complete, with ``ormb_adapter.json`` (base model, recipe, file hashes) as the mark of a finished
adapter.  An interrupted or out-of-memory run never leaves an ``adapter/`` that looks valid.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ormb_assist.training.adapters import write_adapter
from ormb_assist.training.config import GPU_ONLY_HINT, TrainConfig
from ormb_assist.training.dataset import load_split
from ormb_assist.training.encoding import encode_rows
from ormb_assist.training.models import resolve_model

log = logging.getLogger(__name__)

OOM_ADVICE = (
    "the GPU ran out of memory. Lower optim.per_device_batch_size (raise gradient_accumulation_steps to keep "
    "the effective batch), lower model.max_seq_length, set model.load_in_4bit: true, or keep "
    "run.gradient_checkpointing: unsloth. Checkpoints already written are kept; rerun with --resume."
)


class TrainError(RuntimeError):
    """A run that cannot start or finish; the message says what to change."""


@dataclass
class TrainResult:
    output_dir: Path
    adapter_dir: Path
    metrics: dict[str, Any] = field(default_factory=dict)


def cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


def choose_engine(cfg: TrainConfig, cpu_fallback: bool = False) -> tuple[str, list[str]]:
    """``("unsloth" | "trl", changes)``; applies the CPU fallback to ``cfg`` when asked."""
    if not cuda_available():
        gpu_only = cfg.gpu_only_options()
        if gpu_only and not cpu_fallback:
            raise TrainError(
                f"no CUDA device, and recipe '{cfg.name}' sets GPU-only options: {', '.join(gpu_only)}; {GPU_ONLY_HINT}"
            )
        return "trl", cfg.cpu_fallback() if gpu_only else []
    if cfg.run.backend == "trl":
        return "trl", []
    if importlib.util.find_spec("unsloth") is None:
        if cfg.run.backend == "unsloth":
            raise TrainError(
                "run.backend is 'unsloth' but the unsloth package is not installed (pip install unsloth)"
            )
        changes = []
        if cfg.run.gradient_checkpointing == "unsloth":
            cfg.run.gradient_checkpointing = "true"
            changes.append("unsloth not installed: TRL + PEFT with HF gradient checkpointing")
        return "trl", changes
    return "unsloth", []


def _dtype(cfg: TrainConfig, on_cuda: bool):
    import torch

    if cfg.model.dtype == "auto":
        return torch.bfloat16 if on_cuda and torch.cuda.is_bf16_supported() else torch.float32
    return getattr(torch, cfg.model.dtype)


def load_model(cfg: TrainConfig, engine: str, model_path: str) -> tuple[Any, Any]:
    """Base model + LoRA adapter ready to train, and its tokenizer."""
    on_cuda = cuda_available()
    dtype = _dtype(cfg, on_cuda)
    if engine == "unsloth":
        from unsloth import FastLanguageModel  # first: it patches transformers and TRL

        model, tokenizer = FastLanguageModel.from_pretrained(
            model_name=model_path, max_seq_length=cfg.model.max_seq_length, load_in_4bit=cfg.model.load_in_4bit,
            dtype=dtype, local_files_only=True,
        )  # fmt: skip
        checkpointing = {"unsloth": "unsloth", "true": True, "false": False}[cfg.run.gradient_checkpointing]
        model = FastLanguageModel.get_peft_model(
            model, r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
            target_modules=cfg.lora.target_modules, bias="none", use_gradient_checkpointing=checkpointing,
            random_state=cfg.run.seed, max_seq_length=cfg.model.max_seq_length,
        )  # fmt: skip
    else:
        from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training
        from transformers import AutoModelForCausalLM, AutoTokenizer

        kwargs: dict[str, Any] = {"dtype": dtype}
        if cfg.model.load_in_4bit:
            from transformers import BitsAndBytesConfig

            kwargs["quantization_config"] = BitsAndBytesConfig(
                load_in_4bit=True,
                bnb_4bit_quant_type="nf4",
                bnb_4bit_compute_dtype=dtype,
                bnb_4bit_use_double_quant=True,
            )
        model = AutoModelForCausalLM.from_pretrained(model_path, **kwargs)
        tokenizer = AutoTokenizer.from_pretrained(model_path)
        if cfg.model.load_in_4bit:
            model = prepare_model_for_kbit_training(
                model, use_gradient_checkpointing=cfg.run.gradient_checkpointing == "true"
            )
        lora = LoraConfig(
            r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
            target_modules=cfg.lora.target_modules, bias="none", task_type="CAUSAL_LM",
        )  # fmt: skip
        model = get_peft_model(model, lora)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model.config.use_cache = False
    return model, tokenizer


def sft_config(cfg: TrainConfig, output_dir: Path, engine: str, max_steps: int | None, has_eval: bool) -> Any:
    import torch
    from trl import SFTConfig

    on_cuda = cuda_available()
    dtype = _dtype(cfg, on_cuda)
    eval_strategy = "steps" if has_eval and cfg.run.eval_steps else "no"
    return SFTConfig(
        output_dir=str(output_dir),
        per_device_train_batch_size=cfg.optim.per_device_batch_size,
        per_device_eval_batch_size=cfg.optim.per_device_batch_size,
        gradient_accumulation_steps=cfg.optim.gradient_accumulation_steps,
        num_train_epochs=cfg.optim.epochs,
        max_steps=max_steps if max_steps else -1,
        learning_rate=cfg.optim.learning_rate,
        optim=cfg.optim.optimizer,
        lr_scheduler_type=cfg.optim.lr_scheduler,
        warmup_steps=cfg.optim.warmup_ratio,  # < 1 means a share of the steps (warmup_ratio is rejected)
        weight_decay=cfg.optim.weight_decay,
        max_grad_norm=cfg.optim.max_grad_norm,
        logging_steps=cfg.run.logging_steps,
        save_strategy="steps",
        save_steps=cfg.run.save_steps,
        save_total_limit=cfg.run.save_total_limit,
        eval_strategy=eval_strategy,
        eval_steps=cfg.run.eval_steps or None,
        bf16=dtype == torch.bfloat16,
        fp16=dtype == torch.float16,
        use_cpu=not on_cuda,
        seed=cfg.run.seed,
        data_seed=cfg.run.seed,
        report_to="none",
        max_length=cfg.model.max_seq_length,
        packing=cfg.run.packing,
        packing_strategy="bfd",
        padding_free=cfg.run.packing,
        gradient_checkpointing=engine == "trl" and cfg.run.gradient_checkpointing == "true",
        gradient_checkpointing_kwargs={"use_reentrant": False},
        dataloader_num_workers=0,
        dataset_num_proc=None,
        disable_tqdm=True,
    )


class TokenCounter:
    """Wraps the trainer's collator to count the real (non-padding) tokens it hands out."""

    def __init__(self, inner: Callable) -> None:
        self.inner = inner
        self.tokens = 0

    def __call__(self, features: list[dict[str, Any]]) -> dict[str, Any]:
        batch = self.inner(features)
        self.tokens += sum(len(f["input_ids"]) for f in features)
        return batch


def _progress_callback(path: Path, counter: TokenCounter, echo: Callable[[str], None]):
    from transformers import TrainerCallback

    class Progress(TrainerCallback):
        def __init__(self) -> None:
            self.start = time.perf_counter()

        def on_log(self, args, state, control, logs=None, **kwargs):
            elapsed = time.perf_counter() - self.start
            row = {"step": state.global_step, "max_steps": state.max_steps, "elapsed_s": round(elapsed, 2),
                   "tokens": counter.tokens, "tokens_per_s": round(counter.tokens / elapsed, 1) if elapsed else None,
                   **{k: v for k, v in (logs or {}).items() if isinstance(v, (int, float))}}  # fmt: skip
            with path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")
            loss = row.get("loss", row.get("eval_loss"))
            echo(f"step {row['step']}/{row['max_steps']}" + (f" loss {loss:.4f}" if loss is not None else "")
                 + f" {row['tokens_per_s'] or 0:.0f} tok/s")  # fmt: skip

    return Progress()


def build_datasets(cfg: TrainConfig, dataset_dir: Path, tokenizer: Any) -> tuple[Any, Any, dict[str, Any]]:
    from datasets import Dataset

    report: dict[str, Any] = {}
    out = []
    for split in ("train", "validation"):
        rows, enc = encode_rows(
            load_split(dataset_dir, split), tokenizer, cfg.model.max_seq_length, cfg.data.over_length,
            cfg.data.include_fim, cfg.model.enable_thinking,
        )  # fmt: skip
        report[split] = enc.to_dict()
        out.append(Dataset.from_list(rows) if rows else None)
    if out[0] is None:
        raise TrainError(f"no trainable rows in {dataset_dir}/train.jsonl after encoding: {report['train']}")
    return out[0], out[1], report


def train(
    cfg: TrainConfig,
    dataset_dir: Path,
    output_dir: Path,
    *,
    model_override: str | None = None,
    max_steps: int | None = None,
    resume: bool = False,
    cpu_fallback: bool = False,
    echo: Callable[[str], None] = lambda s: log.info(s),
) -> TrainResult:
    """Run the recipe end to end; returns where the adapter and metrics went."""
    engine, changes = choose_engine(cfg, cpu_fallback)
    for change in changes:
        echo(f"cpu fallback: {change}")
    model_path = resolve_model(model_override or cfg.model.name)
    output_dir.mkdir(parents=True, exist_ok=True)
    checkpoint = None
    if resume:
        from transformers.trainer_utils import get_last_checkpoint

        checkpoint = get_last_checkpoint(str(output_dir))
        echo(
            f"resuming from {checkpoint}" if checkpoint else f"no checkpoint in {output_dir}; starting fresh"
        )
    model, tokenizer = load_model(cfg, engine, model_path)
    train_ds, eval_ds, encode_report = build_datasets(cfg, dataset_dir, tokenizer)
    echo(f"engine {engine}; {len(train_ds)} train rows, {len(eval_ds) if eval_ds else 0} validation rows; "
         f"truncated {encode_report['train']['truncated']}, dropped {encode_report['train']['dropped_over_length']} over length")  # fmt: skip
    import torch
    from trl import SFTTrainer

    trainer = SFTTrainer(
        model=model, args=sft_config(cfg, output_dir, engine, max_steps, eval_ds is not None),
        train_dataset=train_ds, eval_dataset=eval_ds, processing_class=tokenizer,
    )  # fmt: skip
    from transformers.trainer_callback import PrinterCallback

    # PrinterCallback prints log dicts on stdout; progress goes to stderr and progress.jsonl instead.
    trainer.remove_callback(PrinterCallback)
    counter = TokenCounter(trainer.data_collator)
    trainer.data_collator = counter
    trainer.add_callback(_progress_callback(output_dir / "progress.jsonl", counter, echo))
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    start = time.perf_counter()
    try:
        result = trainer.train(resume_from_checkpoint=checkpoint)
        runtime = time.perf_counter() - start
        eval_loss = trainer.evaluate()["eval_loss"] if eval_ds is not None else None
    except torch.OutOfMemoryError as exc:
        raise TrainError(f"out of memory in '{cfg.name}': {OOM_ADVICE}") from exc
    metrics: dict[str, Any] = {
        "recipe": cfg.name, "recipe_source": cfg.source, "engine": engine, "base_model": model_override or cfg.model.name,
        "cpu_fallback": changes, "steps": trainer.state.global_step, "train_loss": result.training_loss,
        "runtime_s": round(runtime, 2), "tokens_trained": counter.tokens,
        "tokens_per_s": round(counter.tokens / runtime, 1) if runtime else None, "encode": encode_report,
        "config": cfg.to_dict(), "device": torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu",
    }  # fmt: skip
    if torch.cuda.is_available():
        metrics["peak_vram_gib"] = round(torch.cuda.max_memory_allocated() / 2**30, 2)
        metrics["peak_reserved_gib"] = round(torch.cuda.max_memory_reserved() / 2**30, 2)
    if eval_loss is not None:
        metrics["eval_loss"] = eval_loss
        metrics["eval_perplexity"] = math.exp(min(eval_loss, 50))
    if (dataset_dir / "stats.json").exists():
        metrics["dataset"] = json.loads((dataset_dir / "stats.json").read_text(encoding="utf-8"))
    adapter_dir = write_adapter(trainer.model, tokenizer, output_dir / "adapter", base_model=model_override or cfg.model.name,
                                recipe=cfg.to_dict(), metrics=metrics)  # fmt: skip
    (output_dir / "metrics.json").write_text(json.dumps(metrics, indent=2, default=str), encoding="utf-8")
    echo(f"adapter written to {adapter_dir}")
    return TrainResult(output_dir, adapter_dir, metrics)
