"""Harvest store: redaction, concurrent writers in several processes, export and CLI."""

import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from ormb_assist.cli import main
from ormb_assist.harvest import HarvestEvent, HarvestStore, redact

_WRITER = """
import sys

import pytest
from ormb_assist.harvest import HarvestEvent, HarvestStore
store = HarvestStore(sys.argv[1])
for i in range(int(sys.argv[3])):
    store.record(HarvestEvent(kind="accepted", item_id=f"{sys.argv[2]}-{i}", suggestion=f"ps.bindId({i})"))
"""


def test_redacts_credentials() -> None:
    text = 'String password = "hunter2"; key sk-abcdefghijklmnopqrstuvwx; jdbc:oracle:thin:cisadm/s3cret@db:1521/ORMB'
    out = redact(text)
    assert "hunter2" not in out
    assert "sk-abcdefghijklmnopqrstuvwx" not in out
    assert "s3cret" not in out
    assert "password" in out  # the structure stays readable


def test_record_is_redacted_on_disk(tmp_path) -> None:
    store = HarvestStore(tmp_path / "h.sqlite")
    store.record(
        HarvestEvent(
            kind="accepted", prefix='apiKey = "abc123XYZ"', suggestion="x", extra={"token": "t0ps3cret"}
        )
    )
    raw = sqlite3.connect(tmp_path / "h.sqlite").execute("SELECT prefix, extra FROM events").fetchone()
    assert "abc123XYZ" not in raw[0]
    assert "t0ps3cret" not in raw[1]


def test_concurrent_processes_lose_nothing(tmp_path) -> None:
    path = str(tmp_path / "h.sqlite")
    HarvestStore(path)
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, path, str(w), "40"]) for w in range(4)]
    for p in procs:
        assert p.wait(120) == 0
    ids = {e.item_id for e in HarvestStore(path).events()}
    assert len(ids) == 160


def test_unknown_kind_is_rejected(tmp_path) -> None:
    store = HarvestStore(tmp_path / "h.sqlite")
    try:
        store.record(HarvestEvent(kind="clicked"))
    except ValueError as exc:
        assert "clicked" in str(exc)
    else:
        raise AssertionError("unknown kind accepted")


def test_stats_and_export_cli(tmp_path) -> None:
    store = HarvestStore(tmp_path / "h.sqlite")
    for kind in ("shown", "shown", "accepted", "partial"):
        store.record(HarvestEvent(kind=kind, suggestion="SELECT BILL_ID FROM CI_BILL", backend="embedded"))
    runner = CliRunner()
    result = runner.invoke(main, ["harvest", "stats", "--store", str(tmp_path / "h.sqlite")])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert stats["total"] == 4 and stats["acceptance_rate"] == 1.0
    out = tmp_path / "events.jsonl"
    result = runner.invoke(
        main, ["harvest", "export", "--store", str(tmp_path / "h.sqlite"), "--kind", "accepted", str(out)]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["kind"] for r in rows] == ["accepted"]


def test_missing_store_is_a_clear_error(tmp_path) -> None:
    result = CliRunner().invoke(main, ["harvest", "stats", "--store", str(tmp_path / "none.sqlite")])
    assert result.exit_code != 0
    assert "no harvest store" in result.output


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('String password = "hunter2";', "hunter2"),
        ("pwd: s3cr3t; next", "s3cr3t"),
        ('{"token": "t0ps3cret"}', "t0ps3cret"),
        ("cfg.put(api_key(abc123XYZ));", "abc123XYZ"),
        ("conn.setRequestProperty(auth, Bearer abcDEF123456789xyz);", "abcDEF123456789xyz"),
        ("url = jdbc:oracle:thin:cisadm/s3cret@db:1521/ORMB", "s3cret"),
        ("key sk-abcdefghijklmnopqrstuvwx here", "sk-abcdefghijklmnopqrstuvwx"),
        ("AKIAABCDEFGHIJKLMNOP,", "AKIAABCDEFGHIJKLMNOP"),
        ("ghp_abcdefghijklmnopqrstuvwxyz0123", "ghp_abcdefghijklmnopqrstuvwxyz0123"),
        ("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop", "eyJhbGciOiJIUzI1NiJ9"),
        ("secret: -----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----", "MIIEow"),
        ("AKIAABCDEFGHIJKLMNOPjdbc:oracle:thin:u/p@h", "AKIAABCDEFGHIJKLMNOP"),
    ],
)
def test_redact_is_idempotent(text: str, secret: str) -> None:
    once = redact(text)
    assert secret not in once
    assert "<redacted>" in once
    assert redact(once) == once


def test_redact_leaves_marker_and_following_code_alone() -> None:
    text = "password: <redacted>; call(token=<redacted>)}"
    assert redact(text) == text
