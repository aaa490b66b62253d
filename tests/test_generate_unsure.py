"""`ormb-assist generate` when the resolver is unsure which spot is meant: the top 3 with reasons on
stderr and exit status 3 (nothing generated or written), `--pick` asks, `--spot` chooses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ormb_assist.cli import main

# Names a bill twice, but its trigger is a To Do being completed: the sample workspace's own
# implementations leave the resolver unsure between the bill and To Do spots.
UNSURE = "when the bill-in-error To Do is completed, retry that bill automatically"


@pytest.fixture(scope="module")
def cli_workspace(tmp_path_factory: pytest.TempPathFactory, indexed_workspace) -> Path:
    from conftest import prebuilt_copy

    return prebuilt_copy(tmp_path_factory.mktemp("askcli") / "workspace", indexed_workspace.index_dir)


def test_cli_lists_the_top_three_and_exits_3_without_writing(cli_workspace: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["generate", "-w", str(cli_workspace), "--out", str(out), UNSURE])
    assert result.exit_code == 3, result.output
    listed = [line for line in result.stderr.splitlines() if line.startswith("  ")]
    assert len(listed) == 3 and any("ToDoTypeToDoPostProcessAlgorithmSpot" in line for line in listed)
    assert all("fires " in line for line in listed)
    assert not out.exists() and result.stdout == ""


def test_cli_pick_asks_and_generates_the_chosen_spot(cli_workspace: Path):
    listing = CliRunner().invoke(main, ["generate", "-w", str(cli_workspace), "--json", UNSURE])
    assert listing.exit_code == 3
    candidates = json.loads(listing.stdout.strip().splitlines()[-1])["candidates"]
    choice = next(
        n for n, c in enumerate(candidates, 1) if c["spot"] == "ToDoTypeToDoPostProcessAlgorithmSpot"
    )
    picked = CliRunner().invoke(
        main, ["generate", "-w", str(cli_workspace), "--pick", "--json", UNSURE], input=f"{choice}\n"
    )
    assert "Implement which one" in picked.stderr
    data = json.loads(picked.stdout.strip().splitlines()[-1])
    assert data["spot"] == "ToDoTypeToDoPostProcessAlgorithmSpot", data["message"]


def test_cli_spot_option_skips_the_question(cli_workspace: Path):
    result = CliRunner().invoke(main, ["generate", "-w", str(cli_workspace), "--json", "--spot",
                                       "ToDoTypeToDoPostProcessAlgorithmSpot", UNSURE])  # fmt: skip
    assert result.exit_code != 3 and "unsure" not in result.stderr
    assert (
        json.loads(result.stdout.strip().splitlines()[-1])["spot"] == "ToDoTypeToDoPostProcessAlgorithmSpot"
    )
