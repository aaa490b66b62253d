"""The transformers backend on models the project ships (SmolLM2 GGUF) or makes (a tiny random model)."""

from __future__ import annotations

import threading

import pytest

from ormb_assist.generation.base import (
    BackendError,
    CompletionRequest,
    GenerationCancelled,
    GenerationRequest,
)
from ormb_assist.generation.transformers_backend import TransformersBackend
from ormb_assist.settings import Settings


def _backend(model_path: str) -> TransformersBackend:
    return TransformersBackend(Settings(backend="transformers", model_path=model_path))


def test_missing_model_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(BackendError, match="no model at"):
        _backend(str(tmp_path / "nothing"))
    with pytest.raises(BackendError, match="needs 'modelPath'"):
        TransformersBackend(Settings(backend="transformers"))


def test_tiny_model_streams_and_rejects_non_java() -> None:
    backend = _backend("tiny:smollm2")
    assert backend.health()["ok"]
    req = GenerationRequest(objective="validate the bill amount", max_tokens=12)
    pieces = list(backend.stream_generate(req))
    assert pieces and all(isinstance(p, str) for p in pieces)
    with pytest.raises(BackendError, match="did not return a Java class"):
        backend.generate(req)  # random weights write no class: the caller gets a message, not a file


def test_cancel_interrupts_local_generation() -> None:
    backend = _backend("tiny:smollm2")
    cancel = threading.Event()
    stream = backend.stream_generate(GenerationRequest(objective="x", max_tokens=400), cancel)
    next(stream)
    cancel.set()
    with pytest.raises(GenerationCancelled):
        for _ in stream:
            pass


@pytest.mark.slow
def test_packaged_smollm2_writes_java() -> None:
    backend = _backend("packaged:smollm2-135m-instruct")
    completion = backend.complete(
        CompletionRequest(
            prefix="public int add(int a, int b) {\n    return", suffix="\n}", max_tokens=8, stop=["\n"]
        )
    )
    assert completion and "a" in completion[0]
    text = "".join(
        backend.stream_generate(
            GenerationRequest(objective="a Java method that adds two numbers", max_tokens=48)
        )
    )
    assert "{" in text and ("int" in text or "public" in text)
