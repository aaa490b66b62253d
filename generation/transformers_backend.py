"""A local Hugging Face model in-process (CPU or GPU): what ``ormb-assist export`` writes, or any
model folder, a PEFT adapter folder (its base must be local too) or a GGUF file.

Loading never touches a hub: ``local_files_only`` is forced, so a missing model is a clear error
instead of a download attempt.  One loaded model per path is kept for the process.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ormb_assist.generation.base import (
    BackendError,
    CompletionRequest,
    GenerationCancelled,
    GenerationRequest,
    check_cancel,
    extract_java,
)
from ormb_assist.generation.fim import get_template
from ormb_assist.generation.model_prompts import generation_messages, repair_messages
from ormb_assist.settings import Settings

log = logging.getLogger(__name__)

_LOADED: dict[str, tuple[Any, Any]] = {}
_LOAD_LOCK = threading.Lock()


def _resolve(model_path: str) -> tuple[Path, str | None]:
    """Folder to load from and, for GGUF, the file name inside it.

    ``packaged:NAME`` and ``tiny:NAME`` name models the project ships or makes (training/models.py).
    """
    if model_path.startswith(("packaged:", "tiny:")):
        from ormb_assist.training.models import ModelNotFound, resolve_model

        try:
            model_path = resolve_model(model_path)
        except ModelNotFound as exc:
            raise BackendError(str(exc)) from exc
    path = Path(model_path).expanduser()
    if path.is_file() and path.suffix == ".gguf":
        return path.parent, path.name
    if path.is_dir():
        if (path / "config.json").exists() or (path / "adapter_config.json").exists():
            return path, None
        ggufs = sorted(path.glob("*.gguf"))
        if ggufs:
            return path, ggufs[0].name
    raise BackendError(
        f"no model at '{model_path}': expected a Hugging Face model folder (config.json), "
        "a LoRA adapter folder (adapter_config.json) or a .gguf file"
    )


def load_model(model_path: str) -> tuple[Any, Any]:
    """(tokenizer, model) for a local path; cached per process."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    key = model_path if ":" in model_path.split("/")[0] else str(Path(model_path).expanduser().resolve())
    with _LOAD_LOCK:
        if key in _LOADED:
            return _LOADED[key]
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        folder, gguf = _resolve(model_path)
        kwargs: dict[str, Any] = {"local_files_only": True}
        if gguf:
            kwargs["gguf_file"] = gguf
        dtype = torch.bfloat16 if torch.cuda.is_available() else torch.float32
        try:
            adapter_cfg = folder / "adapter_config.json"
            if adapter_cfg.exists() and not gguf:
                from peft import PeftModel

                base = json.loads(adapter_cfg.read_text()).get("base_model_name_or_path", "")
                if not base or not Path(base).exists():
                    raise BackendError(
                        f"the adapter at {folder} names base model '{base}', which is not a local folder"
                    )
                tokenizer = AutoTokenizer.from_pretrained(
                    folder if (folder / "tokenizer_config.json").exists() else base, local_files_only=True
                )
                model = AutoModelForCausalLM.from_pretrained(base, dtype=dtype, local_files_only=True)
                model = PeftModel.from_pretrained(model, folder, local_files_only=True)
            else:
                tokenizer = AutoTokenizer.from_pretrained(folder, **kwargs)
                model = AutoModelForCausalLM.from_pretrained(folder, dtype=dtype, **kwargs)
        except BackendError:
            raise
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise BackendError(f"could not load the model at '{model_path}': {exc}") from exc
        if torch.cuda.is_available():
            model = model.to("cuda")
        model.eval()
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        _LOADED[key] = (tokenizer, model)
        return tokenizer, model


class TransformersBackend:
    """Runs generation and completion with ``transformers`` in this process."""

    name = "transformers"

    def __init__(self, settings: Settings, index: Any = None) -> None:
        if not settings.model_path:
            raise BackendError(
                "the transformers backend needs 'modelPath' (a local model folder or .gguf file)"
            )
        self.settings = settings
        self.index = index
        self._lock = threading.Lock()  # one generate() at a time on one model
        self.tokenizer, self.model = load_model(settings.model_path)
        template = get_template(settings.fim_template)
        vocab = self.tokenizer.get_vocab()
        self.fim = (
            template if template.prefix_token and template.prefix_token in vocab else get_template("none")
        )

    def health(self) -> dict[str, Any]:
        return {
            "ok": True,
            "backend": self.name,
            "detail": f"{self.settings.model_path} ({self.model.config.model_type})",
        }

    # ---- generation ------------------------------------------------------------------------
    def generate(self, req: GenerationRequest, cancel: threading.Event | None = None) -> str:
        return extract_java("".join(self.stream_generate(req, cancel)))

    def stream_generate(self, req: GenerationRequest, cancel: threading.Event | None = None) -> Iterator[str]:
        yield from self._stream(
            self._chat_prompt(generation_messages(req)), req.max_tokens, req.temperature, cancel
        )

    def repair(
        self,
        req: GenerationRequest,
        code: str,
        diagnostics: Sequence[str],
        cancel: threading.Event | None = None,
    ) -> str:
        prompt = self._chat_prompt(repair_messages(req, code, diagnostics))
        return extract_java("".join(self._stream(prompt, req.max_tokens, req.temperature, cancel)))

    def complete(self, req: CompletionRequest, cancel: threading.Event | None = None) -> list[str]:
        prompt = self.fim.render(req.prefix, req.suffix, req.context, req.path)
        text = self.fim.clean("".join(self._stream(prompt, req.max_tokens, 0.0, cancel)))
        for stop in req.stop:
            if stop and stop in text:
                text = text[: text.index(stop)]
        return [text] if text.strip() else []

    # ---- plumbing --------------------------------------------------------------------------
    def _chat_prompt(self, messages: list[dict[str, str]]) -> str:
        if not getattr(self.tokenizer, "chat_template", None):
            return "\n\n".join(m["content"] for m in messages) + "\n\n```java\n"
        try:
            return self.tokenizer.apply_chat_template(
                messages, tokenize=False, add_generation_prompt=True, enable_thinking=False
            )
        except TypeError:
            return self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)

    def _stream(
        self, prompt: str, max_tokens: int, temperature: float, cancel: threading.Event | None
    ) -> Iterator[str]:
        from transformers import StoppingCriteria, StoppingCriteriaList, TextIteratorStreamer

        check_cancel(cancel)

        class _Cancelled(StoppingCriteria):
            def __call__(self, input_ids, scores, **kwargs) -> bool:  # type: ignore[override]
                return cancel is not None and cancel.is_set()

        inputs = self.tokenizer(prompt, return_tensors="pt").to(self.model.device)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        sample = temperature > 0
        kwargs: dict[str, Any] = {
            **inputs,
            "max_new_tokens": max_tokens,
            "do_sample": sample,
            "streamer": streamer,
            "stopping_criteria": StoppingCriteriaList([_Cancelled()]),
            "pad_token_id": self.tokenizer.pad_token_id,
        }
        if sample:
            kwargs["temperature"] = temperature
        errors: list[BaseException] = []

        def run() -> None:
            try:
                self.model.generate(**kwargs)
            except BaseException as exc:  # surfaced to the caller below
                errors.append(exc)
                streamer.end()

        with self._lock:
            worker = threading.Thread(target=run, daemon=True)
            worker.start()
            for piece in streamer:
                if piece:
                    yield piece
            worker.join()
        if errors:
            raise BackendError(f"local model failed: {errors[0]}") from errors[0]
        if cancel is not None and cancel.is_set():
            raise GenerationCancelled()
