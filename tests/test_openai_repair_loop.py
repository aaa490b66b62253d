"""The javac repair loop with a model backend: a broken first answer is fixed from javac's errors.

The model is the fake OpenAI-protocol process; its scripted answers are a correct class written by
the embedded backend for the same objective, first with a deliberate compile error.
"""

from __future__ import annotations

from openai_fake import fake_openai

from ormb_assist.generation.base import create_backend
from ormb_assist.generation.openai_backend import OpenAIBackend
from ormb_assist.generation.pipeline import generate_algorithm
from ormb_assist.settings import Settings

OBJECTIVE = "stop bill completion when the invoice total is above a configured limit"


def _good_class(index) -> str:
    result = generate_algorithm(index, OBJECTIVE, create_backend(Settings(), index), Settings())
    assert result.status == "ok", result.message
    return result.code


def _openai_settings(url: str, rounds: int) -> Settings:
    settings, warnings = Settings.from_dict(
        {"backend": "openai", "endpoint": url, "model": "ormb-lora", "maxRetries": 0, "repairRounds": rounds}
    )
    assert not warnings
    return settings


def test_repair_round_fixes_a_compile_error(tmp_path, indexed_workspace) -> None:
    good = _good_class(indexed_workspace)
    broken = good.replace("public void invoke() {", "public void invoke() {\n        undefinedHelper(42);", 1)
    assert broken != good
    script = {"models": ["ormb-lora"], "chat": [f"```java\n{broken}```", f"Fixed:\n```java\n{good}```"]}
    with fake_openai(tmp_path, script) as server:
        settings = _openai_settings(server.url, rounds=2)
        result = generate_algorithm(indexed_workspace, OBJECTIVE, OpenAIBackend(settings), settings)
        assert result.status == "ok", result.message
        assert result.rounds == 1
        chats = [r["body"] for r in server.requests() if r["path"] == "/v1/chat/completions"]
        assert len(chats) == 2
        repair_prompt = chats[1]["messages"][-1]["content"]
        assert "javac reported" in repair_prompt and "undefinedHelper" in repair_prompt
        assert chats[1]["messages"][-2]["role"] == "assistant"  # the broken answer is part of the chat


def test_gives_up_after_the_configured_rounds(tmp_path, indexed_workspace) -> None:
    good = _good_class(indexed_workspace)
    broken = good.replace("public void invoke() {", "public void invoke() {\n        undefinedHelper(42);", 1)
    script = {"models": ["ormb-lora"], "chat": [f"```java\n{broken}```"]}
    with fake_openai(tmp_path, script) as server:
        settings = _openai_settings(server.url, rounds=1)
        result = generate_algorithm(indexed_workspace, OBJECTIVE, OpenAIBackend(settings), settings)
        assert result.status == "compile_failed"
        assert result.rounds == 1
        assert "undefinedHelper" in result.message


def test_server_down_is_an_error_without_code(indexed_workspace) -> None:
    settings = _openai_settings("http://127.0.0.1:9/v1", rounds=1)
    result = generate_algorithm(indexed_workspace, OBJECTIVE, OpenAIBackend(settings), settings)
    assert result.status == "error"
    assert "cannot reach the model server" in result.message
    assert result.code == ""
