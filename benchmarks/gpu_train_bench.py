"""GPU training benchmark: the project's tuned recipes vs a default plain TRL + PEFT run, same card, same data.

Four variants, each in its own process (Unsloth patches transformers/TRL globally):

* ``unsloth-qlora`` — recipes/qwen3-8b-qlora.yaml through ``ormb_assist.training.train`` (Unsloth 4-bit, LoRA
  r16, packed rows, Unsloth gradient checkpointing);
* ``trl-qlora`` — plain TRL ``SFTTrainer`` + PEFT LoRA r16 + bitsandbytes NF4, every other setting at TRL's
  default (batch 8 padded to the longest, HF gradient checkpointing, no packing);
* ``unsloth-lora`` / ``trl-lora`` — the same pair with a bf16 base (recipes/qwen3-8b-lora-bf16.yaml);
* ``unsloth-lora-fast`` — recipes/qwen3-8b-lora-bf16-fast.yaml: no activation checkpointing, speed over memory;
* ``unsloth-lora-14b`` — recipes/qwen3-14b-lora-bf16.yaml (run it with ``--shape 14b``; compare with ``trl-lora`` on
  the same model).

The model is a randomly initialised Qwen3 of the real 8B shape (benchmarks/gpu/random_qwen3.py: no weights reach
the GPU machine); the data are 2,000 synthetic examples whose prompt/response lengths follow a long-tailed
distribution like the ORMB dataset's (prompt 150–600 tokens, response median ≈700, up to the 4,096 limit), with
the loss on the response only.  Reported per variant: steady-state tokens/s (real tokens, padding excluded,
first steps excluded), peak VRAM (``max_memory_allocated`` and ``max_memory_reserved``), MFU, loss curve.

MFU = 4·N·(tokens/s) / peak, N = parameters in matmuls per token (non-embedding + LM head), 4·N = forward 2·N +
backward to activations 2·N (LoRA: no weight gradients for the frozen base); recomputation by gradient
checkpointing and attention score FLOPs are not counted (``mfu_with_attention`` adds 6·L·s·d per token with s the
mean document length).  Peak = 989.4 TFLOP/s (H100 SXM dense bf16 datasheet); the matmul rate measured on the
card is printed beside it.

    python benchmarks/gpu_train_bench.py all --out-dir OUT [--variants 'unsloth-qlora;trl-qlora'] [--steps 10]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEAK_BF16 = {"H100": 989.4e12, "H200": 989.4e12, "A100": 312e12}
RECIPES = {
    "unsloth-qlora": "qwen3-8b-qlora",
    "unsloth-lora": "qwen3-8b-lora-bf16",
    "unsloth-lora-fast": "qwen3-8b-lora-bf16-fast",
    "unsloth-lora-14b": "qwen3-14b-lora-bf16",
}
VARIANTS = ("unsloth-qlora", "trl-qlora", "unsloth-lora", "trl-lora", "unsloth-lora-fast", "unsloth-lora-14b")
PROJECTION_EXAMPLES, PROJECTION_EPOCHS = 2000, 3


def synthetic_rows(n: int, vocab: int, max_len: int, seed: int = 0) -> list[dict[str, list[int]]]:
    """Random token rows with the ORMB length profile; labels mask the prompt."""
    import random

    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        prompt = rng.randint(150, 600)
        response = min(int(rng.lognormvariate(6.55, 0.6)), max_len - prompt)  # median ≈ 700 tokens
        ids = [rng.randrange(20, vocab) for _ in range(prompt + response)]
        rows.append({"input_ids": ids, "labels": [-100] * prompt + ids[prompt:]})
    return rows


def matmul_params(config) -> int:
    """Parameters touched by matmuls per token: attention + MLP of every layer, plus the LM head."""
    h, inter = config.hidden_size, config.intermediate_size
    hd = getattr(config, "head_dim", None) or h // config.num_attention_heads
    q = h * config.num_attention_heads * hd
    kv = 2 * h * config.num_key_value_heads * hd
    per_layer = q + kv + q + 3 * h * inter
    return config.num_hidden_layers * per_layer + config.vocab_size * h


class StepClock:
    """Trainer callback: wall time and token count at every optimizer step end, plus the loss log."""

    def __init__(self, counter) -> None:
        import torch

        self.counter, self.torch = counter, torch
        self.marks: list[tuple[float, int]] = []
        self.losses: list[float] = []

    def callback(self):
        from transformers import TrainerCallback

        clock = self

        class _Cb(TrainerCallback):
            def on_step_end(self, args, state, control, **kw):
                clock.torch.cuda.synchronize()
                clock.marks.append((time.perf_counter(), clock.counter.tokens))

            def on_log(self, args, state, control, logs=None, **kw):
                if logs and "loss" in logs:
                    clock.losses.append(float(logs["loss"]))

        return _Cb()


def build_plain_trl(model_path: str, quantized: bool, max_len: int, steps: int, out: str, train_ds):
    """The default plain TRL + PEFT run: only what is needed to make it a LoRA/QLoRA run is set."""
    import torch
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig
    from trl import SFTConfig, SFTTrainer

    kwargs = {"dtype": torch.bfloat16}
    if quantized:
        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_compute_dtype=torch.bfloat16,
            bnb_4bit_use_double_quant=True,
        )
    model = AutoModelForCausalLM.from_pretrained(model_path, **kwargs)
    tok = AutoTokenizer.from_pretrained(model_path)
    lora = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.0, task_type="CAUSAL_LM",
                      target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"])  # fmt: skip
    args = SFTConfig(output_dir=out, max_steps=steps, max_length=max_len, learning_rate=2e-4, logging_steps=1,
                     save_strategy="no", report_to="none", disable_tqdm=True, warmup_steps=0.03)  # fmt: skip
    return SFTTrainer(model=model, args=args, train_dataset=train_ds, processing_class=tok, peft_config=lora)


def build_tuned(variant: str, model_path: str, steps: int, out: str, train_ds, overrides: dict):
    """The project's recipe, through the same functions `ormb-assist train` uses."""
    from ormb_assist.training.config import load_recipe
    from ormb_assist.training.train import load_model, sft_config

    cfg = load_recipe(RECIPES[variant])
    for key, value in overrides.items():
        section, name = key.split(".")
        setattr(getattr(cfg, section), name, value)
    model, tok = load_model(cfg, "unsloth", model_path)
    args = sft_config(cfg, Path(out), "unsloth", steps, has_eval=False)
    args.save_strategy, args.logging_steps = "no", 1
    from trl import SFTTrainer

    trainer = SFTTrainer(model=model, args=args, train_dataset=train_ds, processing_class=tok)
    return trainer, cfg


def run_variant(args) -> dict:
    if args.variant.startswith("unsloth"):
        import unsloth  # noqa: F401  - before transformers/trl, as Unsloth requires
    import torch
    from datasets import Dataset
    from transformers import AutoConfig

    from ormb_assist.training.train import TokenCounter

    config = AutoConfig.from_pretrained(args.model)
    tok_vocab = json.loads((Path(args.model) / "random_model.json").read_text())["tokenizer_vocab"]
    rows = synthetic_rows(args.examples, tok_vocab, args.max_len, seed=1)
    train_ds = Dataset.from_list(rows)
    overrides = json.loads(args.overrides or "{}")
    torch.cuda.reset_peak_memory_stats()
    t_load = time.perf_counter()
    if args.variant.startswith("unsloth"):
        trainer, cfg = build_tuned(args.variant, args.model, args.steps, args.work, train_ds, overrides)
        setup = cfg.to_dict()
    else:
        trainer = build_plain_trl(
            args.model, args.variant == "trl-qlora", args.max_len, args.steps, args.work, train_ds
        )
        a = trainer.args
        setup = {"per_device_train_batch_size": a.per_device_train_batch_size, "gradient_accumulation_steps": a.gradient_accumulation_steps,
                 "gradient_checkpointing": a.gradient_checkpointing, "packing": a.packing, "padding_free": a.padding_free,
                 "max_length": a.max_length, "optim": a.optim, "loss_type": a.loss_type}  # fmt: skip
    load_s = time.perf_counter() - t_load
    counter = TokenCounter(trainer.data_collator)
    trainer.data_collator = counter
    clock = StepClock(counter)
    trainer.add_callback(clock.callback())
    torch.cuda.synchronize()
    t0 = time.perf_counter()
    trainer.train()
    total_s = time.perf_counter() - t0
    warm = min(args.warmup, len(clock.marks) - 2)
    (t_a, n_a), (t_b, n_b) = clock.marks[warm], clock.marks[-1]
    tps = (n_b - n_a) / (t_b - t_a)
    n = matmul_params(config)
    peak = next((v for k, v in PEAK_BF16.items() if k in torch.cuda.get_device_name(0)), 989.4e12)
    mean_doc = sum(len(r["input_ids"]) for r in rows) / len(rows)
    projected_min = PROJECTION_EXAMPLES * PROJECTION_EPOCHS * mean_doc / tps / 60
    attn = 6 * config.num_hidden_layers * mean_doc * config.num_attention_heads * config.head_dim
    return {
        "variant": args.variant, "device": torch.cuda.get_device_name(0), "layers": config.num_hidden_layers,
        "vocab": config.vocab_size, "matmul_params": n, "steps": len(clock.marks), "steady_steps": len(clock.marks) - 1 - warm,
        "tokens_per_s": round(tps, 1), "step_s": round((t_b - t_a) / max(1, len(clock.marks) - 1 - warm), 3),
        "tokens_per_step": round((n_b - n_a) / max(1, len(clock.marks) - 1 - warm)),
        "mfu": round(4 * n * tps / peak, 4), "mfu_with_attention": round((4 * n + attn) * tps / peak, 4),
        "peak_allocated_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2),
        "peak_reserved_gib": round(torch.cuda.max_memory_reserved() / 2**30, 2),
        "mean_example_tokens": round(mean_doc), "projected_2k_x3_min": round(projected_min, 1),
        "load_s": round(load_s, 1), "train_s": round(total_s, 1), "losses": [round(x, 4) for x in clock.losses],
        "setup": setup, "overrides": overrides,
    }  # fmt: skip


def measured_matmul_tflops() -> float:
    import torch

    a = torch.randn(8192, 8192, device="cuda", dtype=torch.bfloat16)
    b = torch.randn(8192, 8192, device="cuda", dtype=torch.bfloat16)
    for _ in range(3):
        a @ b
    torch.cuda.synchronize()
    start = time.perf_counter()
    for _ in range(20):
        a @ b
    torch.cuda.synchronize()
    return round(2 * 8192**3 * 20 / (time.perf_counter() - start) / 1e12, 1)


def run_all(args) -> None:
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    model = args.model
    if not (Path(model) / "random_model.json").exists():
        cmd = [sys.executable, str(HERE / "gpu" / "random_qwen3.py"), "--out", model, "--shape", args.shape]
        if args.layers:
            cmd += ["--layers", str(args.layers)]
        subprocess.run(cmd, check=True, env=env)
    info = json.loads((Path(model) / "random_model.json").read_text())
    results = {"model": info, "matmul_tflops_measured": measured_matmul_tflops(), "runs": []}
    for spec in args.variants.split(";"):
        variant, _, overrides = spec.partition("+")  # e.g. unsloth-lora+{"optim.per_device_batch_size":8}
        result_file = out / f"{variant}-{len(results['runs'])}.json"
        cmd = [sys.executable, __file__, "run", "--variant", variant, "--model", model, "--steps", str(args.steps),
               "--warmup", str(args.warmup), "--examples", str(args.examples), "--max-len", str(args.max_len),
               "--work", f"/tmp/bench-{variant}", "--result", str(result_file)]  # fmt: skip
        if overrides:
            cmd += ["--overrides", overrides]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=args.timeout)
        (out / f"{variant}-{len(results['runs'])}.log").write_text(
            proc.stdout[-200_000:] + proc.stderr[-200_000:]
        )
        if proc.returncode == 0 and result_file.exists():
            run = json.loads(result_file.read_text())
        else:
            tail = (proc.stderr or proc.stdout)[-1500:]
            run = {"variant": variant, "overrides": overrides, "error": f"exit {proc.returncode}: {tail}"}
        run["wall_s"] = round(time.perf_counter() - t0, 1)
        results["runs"].append(run)
        (out / "results.json").write_text(json.dumps(results, indent=2))
        print(json.dumps({k: run.get(k) for k in ("variant", "overrides", "tokens_per_s", "mfu", "peak_allocated_gib",
                                                    "peak_reserved_gib", "step_s", "wall_s", "error")}), flush=True)  # fmt: skip
    print_table(results)


def print_table(results: dict) -> None:
    runs: dict[str, dict] = {}
    for r in results["runs"]:  # the recipe as shipped (no overrides) is the one compared
        if "tokens_per_s" in r and not r.get("overrides"):
            runs.setdefault(r["variant"], r)
    print(f"model: {results['model']}  measured bf16 matmul: {results['matmul_tflops_measured']} TFLOP/s")
    for tuned, base in (
        ("unsloth-qlora", "trl-qlora"),
        ("unsloth-lora", "trl-lora"),
        ("unsloth-lora-fast", "trl-lora"),
        ("unsloth-lora-14b", "trl-lora"),
    ):
        if tuned in runs and base in runs:
            t, b = runs[tuned], runs[base]
            print(f"{tuned} vs {base}: tokens/s {t['tokens_per_s']:.0f} vs {b['tokens_per_s']:.0f} "
                  f"= {t['tokens_per_s'] / b['tokens_per_s']:.2f}x; peak allocated {t['peak_allocated_gib']} vs "
                  f"{b['peak_allocated_gib']} GiB = {t['peak_allocated_gib'] / b['peak_allocated_gib']:.0%}; "
                  f"MFU {t['mfu']:.1%} vs {b['mfu']:.1%}")  # fmt: skip
    for r in results["runs"]:
        if "tokens_per_s" in r:
            print(f"  {r['variant']:17s} {r['tokens_per_s']:8.0f} tok/s  MFU {r['mfu']:.1%}  peak {r['peak_allocated_gib']:5.1f} GiB "
                  f"(reserved {r['peak_reserved_gib']:5.1f})  step {r['step_s']}s  2K×3ep ≈ {r['projected_2k_x3_min']:.0f} min  {r.get('overrides') or ''}")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("all")
    a.add_argument("--out-dir", required=True)
    a.add_argument("--model", default="/tmp/qwen3-8b-random")
    a.add_argument("--shape", default="8b")
    a.add_argument("--layers", type=int)
    a.add_argument(
        "--variants", default=";".join(VARIANTS), help='";"-separated, each VARIANT[+{json overrides}]'
    )
    a.add_argument("--timeout", type=int, default=900)
    r = sub.add_parser("run")
    r.add_argument("--variant", choices=VARIANTS, required=True)
    r.add_argument("--model", required=True)
    r.add_argument("--work", default="/tmp/bench-run")
    r.add_argument("--result", required=True)
    r.add_argument("--overrides", help='JSON of recipe overrides, e.g. {"optim.per_device_batch_size": 8}')
    for p in (a, r):
        p.add_argument("--steps", type=int, default=10)
        p.add_argument("--warmup", type=int, default=3)
        p.add_argument("--examples", type=int, default=2000)
        p.add_argument("--max-len", type=int, default=4096)
    args = ap.parse_args()
    if args.cmd == "all":
        run_all(args)
    else:
        result = run_variant(args)
        Path(args.result).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
