"""The production backend: a vLLM server (or any OpenAI-compatible server) hosting the tuned Qwen3.

Chat completions write whole classes (Qwen3 thinking switched off through ``chat_template_kwargs``);
``/v1/completions`` with a fill-in-the-middle template serves inline completion.  The LoRA adapter is
chosen by model name, as vLLM's multi-LoRA serving expects.  Retries with exponential backoff and
timeouts come from the openai SDK; this module adds a concurrency limit, a small response cache,
cancellation between streamed chunks, and messages a developer can act on.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import httpx
import openai

from ormb_assist.generation.base import (
    BackendError,
    CompletionRequest,
    GenerationCancelled,
    GenerationRequest,
    check_cancel,
    extract_java,
)
from ormb_assist.generation.context_budget import estimate_tokens, fit_request
from ormb_assist.generation.endpoint import normalise_endpoint, not_found_hint, server_root
from ormb_assist.generation.fim import get_template
from ormb_assist.generation.model_prompts import generation_messages, repair_messages
from ormb_assist.settings import Settings

log = logging.getLogger(__name__)

QWEN3_NO_THINKING = {"chat_template_kwargs": {"enable_thinking": False}}


class _LruCache:
    """Thread-safe LRU of recent answers: a re-sent identical request costs nothing."""

    def __init__(self, size: int = 256) -> None:
        self._data: OrderedDict[str, Any] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        return None

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self._size:
                self._data.popitem(last=False)


def _key(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


class OpenAIBackend:
    """Talks to ``settings.endpoint`` with the openai SDK."""

    name = "openai"

    def __init__(self, settings: Settings, index: Any = None, client: openai.OpenAI | None = None) -> None:
        if not settings.endpoint:
            raise BackendError(
                "the openai backend needs an endpoint: set 'endpoint' (e.g. http://localhost:8000/v1) "
                "or use the embedded backend"
            )
        self.settings = settings
        self.index = index
        self.endpoint = normalise_endpoint(settings.endpoint)  # "http://host:8000" -> ".../v1"
        self.fim = get_template(settings.fim_template)
        self.client = client or openai.OpenAI(
            base_url=self.endpoint,
            api_key=settings.api_key() or "not-needed",
            timeout=settings.request_timeout_s,
            max_retries=settings.max_retries,
        )
        self._slots = threading.BoundedSemaphore(max(1, settings.max_concurrency))
        self._cache = _LruCache()
        self._model = settings.model
        self._window: int | None = None  # the server's max_model_len; 0 when it does not say
        self._tokenize_ok: bool | None = None

    # ---- model selection -------------------------------------------------------------------
    @property
    def model(self) -> str:
        """The configured model/adapter name, else the first model the server lists."""
        if not self._model:
            models = self.list_models()
            if not models:
                raise BackendError(f"the model server at {self.endpoint} serves no models")
            self._model = models[0]
        return self._model

    def list_models(self) -> list[str]:
        with self._errors():
            return [m.id for m in self.client.models.list().data]

    def health(self) -> dict[str, Any]:
        try:
            models = self.list_models()
        except BackendError as exc:
            return {"ok": False, "backend": self.name, "detail": exc.message}
        wanted = self.settings.model
        if wanted and wanted not in models:
            return {
                "ok": False,
                "backend": self.name,
                "detail": f"model '{wanted}' is not served at {self.endpoint}; available: {', '.join(models)}",
            }
        return {
            "ok": True,
            "backend": self.name,
            "detail": f"{self.endpoint} serves {', '.join(models)}",
            "models": models,
        }

    # ---- generation ------------------------------------------------------------------------
    def generate(self, req: GenerationRequest, cancel: threading.Event | None = None) -> str:
        fitted, messages = self._fit(req, generation_messages)
        key = _key("chat", self.model, messages, fitted.max_tokens, fitted.temperature)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        code = extract_java("".join(self._stream_chat(messages, fitted, cancel)))
        self._cache.put(key, code)
        return code

    def stream_generate(self, req: GenerationRequest, cancel: threading.Event | None = None) -> Iterator[str]:
        fitted, messages = self._fit(req, generation_messages)
        yield from self._stream_chat(messages, fitted, cancel)

    def repair(
        self,
        req: GenerationRequest,
        code: str,
        diagnostics: Sequence[str],
        cancel: threading.Event | None = None,
    ) -> str:
        fitted, messages = self._fit(req, lambda r: repair_messages(r, code, diagnostics))
        return extract_java("".join(self._stream_chat(messages, fitted, cancel)))

    # ---- context budget --------------------------------------------------------------------
    def context_window(self) -> int | None:
        """The served model's ``max_model_len`` from ``/v1/models`` (an adapter's is its parent's)."""
        if self._window is None:
            with self._errors():
                models = {m.id: m for m in self.client.models.list().data}
            entry = models.get(self.model)
            lengths = [
                getattr(entry, "max_model_len", None),
                getattr(models.get(getattr(entry, "parent", None) or ""), "max_model_len", None),
            ]
            found = next((int(n) for n in lengths if isinstance(n, int) and n > 0), 0)
            self._window = found  # 0: the server does not say (not vLLM); no budget then
        return self._window or None

    def count_tokens(self, messages: list[dict[str, str]]) -> int:
        """Prompt tokens by the server's tokenizer (vLLM ``POST /tokenize``), else an estimate."""
        if self._tokenize_ok is not False:
            url = server_root(self.endpoint)
            key = self.settings.api_key()
            try:
                response = httpx.post(
                    f"{url}/tokenize",
                    json={"model": self.model, "messages": messages, **QWEN3_NO_THINKING},
                    headers={"Authorization": f"Bearer {key}"} if key else {},
                    timeout=self.settings.request_timeout_s,
                )
                count = response.json().get("count") if response.status_code == 200 else None
            except (httpx.HTTPError, ValueError, AttributeError):
                count = None
            if isinstance(count, int):
                self._tokenize_ok = True
                return count
            self._tokenize_ok = False
            log.info("%s has no /tokenize; estimating prompt tokens from characters", url)
        return estimate_tokens(messages)

    def _fit(
        self, req: GenerationRequest, build: Callable[[GenerationRequest], list[dict[str, str]]]
    ) -> tuple[GenerationRequest, list[dict[str, str]]]:
        """``req`` trimmed to the server's window; the trim is noted in ``req.extra["notes"]`` for the user."""
        window = self.context_window()
        if window is None:
            return req, build(req)
        try:
            fitted, messages, note = fit_request(req, build, self.count_tokens, window)
        except ValueError as exc:
            raise BackendError(str(exc)) from exc
        if note:
            req.extra.setdefault("notes", []).append(note)
        return fitted, messages

    def _stream_chat(
        self, messages: list[dict[str, str]], req: GenerationRequest, cancel: threading.Event | None
    ) -> Iterator[str]:
        check_cancel(cancel)
        with self._slot(cancel), self._errors():
            stream = self.client.chat.completions.create(
                model=self.model,
                messages=messages,  # type: ignore[arg-type]
                max_tokens=req.max_tokens,
                temperature=req.temperature,
                stream=True,
                extra_body=QWEN3_NO_THINKING,
            )
            try:
                for chunk in stream:
                    if cancel is not None and cancel.is_set():
                        raise GenerationCancelled()
                    if not getattr(chunk, "choices", None):
                        continue
                    delta = chunk.choices[0].delta
                    piece = getattr(delta, "content", None) if delta is not None else None
                    if piece:
                        yield piece
            finally:
                stream.close()

    # ---- inline completion -----------------------------------------------------------------
    def complete(self, req: CompletionRequest, cancel: threading.Event | None = None) -> list[str]:
        prompt = self.fim.render(req.prefix, req.suffix, req.context, req.path)
        stop = list(dict.fromkeys([*self.fim.stop, *req.stop]))[:8]  # servers cap stop lists
        key = _key("fim", self.model, prompt, req.max_tokens, stop, req.n)
        cached = self._cache.get(key)
        if cached is not None:
            return list(cached)
        check_cancel(cancel)
        with self._slot(cancel), self._errors():
            response = self.client.completions.create(
                model=self.model,
                prompt=prompt,
                max_tokens=req.max_tokens,
                temperature=self.settings.temperature,
                stop=stop or None,
                n=max(1, req.n),
            )
        check_cancel(cancel)
        choices = getattr(response, "choices", None)
        if not isinstance(choices, list):
            raise BackendError(f"the model server at {self.endpoint} answered without completion choices")
        texts = [self.fim.clean(c.text or "") for c in choices]
        texts = [t for t in dict.fromkeys(texts) if t.strip()]
        self._cache.put(key, texts)
        return texts

    # ---- plumbing --------------------------------------------------------------------------
    def _slot(self, cancel: threading.Event | None):
        """Wait for one of ``max_concurrency`` request slots, giving up when cancelled."""
        backend = self

        class _Slot:
            def __enter__(self) -> None:
                while not backend._slots.acquire(timeout=0.05):
                    check_cancel(cancel)

            def __exit__(self, *exc: object) -> None:
                backend._slots.release()

        return _Slot()

    def _errors(self):
        """Translate SDK exceptions into :class:`BackendError` with the endpoint named."""
        endpoint = self.endpoint
        timeout = self.settings.request_timeout_s

        class _Errors:
            def __enter__(self) -> None:
                return None

            def __exit__(self, exc_type, exc, tb) -> bool:
                if exc is None or isinstance(exc, (BackendError, GeneratorExit)):
                    return False
                if isinstance(exc, openai.APITimeoutError):
                    raise BackendError(
                        f"the model server at {endpoint} did not answer within {timeout:g} s"
                    ) from exc
                if isinstance(exc, openai.APIConnectionError):
                    raise BackendError(
                        f"cannot reach the model server at {endpoint}; is vLLM running? ({exc.__class__.__name__})"
                    ) from exc
                if isinstance(exc, openai.APIStatusError):
                    detail = (exc.message or "")[:300]
                    raise BackendError(
                        f"the model server at {endpoint} answered HTTP {exc.status_code}: {detail}"
                        + not_found_hint(endpoint, exc.status_code)
                    ) from exc
                if isinstance(exc, (openai.APIError, ValueError, KeyError, TypeError, AttributeError)):
                    raise BackendError(
                        f"the model server at {endpoint} sent an answer that is not valid: {exc}"
                    ) from exc
                return False

        return _Errors()
