"""Initialize, settings, background indexing with work-done progress, and shutdown.

``initialize`` reads settings from ``initializationOptions``; ``initialized`` asks the client for the
``ormbAssist`` configuration section, registers file watchers, and starts indexing every workspace
folder in the background (requests keep being answered meanwhile: from the stored index, or empty).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from pathlib import Path
from typing import Any

from lsprotocol import types

from ormb_assist.server.catalog import build_catalog
from ormb_assist.server.documents import open_uris, uri_to_path
from ormb_assist.server.server import OrmbLanguageServer, WorkspaceRoot, guarded, plain, set_log_level
from ormb_assist.server.workspace_root import settle_roots
from ormb_assist.settings import Settings

logger = logging.getLogger(__name__)
SECTION = "ormbAssist"
WATCH_GLOB = "**/*.{java,sql,ddl,jar}"


def settings_section(options: Any) -> dict[str, Any]:
    """Accept ``{"ormbAssist": {...}}`` or a flat dict of settings."""
    if not isinstance(options, dict):
        return {}
    inner = options.get(SECTION)
    if isinstance(inner, dict):
        return inner
    return {k: v for k, v in options.items() if k != SECTION}


def apply_settings(ls: OrmbLanguageServer, new: Settings, warnings: list[str]) -> None:
    for w in warnings:
        logger.warning("settings: %s", w)
    ls.settings = new
    set_log_level(ls.extra.get("cli_log_level") or new.log_level)  # --log-level wins over the setting
    if not new.telemetry:
        ls.harvest = None
    logger.info("settings: backend=%s model=%s telemetry=%s", new.backend, new.model or "-", new.telemetry)


def register(server: OrmbLanguageServer) -> None:
    @server.feature(types.INITIALIZE)
    def initialize(ls: OrmbLanguageServer, params: types.InitializeParams) -> None:
        ls.loop = asyncio.get_event_loop()
        ls.init_options = (
            params.initialization_options if isinstance(params.initialization_options, dict) else {}
        )
        settings, warnings = Settings.from_dict(settings_section(params.initialization_options))
        apply_settings(ls, settings, warnings)
        folders = [uri_to_path(f.uri) for f in params.workspace_folders or []]
        if not folders and params.root_uri:
            folders = [uri_to_path(params.root_uri)]
        if not folders and params.root_path:
            folders = [Path(params.root_path)]
        ls.roots = [WorkspaceRoot(path=p) for p in folders if p is not None]
        # Only a few messages may precede the initialize response: remember the status, send it later.
        ls.status_fields(state="starting", message="starting", folders=[str(r.path) for r in ls.roots])

    @server.feature(types.INITIALIZED)
    async def initialized(ls: OrmbLanguageServer, params: types.InitializedParams) -> None:
        await pull_configuration(ls)
        settle_roots(ls)  # after the configuration: rootMarkers may come from it
        await register_watchers(ls)
        start_indexing(ls)

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    @guarded(None, "didChangeConfiguration")
    async def did_change_configuration(
        ls: OrmbLanguageServer, params: types.DidChangeConfigurationParams
    ) -> None:
        pushed = params.settings.get(SECTION) if isinstance(params.settings, dict) else None
        if isinstance(pushed, dict):
            apply_settings(ls, *ls.settings.merged(pushed))
        else:
            await pull_configuration(ls)

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    @guarded(None, "didChangeWorkspaceFolders")
    async def did_change_folders(
        ls: OrmbLanguageServer, params: types.DidChangeWorkspaceFoldersParams
    ) -> None:
        removed = {uri_to_path(f.uri) for f in params.event.removed}
        ls.roots = [r for r in ls.roots if r.path not in removed]
        for folder in params.event.added:
            path = uri_to_path(folder.uri)
            if path is not None and all(r.path != path for r in ls.roots):
                ls.roots.append(WorkspaceRoot(path=path))
        settle_roots(ls)
        start_indexing(ls)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: OrmbLanguageServer, params: Any) -> None:
        if ls.index_task and not ls.index_task.done():
            ls.index_task.cancel()
        ls.worker.shutdown(wait=False, cancel_futures=True)
        ls.index_executor.shutdown(wait=False, cancel_futures=True)

    @server.command("ormbAssist.reindex")
    @guarded(lambda: {"started": False}, "reindex")
    async def reindex(ls: OrmbLanguageServer, *args: Any) -> dict[str, Any]:
        opts = plain(args[0]) if args else {}
        opts = opts if isinstance(opts, dict) else {}
        started = start_indexing(ls, full=bool(opts.get("full")))
        return {"started": started, "status": ls.status}

    @server.command("ormbAssist.status")
    @guarded(dict, "status")
    async def status(ls: OrmbLanguageServer, *args: Any) -> dict[str, Any]:
        return ls.status | {
            "roots": [_root_status(r) for r in ls.roots],
            "timings": timing_summary(ls),
            "settings": ls.settings.redacted(),
            "indexJobs": ls.index_jobs,
            "backend": backend_health(ls),
        }


async def pull_configuration(ls: OrmbLanguageServer) -> None:
    caps = ls.client_capabilities.workspace
    if not (caps and caps.configuration):
        return
    try:
        result = await asyncio.wait_for(
            ls.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
            ),
            timeout=5,
        )
    except (asyncio.TimeoutError, Exception) as exc:  # noqa: BLE001 - a client that cannot answer keeps defaults
        logger.warning("workspace/configuration failed: %s", exc)
        return
    section = result[0] if result else None
    if isinstance(section, dict) and section:
        apply_settings(ls, *ls.settings.merged(section))


async def register_watchers(ls: OrmbLanguageServer) -> None:
    caps = ls.client_capabilities.workspace
    watched = caps.did_change_watched_files if caps else None
    if not (watched and watched.dynamic_registration):
        return
    options = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern=WATCH_GLOB)]
    )
    reg = types.Registration(
        id=str(uuid.uuid4()), method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
    )
    try:
        await asyncio.wait_for(
            ls.client_register_capability_async(types.RegistrationParams(registrations=[reg])), 5
        )
    except (asyncio.TimeoutError, Exception) as exc:  # noqa: BLE001
        logger.warning("could not register file watchers: %s", exc)


def start_indexing(ls: OrmbLanguageServer, full: bool = False) -> bool:
    """Start (or restart) background indexing of every folder; returns False if already running."""
    if ls.index_task is not None and not ls.index_task.done():
        return False
    ls.index_task = asyncio.ensure_future(index_all(ls, full))
    return True


async def index_all(ls: OrmbLanguageServer, full: bool = False) -> None:
    if not ls.roots:
        ls.send_status(state="ready", message="no workspace folder")
        return
    ls.indexing = True
    token = await _begin_progress(ls)
    started = time.perf_counter()
    try:
        for n, root in enumerate(ls.roots, 1):
            ls.send_status(state="indexing", message=f"indexing {root.path.name}", folder=str(root.path))
            await _index_root(ls, root, full, token, n)
        elapsed = time.perf_counter() - started
        message = f"indexed in {elapsed:.1f}s"
        refused = [r.refusal for r in ls.roots if r.refusal]
        ls.send_status(
            state="error" if len(refused) == len(ls.roots) else "ready",
            message=refused[0] if len(refused) == len(ls.roots) else message,
            roots=[_root_status(r) for r in ls.roots],
            backend=backend_health(ls),
        )
        _end_progress(ls, token, message)
    except asyncio.CancelledError:
        _end_progress(ls, token, "cancelled")
        raise
    except Exception as exc:  # noqa: BLE001 - a broken workspace must not stop the server
        logger.exception("indexing failed: %s", exc)
        ls.send_status(state="error", message=f"indexing failed: {exc}")
        _end_progress(ls, token, f"failed: {exc}")
    finally:
        ls.indexing = False
    from ormb_assist.server.diagnostics import refresh_open_documents

    refresh_open_documents(ls)


async def _index_root(
    ls: OrmbLanguageServer, root: WorkspaceRoot, full: bool, token: str | None, n: int
) -> None:
    from ormb_assist.indexer.workspace import WorkspaceIndex

    root.error = ""
    if root.refusal:  # no ORMB workspace: nothing is indexed (the user was told why)
        root.error = root.refusal
        return
    if root.index is None:
        root.index = await ls.run_blocking(WorkspaceIndex.open, root.path, ls.settings, index_write=True)
        root.index.isolate_full_builds = True  # a long-lived server must not keep a full build's peak
        root.catalog = await ls.run_blocking(build_catalog, root.index, 0)
    last = [0.0]

    def progress(*args: Any, **kwargs: Any) -> None:
        now = time.perf_counter()
        if now - last[0] < 0.2:
            return
        last[0] = now
        message, percent = _progress_text(args, kwargs)
        ls.send_status(state="indexing", message=message, percent=percent)
        if token is not None:
            report = types.WorkDoneProgressReport(message=f"{root.path.name}: {message}", percentage=percent)
            ls.call_soon(ls.work_done_progress.report, token, report)

    try:
        summary = await ls.run_blocking(root.index.build, progress, full, index_write=True)
    except Exception as exc:
        root.error = str(exc)
        raise
    await _reapply_open_buffers(ls, root)
    root.catalog = await ls.run_blocking(
        build_catalog, root.index, (root.catalog.generation + 1) if root.catalog else 1
    )
    root.ready = True
    root.summary = _summary_dict(summary)
    logger.info("indexed %s: %s", root.path, root.summary)


async def _reapply_open_buffers(ls: OrmbLanguageServer, root: WorkspaceRoot) -> None:
    """Unsaved buffers are the source of truth: a build read the disk, so put them back (queued on
    the index thread after the build; "ready" does not wait for them)."""
    from ormb_assist.server.sync import debounce, index_buffer

    for uri in open_uris(ls.workspace):
        path = uri_to_path(uri)
        if path is not None and ls.root_for(path) is root:
            debounce(ls, f"index:{uri}", 0.0, lambda uri=uri: index_buffer(ls, uri))


def _progress_text(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[str, int | None]:
    """The indexer reports ``(stage, done, total)``."""
    stage = str(args[0]) if args else str(kwargs.get("stage", "indexing"))
    done = args[1] if len(args) > 1 else kwargs.get("done")
    total = args[2] if len(args) > 2 else kwargs.get("total")
    if isinstance(done, (int, float)) and isinstance(total, (int, float)) and total:
        return f"{stage} {int(done)}/{int(total)}", min(100, int(100 * done / total))
    return stage, None


async def _begin_progress(ls: OrmbLanguageServer) -> str | None:
    caps = ls.client_capabilities.window
    if not (caps and caps.work_done_progress):
        return None
    token = f"ormb-index-{uuid.uuid4()}"
    try:
        await asyncio.wait_for(ls.work_done_progress.create_async(token), 5)
    except (asyncio.TimeoutError, Exception) as exc:  # noqa: BLE001
        logger.warning("work done progress unavailable: %s", exc)
        return None
    ls.work_done_progress.begin(
        token, types.WorkDoneProgressBegin(title="ORMB Assist: indexing", cancellable=False, percentage=0)
    )
    return token


def _end_progress(ls: OrmbLanguageServer, token: str | None, message: str) -> None:
    if token is not None:
        ls.call_soon(ls.work_done_progress.end, token, types.WorkDoneProgressEnd(message=message))


def _summary_dict(summary: Any) -> dict[str, Any]:
    keys = ("files_seen", "files_indexed", "files_unchanged", "files_deleted", "java_classes", "spots", "tables",
            "jar_classes", "chunks", "rebuilt")  # fmt: skip
    out = {k: getattr(summary, k) for k in keys if hasattr(summary, k)}
    out["problems"] = len(getattr(summary, "problems", []) or [])
    return out


def _root_status(root: WorkspaceRoot) -> dict[str, Any]:
    return {"path": str(root.path), "ready": root.ready, "error": root.error, "summary": root.summary}


def backend_health(ls: OrmbLanguageServer) -> dict[str, Any]:
    if ls.backend is None:
        return {
            "backend": ls.settings.backend,
            "ok": not ls.backend_error,
            "detail": ls.backend_error or "not started",
        }
    try:
        return ls.backend.health()
    except Exception as exc:  # noqa: BLE001
        return {"backend": ls.settings.backend, "ok": False, "detail": str(exc)}


def timing_summary(ls: OrmbLanguageServer) -> dict[str, dict[str, float]]:
    out = {}
    for name, samples in ls.stats.items():
        if samples:
            ordered = sorted(samples)
            out[name] = {
                "n": len(ordered),
                "p50_ms": round(ordered[len(ordered) // 2], 3),
                "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 3),
            }
    return out
