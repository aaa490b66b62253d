"""Prompt budgeting for a server's context window (issue 13, item 2), with the character estimate as the
tokenizer; tests/test_real_vllm.py runs the same code against vLLM's own tokenizer."""

from __future__ import annotations

import pytest

from ormb_assist.generation.base import GenerationRequest
from ormb_assist.generation.context_budget import MARGIN_TOKENS, estimate_tokens, fit_request
from ormb_assist.generation.model_prompts import generation_messages, repair_messages

SIGNATURES = "".join(f"void method{i}(BillId billId, Money amount);\n" for i in range(300))
EXAMPLE = "class Example {\n" + "    int x = 1;\n" * 400 + "}\n"
PLAN = "\n".join(f"step {i}: read CI_BILL row {i}" for i in range(200))


def _req(**kw) -> GenerationRequest:
    base = {"objective": "validate the bill amount", "context": SIGNATURES, "example_code": EXAMPLE}
    return GenerationRequest(**{**base, **kw})


def test_a_prompt_that_fits_is_sent_unchanged() -> None:
    req = _req(context="void a();", example_code="class A {}", max_tokens=100)
    fitted, messages, note = fit_request(req, generation_messages, estimate_tokens, 4096)
    assert fitted is req and note == "" and messages == generation_messages(req)


def test_example_goes_first_then_the_context_tail_and_the_answer_keeps_room() -> None:
    req = _req(max_tokens=2048)
    fitted, messages, note = fit_request(req, generation_messages, estimate_tokens, 2048)
    used = estimate_tokens(messages)
    assert used + fitted.max_tokens + MARGIN_TOKENS <= 2048
    assert fitted.max_tokens >= 512  # a quarter of the window stays for the answer
    assert not fitted.example_code and fitted.context.startswith(
        "void method0("
    )  # signatures kept, head first
    assert 0 < len(fitted.context) < len(SIGNATURES) and fitted.context.endswith(");")  # cut at a line
    assert "validate the bill amount" in messages[-1]["content"]
    assert "dropped the example class" in note and "cut workspace context" in note and "2,048-token" in note


def test_the_plan_is_cut_only_after_the_context_is_gone() -> None:
    req = _req(max_tokens=256, extra={"plan": PLAN})
    fitted, messages, note = fit_request(req, generation_messages, estimate_tokens, 1024)
    assert not fitted.context and 0 < len(fitted.extra["plan"]) < len(PLAN)
    assert fitted.extra["plan"].startswith("step 0:") and req.extra["plan"] == PLAN  # caller's request intact
    assert estimate_tokens(messages) + fitted.max_tokens + MARGIN_TOKENS <= 1024


def test_repair_prompts_are_fitted_too() -> None:
    code = "class Broken {\n" + "  int y;\n" * 300 + "}"

    def build(r: GenerationRequest):
        return repair_messages(r, code, ["Broken.java:1: error: cannot find symbol"])

    fitted, messages, _note = fit_request(_req(max_tokens=512), build, estimate_tokens, 2048)
    assert estimate_tokens(messages) + fitted.max_tokens + MARGIN_TOKENS <= 2048
    assert messages[-2]["content"].count("int y;") == 300  # the code under repair is never cut


def test_a_window_too_small_for_the_objective_says_what_to_change() -> None:
    req = _req(objective="validate " * 400, context="", example_code="", max_tokens=64)
    with pytest.raises(ValueError, match="--max-model-len"):
        fit_request(req, generation_messages, estimate_tokens, 256)
