"""``ormb-assist generate`` and ``ormb-assist eval generate``: thin click wrappers over the pipeline.

``generate`` prints the class (status on stderr) and writes files only when asked: ``--out DIR``
writes the class under its package folder, ``--with-gen`` adds the emulated ``_Gen``; existing
files are never overwritten without ``--force`` and nothing is written unless the class compiled.
When the resolver is unsure which spot is meant, ``generate`` asks (``--pick``) or lists the top 3
on stderr and exits with ``EXIT_UNSURE`` without generating; ``--spot NAME`` chooses.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from ormb_assist.generation import javac_server
from ormb_assist.generation.base import BackendError

EXIT_UNSURE = 3  # generate: unsure which spot is meant; the top 3 are listed on stderr, nothing generated

_WORKSPACE = click.option(
    "--workspace",
    "-w",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Workspace folder (Java sources, DDL, jars); default: the one holding the current folder "
    "(found walking up for lib/*.jar, db/*.sql, ...: the rootMarkers setting).",
)
_BACKEND = click.option(
    "--backend",
    type=click.Choice(["embedded", "openai", "transformers"]),
    default=None,
    help="Code-writing backend (default: the 'backend' setting, embedded).",
)
_JAVAC = click.option("--javac", default=None, help="javac executable (default: the 'javac' setting).")
_SET = click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Any setting, e.g. --set endpoint=http://localhost:8000/v1 --set model=ormb-lora (repeatable).",
)


def _settings(backend: str | None, javac: str | None, overrides: tuple[str, ...] = ()) -> Any:
    from ormb_assist.settings import Settings

    values: dict[str, Any] = {}
    for item in overrides:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.UsageError(f"--set expects KEY=VALUE, got '{item}'")
        values[key.strip()] = value
    values.update({k: v for k, v in {"backend": backend, "javac": javac}.items() if v})
    settings, warnings = Settings.from_dict(values)
    for w in warnings:
        click.echo(f"warning: {w}", err=True)
    return settings


def _root(workspace: Path | None, settings: Any) -> Path:
    """``--workspace`` (or the current folder) moved up to the ORMB workspace that holds it."""
    from ormb_assist.workspace_root import cli_workspace

    root, note = cli_workspace(workspace, settings.root_markers, index_dir_set=bool(settings.index_dir))
    if note:
        click.echo(f"note: {note}", err=True)
    return root


def _open_index(workspace: Path | None, settings: Any, steps: Any = None) -> Any:
    from ormb_assist.indexer.workspace import WorkspaceIndex
    from ormb_assist.progress import StepLog

    steps = steps or StepLog(quiet=True)
    workspace = _root(workspace, settings)
    fresh = not (settings.index_path(workspace) / "meta.json").exists()
    steps.step(f"{'building the first index of' if fresh else 'updating the index of'} {workspace}"
               + (" (parses and embeds everything once: about 25 s per 1,000 files on 2 cores)" if fresh else ""))  # fmt: skip
    index = WorkspaceIndex.open(workspace, settings)
    summary = index.build(progress=steps.stages())
    for problem in summary.problems[:20]:
        click.echo(f"note: {problem.path}: {problem.message}", err=True)
    return index


def _backend(settings: Any, index: Any) -> Any:
    from ormb_assist.generation.base import create_backend

    try:
        return create_backend(settings, index)
    except BackendError as exc:
        raise click.ClickException(exc.message) from exc


def result_dict(result: Any) -> dict[str, Any]:
    """JSON-ready view of a GenerationResult (code, files, javac and pattern results)."""
    verify = result.verify
    return {
        "status": result.status,
        "message": result.message,
        "spot": result.spot,
        "candidates": result.candidates,
        "class_name": result.class_name,
        "package": result.package,
        "rel_path": result.rel_path,
        "code": result.code,
        "gen_sources": result.gen_sources,
        "compiled": bool(verify and verify.ok),
        "diagnostics": [str(d) for d in verify.diagnostics] if verify else [],
        "javac_s": round(verify.elapsed_s, 3) if verify else None,
        "patterns": {
            "checks": result.patterns.checks,
            "score": result.patterns.score,
            "details": result.patterns.details,
        }
        if result.patterns
        else None,
        "rounds": result.rounds,
        "plan": result.plan.as_dict() if result.plan else None,
        "tables": [t.name for t in result.resolution.tables] if result.resolution else [],
        "timings": {k: round(v, 3) for k, v in result.timings.items()},
    }


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(result: Any, out: Path, with_gen: bool, force: bool) -> list[Path]:
    """Write the class (and optionally its _Gen) under ``out``/<package path>; all-or-nothing."""
    package_dir = out / result.package.replace(".", "/") if result.package else out
    files = {package_dir / f"{result.class_name}.java": result.code}
    if with_gen:
        for fqn, source in result.gen_sources.items():
            files[package_dir / (fqn.rsplit(".", 1)[-1] + ".java")] = source
    existing = [p for p in files if p.exists()]
    if existing and not force:
        raise click.ClickException(
            f"{existing[0]} exists; pass --force to overwrite it (nothing was written)"
        )
    written: list[Path] = []
    try:
        for path, text in files.items():
            _write_atomic(path, text)
            written.append(path)
    except OSError as exc:
        for path in written:
            if path not in existing:
                path.unlink(missing_ok=True)
        raise click.ClickException(f"could not write {path}: {exc}") from exc
    return written


@click.command("generate")
@_WORKSPACE
@click.argument("objective")
@_BACKEND
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the class under DIR/<package path>/; a relative DIR is read against the workspace, "
    "and DIR naming the source root or a folder above it (src, .) writes into the source root (src/cm).",
)
@click.option("--with-gen", is_flag=True, help="With --out, also write the emulated _Gen superclass.")
@click.option("--force", is_flag=True, help="With --out, overwrite existing files.")
@click.option(
    "--spot", default=None, help="Implement this spot (name or fqn) instead of the resolver's choice."
)
@click.option(
    "--any-spot", is_flag=True, help="Generate for the top candidate even when no spot matches clearly."
)
@click.option(
    "--pick",
    is_flag=True,
    help="When unsure which spot is meant, ask which of the top 3 to implement "
    f"(without it: list them on stderr and exit with status {EXIT_UNSURE}).",
)
@click.option(
    "--file", "current_file", type=click.Path(dir_okay=False, path_type=Path), help="File being edited."
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object (code, javac and pattern results)."
)
@_JAVAC
@_SET
def generate_cmd(workspace: Path, objective: str, backend: str | None, out: Path | None, with_gen: bool, force: bool,
                 spot: str | None, any_spot: bool, pick: bool, current_file: Path | None, as_json: bool,
                 javac: str | None, overrides: tuple[str, ...]) -> None:  # fmt: skip
    """Generate an ORMB algorithm class for OBJECTIVE, compile-checked with javac.

    Exit status: 0 generated, 1 failed, 2 no spot matches, 3 unsure between spots (the top 3 are
    listed on stderr; choose with --spot NAME or --pick)."""
    from ormb_assist.generation.output_dir import resolve_out
    from ormb_assist.generation.pipeline import generate_algorithm, validate_objective
    from ormb_assist.progress import StepLog

    try:
        objective = validate_objective(objective)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    settings = _settings(backend, javac, overrides)
    javac_server.prewarm(settings.javac)  # the JVM starts while the index loads
    steps = StepLog(quiet=as_json)
    index = _open_index(workspace, settings, steps)
    steps.step(f"starting the {settings.backend} backend")
    engine = _backend(settings, index)
    steps.step("resolving the objective (the first run loads the embedding model)")
    from ormb_assist.indexer.resolver import Resolver

    resolver = Resolver(index)
    current = str(current_file) if current_file else None
    if not spot and not any_spot:
        spot = _settle_spot(resolver.resolve(objective, current_file=current), pick, as_json)
    steps.step("writing and compiling the class")
    result = generate_algorithm(index, objective, engine, settings, current_file=current, resolver=resolver,
                                force=any_spot, spot=spot)  # fmt: skip
    written: list[Path] = []
    if out is not None:
        out = resolve_out(out, index.workspace, result.rel_path or "", result.package or "")
    if out is not None and result.status == "ok":
        written = write_outputs(result, out, with_gen, force)
    if as_json:
        data = result_dict(result)
        data["written"] = [str(p) for p in written]
        click.echo(json.dumps(data))
    else:
        if result.plan is not None:
            click.echo("// Plan\n" + "".join(f"//   {line}\n" for line in result.plan.lines()), err=True)
        if result.code:
            click.echo(result.code, nl=False)
    _status_line(result, written, out)
    if result.status != "ok":
        sys.exit(2 if result.status == "no_spot" else 1)


def _settle_spot(resolution: Any, pick: bool, as_json: bool) -> str | None:
    """The spot to implement when the resolver is unsure: the user's pick (``--pick``), else the
    top 3 with one-line reasons and exit ``EXIT_UNSURE``.  None: let the pipeline decide."""
    if not (resolution.unsure and resolution.confident and resolution.spots):
        return None
    choices = resolution.spots[:3]
    lines = [f"  {n}. {s.name} ({s.probability:.0%}): {s.pick_reason}" for n, s in enumerate(choices, 1)]
    header = f"unsure which spot is meant (confidence {resolution.confidence:.0%}); the closest are:"
    click.echo("\n".join([header, *lines]), err=True)
    if pick:
        chosen = click.prompt(
            "Implement which one", type=click.IntRange(1, len(choices)), default=1, err=True
        )
        return choices[chosen - 1].name
    if as_json:
        click.echo(json.dumps({"status": "unsure", "confidence": resolution.confidence,
                               "candidates": [{"spot": s.name, "probability": s.probability,
                                               "reason": s.pick_reason} for s in choices]}))  # fmt: skip
    click.echo(
        f"unsure: choose with --spot NAME (or --pick); nothing generated (exit {EXIT_UNSURE})", err=True
    )
    sys.exit(EXIT_UNSURE)


def _status_line(result: Any, written: list[Path], out: Path | None) -> None:
    parts = [f"{result.status}: {result.message}"]
    if result.patterns:
        passed = sum(1 for v in result.patterns.checks.values() if v)
        applicable = sum(1 for v in result.patterns.checks.values() if v is not None)
        failed = ", ".join(result.patterns.failed)
        parts.append(f"patterns {passed}/{applicable}" + (f" (failed: {failed})" if failed else ""))
    if written:
        parts.append("wrote " + ", ".join(str(p) for p in written))
    elif result.status == "ok" and out is None and result.rel_path:
        parts.append(f"printed on stdout, not written; belongs at {result.rel_path} (use --out to write it)")
    elif out is not None and result.status != "ok":
        parts.append("nothing written")
    click.echo("; ".join(parts), err=True)


@click.command("generate")
@_WORKSPACE
@click.option("--cases", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help='JSONL: {"id", "objective", "expected_spot", "expected_tables"} per line.')  # fmt: skip
@_BACKEND
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N cases.")
@click.option("--json", "as_json", is_flag=True, help="Only the JSON summary (always the last stdout line).")
@click.option(
    "--details", type=click.Path(dir_okay=False, path_type=Path), help="Write per-case results (JSONL) here."
)
@_JAVAC
@_SET
def eval_generate_cmd(workspace: Path, cases: Path, backend: str | None, limit: int | None, as_json: bool,
                      details: Path | None, javac: str | None, overrides: tuple[str, ...]) -> None:  # fmt: skip
    """Generate for every case and report compile, spot, table and pattern rates plus latency."""
    from ormb_assist.generation.evaluate import evaluate_cases, load_cases

    try:
        loaded = load_cases(cases)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if limit:
        loaded = loaded[:limit]
    settings = _settings(backend, javac, overrides)
    javac_server.prewarm(settings.javac)
    index = _open_index(workspace, settings)
    engine = _backend(settings, index)

    def progress(row: dict[str, Any]) -> None:
        if not as_json:
            click.echo(
                f"{row['id']:<24} {row['status']:<15} spot={'Y' if row['spot_correct'] else 'n'} "
                f"tables={row['tables_used']:.2f} patterns={row['pattern_score']:.2f} {row['seconds']:.2f}s",
                err=True,
            )

    summary, rows = evaluate_cases(index, engine, settings, loaded, progress=progress)
    if details:
        details.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    click.echo(json.dumps(summary))


@click.command("behaviour")
@_WORKSPACE
@click.option("--cases", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="JSONL cases (docs/behaviour-eval.md).")  # fmt: skip
@click.option("--scenarios", "scenarios_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Folder of <case id>.json scenario files [default: 'scenarios' beside --cases].")  # fmt: skip
@_BACKEND
@click.option("--reference", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Run the hand-written classes in DIR/<case id>/*.java instead of generating.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N cases.")
@click.option("--case", "only", multiple=True, help="Only these case ids (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Add per-case results to the JSON summary line.")
@click.option(
    "--details", type=click.Path(dir_okay=False, path_type=Path), help="Write per-case results (JSONL) here."
)
@_JAVAC
@_SET
def eval_behaviour_cmd(workspace: Path, cases: Path, scenarios_dir: Path | None, backend: str | None,
                       reference: Path | None, limit: int | None, only: tuple[str, ...], as_json: bool,
                       details: Path | None, javac: str | None, overrides: tuple[str, ...]) -> None:  # fmt: skip
    """Compile each case's class against the executable framework and run its scenarios.

    The last stdout line is the JSON summary (pass_rate, scenario_pass_rate, compile_rate,
    spot_correct_rate...). With --reference the exit status is 1 when a reference fails.
    """
    from ormb_assist.generation.behaviour.evaluate import evaluate
    from ormb_assist.generation.behaviour.framework import FrameworkBuildError
    from ormb_assist.generation.evaluate import load_cases

    try:
        loaded = load_cases(cases)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if only:
        loaded = [c for c in loaded if c["id"] in set(only)]
    if limit:
        loaded = loaded[:limit]
    scenarios_dir = scenarios_dir or cases.parent / "scenarios"
    if not scenarios_dir.is_dir():
        raise click.ClickException(f"no scenarios folder {scenarios_dir} (pass --scenarios DIR)")
    settings = _settings(backend, javac, overrides)
    javac_server.prewarm(settings.javac)
    workspace = _root(workspace, settings)
    index = _open_index(workspace, settings) if reference is None else None
    engine = _backend(settings, index) if index is not None else None

    def progress(row: dict[str, Any]) -> None:
        verdict = "PASS" if row["passed"] else "FAIL"
        click.echo(f"{row['id']:<16} {verdict} {row['n_passed']}/{row['n_scenarios']} scenarios "
                   f"compiled={'Y' if row['compiled'] else 'n'} spot={'Y' if row['spot_correct'] else 'n'} "
                   f"{row['seconds']:.2f}s {row['message']}", err=True)  # fmt: skip
        for error in row.get("compile_errors", [])[:5]:
            click.echo(f"    javac: {error}", err=True)
        for s in row["scenarios"]:
            if not s["passed"]:
                click.echo(f"    - {s['name']}: {'; '.join(s['reasons'])}", err=True)

    try:
        summary, rows = evaluate(workspace, loaded, scenarios_dir, index=index, reference=reference,
                                 backend=engine, settings=settings, javac=settings.javac, progress=progress)  # fmt: skip
    except FrameworkBuildError as exc:
        raise click.ClickException(str(exc)) from exc
    if details:
        details.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    if as_json:
        summary["cases"] = rows
    click.echo(json.dumps(summary))
    if reference is not None and summary["pass_rate"] < 1.0:
        sys.exit(1)
