"""Embedding backends: ONNX Runtime gives sentence-transformers' vectors without torch in the process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from ormb_assist.indexer import embeddings
from ormb_assist.indexer.onnx_encoder import (
    FAILED_MARK,
    OnnxSentenceEncoder,
    OnnxUnavailable,
    exported_path,
    standard_layout,
)

TEXTS = [
    "validate the bill amount before bill completion",
    "class validate bill amount algorithm comp\nimplements customer class pre bill completion algorithm spot",
    "CI_BSEG_CALC bill segment calculation header " * 60,  # far beyond the model's 256 word pieces
    "",
    "ü 日本語 ∑",
]


def test_onnx_vectors_equal_sentence_transformers_vectors() -> None:
    model_dir = embeddings.packaged_model_path()
    onnx = OnnxSentenceEncoder(model_dir, threads=1)
    got = onnx.encode(TEXTS, batch_size=2)
    torch_runner = embeddings._TorchRunner(str(model_dir))
    expected = torch_runner.encode(TEXTS, batch_size=2)
    assert got.shape == expected.shape == (len(TEXTS), 384)
    assert float((got * expected).sum(axis=1).min()) > 0.9999
    assert onnx.token_count(TEXTS[2]) == torch_runner.token_count(TEXTS[2]) == 256
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_the_default_embedder_never_imports_torch(tmp_path: Path) -> None:
    """The language server embeds queries and edited classes for hours: no torch in its memory."""
    script = (
        "import sys\n"
        "from ormb_assist.indexer.embeddings import Embedder\n"
        "e = Embedder()\n"
        "v = e.encode(['bill segment calculation', 'payment freeze'])\n"
        "print(v.shape[1], e.dim, 'torch' in sys.modules, 'sentence_transformers' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=600, check=True
    )
    assert done.stdout.split() == ["384", "384", "False", "False"], done.stderr[-2000:]


def _copy_model(tmp_path: Path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(embeddings.packaged_model_path(), target)
    return target


def test_a_model_with_other_pooling_falls_back_to_sentence_transformers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model_dir = _copy_model(tmp_path)
    pooling = model_dir / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text())
    config.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    pooling.write_text(json.dumps(config))
    with pytest.raises(OnnxUnavailable, match="not mean pooling"):
        standard_layout(model_dir)
    monkeypatch.setattr(embeddings, "_models", {})
    embedder = embeddings.Embedder(str(model_dir))
    cls_vectors = embedder.encode(TEXTS[:2])
    assert isinstance(embeddings._models[str(model_dir)], embeddings._TorchRunner)
    mean_vectors = embeddings.Embedder().encode(TEXTS[:2])
    assert float((cls_vectors * mean_vectors).sum(axis=1).max()) < 0.999  # really the other pooling


def test_a_failed_export_is_remembered_and_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORMB_ASSIST_CACHE", str(tmp_path / "cache"))
    model_dir = _copy_model(tmp_path)
    (model_dir / "model.safetensors").write_bytes(b"not weights")  # sentence-transformers cannot load it
    with pytest.raises(OnnxUnavailable, match="export failed"):
        OnnxSentenceEncoder(model_dir, threads=1)
    assert (exported_path(model_dir).parent / FAILED_MARK).exists()
    with pytest.raises(OnnxUnavailable, match="export failed before"):
        OnnxSentenceEncoder(model_dir, threads=1)  # no second 15-second attempt
    monkeypatch.setenv("ORMB_ASSIST_EMBEDDING_BACKEND", "onnx")
    monkeypatch.setattr(embeddings, "_models", {})
    with pytest.raises(embeddings.EmbeddingModelError, match="ONNX Runtime"):
        embeddings.Embedder(str(model_dir)).encode(["x"])


def test_an_unwritable_cache_falls_back_to_sentence_transformers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("ORMB_ASSIST_CACHE", str(blocker / "cache"))
    monkeypatch.setattr(embeddings, "_models", {})
    vectors = embeddings.Embedder().encode(TEXTS[:2])
    assert isinstance(embeddings._models[""], embeddings._TorchRunner)
    assert vectors.shape == (2, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
