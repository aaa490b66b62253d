"""``ormb-assist harvest stats|export``: read the local store of completion events."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ormb_assist.harvest import EVENT_KINDS, HarvestStore
from ormb_assist.settings import Settings


def _store(workspace: str | None, store: str | None) -> HarvestStore:
    path = Path(store) if store else Settings().harvest_file(Path(workspace or "."))
    if not path.exists():
        raise click.ClickException(f"no harvest store at {path} (nothing recorded yet, or telemetry is off)")
    return HarvestStore(path)


@click.group(name="harvest")
def harvest_group() -> None:
    """Inspect or export accepted completions recorded by the language server."""


@harvest_group.command("stats")
@click.option(
    "--workspace", "-w", type=click.Path(file_okay=False), help="Workspace whose default store to read."
)
@click.option("--store", type=click.Path(dir_okay=False), help="Path of the SQLite store.")
def stats_cmd(workspace: str | None, store: str | None) -> None:
    """Counts by event kind, backend/model, and the acceptance rate."""
    click.echo(json.dumps(_store(workspace, store).stats(), indent=2))


@harvest_group.command("export")
@click.option("--workspace", "-w", type=click.Path(file_okay=False))
@click.option("--store", type=click.Path(dir_okay=False))
@click.option(
    "--kind", "kinds", multiple=True, type=click.Choice(EVENT_KINDS), help="Only these kinds (repeatable)."
)
@click.argument("out", type=click.Path(dir_okay=False))
def export_cmd(workspace: str | None, store: str | None, kinds: tuple[str, ...], out: str) -> None:
    """Write events as JSON lines to OUT."""
    n = _store(workspace, store).export_jsonl(out, kinds or None)
    click.echo(f"wrote {n} events to {out}")
