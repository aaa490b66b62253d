"""Keep the index in step with the editor: open buffers win over the disk, saved and watched files
re-index incrementally, and the completion catalog is rebuilt (debounced) after changes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from lsprotocol import types

from ormb_assist.server.catalog import refresh_catalog
from ormb_assist.server.documents import open_document, uri_to_path
from ormb_assist.server.server import OrmbLanguageServer, WorkspaceRoot, guarded

logger = logging.getLogger(__name__)
INDEXED_SUFFIXES = (".java", ".sql", ".ddl")
CHANGE_DEBOUNCE_S = 0.3
CATALOG_DEBOUNCE_S = 1.0


def debounce(ls: OrmbLanguageServer, key: str, delay: float, make: Callable[[], Awaitable[Any]]) -> None:
    """Run ``make()`` after ``delay`` seconds unless another call with the same key comes first."""
    tasks: dict[str, asyncio.Task[Any]] = ls.extra.setdefault("debounce", {})
    old = tasks.get(key)
    if old is not None and not old.done():
        old.cancel()

    async def later() -> None:
        try:
            await asyncio.sleep(delay)
            await make()
        except asyncio.CancelledError:
            pass
        except Exception as exc:  # noqa: BLE001 - background work logs, never raises
            logger.exception("%s failed: %s", key, exc)

    tasks[key] = asyncio.ensure_future(later())


async def index_buffer(ls: OrmbLanguageServer, uri: str, rebuild_catalog: bool = True) -> None:
    """Index the open buffer's text in place of the file on disk (only for files inside a workspace
    folder: a file opened from elsewhere gets completions but never enters the index)."""
    path = uri_to_path(uri)
    root = ls.root_containing(path)
    if path is None or root is None or root.index is None or path.suffix.lower() not in INDEXED_SUFFIXES:
        return
    document = open_document(ls.workspace, uri)
    if document is None:
        return
    text = document.source
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (JSON "\ud83d") cannot be stored: it becomes "?"
        encoded = text.encode("utf-8", "replace")
        text = encoded.decode("utf-8")
    if len(encoded) > ls.settings.max_file_bytes:
        logger.info("%s is larger than maxFileBytes; not indexed", path.name)
        return
    await ls.run_blocking(root.index.update_file, path, text, index_write=True)
    if rebuild_catalog:
        schedule_catalog(ls, root)


async def index_disk_file(ls: OrmbLanguageServer, uri: str, deleted: bool = False) -> None:
    path = uri_to_path(uri)
    root = ls.root_containing(path)
    if path is None or root is None or root.index is None:
        return
    if deleted or not path.exists():
        await ls.run_blocking(root.index.remove_file, path, index_write=True)
    else:
        await ls.run_blocking(root.index.update_file, path, None, index_write=True)
    schedule_catalog(ls, root)


def schedule_catalog(ls: OrmbLanguageServer, root: WorkspaceRoot) -> None:
    async def rebuild() -> None:
        root.catalog = await ls.run_blocking(refresh_catalog, root.catalog, root.index)

    debounce(ls, f"catalog:{root.path}", CATALOG_DEBOUNCE_S, rebuild)


def register(server: OrmbLanguageServer) -> None:
    from ormb_assist.server.diagnostics import schedule_diagnostics
    from ormb_assist.server.typing_guard import note_edit

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @guarded(None, "didOpen")
    async def did_open(ls: OrmbLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        debounce(ls, f"index:{uri}", 0.5, lambda: index_buffer(ls, uri))
        schedule_diagnostics(ls, uri, delay=0.05)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @guarded(None, "didChange")
    async def did_change(ls: OrmbLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        note_edit(ls.extra, uri, params.text_document.version, params.content_changes)
        debounce(ls, f"index:{uri}", CHANGE_DEBOUNCE_S, lambda: index_buffer(ls, uri))
        schedule_diagnostics(ls, uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    @guarded(None, "didSave")
    async def did_save(ls: OrmbLanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        debounce(ls, f"index:{uri}", 0.0, lambda: index_buffer(ls, uri))
        schedule_diagnostics(ls, uri, delay=0.0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded(None, "didClose")
    async def did_close(ls: OrmbLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.docs.drop(uri)
        path = uri_to_path(uri)
        # The buffer is gone: the disk is the truth again (or the file never existed).
        if path is not None and path.suffix.lower() in INDEXED_SUFFIXES:
            debounce(ls, f"index:{uri}", 0.0, lambda: index_disk_file(ls, uri, deleted=not path.exists()))
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    @guarded(None, "didChangeWatchedFiles")
    async def did_change_watched(ls: OrmbLanguageServer, params: types.DidChangeWatchedFilesParams) -> None:
        for change in params.changes:
            uri = change.uri
            deleted = change.type == types.FileChangeType.Deleted
            if not deleted and open_document(ls.workspace, uri) is not None:
                continue  # the open buffer is the truth for this file
            debounce(
                ls, f"index:{uri}", 0.1, lambda uri=uri, deleted=deleted: index_disk_file(ls, uri, deleted)
            )
