"""IndexStore on a real LanceDB folder with the real packaged embedding model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from ormb_assist.indexer import serde
from ormb_assist.indexer.chunks import words_of
from ormb_assist.indexer.embeddings import Embedder, EmbeddingModelError
from ormb_assist.indexer.models import JavaClassInfo, JavaFileInfo, MethodInfo, Parameter, SqlReference
from ormb_assist.indexer.store import META_FILE, Chunk, FileRow, IndexCorruptError, IndexStore


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder().load()


def _chunk(cid: str, kind: str, text: str, owner: str, embed: bool, tables: list[str] | None = None) -> Chunk:
    return Chunk(
        id=cid,
        kind=kind,
        name=cid.split(":")[-1],
        text=text,
        search_text=f"{text.lower()} {words_of(text)}",
        owner=owner,
        path=owner,
        tables=tables or [],
        embed=embed,
    )


@pytest.fixture
def store(tmp_path: Path, embedder: Embedder) -> IndexStore:
    store = IndexStore(tmp_path / "index", embedder)
    store.create()
    chunks = [
        _chunk(
            "class:Billing",
            "class",
            "class CmBillThreshold validates the bill amount before completion",
            "a.java",
            True,
        ),
        _chunk("class:Payment", "class", "class CmFreezePayment freezes customer payments", "b.java", True),
        _chunk(
            "table:CI_BSEG_CALC",
            "table",
            "table CI_BSEG_CALC bill segment calculation header",
            "",
            True,
            ["CI_BSEG_CALC"],
        ),
        _chunk(
            "method:a", "method", "CmBillThreshold.createPreparedStatement reads amounts", "a.java", False
        ),
    ]
    vectors = embedder.encode([c.text for c in chunks if c.embed])
    store.add_chunks(chunks, vectors)
    store.refresh_fts()
    store.mark_complete()  # a finished build; an unsealed one is refused on open
    return store


def test_embedder_gives_unit_float32_vectors(embedder: Embedder) -> None:
    vectors = embedder.encode(["bill completion", "payment freeze"])
    assert vectors.dtype == np.float32 and vectors.shape == (2, embedder.dim)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert embedder.encode_query("bill completion") @ vectors[0] > 0.99


def test_unknown_embedding_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingModelError, match="cannot load embedding model"):
        Embedder(str(tmp_path / "no-such-model")).encode(["x"])


def test_hybrid_search_fuses_vector_and_full_text(store: IndexStore, embedder: Embedder) -> None:
    query = "check the invoice total before completing it"
    hits = store.search(query, embedder.encode_query(query), k=3)
    assert hits[0].name == "Billing"
    assert "cosine" in hits[0].meta["signals"]
    # the method row has no vector: only the full-text side can find it, through split identifiers
    text_only = store.search("prepared statement", embedder.encode_query("prepared statement"), k=5)
    method = next(h for h in text_only if h.kind == "method")
    assert set(method.meta["signals"]) == {"bm25"}


def test_kind_and_where_filters_apply_to_both_sides(store: IndexStore, embedder: Embedder) -> None:
    query = "bill segment calculation"
    tables = store.search(query, embedder.encode_query(query), kinds=["table"], k=5)
    assert [h.name for h in tables] == ["CI_BSEG_CALC"] and tables[0].tables == ["CI_BSEG_CALC"]
    only_b = store.search(
        "customer bill payment", embedder.encode_query("bill"), k=5, where="owner = 'b.java'"
    )
    assert {h.name for h in only_b} == {"Payment"}


def test_deleting_an_owner_removes_its_rows_from_both_searches(store: IndexStore, embedder: Embedder) -> None:
    query = "bill amount before completion"
    assert any(h.name == "Billing" for h in store.search(query, embedder.encode_query(query)))
    reusable = store.reusable_vectors(["a.java"], [])
    assert len(reusable) == 1  # the embedded class row of a.java, keyed by its text hash
    store.delete_chunks(owners=["a.java"])
    names = {h.name for h in store.search(query, embedder.encode_query(query))}
    assert "Billing" not in names and "a" not in names
    assert store.count_chunks() == 2


def test_files_rows_round_trip_and_replace(store: IndexStore) -> None:
    row = FileRow("src/A.java", "java", "h1", 10, 5, '{"path": "src/A.java"}', "[]")
    store.write_files([], [row])
    store.write_files([], [FileRow("src/A.java", "java", "h2", 11, 6, "", "[]")])
    assert [(r.path, r.sha256) for r in store.load_files()] == [("src/A.java", "h2")]
    store.write_files(["src/A.java"], [])
    assert store.load_files() == []


def test_reopen_checks_format_and_model(store: IndexStore, embedder: Embedder) -> None:
    reopened = IndexStore(store.index_dir, embedder)
    reopened.open()
    assert reopened.count_chunks() == 4
    meta_path = store.index_dir / META_FILE
    meta = json.loads(meta_path.read_text())
    meta_path.write_text(json.dumps({**meta, "format": meta["format"] - 1}))
    with pytest.raises(IndexCorruptError, match="format"):
        IndexStore(store.index_dir, embedder).open()
    meta_path.write_text(json.dumps({**meta, "embedding_model": "other-model"}))
    with pytest.raises(IndexCorruptError, match="embedded with"):
        IndexStore(store.index_dir, embedder).open()
    meta_path.write_text("{not json")
    with pytest.raises(IndexCorruptError, match="metadata unreadable"):
        IndexStore(store.index_dir, embedder).open()


def test_payload_json_round_trip_keeps_nested_records() -> None:
    method = MethodInfo(
        "setBill", "void", [Parameter("java.util.List<Bill>", "bills")], ["public"], start_line=3
    )
    cls = JavaClassInfo(
        "CmX_Impl",
        "com.acme",
        methods=[method],
        sql=[SqlReference("SELECT 1 FROM CI_BILL", 4, tables=["CI_BILL"])],
    )
    info = JavaFileInfo(
        "src/CmX_Impl.java", "com.acme", ["java.util.List"], [cls], ["line 9: missing ;"], "abc"
    )
    back = serde.loads_one(JavaFileInfo, serde.dumps(info))
    assert back == info
    assert back.classes[0].methods[0].signature == "public void setBill(java.util.List<Bill> bills)"
    assert back.classes[0].tables == ["CI_BILL"]
