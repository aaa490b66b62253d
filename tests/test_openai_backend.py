"""The openai backend against a real process speaking the OpenAI protocol (vLLM's shape)."""

from __future__ import annotations

import threading
import time

import pytest
from openai_fake import fake_openai

from ormb_assist.generation.base import (
    BackendError,
    CompletionRequest,
    GenerationCancelled,
    GenerationRequest,
)
from ormb_assist.generation.openai_backend import OpenAIBackend
from ormb_assist.settings import Settings

CLASS = """package com.splwg.cm.domain.billing.algorithm;

public class CmCheckBillAlgComp_Impl {
    public void invoke() {
    }
}"""

SCRIPT = {
    "models": ["Qwen/Qwen3-8B", "ormb-lora"],
    "chat": [f"Sure! Here is the class:\n```java\n{CLASS}\n```\nIt validates the bill."],
    "completions": ['bill.getId(), "CI_BILL");<|endoftext|>ignored', "bill.getId());"],
}


def _settings(url: str, **extra) -> Settings:
    settings, warnings = Settings.from_dict(
        {"backend": "openai", "endpoint": url, "model": "ormb-lora", **extra}
    )
    assert not warnings
    return settings


def test_health_lists_models_and_flags_a_missing_adapter(tmp_path) -> None:
    with fake_openai(tmp_path, SCRIPT) as server:
        health = OpenAIBackend(_settings(server.url)).health()
        assert health["ok"] and "ormb-lora" in health["models"]
        missing = OpenAIBackend(_settings(server.url, model="other-lora")).health()
        assert not missing["ok"] and "other-lora" in missing["detail"]


def test_generate_uses_chat_with_thinking_off_and_the_adapter_name(tmp_path) -> None:
    with fake_openai(tmp_path, SCRIPT) as server:
        backend = OpenAIBackend(_settings(server.url))
        code = backend.generate(
            GenerationRequest(objective="check the bill", class_name="CmCheckBillAlgComp_Impl")
        )
        assert code.strip() == CLASS
        (request,) = [r for r in server.requests() if r["path"] == "/v1/chat/completions"]
        body = request["body"]
        assert body["model"] == "ormb-lora"
        assert body["stream"] is True
        assert body["chat_template_kwargs"] == {"enable_thinking": False}
        assert "check the bill" in body["messages"][-1]["content"]
        # an identical request is served from the cache
        assert (
            backend.generate(
                GenerationRequest(objective="check the bill", class_name="CmCheckBillAlgComp_Impl")
            )
            == code
        )
        assert len([r for r in server.requests() if r["path"] == "/v1/chat/completions"]) == 1


def test_stream_generate_yields_pieces_in_order(tmp_path) -> None:
    with fake_openai(tmp_path, SCRIPT) as server:
        pieces = list(OpenAIBackend(_settings(server.url)).stream_generate(GenerationRequest(objective="x")))
        assert len(pieces) > 3
        assert "".join(pieces) == SCRIPT["chat"][0]


def test_complete_sends_a_fim_prompt_and_cleans_the_answer(tmp_path) -> None:
    with fake_openai(tmp_path, SCRIPT) as server:
        backend = OpenAIBackend(_settings(server.url))
        req = CompletionRequest(
            prefix="ps.bindId(", suffix="\n}", context="table CI_BILL(BILL_ID)", n=2, stop=["\n\n"]
        )
        texts = backend.complete(req)
        assert texts == ['bill.getId(), "CI_BILL");', "bill.getId());"]
        (request,) = [r for r in server.requests() if r["path"] == "/v1/completions"]
        prompt = request["body"]["prompt"]
        assert prompt.startswith("<|fim_prefix|>") and prompt.endswith("<|fim_middle|>")
        assert "<|fim_suffix|>\n}" in prompt and "table CI_BILL(BILL_ID)" in prompt
        assert "<|endoftext|>" in request["body"]["stop"] and "\n\n" in request["body"]["stop"]
        backend.complete(req)
        assert len([r for r in server.requests() if r["path"] == "/v1/completions"]) == 1  # cached


def test_unreachable_server_is_a_clear_error() -> None:
    backend = OpenAIBackend(_settings("http://127.0.0.1:9/v1", maxRetries=0, requestTimeoutS=2))
    with pytest.raises(BackendError, match="cannot reach the model server at http://127.0.0.1:9/v1"):
        backend.generate(GenerationRequest(objective="x"))
    assert backend.health()["ok"] is False


def test_server_error_is_reported_with_status(tmp_path) -> None:
    with fake_openai(tmp_path, SCRIPT, mode="fail") as server:
        backend = OpenAIBackend(_settings(server.url, maxRetries=0))
        with pytest.raises(BackendError, match="HTTP 500"):
            backend.complete(CompletionRequest(prefix="x"))


def test_retries_ride_over_a_transient_503(tmp_path) -> None:
    with fake_openai(tmp_path, SCRIPT, mode="flaky") as server:
        backend = OpenAIBackend(_settings(server.url, maxRetries=2))
        assert backend.complete(CompletionRequest(prefix="ps.bindId(")) == ['bill.getId(), "CI_BILL");']


def test_timeout_is_reported(tmp_path) -> None:
    with fake_openai(tmp_path, SCRIPT, mode="slow", delay=3.0) as server:
        backend = OpenAIBackend(_settings(server.url, maxRetries=0, requestTimeoutS=0.5))
        started = time.monotonic()
        with pytest.raises(BackendError, match="did not answer within 0.5 s"):
            backend.complete(CompletionRequest(prefix="x"))
        assert time.monotonic() - started < 2.5


def test_prose_instead_of_code_and_malformed_bodies_are_rejected(tmp_path) -> None:
    with fake_openai(tmp_path, SCRIPT, mode="garbage") as server:
        backend = OpenAIBackend(_settings(server.url, maxRetries=0))
        with pytest.raises(BackendError, match="did not return a Java class"):
            backend.generate(GenerationRequest(objective="x"))
        with pytest.raises(BackendError, match="not valid|without completion choices"):
            backend.complete(CompletionRequest(prefix="x"))


def test_cancel_stops_a_streaming_generation(tmp_path) -> None:
    long_class = CLASS.replace("{\n    }", "{\n" + "        int x = 0;\n" * 40 + "    }")
    script = dict(SCRIPT, chat=[f"```java\n{long_class}\n```"])
    with fake_openai(tmp_path, script, mode="slow", delay=1.0) as server:
        backend = OpenAIBackend(_settings(server.url, maxRetries=0))
        cancel = threading.Event()
        threading.Timer(1.3, cancel.set).start()
        started = time.monotonic()
        with pytest.raises(GenerationCancelled):
            backend.generate(GenerationRequest(objective="x"), cancel=cancel)
        assert time.monotonic() - started < 5  # the full stream would take ~6 s


def test_missing_endpoint_is_a_clear_error() -> None:
    with pytest.raises(BackendError, match="needs an endpoint"):
        OpenAIBackend(Settings(backend="openai"))
