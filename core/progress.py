"""Plain progress lines on stderr for long command-line steps (first index, model load, generate).

A cold ``generate`` used to run for over a minute in silence.  These lines are plain text, not a
progress bar, so they read the same in a terminal, a CI log and an editor's output panel; stdout
stays reserved for the command's result.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

STAGE_WORDS = {"parse": "parsing files", "embed": "embedding chunks"}


class StepLog:
    """``step("indexing")`` prints ``[  0.0s] indexing ...``; stage callbacks print at most one line
    per stage and then every ``every_s`` seconds, so a 10k-file build stays a few lines."""

    def __init__(self, stream: TextIO | None = None, quiet: bool = False, every_s: float = 10.0) -> None:
        self.stream = stream
        self.quiet = quiet
        self.every_s = every_s
        self.started = time.perf_counter()

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def step(self, text: str) -> None:
        if self.quiet:
            return
        stream = self.stream or sys.stderr  # looked up late: click's test runner swaps sys.stderr
        stream.write(f"[{self.elapsed():5.1f}s] {text}\n")
        stream.flush()

    def stages(self) -> Callable[[str, int, int], None]:
        """A ``progress(stage, done, total)`` callback (the indexer's) that prints a few lines."""
        last: dict[str, float] = {}

        def report(stage: str, done: int, total: int) -> None:
            now = time.perf_counter()
            first = stage not in last
            if not first and now - last[stage] < self.every_s and done < total:
                return
            if not first and done >= total and last.get(stage, 0.0) < 0:
                return  # the final line of this stage was printed already
            last[stage] = -1.0 if done >= total else now
            words = STAGE_WORDS.get(stage, stage)
            self.step(f"  {words} {done:,}/{total:,}" if total else f"  {words}")

        return report
