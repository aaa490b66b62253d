"""Fit a prompt and its answer into the model server's context window.

A vLLM server started with ``--max-model-len 2048`` answers HTTP 400 to a 2,049-token prompt, and to
a prompt whose length plus ``max_tokens`` exceeds the window.  The workspace context the pipeline
retrieves easily exceeds a small window, so before each chat request the backend:

1. reads the window from ``GET /v1/models`` (``max_model_len``; an adapter inherits its parent's);
2. counts the prompt's tokens with the server's own tokenizer (vLLM's ``POST /tokenize``), or
   estimates them (3 characters a token) where the server has no such route;
3. trims, least useful first: the example class, then the end of the workspace context (signatures
   come first in it, so they stay), then the end of the plan; the objective is never cut;
4. lowers ``max_tokens`` to what is left, keeping at least a quarter of the window for the answer.

What was trimmed is returned as a sentence the pipeline shows the user.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from ormb_assist.generation.base import GenerationRequest

log = logging.getLogger(__name__)

CHARS_PER_TOKEN_ESTIMATE = 3.0  # conservative for BPE on Java and SQL (real: ~3.3-4)
MARGIN_TOKENS = 8  # chat-template tokens the count may miss, rounding between count and server

Messages = list[dict[str, str]]
Counter = Callable[[Messages], int]


def estimate_tokens(messages: Messages) -> int:
    """Token estimate without a tokenizer: characters / 3 plus a few per message for the template."""
    return sum(int(len(m.get("content", "")) / CHARS_PER_TOKEN_ESTIMATE) + 4 for m in messages)


def answer_reserve(max_model_len: int, wanted: int) -> int:
    """Tokens kept for the answer before the prompt is trimmed: a quarter of the window, at most ``wanted``."""
    return max(1, min(wanted, max(64, max_model_len // 4)))


def _cut_tail(text: str, drop_chars: int) -> str:
    """``text`` shortened by at least ``drop_chars`` characters, at a line break where one is near."""
    keep = len(text) - drop_chars
    if keep <= 0:
        return ""
    cut = text.rfind("\n", 0, keep)
    return text[: cut if cut > keep // 2 else keep].rstrip()


def _field_text(req: GenerationRequest, field: str) -> str:
    return str(req.extra.get("plan", "") if req.extra else "") if field == "plan" else getattr(req, field)


def _with_field(req: GenerationRequest, field: str, text: str) -> GenerationRequest:
    if field == "plan":
        return dataclasses.replace(req, extra={**req.extra, "plan": text})
    return dataclasses.replace(req, **{field: text})


_LABELS = {"example_code": "the example class", "context": "workspace context", "plan": "the plan"}


def fit_request(
    req: GenerationRequest, build: Callable[[GenerationRequest], Messages], count: Counter, max_model_len: int
) -> tuple[GenerationRequest, Messages, str]:
    """``(request, messages, note)`` whose prompt plus ``max_tokens`` fit ``max_model_len``.

    ``note`` is "" when nothing changed.  Raises ValueError when even the untrimmable part (system
    prompt, objective, repair diagnostics) leaves no room for an answer.
    """
    messages = build(req)
    used = before = count(messages)
    if used + req.max_tokens + MARGIN_TOKENS <= max_model_len:
        return req, messages, ""
    allowed = max_model_len - answer_reserve(max_model_len, req.max_tokens) - MARGIN_TOKENS
    cuts: list[str] = []
    for field in ("example_code", "context", "plan"):
        original = _field_text(req, field)
        for _ in range(8):  # each pass re-counts with the server's tokenizer; one or two usually do
            text = _field_text(req, field)
            if used <= allowed or not text:
                break
            chars_per_token = sum(len(m.get("content", "")) for m in messages) / max(used, 1)
            drop = int((used - allowed) * max(1.0, chars_per_token) * 1.1) + 16
            req = _with_field(req, field, "" if field == "example_code" else _cut_tail(text, drop))
            messages = build(req)
            used = count(messages)
        now = _field_text(req, field)
        if now != original:
            cuts.append(
                f"dropped {_LABELS[field]}"
                if not now
                else f"cut {_LABELS[field]} from {len(original):,} to {len(now):,} characters"
            )
    room = max_model_len - used - MARGIN_TOKENS
    if room < 1:
        raise ValueError(
            f"the prompt needs {used:,} tokens even after trimming, and the server's context is "
            f"{max_model_len:,}: serve the model with a larger --max-model-len"
        )
    max_tokens = min(req.max_tokens, room)
    parts = list(cuts)
    if max_tokens < req.max_tokens:
        parts.append(f"answer limited to {max_tokens:,} tokens")
        req = dataclasses.replace(req, max_tokens=max_tokens)
    note = (
        f"the prompt ({before:,} tokens) was fitted to the model server's {max_model_len:,}-token context: "
        + "; ".join(parts)
    )
    log.warning("%s", note)
    return req, messages, note
