"""Terminal output of ``ormb-assist index``: a progress bar on stderr and the summary table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ormb_assist.indexer.models import IndexSummary

STAGES = {"parse": "parsing files", "embed": "embedding chunks"}


@contextmanager
def progress_bar(console: Console) -> Iterator[Callable[[str, int, int], None]]:
    """Yield a ``progress(stage, done, total)`` callback drawing one bar per stage."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False, disable=not console.is_terminal) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def print_summary(summary: IndexSummary, index_dir: Path, console: Console) -> None:
    counts = Table(title=f"index {index_dir}", show_header=True, header_style="bold")
    counts.add_column("what")
    counts.add_column("count", justify="right")
    rows = [
        ("files seen", summary.files_seen),
        ("files indexed", summary.files_indexed),
        ("files unchanged", summary.files_unchanged),
        ("files renamed", summary.files_renamed),
        ("files deleted", summary.files_deleted),
        ("files skipped", summary.files_skipped),
        ("java classes", summary.java_classes),
        ("spots", summary.spots),
        ("tables", summary.tables),
        ("jar classes", summary.jar_classes),
        ("chunks", summary.chunks),
        ("chunks embedded now", summary.chunks_embedded),
    ]
    for name, value in rows:
        counts.add_row(name, f"{value:,}")
    console.print(counts)
    timings = ", ".join(f"{k} {v:.2f}s" for k, v in summary.timings.items())
    console.print(f"timings: {timings}")
    if summary.rebuilt:
        console.print(
            "[yellow]the stored index was unusable (corrupt or older format) and was rebuilt[/yellow]"
        )
    if not summary.problems:
        console.print("no problems found")
        return
    by_kind = Counter(p.kind for p in summary.problems)
    console.print(
        f"{len(summary.problems)} problem(s): " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items()))
    )
    for problem in summary.problems:
        console.print(f"  {problem.path}: [{problem.kind}] {problem.message}", markup=False, highlight=False)
