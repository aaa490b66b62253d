"""``ormb-assist index``, ``resolve`` and ``eval retrieval``: thin click wrappers over the indexer."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ormb_assist.indexer.models import to_dict

_WORKSPACE = click.option(
    "--workspace",
    "-w",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Workspace folder (Java sources, DDL, jars); default: the one holding the current folder "
    "(found walking up for lib/*.jar, db/*.sql, ...).",
)


def _root(workspace: Path | None, index_dir: Path | None = None) -> Path:
    """``workspace`` (or the current folder) moved up to the ORMB workspace that holds it; refuses
    to create an index in a folder that is no workspace (see ``ormb_assist.workspace_root``)."""
    from ormb_assist.settings import Settings
    from ormb_assist.workspace_root import cli_workspace

    root, note = cli_workspace(workspace, Settings().root_markers, index_dir_set=index_dir is not None)
    if note:
        click.echo(f"note: {note}", err=True)
    return root


# ---- ormb-assist index (indexing engine) ------------------------------------------------------


@click.command("index")
@click.argument("workspace", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--index-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where the index lives (default <workspace>/.ormb-assist).",
)
@click.option("--full", is_flag=True, help="Discard the stored index and parse everything again.")
@click.option("--json", "as_json", is_flag=True, help="Last stdout line: the summary as one JSON object.")
def index_cmd(workspace: Path | None, index_dir: Path | None, full: bool, as_json: bool) -> None:
    """Index WORKSPACE (Java sources, *.sql DDL and jars anywhere under it), incrementally.

    Without WORKSPACE: the workspace holding the current folder."""
    from rich.console import Console

    from ormb_assist.indexer.embeddings import EmbeddingModelError
    from ormb_assist.indexer.index_report import print_summary, progress_bar
    from ormb_assist.indexer.workspace import IndexBusyError, WorkspaceIndex
    from ormb_assist.settings import Settings

    settings = Settings(index_dir=str(index_dir) if index_dir else "")
    workspace = _root(workspace, index_dir)
    try:
        index = WorkspaceIndex.open(workspace, settings)
        with progress_bar(Console(stderr=True)) as progress:
            summary = index.build(progress=progress, full=full)
    except (EmbeddingModelError, IndexBusyError) as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(
            f"cannot write the index at {settings.index_path(workspace)}: {exc}"
        ) from exc
    print_summary(summary, index.index_dir, Console(stderr=as_json))
    if as_json:
        click.echo(json.dumps(to_dict(summary)))
        sys.stdout.flush()


# ---- resolve / eval retrieval -------------------------------------------------------------------


def _open_index(workspace: Path | None) -> Any:
    """The workspace index, brought up to date incrementally (unchanged files are not re-read)."""
    from ormb_assist.indexer.workspace import WorkspaceIndex
    from ormb_assist.settings import Settings

    index = WorkspaceIndex.open(_root(workspace), Settings())
    summary = index.build()
    for problem in summary.problems[:20]:
        click.echo(f"note: {problem.path}: {problem.message}", err=True)
    return index


@click.command("resolve")
@_WORKSPACE
@click.argument("objective")
@click.option(
    "--file", "current_file", type=click.Path(dir_okay=False, path_type=Path), help="File being edited."
)
@click.option("--k", default=5, show_default=True, type=click.IntRange(1, 50), help="Results per section.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
@click.option(
    "--context", "show_context", is_flag=True, help="Also print the prompt context built from the result."
)
@click.option("--token-budget", default=3000, show_default=True, type=click.IntRange(100, 100_000))
def resolve_cmd(
    workspace: Path | None,
    objective: str,
    current_file: Path | None,
    k: int,
    as_json: bool,
    show_context: bool,
    token_budget: int,
) -> None:
    """Rank SPOT interfaces, tables and example algorithms for OBJECTIVE."""
    from ormb_assist.indexer.context import build_context
    from ormb_assist.indexer.resolver import Resolver

    if not objective.strip():
        raise click.UsageError("objective is empty: describe what the algorithm should do")
    index = _open_index(workspace)
    try:
        resolution = Resolver(index).resolve(
            objective, current_file=str(current_file) if current_file else None, k=k
        )
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    context = build_context(index, resolution, token_budget) if show_context else None
    if as_json:
        data = to_dict(resolution)
        if context is not None:
            data["context"] = context
        click.echo(json.dumps(data, default=str))
        return
    from rich.console import Console

    from ormb_assist.indexer.resolve_report import print_resolution

    console = Console(width=max(Console().width, 160))
    print_resolution(resolution, console)
    if context is not None:
        console.rule("prompt context")
        click.echo(context)


@click.command("retrieval")
@_WORKSPACE
@click.option(
    "--cases",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSONL case file.",
)
@click.option("--json", "as_json", is_flag=True, help="Last stdout line: one JSON object with the metrics.")
@click.option(
    "--report", type=click.Path(dir_okay=False, path_type=Path), help="Write per-case results as JSON here."
)
def eval_retrieval_cmd(workspace: Path | None, cases: Path, as_json: bool, report: Path | None) -> None:
    """Spot hit@1/@5, table recall@5 and resolve latency over a case file."""
    from ormb_assist.indexer.eval_retrieval import CaseFormatError, evaluate, load_cases

    try:
        loaded = load_cases(cases)
    except CaseFormatError as exc:
        raise click.ClickException(str(exc)) from exc
    summary = evaluate(_open_index(workspace), loaded)
    if report is not None:
        report.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    per_case = summary.pop("cases")
    misses = summary.pop("misses")
    if as_json:
        click.echo(json.dumps({"misses": misses}))
        summary["misses_n"] = len(misses)
        click.echo(json.dumps(summary))
        sys.stdout.flush()
        return
    from rich.console import Console

    from ormb_assist.indexer.resolve_report import print_eval

    print_eval({**summary, "cases": per_case}, Console(width=max(Console().width, 160)))
