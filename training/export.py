"""``ormb-assist export``: the adapter as LoRA, merged 16-bit weights and GGUF, with a model card.

* ``lora`` — a checked copy of the adapter folder (what vLLM's ``--lora-modules`` and
  ``/v1/load_lora_adapter`` take);
* ``merged`` — base + adapter merged (``merge_and_unload``) in bf16 (fp16 where bf16 is not
  supported), for servers without LoRA support; a 4-bit-trained adapter is merged into the 16-bit base,
  as Unsloth does;
* ``gguf`` — llama.cpp's ``convert_hf_to_gguf.py`` on the merged folder, then ``llama-quantize`` to
  ``q4_k_m``.  Neither ships with a pip package, so we look for them (``$LLAMA_CPP_DIR``, then PATH) and
  say exactly what to install when they are missing.

Every output is written to a temporary sibling and renamed when complete.  ``README.md`` (the model
card) lists data stats, the recipe and the eval figures known for this adapter.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ormb_assist.training.adapters import verify_adapter
from ormb_assist.training.models import resolve_model

FORMATS = ("lora", "merged", "gguf")
LLAMA_CPP_HINT = (
    "GGUF export needs llama.cpp's converter and quantizer, which no pip package ships: clone the llama.cpp "
    "repository (ggml-org/llama.cpp), `pip install -r requirements.txt` there, build it "
    "(`cmake -B build && cmake --build build --target llama-quantize`), then set LLAMA_CPP_DIR to the clone "
    "(or put convert_hf_to_gguf.py and llama-quantize on PATH) and rerun with --formats gguf"
)


class ExportError(RuntimeError):
    """An export that cannot be done; the message says why."""


def _atomic_dir(target: Path, build: Callable[[Path], None]) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.tmp-"))
    try:
        build(tmp)
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def export_lora(adapter_dir: Path, out: Path) -> Path:
    return _atomic_dir(out, lambda tmp: shutil.copytree(adapter_dir, tmp, dirs_exist_ok=True))


def export_merged(adapter_dir: Path, base: str, out: Path) -> Path:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = resolve_model(base)
    dtype = (
        torch.bfloat16 if not torch.cuda.is_available() or torch.cuda.is_bf16_supported() else torch.float16
    )

    def build(tmp: Path) -> None:
        model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype)
        merged = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
        merged.save_pretrained(str(tmp), safe_serialization=True)
        tokenizer_src = adapter_dir if (adapter_dir / "tokenizer_config.json").exists() else Path(path)
        AutoTokenizer.from_pretrained(str(tokenizer_src)).save_pretrained(str(tmp))

    return _atomic_dir(out, build)


def find_llama_cpp() -> tuple[Path | None, Path | None]:
    """``(convert_hf_to_gguf.py, llama-quantize)`` from $LLAMA_CPP_DIR or PATH; None where missing."""
    root = os.environ.get("LLAMA_CPP_DIR")
    convert = quantize = None
    if root:
        cand = Path(root) / "convert_hf_to_gguf.py"
        convert = cand if cand.is_file() else None
        for sub in ("build/bin/llama-quantize", "llama-quantize", "bin/llama-quantize"):
            if (Path(root) / sub).is_file():
                quantize = Path(root) / sub
                break
    convert = convert or (Path(p) if (p := shutil.which("convert_hf_to_gguf.py")) else None)
    quantize = quantize or (Path(p) if (p := shutil.which("llama-quantize")) else None)
    return convert, quantize


def export_gguf(merged_dir: Path, out_file: Path, quant: str = "q4_k_m") -> Path:
    convert, quantize = find_llama_cpp()
    if convert is None or quantize is None:
        missing = [
            n for n, p in (("convert_hf_to_gguf.py", convert), ("llama-quantize", quantize)) if p is None
        ]
        raise ExportError(f"{', '.join(missing)} not found. {LLAMA_CPP_HINT}")
    out_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_file.parent) as tmp:
        f16 = Path(tmp) / "model-f16.gguf"
        for cmd in (
            [sys.executable, str(convert), str(merged_dir), "--outtype", "f16", "--outfile", str(f16)],
            [str(quantize), str(f16), str(Path(tmp) / out_file.name), quant.upper()],
        ):
            proc = subprocess.run(cmd, capture_output=True, text=True)
            if proc.returncode != 0:
                raise ExportError(
                    f"{Path(cmd[1] if cmd[0] == sys.executable else cmd[0]).name} failed: {proc.stderr[-800:]}"
                )
        os.replace(Path(tmp) / out_file.name, out_file)
    return out_file


def model_card(manifest: dict[str, Any], results: dict[str, Any], eval_report: dict[str, Any] | None) -> str:
    metrics = manifest.get("metrics", {})
    recipe = manifest.get("recipe", {})
    lines = [
        f"# ORMB assistant adapter — {recipe.get('name', 'lora')}",
        "",
        f"LoRA adapter for `{manifest.get('base_model')}` trained by `ormb-assist train` on accepted completions and "
        "workspace algorithms of an Oracle Revenue Management and Billing code base.",
        "",
        "## Training",
        f"- recipe: `{recipe.get('name')}` — {recipe.get('description', '')}",
        f"- engine: {metrics.get('engine')}, device: {metrics.get('device')}, steps: {metrics.get('steps')}, "
        f"runtime: {metrics.get('runtime_s')} s, tokens/s: {metrics.get('tokens_per_s')}",
        f"- LoRA: r={manifest.get('rank')}, alpha={manifest.get('alpha')}, targets: {', '.join(manifest.get('target_modules') or [])}",
        f"- optimiser: {json.dumps(recipe.get('optim', {}))}",
        f"- final train loss: {metrics.get('train_loss')}, validation loss: {metrics.get('eval_loss')}",
        "",
        "## Data",
        f"```json\n{json.dumps(metrics.get('encode', {}), indent=2)}\n```",
        "",
        "## Evaluation (base vs tuned)",
    ]
    if eval_report:
        lines.append(f"```json\n{json.dumps(eval_report.get('summary', eval_report), indent=2)}\n```")
    else:
        lines.append(
            "Not run yet: `ormb-assist eval model --workspace W --cases FILE --base BASE --tuned ADAPTER`."
        )
    lines += [
        "",
        "## Files",
        *[
            f"- {name}: {r.get('status')} {r.get('path', '')} {r.get('message', '')}".rstrip()
            for name, r in results.items()
        ],
    ]
    return "\n".join(lines) + "\n"


def export(
    adapter_dir: Path,
    out_dir: Path,
    formats: list[str],
    *,
    base_override: str | None = None,
    quant: str = "q4_k_m",
    echo: Callable[[str], None] = print,
) -> dict[str, dict[str, Any]]:
    """Export in each requested format; a missing tool marks that format unavailable, others still run."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ExportError(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}"
        )
    manifest = verify_adapter(adapter_dir)
    base = base_override or manifest.get("base_model")
    if not base:
        raise ExportError("the adapter manifest names no base model; pass --base")
    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[str, Any]] = {}
    if "lora" in formats:
        results["lora"] = {"status": "ok", "path": str(export_lora(adapter_dir, out_dir / "lora"))}
    if "merged" in formats or "gguf" in formats:
        echo(f"merging adapter into {base} …")
        merged = export_merged(adapter_dir, base, out_dir / "merged")
        if "merged" in formats:
            results["merged"] = {"status": "ok", "path": str(merged)}
    if "gguf" in formats:
        try:
            path = export_gguf(out_dir / "merged", out_dir / f"model-{quant.lower()}.gguf", quant)
            results["gguf"] = {"status": "ok", "path": str(path)}
        except ExportError as exc:
            results["gguf"] = {"status": "unavailable", "message": str(exc)}
            echo(f"gguf: {exc}")
        if "merged" not in formats:
            shutil.rmtree(out_dir / "merged", ignore_errors=True)
    eval_file = adapter_dir.parent / "eval_report.json"
    eval_report = json.loads(eval_file.read_text(encoding="utf-8")) if eval_file.is_file() else None
    (out_dir / "README.md").write_text(model_card(manifest, results, eval_report), encoding="utf-8")
    results["model_card"] = {"status": "ok", "path": str(out_dir / "README.md")}
    return results
