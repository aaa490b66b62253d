"""Start/stop the fake OpenAI-protocol server (tests/fake_openai_server.py) as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SERVER = Path(__file__).with_name("fake_openai_server.py")


@dataclass
class FakeServer:
    url: str
    log: Path
    process: subprocess.Popen

    def requests(self) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines()]


@contextmanager
def fake_openai(
    tmp_path: Path, script: dict[str, Any], mode: str = "normal", delay: float = 2.0
) -> Iterator[FakeServer]:
    script_file = tmp_path / f"script-{mode}.json"
    script_file.write_text(json.dumps(script))
    log = tmp_path / f"requests-{mode}.jsonl"
    proc = subprocess.Popen(
        [
            sys.executable,
            str(SERVER),
            "--script",
            str(script_file),
            "--mode",
            mode,
            "--delay",
            str(delay),
            "--log",
            str(log),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line.startswith("PORT "):
            raise RuntimeError(f"fake server did not start: {line!r}")
        yield FakeServer(f"http://127.0.0.1:{int(line.split()[1])}/v1", log, proc)
    finally:
        proc.kill()
        proc.wait(10)
