"""Human-readable output of ``ormb-assist resolve`` and ``ormb-assist eval retrieval`` (rich tables)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from ormb_assist.indexer.context import simple_signature
from ormb_assist.indexer.models import Resolution


def print_resolution(resolution: Resolution, console: Console) -> None:
    if not resolution.confident:
        console.print(
            "[yellow]No spot matches this objective well; these are the closest candidates. "
            "Try naming the event (e.g. 'before bill completion') or the entity (contract type, BO status).[/]"
        )
    if resolution.unsure and resolution.confident:
        console.print(
            f"[yellow]Unsure between the first spots (confidence {resolution.confidence:.2f}): "
            "check the event each one fires on, or name the event in the objective.[/]"
        )
    spots = Table(title="SPOT interfaces", show_lines=True)
    spots.add_column("#", justify="right")
    spots.add_column("spot")
    spots.add_column("score", justify="right")
    spots.add_column("method signatures")
    spots.add_column("why")
    for n, spot in enumerate(resolution.spots, 1):
        methods = "\n".join(simple_signature(m) for m in spot.methods)
        spots.add_row(
            str(n), f"{spot.name}\n[dim]{spot.fqn}[/]", f"{spot.score:.3f}", methods, "\n".join(spot.reasons)
        )
    console.print(spots)

    tables = Table(title="Tables")
    tables.add_column("#", justify="right")
    tables.add_column("table")
    tables.add_column("score", justify="right")
    tables.add_column("columns", justify="right")
    tables.add_column("keys")
    tables.add_column("why")
    for n, table in enumerate(resolution.tables, 1):
        info = table.table
        keys = ", ".join(info.primary_key) if info else ""
        fks = ", ".join(f"{'/'.join(fk.columns)}->{fk.ref_table}" for fk in info.foreign_keys) if info else ""
        tables.add_row(
            str(n),
            table.name,
            f"{table.score:.3f}",
            str(len(info.columns)) if info else "?",
            "PK " + keys + (f"\nFK {fks}" if fks else ""),
            "; ".join(table.reasons),
        )
    console.print(tables)

    examples = Table(title="Example algorithms")
    examples.add_column("#", justify="right")
    examples.add_column("class")
    examples.add_column("score", justify="right")
    examples.add_column("tables")
    examples.add_column("why")
    for n, ex in enumerate(resolution.examples, 1):
        examples.add_row(
            str(n),
            f"{ex.fqn}\n[dim]{ex.path}[/]",
            f"{ex.score:.3f}",
            ", ".join(ex.tables),
            "; ".join(ex.reasons),
        )
    console.print(examples)
    console.print(f"[dim]resolved in {resolution.elapsed_ms:.1f} ms[/]")


def print_eval(summary: dict[str, Any], console: Console) -> None:
    table = Table(title=f"Retrieval eval ({summary['n']} cases)")
    for column in ("id", "spot rank", "expected spot", "top spots", "table recall", "missing tables", "ms"):
        table.add_column(column)
    for case in summary["cases"]:
        missing = sorted(set(case["expected_tables"]) - set(case["predicted_tables"]))
        rank = case["spot_rank"] or "-"
        style = "" if case["spot_rank"] == 1 and not missing else "yellow"
        table.add_row(
            case["id"],
            str(rank),
            case["expected_spot"],
            ", ".join(case["predicted_spots"][:3]),
            f"{case['table_recall']:.2f}",
            ", ".join(missing),
            f"{case['ms']:.1f}",
            style=style,
        )
    console.print(table)
    keys = (
        "spot_top1",
        "spot_top3",
        "spot_top5",
        "spot_mrr",
        "table_recall_at_5",
        "asked",
        "spot_top1_not_asked",
        "p50_ms",
        "p95_ms",
        "warmup_ms",
    )
    console.print("  ".join(f"{k}={summary[k]}" for k in keys if k in summary))
