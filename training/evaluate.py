"""``ormb-assist eval model``: the base model and the tuned one side by side, in one report.

Both run through the same generation eval as ``ormb-assist eval generate`` (the ``transformers``
backend, javac verification, pattern checks): compile rate, spot and table accuracy, pattern score.
The tuned model is the adapter merged into the given base in a temporary folder, so the comparison
holds for any base the adapter fits, wherever the adapter was trained.  When a dataset folder is
given, the loss on its validation split (response tokens only, the training objective) is added.
"""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path
from typing import Any

from ormb_assist.training.adapters import verify_adapter
from ormb_assist.training.dataset import load_split
from ormb_assist.training.encoding import encode_rows
from ormb_assist.training.models import resolve_model

COMPARED = ("compile_rate", "spot_correct_rate", "tables_used_rate", "pattern_score", "no_spot_rate", "p50_s")


class EvalError(RuntimeError):
    """The comparison cannot run; the message says why."""


def validation_loss(
    model_path: str, dataset_dir: Path, max_rows: int = 200, max_len: int = 2048
) -> dict[str, Any]:
    """Mean loss per response token over the validation split (``None`` when nothing is left to score)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_path)
    rows, report = encode_rows(load_split(dataset_dir, "validation")[:max_rows], tokenizer, max_len)
    if not rows:
        return {"loss": None, "rows": 0, "encode": report.to_dict()}
    model = AutoModelForCausalLM.from_pretrained(model_path, dtype=torch.float32)
    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for row in rows:
            ids = torch.tensor([row["input_ids"]])
            labels = torch.tensor([row["labels"]])
            n = int((labels[:, 1:] != -100).sum())
            if n == 0:
                continue
            total += float(model(input_ids=ids, labels=labels).loss) * n
            count += n
    if not count:
        return {"loss": None, "rows": len(rows), "tokens": 0}
    loss = total / count
    return {
        "loss": round(loss, 4),
        "perplexity": round(math.exp(min(loss, 50)), 2),
        "rows": len(rows),
        "tokens": count,
    }


def _generation_eval(
    index: Any, model_path: str, cases: list[dict[str, Any]], overrides: dict[str, Any]
) -> dict[str, Any]:
    from ormb_assist.generation.base import BackendError
    from ormb_assist.generation.evaluate import evaluate_cases
    from ormb_assist.generation.transformers_backend import TransformersBackend
    from ormb_assist.settings import Settings

    settings = Settings(backend="transformers", model_path=model_path, **overrides)
    try:
        backend = TransformersBackend(settings, index)
    except BackendError as exc:
        raise EvalError(f"cannot load {model_path}: {exc.message}") from exc
    summary, _rows = evaluate_cases(index, backend, settings, cases)
    return summary


def compare_models(
    workspace: Path,
    cases_file: Path,
    base: str,
    adapter_dir: Path,
    *,
    dataset_dir: Path | None = None,
    limit: int | None = None,
    settings: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Report ``{"base", "tuned", "delta", "validation_loss"}``; also saved beside the adapter.

    ``settings`` overrides generation settings for both models (e.g. ``max_tokens_generate``).
    """
    from ormb_assist.generation.evaluate import load_cases
    from ormb_assist.indexer.workspace import WorkspaceIndex
    from ormb_assist.training.export import export_merged

    manifest = verify_adapter(adapter_dir)
    try:
        cases = load_cases(cases_file)[: limit or None]
    except ValueError as exc:
        raise EvalError(str(exc)) from exc
    if not cases:
        raise EvalError(f"{cases_file} has no cases")
    base_path = resolve_model(base)
    index = WorkspaceIndex.open(workspace)
    index.build()
    with tempfile.TemporaryDirectory(prefix="ormb-eval-") as tmp:
        tuned_path = str(export_merged(adapter_dir, base_path, Path(tmp) / "tuned"))
        report: dict[str, Any] = {
            "cases": len(cases),
            "base_model": base,
            "adapter": str(adapter_dir),
            "adapter_base_model": manifest.get("base_model"),
            "base": _generation_eval(index, base_path, cases, settings or {}),
            "tuned": _generation_eval(index, tuned_path, cases, settings or {}),
        }
        if dataset_dir is not None:
            report["validation_loss"] = {
                "base": validation_loss(base_path, dataset_dir),
                "tuned": validation_loss(tuned_path, dataset_dir),
            }
    report["delta"] = {
        key: round(report["tuned"][key] - report["base"][key], 4)
        for key in COMPARED
        if isinstance(report["base"].get(key), (int, float))
        and isinstance(report["tuned"].get(key), (int, float))
    }
    losses = report.get("validation_loss", {})
    if losses and losses["base"]["loss"] is not None and losses["tuned"]["loss"] is not None:
        report["delta"]["validation_loss"] = round(losses["tuned"]["loss"] - losses["base"]["loss"], 4)
    report["summary"] = {
        "base": {k: report["base"].get(k) for k in COMPARED},
        "tuned": {k: report["tuned"].get(k) for k in COMPARED},
        "delta": report["delta"],
    }
    (Path(adapter_dir).parent / "eval_report.json").write_text(
        json.dumps(report, indent=2, default=str), encoding="utf-8"
    )
    return report


def format_report(report: dict[str, Any]) -> str:
    """A side-by-side table for the terminal."""
    lines = [f"{'metric':<20}{'base':>10}{'tuned':>10}{'delta':>10}"]
    for key in COMPARED:
        b, t = report["base"].get(key), report["tuned"].get(key)
        d = report["delta"].get(key)
        lines.append(f"{key:<20}{_fmt(b):>10}{_fmt(t):>10}{_fmt(d):>10}")
    if "validation_loss" in report:
        vl = report["validation_loss"]
        lines.append(
            f"{'validation_loss':<20}{_fmt(vl['base']['loss']):>10}{_fmt(vl['tuned']['loss']):>10}{_fmt(report['delta'].get('validation_loss')):>10}"
        )
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, (int, float)) else "-"
