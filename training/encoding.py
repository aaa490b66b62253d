"""Dataset rows → ``input_ids`` + ``labels`` with the loss on the response only.

We tokenise ourselves instead of letting TRL do it, so that the Unsloth and plain TRL paths see
identical tokens and so that over-length examples are counted, not silently cut:

* chat rows are rendered with the model's own chat template (Qwen3: ``enable_thinking=False``, which
  writes the empty ``<think></think>`` block the model sees at inference); the prompt part is the
  template's generation prompt, the response part is whatever the full conversation adds after it
  (answer + end-of-turn token) — no ``{% generation %}`` markers needed;
* FIM rows use the special-token layout of :mod:`ormb_assist.generation.fim` that the tokenizer
  supports (Qwen ``<|fim_prefix|>`` or StarCoder ``<fim_prefix>``), and are skipped — counted — when
  it supports none.

Labels are ``-100`` on prompt tokens.  Examples longer than ``max_len`` are truncated (response cut at
the end) or dropped, per the recipe; an example whose prompt alone leaves no room is always dropped.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ormb_assist.generation.fim import TEMPLATES, FimTemplate

IGNORE = -100
_MIN_RESPONSE_TOKENS = 16


@dataclass
class EncodeReport:
    rows: int = 0
    kept: int = 0
    truncated: int = 0
    dropped_over_length: int = 0
    dropped_no_fim_tokens: int = 0
    dropped_invalid: int = 0
    tokens: int = 0
    response_tokens: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def fim_template_for(tokenizer: Any) -> FimTemplate | None:
    vocab = tokenizer.get_vocab()
    for name in ("qwen2.5-coder", "starcoder"):
        tpl = TEMPLATES[name]
        if tpl.prefix_token in vocab and tpl.middle_token in vocab:
            return tpl
    return None


def render_chat(
    tokenizer: Any, messages: list[dict[str, str]], enable_thinking: bool = False
) -> tuple[str, str]:
    """``(prompt_text, response_text)`` of a conversation whose last message is the assistant answer."""
    kwargs = {"tokenize": False, "enable_thinking": enable_thinking}
    if getattr(tokenizer, "chat_template", None):
        prompt = tokenizer.apply_chat_template(messages[:-1], add_generation_prompt=True, **kwargs)
        full = tokenizer.apply_chat_template(messages, **kwargs)
        if full.startswith(prompt):
            return prompt, full[len(prompt) :]
    # No template, or one that renders the prompt differently on its own: plain layout + EOS.
    prompt = "".join(f"{m['role']}: {m['content']}\n" for m in messages[:-1]) + "assistant: "
    return prompt, messages[-1]["content"] + (tokenizer.eos_token or "")


def render_fim(row: dict[str, Any], template: FimTemplate, eos: str) -> tuple[str, str]:
    return template.render(row["prefix"], row["suffix"], path=row.get("path", "")), row["middle"] + eos


def encode_rows(
    rows: list[dict[str, Any]],
    tokenizer: Any,
    max_len: int,
    over_length: str = "truncate",
    include_fim: bool = True,
    enable_thinking: bool = False,
) -> tuple[list[dict[str, list[int]]], EncodeReport]:
    """Tokenised ``{"input_ids", "labels"}`` rows and a report of what was cut or left out."""
    report = EncodeReport()
    fim = fim_template_for(tokenizer) if include_fim else None
    fim_eos = "<|endoftext|>" if "<|endoftext|>" in tokenizer.get_vocab() else (tokenizer.eos_token or "")
    out = []
    for row in rows:
        report.rows += 1
        kind = row.get("kind")
        try:
            if kind == "chat":
                prompt, response = render_chat(tokenizer, row["messages"], enable_thinking)
            elif kind == "fim":
                if not include_fim:
                    continue
                if fim is None:
                    report.dropped_no_fim_tokens += 1
                    continue
                prompt, response = render_fim(row, fim, fim_eos)
            else:
                raise KeyError(f"unknown kind {kind!r}")
        except (KeyError, TypeError, ValueError):
            report.dropped_invalid += 1
            continue
        prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
        response_ids = tokenizer(response, add_special_tokens=False)["input_ids"]
        if len(prompt_ids) + len(response_ids) > max_len:
            room = max_len - len(prompt_ids)
            if over_length == "drop" or room < _MIN_RESPONSE_TOKENS:
                report.dropped_over_length += 1
                continue
            response_ids = response_ids[:room]
            report.truncated += 1
        ids = prompt_ids + response_ids
        out.append({"input_ids": ids, "labels": [IGNORE] * len(prompt_ids) + response_ids})
        report.kept += 1
        report.tokens += len(ids)
        report.response_tokens += len(response_ids)
        report.by_kind[kind] = report.by_kind.get(kind, 0) + 1
    return out, report
