"""``textDocument/inlineCompletion`` (LSP 3.18): ghost text from the configured backend.

Debounced for automatic triggers, cancellable (``$/cancelRequest`` cancels the awaiting handler and
sets the backend's cancel event), bounded by the request timeout, and cached so that typing along a
shown suggestion reuses it.  Each item carries the ``ormbAssist.inlineAccepted`` command for the
accept telemetry (see ``telemetry.py``).  Any backend failure gives an empty answer and a log line.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from typing import Any

from lsprotocol import types

from ormb_assist.server.documents import DocView, relative_path, uri_to_path
from ormb_assist.server.inline_context import inline_context
from ormb_assist.server.inline_core import SuggestionCache, grounded_suggestions, shape_at, trim
from ormb_assist.server.server import OrmbLanguageServer, WorkspaceRoot, guarded
from ormb_assist.server.telemetry import ACCEPT_COMMAND, InlineItem, remember_item
from ormb_assist.server.window import window_of

logger = logging.getLogger(__name__)
PREFIX_CHARS = 6000
SUFFIX_CHARS = 2000


def register(server: OrmbLanguageServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_INLINE_COMPLETION, types.InlineCompletionOptions())
    @guarded(lambda: types.InlineCompletionList(items=[]), "inline")
    async def inline_completion(
        ls: OrmbLanguageServer, params: types.InlineCompletionParams
    ) -> types.InlineCompletionList:
        return await complete_inline(ls, params)


async def complete_inline(
    ls: OrmbLanguageServer, params: types.InlineCompletionParams
) -> types.InlineCompletionList:
    started = time.perf_counter()
    empty = types.InlineCompletionList(items=[])
    uri = params.text_document.uri
    view = ls.doc(uri)
    root = ls.root_for_uri(uri)
    if view is None or root is None:
        return empty
    offset = view.offset(params.position.line, params.position.character)
    prefix, suffix = view.text[:offset], view.text[offset:]
    cache: SuggestionCache = ls.extra.setdefault("inline_cache", SuggestionCache())
    cached = cache.get(uri, prefix, suffix)
    if cached:
        return _answer(ls, view, root, offset, [cached], started, 0.0, 0.0, "", cache_hit=True)
    waited_ms = 0.0
    if params.context.trigger_kind == types.InlineCompletionTriggerKind.Automatic and ls.settings.debounce_ms:
        seqs: dict[str, int] = ls.extra.setdefault("inline_seq", {})
        seqs[uri] = my_seq = seqs.get(uri, 0) + 1
        await asyncio.sleep(ls.settings.debounce_ms / 1000)
        waited_ms = float(ls.settings.debounce_ms)
        if seqs.get(uri) != my_seq:
            return empty  # a newer request for this document superseded this one
        view = ls.doc(uri) or view
    win = window_of(view, offset)  # a large document is read around the cursor only
    woff = win.to_window(offset)
    shape = shape_at(win.text, woff, win.strings)
    context = inline_context(root.catalog, win.text, woff, win.strings, ls.settings.context_token_budget)
    texts: list[str] = []
    if ls.settings.backend == "embedded":
        texts += grounded_suggestions(root.catalog, win.text, woff, win.strings)
    backend_start = time.perf_counter()
    texts += await _backend_texts(ls, root, view, offset, shape, context)
    backend_ms = (time.perf_counter() - backend_start) * 1000
    suggestions: list[str] = []
    for raw in texts:
        text = trim(raw, win.text, woff, shape)
        if text.strip() and text not in suggestions:
            suggestions.append(text)
    if suggestions:
        cache.put(uri, prefix, suffix, suggestions[0])
    return _answer(ls, view, root, offset, suggestions[:3], started, backend_ms, waited_ms, context)


async def _backend_texts(
    ls: OrmbLanguageServer, root: WorkspaceRoot, view: DocView, offset: int, shape, context: str
) -> list[str]:
    from ormb_assist.generation.base import BackendError, CompletionRequest

    backend = await get_backend(ls, root)
    if backend is None:
        return []
    req = CompletionRequest(
        prefix=view.text[max(0, offset - PREFIX_CHARS) : offset],
        suffix=view.text[offset : offset + SUFFIX_CHARS],
        context=context,
        path=relative_path(root.path, uri_to_path(view.uri)),
        max_tokens=ls.settings.max_tokens_inline
        if shape.multiline
        else min(48, ls.settings.max_tokens_inline),
        stop=shape.stop,
        n=1,
    )
    cancel = threading.Event()
    future = asyncio.get_running_loop().run_in_executor(ls.worker, backend.complete, req, cancel)
    try:
        return list(
            await asyncio.wait_for(asyncio.shield(future), timeout=ls.settings.request_timeout_s) or []
        )
    except asyncio.CancelledError:
        cancel.set()
        raise
    except asyncio.TimeoutError:
        cancel.set()
        logger.warning(
            "inline completion: backend %s timed out after %.1fs",
            ls.settings.backend,
            ls.settings.request_timeout_s,
        )
    except BackendError as exc:
        logger.warning("inline completion: %s", exc.message)
    except Exception as exc:  # noqa: BLE001 - a crashing backend gives an empty answer
        logger.exception("inline completion: backend failed: %s", exc)
    return []


async def get_backend(ls: OrmbLanguageServer, root: WorkspaceRoot) -> Any:
    """The backend for a workspace root, created lazily off the event loop (model loading is slow)."""
    backends: dict[str, Any] = ls.extra.setdefault("backends", {})
    key = f"{root.path}|{ls.settings.backend}|{ls.settings.endpoint}|{ls.settings.model}|{ls.settings.model_path}"
    if key in backends:
        return backends[key]
    if root.index is None:
        return None
    from ormb_assist.generation.base import BackendError, create_backend

    try:
        backend = await ls.run_blocking(create_backend, ls.settings, root.index)
        ls.backend_error = ""
    except BackendError as exc:
        ls.backend_error = exc.message
        logger.warning("backend unavailable: %s", exc.message)
        backend = None
    backends.clear()
    backends[key] = backend
    ls.backend = backend
    return backend


def _answer(ls: OrmbLanguageServer, view: DocView, root: WorkspaceRoot, offset: int, suggestions: list[str],
            started: float, backend_ms: float, waited_ms: float, context: str, cache_hit: bool = False) -> types.InlineCompletionList:  # fmt: skip
    pos = types.Position(*view.position(offset))
    items = []
    total_ms = (time.perf_counter() - started) * 1000
    for text in suggestions:
        item_id = uuid.uuid4().hex
        remember_item(ls, InlineItem(
            item_id=item_id, uri=view.uri, file=relative_path(root.path, uri_to_path(view.uri)),
            prefix=view.text[max(0, offset - 2000) : offset], suffix=view.text[offset : offset + 500],
            context=context, suggestion=text, latency_ms=total_ms, cache_hit=cache_hit,
        ))  # fmt: skip
        command = types.Command(title="Accept ORMB suggestion", command=ACCEPT_COMMAND, arguments=[item_id])
        items.append(
            types.InlineCompletionItem(insert_text=text, range=types.Range(pos, pos), command=command)
        )
    if not cache_hit:
        ls.record_timing("inline.total", total_ms)
        ls.record_timing("inline.backend", backend_ms)
        ls.record_timing("inline.overhead", max(0.0, total_ms - backend_ms - waited_ms))
    return types.InlineCompletionList(items=items)
