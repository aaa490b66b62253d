"""Dataset builder: harvest and workspace sources, redaction, de-duplication, leak-free split, encoding."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from ormb_assist.cli import main
from ormb_assist.harvest import HarvestEvent, HarvestStore
from ormb_assist.training.dataset import DatasetError, build_dataset, load_split
from ormb_assist.training.encoding import IGNORE, encode_rows, render_chat

PREFIX = 'PreparedStatement ps = createPreparedStatement("SELECT BILL_ID FROM CI_BILL WHERE ACCT_ID = :acct", "bills");\n'


def _class(name: str, body_lines: int, spot: str = "BillCompletionAlgorithmSpot") -> str:
    body = "".join(
        f"        total = total.add(line{i}.getAmount()); // line {i} of {name}\n" for i in range(body_lines)
    )
    return (
        f"package com.splwg.cm.domain.billing.algorithm;\n\npublic class {name} extends {name}_Gen implements {spot} {{\n"
        f"    public void invoke() {{\n        BigDecimal total = BigDecimal.ZERO;\n        {PREFIX}{body}    }}\n}}\n"
    )


def _harvest(path: Path) -> HarvestStore:
    store = HarvestStore(path)
    for i in range(6):  # inline completions in six files: shown then accepted
        for kind in ("shown", "accepted"):
            store.record(HarvestEvent(kind=kind, item_id=f"in{i}", file=f"src/Alg{i}.java", prefix=PREFIX, suffix="\n}\n",
                                      suggestion=f'ps.bindId("acct", account{i}.getId());'))  # fmt: skip
    store.record(HarvestEvent(kind="shown", item_id="only-shown", suggestion="x();"))
    store.record(HarvestEvent(kind="rejected", item_id="nope", suggestion="y();"))
    store.record(HarvestEvent(kind="partial", item_id="part", file="src/Part.java", prefix="int a = ", suffix=";",
                              suggestion="computeTotal(bill, account)", accepted_text="computeTotal("))  # fmt: skip
    for i, name in enumerate(
        ["CmCheckBillOne", "CmCheckBillTwo", "CmCheckBillThree"]
    ):  # generated + applied classes
        store.record(HarvestEvent(kind="generated", file=f"src/{name}.java", context=f"check bill rule {i}",
                                  suggestion=_class(name, 8 + i * 5), accepted_text=_class(name, 8 + i * 5)))  # fmt: skip
    store.record(
        HarvestEvent(
            kind="generated",
            file="src/Discarded.java",
            context="not applied",
            suggestion=_class("Discarded", 3),
        )
    )
    store.record(
        HarvestEvent(kind="edited", item_id="in0", accepted_text='ps.bindId("acct", account.getId());')
    )
    return store


def test_harvest_sources_split_and_stats(tmp_path: Path) -> None:
    _harvest(tmp_path / "h.sqlite")
    stats = build_dataset(tmp_path / "ds", harvest=tmp_path / "h.sqlite", validation_ratio=0.3)
    assert stats["by_kind"] == {"fim": 7, "chat": 3}
    assert stats["by_source"]["harvest-edited"] == 1
    assert stats["harvest"]["skipped"]["not accepted"] == 3  # shown-only, rejected, generated-not-applied
    rows = load_split(tmp_path / "ds", "train") + load_split(tmp_path / "ds", "validation")
    edited = next(r for r in rows if r["id"] == "h-in0")
    assert edited["middle"] == 'ps.bindId("acct", account.getId());' and edited["source"] == "harvest-edited"
    partial = next(r for r in rows if r["id"] == "h-part")
    assert partial["middle"] == "computeTotal("
    chat = next(r for r in rows if r["kind"] == "chat")
    system, user, answer = chat["messages"]
    assert system["role"] == "system" and "ORMB" in system["content"]
    assert user["content"].startswith("Business objective: check bill rule")
    spot = "com.splwg.cm.domain.billing.algorithm.BillCompletionAlgorithmSpot"  # resolved like the index does
    assert f"Implement the SPOT interface {spot}." in user["content"]
    assert f"Type: algorithm, Interfaces: [{spot}], Tables: [CI_BILL]" in user["content"]
    assert answer["content"].startswith("package com.splwg.cm.domain.billing.algorithm;")
    instruct = [json.loads(line) for line in (tmp_path / "ds" / "instruct.jsonl").read_text().splitlines()]
    assert len(instruct) == 3 and set(instruct[0]) >= {"instruction", "input", "output", "split"}
    assert stats["split"]["validation"] > 0 and stats["split"]["shared_between_splits"] == []


def test_split_keeps_files_and_spots_on_one_side(tmp_path: Path) -> None:
    rows = [json.dumps({"kind": "generated", "file": f"src/F{i % 8}.java", "context": f"objective {i}",
                        "accepted_text": _class(f"CmAlg{i}", 3 + i, spot=f"Spot{i % 4}AlgorithmSpot"),
                        "extra": {"spot": f"Spot{i % 4}AlgorithmSpot"}}) for i in range(40)]  # fmt: skip
    (tmp_path / "h.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    stats = build_dataset(
        tmp_path / "ds", harvest=tmp_path / "h.jsonl", validation_ratio=0.2, near_duplicate_threshold=0.99
    )
    train = load_split(tmp_path / "ds", "train")
    val = load_split(tmp_path / "ds", "validation")
    assert train and val
    assert not {r["file"] for r in train} & {r["file"] for r in val}
    assert not {r["spot"] for r in train} & {r["spot"] for r in val}
    assert stats["split"]["shared_between_splits"] == []


def test_secrets_duplicates_and_corrupt_rows(tmp_path: Path) -> None:
    secret_class = _class("CmSecret", 30).replace(
        "BigDecimal total", 'String password = "hunter2"; BigDecimal total'
    )
    base = {"kind": "generated", "context": "validate bill totals"}
    lines = [
        json.dumps({**base, "file": "src/A.java", "accepted_text": secret_class}),
        json.dumps({**base, "file": "src/B.java", "accepted_text": secret_class}),  # exact duplicate
        json.dumps(
            {**base, "file": "src/C.java", "accepted_text": secret_class.replace("line 29", "line 29b")}
        ),  # near
        json.dumps({**base, "file": "src/D.java", "accepted_text": _class("CmOther", 12)}),
        "{not json",
        json.dumps({"kind": 5, "weird": True}),
    ]
    (tmp_path / "h.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    stats = build_dataset(tmp_path / "ds", harvest=tmp_path / "h.jsonl")
    text = (tmp_path / "ds" / "train.jsonl").read_text() + (tmp_path / "ds" / "validation.jsonl").read_text()
    assert "hunter2" not in text and "<redacted>" in text
    assert stats["redacted_examples"] >= 1
    assert stats["duplicates"]["exact"] == 1 and stats["duplicates"]["near"] == 1
    assert stats["examples"] == 2
    assert stats["harvest"]["skipped"]["corrupt row"] == 2


def test_corrupt_sqlite_rows_are_counted(tmp_path: Path) -> None:
    store = _harvest(tmp_path / "h.sqlite")
    with sqlite3.connect(store.path) as conn:  # a row whose text columns hold binary junk
        conn.execute(
            "INSERT INTO events (ts, kind, item_id, suggestion, prefix) VALUES (1, 'accepted', 'bad', X'00FF', 12)"
        )
    stats = build_dataset(tmp_path / "ds", harvest=store.path)
    assert stats["harvest"]["skipped"]["corrupt row"] == 1 and stats["examples"] == 10
    with sqlite3.connect(store.path) as conn:  # a store written by a newer schema: every row is unreadable
        conn.execute("ALTER TABLE events ADD COLUMN future TEXT DEFAULT 'x'")
    with pytest.raises(DatasetError, match="corrupt row"):
        build_dataset(tmp_path / "ds2", harvest=store.path)
    (tmp_path / "garbage.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(ValueError, match="not a readable harvest store"):
        build_dataset(tmp_path / "ds3", harvest=tmp_path / "garbage.sqlite")


def test_empty_harvest_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    HarvestStore(tmp_path / "empty.sqlite")
    with pytest.raises(DatasetError, match="no training examples"):
        build_dataset(tmp_path / "ds", harvest=tmp_path / "empty.sqlite")
    assert not (tmp_path / "ds" / "stats.json").exists()
    result = CliRunner().invoke(
        main, ["dataset", "--harvest", str(tmp_path / "empty.sqlite"), "--out", str(tmp_path / "ds")]
    )
    assert result.exit_code != 0 and "no training examples" in result.output
    with pytest.raises(DatasetError, match="not a complete dataset folder"):
        load_split(tmp_path / "ds", "train")


def test_workspace_mining_on_the_sample_index(indexed_workspace, tmp_path: Path) -> None:
    stats = build_dataset(tmp_path / "ds", index=indexed_workspace, validation_ratio=0.1)
    algorithms = [
        fqn for fqn, c in indexed_workspace.classes.items() if c.role == "algorithm" and c.kind == "class"
    ]
    assert stats["by_kind"]["chat"] >= len(algorithms) > 0
    assert stats["by_kind"]["fim"] > 0 and stats["split"]["shared_between_splits"] == []
    instruct = [json.loads(line) for line in (tmp_path / "ds" / "instruct.jsonl").read_text().splitlines()]
    for row in instruct:
        info = indexed_workspace.classes[row["id"][2:]]
        assert row["input"].startswith(f"Type: {info.role}, Interfaces: [")
        assert f"class {info.name}" in row["output"]
        assert f"Class name: {info.name}" in row["instruction"]
        for table in info.tables:
            assert table in row["input"]
        spot = next((s for s in info.implements if s in indexed_workspace.spots), "")
        if spot:
            assert indexed_workspace.spots[spot].fqn in row["instruction"]
        for param in info.soft_parameters:
            assert param.name in row["input"]
    fim = [r for r in load_split(tmp_path / "ds", "train") if r["kind"] == "fim"]
    source = (indexed_workspace.workspace / fim[0]["file"]).read_text(encoding="utf-8")
    assert fim[0]["prefix"][-200:] + fim[0]["middle"] + fim[0]["suffix"][:200] in source


@pytest.fixture(scope="module")
def tokenizer():
    from transformers import AutoTokenizer

    from ormb_assist.training.models import resolve_model

    return AutoTokenizer.from_pretrained(resolve_model("tiny:smollm2"))


def test_encoding_masks_the_prompt_and_counts_over_length(tokenizer) -> None:
    messages = [
        {"role": "system", "content": "S"},
        {"role": "user", "content": "write it"},
        {"role": "assistant", "content": "class A {}"},
    ]
    prompt, response = render_chat(tokenizer, messages)
    assert response.startswith("class A {}") and "<|im_end|>" in response and prompt.endswith("assistant\n")
    long_answer = "public void x() { y(); }\n" * 400
    rows = [
        {"kind": "chat", "messages": messages},
        {"kind": "chat", "messages": messages[:2] + [{"role": "assistant", "content": long_answer}]},
        {"kind": "chat", "messages": [messages[0], {"role": "user", "content": "q " * 900}, messages[2]]},
        {"kind": "fim", "prefix": "a", "suffix": "b", "middle": "c"},
        {"kind": "chat"},
    ]
    encoded, report = encode_rows(rows, tokenizer, max_len=256, over_length="truncate")
    assert report.truncated == 1 and report.dropped_over_length == 1 and report.dropped_invalid == 1
    assert report.kept == 2 and all(len(r["input_ids"]) <= 256 for r in encoded)
    first = encoded[0]
    n_prompt = len(tokenizer(prompt, add_special_tokens=False)["input_ids"])
    assert first["labels"][:n_prompt] == [IGNORE] * n_prompt
    assert tokenizer.decode([t for t in first["labels"] if t != IGNORE]).startswith("class A {}")
    assert report.dropped_no_fim_tokens == 1  # SmolLM2's vocabulary has no FIM tokens: counted, not guessed
    _, dropped = encode_rows(rows[:2], tokenizer, max_len=256, over_length="drop")
    assert dropped.dropped_over_length == 1 and dropped.kept == 1
