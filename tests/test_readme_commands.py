"""The README's two fresh-machine commands stay what CI and users run (.ci/run calls command 2)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bash_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```bash\n(.*?)```", text, re.S)]


def test_readme_opens_with_the_main_job_then_the_test_command_that_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    main_job, tests = _bash_blocks(readme)[:2]
    assert "ormb-assist generate --workspace examples/workspace" in main_job
    assert tests.endswith(".venv/bin/pytest") and "ruff check ." in tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert any(line.strip() == tests for line in ci.splitlines()), "README command 2 is not what .ci/run runs"
