"""``ormb-assist doctor``: check every stored component of a workspace, and repair what is broken.

Components: the index metadata (format, model, dim, a finished build), the ``files`` and ``chunks``
tables (every row read, duplicate and orphan chunks), the full-text index (a query for a stored word
must find it), the resolver's vector cache and the harvest store (SQLite quick check; events that
today's redaction would change).  ``--repair`` fixes each with the smallest step that works: the
full-text index is rebuilt on its own, a broken cache is dropped, a damaged harvest store is salvaged
row by row, anything else rebuilds the index; then everything is checked again.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import numpy as np

from ormb_assist.harvest import check_store, redact_stored, salvage_store, unredacted_events
from ormb_assist.settings import Settings

log = logging.getLogger(__name__)

REBUILD = "rebuild"  # repair by rebuilding the whole index
RESOLVER_CACHE = "resolver_vectors.npz"


@dataclass
class Finding:
    component: str
    problem: str = ""  # "" when fine
    detail: str = ""  # what was found when fine
    repair: str | Callable[[], str] | None = None  # REBUILD, or a function returning what it did

    @property
    def ok(self) -> bool:
        return not self.problem


def check(workspace: Path, settings: Settings | None = None) -> list[Finding]:
    """Every component's state; nothing is changed."""
    from ormb_assist.indexer.workspace import WorkspaceIndex

    settings = settings or Settings()
    index = WorkspaceIndex(workspace, settings)
    findings = _check_index(index)
    findings.append(_check_cache(index, findings))
    findings.extend(_check_harvest(settings.harvest_file(index.workspace)))
    return findings


def _check_index(index: Any) -> list[Finding]:
    from ormb_assist.indexer.store import DB_DIR, META_FILE, IndexCorruptError
    from ormb_assist.indexer.workspace import _decode

    store = index.store
    if not (index.index_dir / META_FILE).exists() and not (index.index_dir / DB_DIR).exists():
        return [Finding("index", "not built yet", repair=REBUILD)]
    try:
        store.open()
    except IndexCorruptError as exc:
        return [Finding("index", str(exc), repair=REBUILD)]
    found = [Finding("index", detail=f"{index.index_dir} (dim {store.dim})")]
    try:
        rows = store.load_files()
        for row in rows:
            _decode(row)
        paths = {row.path for row in rows}
        found.append(Finding("files table", detail=f"{len(rows)} files"))
    except Exception as exc:
        return [*found, Finding("files table", f"unreadable ({type(exc).__name__}: {exc})", repair=REBUILD)]
    try:
        table = store.chunks.to_arrow()  # every column of every row: damaged data files show here
    except Exception as exc:
        return [*found, Finding("chunks table", f"unreadable ({type(exc).__name__}: {exc})", repair=REBUILD)]
    ids = Counter(table.column("id").to_pylist())
    twice = sum(n - 1 for n in ids.values() if n > 1)
    orphans = {o for o in table.column("owner").to_pylist() if o and o not in paths and "!" not in o}
    if twice:
        found.append(Finding("chunks table", f"{twice} chunks stored more than once", repair=REBUILD))
    elif orphans:
        found.append(
            Finding("chunks table", f"chunks of {len(orphans)} files the index does not know", repair=REBUILD)
        )
    else:
        found.append(Finding("chunks table", detail=f"{table.num_rows} chunks"))
    found.append(_check_fts(store, table))
    return found


def _check_fts(store: Any, table: Any) -> Finding:
    def rebuild_fts() -> str:
        store.refresh_fts(full=True)
        return "full-text index rebuilt"

    if not table.num_rows:
        return Finding("full-text index", detail="empty index")
    try:
        if store.fts_missing():
            return Finding("full-text index", "missing", repair=rebuild_fts)
        word = next(
            (w for w in str(table.column("search_text")[0]).split() if w.isalpha() and len(w) > 3), ""
        )
        if word and not store._fts(word, 5, ""):
            return Finding(
                "full-text index", f"finds nothing for the stored word {word!r}", repair=rebuild_fts
            )
    except Exception as exc:
        return Finding("full-text index", f"unusable ({type(exc).__name__}: {exc})", repair=rebuild_fts)
    return Finding("full-text index", detail="answers queries")


def _check_cache(index: Any, findings: list[Finding]) -> Finding:
    path = index.index_dir / RESOLVER_CACHE

    def drop() -> str:
        path.unlink(missing_ok=True)
        return f"{RESOLVER_CACHE} removed (the resolver embeds its features again on next use)"

    if not path.exists():
        return Finding("resolver cache", detail="none yet")
    try:
        with np.load(path, allow_pickle=False) as data:
            shapes = Counter(data[k].shape for k in data.files)
    except Exception as exc:
        return Finding("resolver cache", f"unreadable ({type(exc).__name__}: {exc})", repair=drop)
    dim = index.store._dim if index.store.chunks is not None else None
    if len(shapes) > 1 or any(len(s) != 1 or (dim and s[0] != dim) for s in shapes):
        return Finding("resolver cache", f"vectors of shape {sorted(shapes)} (index dim {dim})", repair=drop)
    return Finding("resolver cache", detail=f"{sum(shapes.values())} vectors")


def _check_harvest(path: Path) -> list[Finding]:
    if not path.exists():
        return [Finding("harvest store", detail=f"none at {path}")]
    problem = check_store(path)
    if problem:

        def salvage() -> str:
            rows, aside = salvage_store(path)
            return f"harvest store salvaged: {rows} events kept, the damaged file moved to {aside.name}"

        return [Finding("harvest store", f"{path}: {problem}", repair=salvage)]
    found = [Finding("harvest store", detail=str(path))]
    leaking = unredacted_events(path)
    if leaking:

        def scrub() -> str:
            return f"{redact_stored(path)} events redacted in place"

        found.append(
            Finding("harvest secrets", f"{len(leaking)} events hold unredacted secrets", repair=scrub)
        )
    return found


def repair(workspace: Path, findings: list[Finding], settings: Settings | None = None) -> list[str]:
    """Apply the repairs the findings ask for; returns one line per action taken."""
    from ormb_assist.indexer.workspace import WorkspaceIndex

    done = []
    broken = [f for f in findings if not f.ok]
    if any(f.repair == REBUILD for f in broken):
        index = WorkspaceIndex.open(workspace, settings or Settings())
        summary = index.build(full=True)
        done.append(f"index rebuilt: {summary.files_indexed} files, {summary.chunks} chunks")
        broken = [f for f in broken if f.component not in ("full-text index", "resolver cache")]
    for finding in broken:
        if callable(finding.repair):
            try:
                done.append(finding.repair())
            except Exception as exc:
                done.append(f"{finding.component}: repair failed ({type(exc).__name__}: {exc})")
    return done


def _print(findings: list[Finding]) -> None:
    for f in findings:
        status = "ok  " if f.ok else "FAIL"
        click.echo(f"{status} {f.component:16} {f.detail if f.ok else f.problem}")


@click.command("doctor")
@click.option(
    "--workspace",
    "-w",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Workspace whose index and harvest store to check.",
)
@click.option("--repair", "do_repair", is_flag=True, help="Repair what is broken, then check again.")
@click.option("--json", "as_json", is_flag=True, help="Last stdout line: the findings as one JSON object.")
def doctor_cmd(workspace: Path, do_repair: bool, as_json: bool) -> None:
    """Check the index (metadata, tables, full-text index, vector cache) and the harvest store.

    Exit status 0 when everything is usable (after --repair: once repaired), 1 otherwise.
    """
    settings = Settings()
    findings = check(workspace, settings)
    _print(findings)
    actions: list[str] = []
    if do_repair and any(not f.ok for f in findings):
        actions = repair(workspace, findings, settings)
        for line in actions:
            click.echo(f"repaired: {line}")
        findings = check(workspace, settings)
        click.echo("after repair:")
        _print(findings)
    problems = [f for f in findings if not f.ok]
    if as_json:
        click.echo(
            json.dumps(
                {
                    "ok": not problems,
                    "repaired": actions,
                    "findings": [
                        {"component": f.component, "problem": f.problem, "detail": f.detail} for f in findings
                    ],
                }
            )
        )
    if problems:
        hint = "" if do_repair else " (run again with --repair)"
        raise click.ClickException(f"{len(problems)} problem(s) found{hint}")
