"""WorkspaceIndex end to end on the sample workspace: views, search, incremental builds, corruption."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from ormb_assist.cli import main
from ormb_assist.indexer import workspace as workspace_module
from ormb_assist.indexer.store import META_FILE
from ormb_assist.indexer.workspace import IndexBusyError, WorkspaceIndex

PRE_BILL_SPOT = "CustomerClassPreBillCompletionAlgorithmSpot"


def _java_with_class(index: WorkspaceIndex, implementing: str) -> tuple[str, str]:
    """(relative path, fqn) of a workspace class implementing the given spot."""
    fqn = index.spots[implementing].implementations[0]
    return index.class_paths[fqn], fqn


def _quokka_paths(index: WorkspaceIndex) -> set[str]:
    """Paths of method records found for the made-up words of the method the test adds."""
    return {h.path for h in index.search("zebra quokka", kinds=["method"], k=5) if "quokka" in h.text.lower()}


def test_views_hold_sources_tables_jar_classes_and_spots(indexed_workspace: WorkspaceIndex) -> None:
    index = indexed_workspace
    assert index.files and index.classes and index.tables and index.jar_classes
    assert all(index.class_paths[fqn] in index.files for fqn in index.classes)
    assert index.jar_paths and all(p.suffix == ".jar" and p.exists() for p in index.jar_paths)
    spot = index.spots[PRE_BILL_SPOT]
    assert spot.fqn.endswith("." + PRE_BILL_SPOT) and spot.source.endswith(".jar")
    assert spot.implementations and all(fqn in index.classes for fqn in spot.implementations)
    # the root interface is not itself a spot; spots are found by rule, not by a list
    assert "AlgorithmSpot" not in index.spots
    assert all(s.methods for s in index.spots.values())


def test_spot_methods_are_exact_jar_signatures_including_inherited(indexed_workspace: WorkspaceIndex) -> None:
    index = indexed_workspace
    spot = index.spots[PRE_BILL_SPOT]
    names = [m.name for m in spot.methods]
    assert names[-1] == "invoke" and names.count("invoke") == 1  # inherited from AlgorithmSpot, listed last
    jar = index.jar_classes[spot.fqn]
    own = next(m for m in jar.methods if m.parameter_types and "<" in m.parameter_types[0])
    method = next(m for m in spot.methods if m.name == own.name)
    assert [p.type for p in method.parameters] == own.parameter_types  # generics kept, fully qualified
    assert method.parameters[0].name == own.parameter_names[0]


def test_type_resolution_uses_imports_then_unique_simple_names(indexed_workspace: WorkspaceIndex) -> None:
    index = indexed_workspace
    rel, fqn = _java_with_class(index, PRE_BILL_SPOT)
    assert index.resolve_type(PRE_BILL_SPOT, fqn) == index.spots[PRE_BILL_SPOT].fqn
    assert index.resolve_type(fqn.rsplit(".", 1)[-1]) == fqn
    assert index.resolve_type("NoSuchTypeAnywhere", fqn) is None


def test_search_finds_a_table_record_for_a_table_question(indexed_workspace: WorkspaceIndex) -> None:
    hits = indexed_workspace.search("which table holds the bill segment calculation amounts", k=5)
    tables = [h for h in hits if h.kind == "table"]
    assert tables and tables[0].name == "CI_BSEG_CALC"
    assert "CALC_AMT" in tables[0].meta["columns"]


def test_spot_search_hits_carry_the_exact_signatures(indexed_workspace: WorkspaceIndex) -> None:
    hits = indexed_workspace.search("validate the bill before bill completion", kinds=["spot"], k=5)
    assert hits and all(h.kind == "spot" for h in hits)
    hit = next(h for h in hits if h.name == PRE_BILL_SPOT)
    assert hit.meta["signatures"] == [m.signature for m in indexed_workspace.spots[PRE_BILL_SPOT].methods]


def test_reopen_restores_views_without_parsing_and_build_finds_nothing_to_do(
    prebuilt_workspace: Path,
) -> None:
    index = WorkspaceIndex.open(prebuilt_workspace)
    assert index.classes and index.spots[PRE_BILL_SPOT].implementations
    summary = index.build()
    assert summary.files_indexed == 0 and summary.files_unchanged == summary.files_seen > 0
    assert summary.chunks_embedded == 0 and not summary.rebuilt


def test_incremental_modify_delete_and_rename(prebuilt_workspace: Path) -> None:
    index = WorkspaceIndex.open(prebuilt_workspace)
    rel, fqn = _java_with_class(index, PRE_BILL_SPOT)
    path = prebuilt_workspace / rel
    source = path.read_text(encoding="utf-8")
    cut = source.rindex("}")
    path.write_text(source[:cut] + "\n    public void cmRecomputeZebraQuokka() { }\n}\n", encoding="utf-8")

    changed = index.build()
    assert (changed.files_indexed, changed.files_unchanged) == (1, changed.files_seen - 1)
    assert "cmRecomputeZebraQuokka" in [m.name for m in index.classes[fqn].methods]
    assert _quokka_paths(index) == {rel}

    moved = prebuilt_workspace / "moved" / Path(rel).name
    moved.parent.mkdir()
    path.rename(moved)
    renamed = index.build()
    assert (renamed.files_renamed, renamed.files_indexed, renamed.files_deleted) == (1, 0, 0)
    assert renamed.chunks_embedded == 0  # same texts: stored vectors reused
    assert index.class_paths[fqn] == f"moved/{Path(rel).name}"
    assert _quokka_paths(index) == {index.class_paths[fqn]}

    moved.unlink()
    deleted = index.build()
    assert deleted.files_deleted == 1
    assert fqn not in index.classes and fqn not in index.spots[PRE_BILL_SPOT].implementations
    assert _quokka_paths(index) == set()


def test_update_file_with_an_unsaved_buffer_then_build_restores_the_disk(prebuilt_workspace: Path) -> None:
    index = WorkspaceIndex.open(prebuilt_workspace)
    rel, fqn = _java_with_class(index, PRE_BILL_SPOT)
    disk = (prebuilt_workspace / rel).read_text(encoding="utf-8")
    buffer = disk[: disk.rindex("}")] + "\n    private void cmBufferOnlyHelper() { }\n}\n"
    summary = index.update_file(prebuilt_workspace / rel, text=buffer)
    assert summary.files_indexed == 1
    assert "cmBufferOnlyHelper" in [m.name for m in index.classes[fqn].methods]
    rebuilt = index.build()  # the disk still has the old text: it wins again
    assert rebuilt.files_indexed == 1
    assert "cmBufferOnlyHelper" not in [m.name for m in index.classes[fqn].methods]
    index.remove_file(prebuilt_workspace / rel)
    assert fqn not in index.classes


def test_searches_and_reads_stay_consistent_while_another_thread_updates(prebuilt_workspace: Path) -> None:
    index = WorkspaceIndex.open(prebuilt_workspace)
    rel, fqn = _java_with_class(index, PRE_BILL_SPOT)
    disk = (prebuilt_workspace / rel).read_text(encoding="utf-8")
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for i in range(6):  # edits outside declarations: class text unchanged, so no embedding needed
                index.update_file(prebuilt_workspace / rel, text=f"{disk}\n// edit {i}\n")
        except BaseException as exc:  # noqa: BLE001 - surfaced below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    while thread.is_alive():
        views = index.snapshot()
        assert all(views.class_paths[c] in views.files for c in views.classes)
        assert index.search("bill completion", k=3)
    thread.join()
    assert not errors


def test_a_busy_index_is_a_clear_error_not_a_hang(
    prebuilt_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    index = WorkspaceIndex.open(prebuilt_workspace)
    rel = next(iter(index.files))
    monkeypatch.setattr(workspace_module, "UPDATE_LOCK_TIMEOUT_S", 0.2)
    other_process = FileLock(str(index.index_dir / workspace_module.LOCK_FILE))
    with other_process, pytest.raises(IndexBusyError, match="locked by another process"):
        index.update_file(prebuilt_workspace / rel)


def _tiny_workspace(root: Path) -> Path:
    """Two classes and one table: rebuild tests pay for a handful of embeddings, not the sample's."""
    src = root / "src" / "com" / "acme"
    src.mkdir(parents=True)
    (src / "CmFirst.java").write_text(
        "package com.acme;\n/** Stamps the bill. */\npublic class CmFirst { void run() { } }\n",
        encoding="utf-8",
    )
    (src / "CmSecond.java").write_text(
        "package com.acme;\npublic class CmSecond extends CmFirst { }\n", encoding="utf-8"
    )
    (root / "ddl.sql").write_text(
        "CREATE TABLE CM_TINY (TINY_ID CHAR(10) NOT NULL, AMT NUMBER(15,2));\n", encoding="utf-8"
    )
    WorkspaceIndex.open(root).build()
    return root


def test_garbled_index_is_rebuilt_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    workspace = _tiny_workspace(tmp_path / "ws")
    garbled = 0
    for path in (workspace / ".ormb-assist" / "lance").rglob("*"):
        if path.is_file() and path.suffix in (".lance", ".manifest", ".txn"):
            path.write_bytes(b"\x00garbage" * 7)
            garbled += 1
    assert garbled
    with caplog.at_level(logging.WARNING):
        index = WorkspaceIndex.open(workspace)
        summary = index.build()
    assert summary.rebuilt and summary.files_indexed == summary.files_seen == 3
    assert any("rebuilt" in r.getMessage() for r in caplog.records)
    assert set(index.classes) == {"com.acme.CmFirst", "com.acme.CmSecond"} and set(index.tables) == {
        "CM_TINY"
    }
    assert [h.name for h in index.search("tiny table amount", kinds=["table"])] == ["CM_TINY"]
    assert WorkspaceIndex.open(workspace).build().files_indexed == 0


def test_garbled_data_found_only_while_writing_is_rebuilt_too(tmp_path: Path) -> None:
    workspace = _tiny_workspace(tmp_path / "ws")
    data = list((workspace / ".ormb-assist" / "lance" / "chunks.lance" / "data").glob("*.lance"))
    for path in data:
        path.write_bytes(b"\x00garbage" * 7)
    assert data
    index = WorkspaceIndex.open(workspace)  # manifests are intact: opening does not notice
    (workspace / "src" / "com" / "acme" / "CmSecond.java").write_text(
        "package com.acme;\npublic class CmSecond { void edited() { } }\n", encoding="utf-8"
    )
    summary = index.build()
    assert summary.rebuilt and summary.files_indexed == 3
    assert [h.name for h in index.search("tiny table amount", kinds=["table"])] == ["CM_TINY"]


def test_older_index_format_is_rebuilt(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    workspace = _tiny_workspace(tmp_path / "ws")
    meta_path = workspace / ".ormb-assist" / META_FILE
    meta = json.loads(meta_path.read_text())
    meta_path.write_text(json.dumps({**meta, "format": 1}))
    with caplog.at_level(logging.WARNING):
        summary = WorkspaceIndex.open(workspace).build()
    assert summary.rebuilt and summary.tables == 1 and summary.java_classes == 2
    assert any("format 1" in r.getMessage() for r in caplog.records)


def test_index_command_prints_a_summary_and_json(prebuilt_workspace: Path) -> None:
    result = CliRunner().invoke(main, ["index", str(prebuilt_workspace), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["files_unchanged"] == summary["files_seen"] > 0 and summary["spots"] > 0
    under_a_file = next((prebuilt_workspace / "lib").glob("*.jar")) / "index"
    fatal = CliRunner().invoke(main, ["index", str(prebuilt_workspace), "--index-dir", str(under_a_file)])
    assert fatal.exit_code == 1 and "cannot write the index" in fatal.output


def test_resolver_reuses_the_stored_class_vectors_beyond_its_rich_limit(
    indexed_workspace: WorkspaceIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 10k-file workspace must not embed its example classes twice (index, then resolver); a
    small one embeds the resolver's fuller example texts once (cached on disk)."""
    import numpy as np

    from ormb_assist.indexer import resolver_features
    from ormb_assist.indexer.resolver_features import build_features, stored_class_vectors

    rows, matrix = indexed_workspace.store.vectors_of_kind("class")
    assert rows and all(r["kind"] == "class" for r in rows) and matrix.shape == (len(rows), 384)
    stored = stored_class_vectors(indexed_workspace)
    assert (
        set(stored) == {r["fqn"] for r in rows} >= set(indexed_workspace.spots[PRE_BILL_SPOT].implementations)
    )

    encoded: list[str] = []

    def counting_encode(texts: list[str]) -> np.ndarray:
        encoded.extend(texts)
        return indexed_workspace.embedder.encode(texts)

    n_spots, n_tables = len(indexed_workspace.spots), len(indexed_workspace.tables)
    feats = build_features(indexed_workspace.snapshot(), counting_encode, ("test",), stored)
    n_examples = len(feats.examples.classes)
    assert n_examples >= 30  # the sample workspace is under the limit: its examples are embedded
    first = len(encoded)  # spots, tables, examples, the workspace's (description -> spot) pairs, passages
    assert first >= n_spots + n_tables + n_examples + len(feats.spots.passage_vectors)

    encoded.clear()
    monkeypatch.setattr(resolver_features, "RICH_EXAMPLE_LIMIT", 10)
    feats = build_features(indexed_workspace.snapshot(), counting_encode, ("test",), stored)
    assert len(encoded) == first - n_examples  # the same texts, the examples not embedded again
    assert not np.allclose(feats.examples.vectors, 0)


def test_a_build_written_in_small_groups_equals_one_written_at_once(
    sample_workspace: Path, indexed_workspace: WorkspaceIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large builds embed and write a group of files at a time (bounded memory): same index."""
    from ormb_assist.indexer import index_writer

    monkeypatch.setattr(index_writer, "WRITE_GROUP", 7)
    reports: list[tuple[int, int]] = []
    index = WorkspaceIndex.open(sample_workspace)
    index.build(
        progress=lambda stage, done, total: reports.append((done, total)) if stage == "embed" else None
    )
    assert index.store.count_chunks() == indexed_workspace.store.count_chunks()
    assert len(index.store.vectors_of_kind("class")[0]) == len(
        indexed_workspace.store.vectors_of_kind("class")[0]
    )
    fractions = [done / total for done, total in reports]
    assert len(reports) > 3 and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert index.search("bill segment calculation lines", kinds=["table"], k=3)[0].name.startswith("CI_BSEG")


def test_spots_patched_after_an_edit_equal_spots_derived_from_scratch(prebuilt_workspace: Path) -> None:
    """One-file edits patch the spot views (a 10k-file workspace must not walk every class): the
    patched spots must be exactly what a full derivation gives."""
    from ormb_assist.indexer.views import derive_spots

    index = WorkspaceIndex.open(prebuilt_workspace)
    rel, fqn = _java_with_class(index, PRE_BILL_SPOT)
    path = prebuilt_workspace / rel
    original = path.read_text(encoding="utf-8")
    other = next(s for s in sorted(index.spots) if s != PRE_BILL_SPOT and index.spots[s].implementations)
    moved = original.replace(f"implements {PRE_BILL_SPOT}", f"implements {other}")
    assert moved != original
    sql = '\n    void cmExtra() { createPreparedStatement("SELECT ADJ_ID FROM CI_ADJ WHERE ADJ_ID = :a", "x"); }\n}'
    for text in (moved, original[: original.rindex("}")] + sql, original):
        index.update_file(path, text=text)
        assert index.spots == derive_spots(index.snapshot())
    assert fqn in index.spots[PRE_BILL_SPOT].implementations
    assert (
        index.spots[PRE_BILL_SPOT].tables_touched
        == derive_spots(index.snapshot())[PRE_BILL_SPOT].tables_touched
    )
