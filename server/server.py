"""The language server object: state shared by the feature modules, and the plumbing they rely on.

Every feature module registers its handlers on one :class:`OrmbLanguageServer`; handlers stay thin
and call the pygls-free cores.  Blocking work (index build, LanceDB, generation, javac, SQLite) runs
in executors so the event loop keeps answering; every handler is wrapped by :func:`guarded` so an
exception becomes an empty answer plus a log message instead of a dead server.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams, JsonRpcInvalidRequest
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, default_converter

from ormb_assist.harvest import redact
from ormb_assist.server.documents import DocCache, DocView, open_document, uri_to_path
from ormb_assist.server.wire import DEFAULT_MAX_BODY
from ormb_assist.settings import Settings

logger = logging.getLogger(__name__)
T = TypeVar("T")

STATUS_NOTIFICATION = "ormbAssist/status"

try:
    __version__ = version("ormb-assist")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"


class _Dropped:
    """Marker for a message that could not be decoded and has already been answered."""

    jsonrpc = "dropped"


class OrmbProtocol(LanguageServerProtocol):
    """pygls' protocol, but a request with malformed params gets an error *response*.

    Stock pygls logs the decode failure and never answers, so the client would wait forever.
    A second ``initialize`` is refused (stock pygls would rebuild the workspace and lose its roots).
    """

    _initialize_seen = False

    def structure_message(self, data: dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and "id" in data and "method" in data:
                logger.warning("malformed %s request: %s", data.get("method"), exc)
                error = JsonRpcInvalidParams(f"invalid params for {data.get('method')}").to_response_error()
                self._send_response(data["id"], error=error)
                return _Dropped()
            raise

    def _send_response(self, msg_id, result=None, error=None) -> None:
        """Errors reach the client as one line: pygls attaches the Python traceback as ``data``."""
        if error is not None:
            data = error.data
            if isinstance(data, dict) and "traceback" in data:
                data = {k: v for k, v in data.items() if k != "traceback"} or None
            lines = (error.message or "").splitlines()
            error = types.ResponseError(code=error.code, message=lines[0] if lines else "", data=data)
        super()._send_response(msg_id, result, error)

    def handle_message(self, message):
        if isinstance(message, _Dropped):
            return
        if getattr(message, "method", None) == types.INITIALIZE and getattr(message, "id", None) is not None:
            if self._initialize_seen:
                logger.warning("a second initialize request was refused")
                error = JsonRpcInvalidRequest("the server is already initialized").to_response_error()
                self._send_response(message.id, error=error)
                return
            self._initialize_seen = True
        super().handle_message(message)


@dataclass
class WorkspaceRoot:
    """One workspace folder and its index (``None`` until opened)."""

    path: Path
    index: Any = None
    catalog: Any = None
    ready: bool = False
    error: str = ""
    summary: dict[str, Any] = field(default_factory=dict)
    client_path: Path | None = None  # the folder the client gave, once settled (server/workspace_root.py)
    refusal: str = ""  # why this root is not indexed (no ORMB workspace found)


class OrmbLanguageServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "ormb-assist", __version__, protocol_cls=OrmbProtocol, converter_factory=default_converter
        )
        self.settings = Settings()
        self.init_options: dict[str, Any] = {}
        self.roots: list[WorkspaceRoot] = []
        self.docs = DocCache()
        # Index writes are serialised on one thread; everything else blocking shares the worker pool.
        self.index_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ormb-index")
        self.worker = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ormb-worker")
        self.loop: asyncio.AbstractEventLoop | None = None
        self.backend: Any = None
        self.backend_error = ""
        self.harvest: Any = None
        self.indexing = False
        self.index_jobs = 0  # index writes queued or running (status bars; benchmarks wait for 0)
        self.index_task: asyncio.Task[Any] | None = None
        self.stats: dict[str, list[float]] = {}
        self.extra: dict[str, Any] = {}  # per-feature state (inline cache, telemetry items, timers)
        self.max_message_bytes = DEFAULT_MAX_BODY  # larger LSP messages are skipped (--max-message-bytes)
        self._status: dict[str, Any] = {"state": "starting", "message": "starting"}

    def start_io(self, stdin: Any = None, stdout: Any = None) -> None:
        """stdio through the resynchronising frame reader; never returns: ``exit`` (or the client
        closing stdin) ends the process, whatever threads are still busy."""
        from ormb_assist.server.wire import serve_stdio

        serve_stdio(self.protocol, stdin, stdout, self.max_message_bytes)

    # ---- executors ----------------------------------------------------------------------------
    async def run_blocking(self, fn: Callable[..., T], *args: Any, index_write: bool = False) -> T:
        """Run ``fn`` off the event loop (index writes one at a time)."""
        loop = asyncio.get_running_loop()
        pool = self.index_executor if index_write else self.worker
        if not index_write:
            return await loop.run_in_executor(pool, functools.partial(fn, *args))
        self.index_jobs += 1
        try:
            return await loop.run_in_executor(pool, functools.partial(fn, *args))
        finally:
            self.index_jobs -= 1

    def call_soon(self, fn: Callable[..., Any], *args: Any) -> None:
        """Schedule ``fn`` on the event loop from any thread (pygls writes are not thread-safe)."""
        if self.loop is None or self.loop.is_closed():
            return
        try:
            if threading.current_thread() is threading.main_thread() and self.loop.is_running():
                self.loop.call_soon(fn, *args)
            else:
                self.loop.call_soon_threadsafe(fn, *args)
        except RuntimeError:
            pass

    # ---- workspace ----------------------------------------------------------------------------
    def root_for(self, path: Path | None) -> WorkspaceRoot | None:
        """The folder whose catalog serves ``path``: a file opened from elsewhere still gets
        completions from the first folder (but see :meth:`root_containing` before writing)."""
        if path is None or not self.roots:
            return self.roots[0] if self.roots else None
        return self.root_containing(path) or self.roots[0]

    def root_containing(self, path: Path | None) -> WorkspaceRoot | None:
        """The innermost workspace folder that holds ``path`` (links resolved); None outside them all.
        Only such files may be indexed or have files created beside them."""
        if path is None:
            return None
        best: WorkspaceRoot | None = None
        for root in self.roots:
            try:
                path.resolve().relative_to(root.path.resolve())
            except (ValueError, OSError):
                continue
            if best is None or len(str(root.path)) > len(str(best.path)):
                best = root
        return best

    def root_for_uri(self, uri: str) -> WorkspaceRoot | None:
        return self.root_for(uri_to_path(uri))

    def doc(self, uri: str) -> DocView | None:
        """The open buffer (or ``None`` when the client never opened it)."""
        try:
            document = open_document(self.workspace, uri)
        except RuntimeError:
            return None
        if document is None:
            return None
        utf16 = self.workspace.position_encoding in (None, types.PositionEncodingKind.Utf16)
        return self.docs.view(uri, document.version, document.source, utf16)

    # ---- status and logging -------------------------------------------------------------------
    def status_fields(self, **fields: Any) -> None:
        self._status.update(fields)

    def send_status(self, **fields: Any) -> None:
        """Send an ``ormbAssist/status`` notification (editor status bar) from any thread."""
        self._status.update(fields)
        payload = dict(self._status)
        self.call_soon(self.protocol.notify, STATUS_NOTIFICATION, payload)

    @property
    def status(self) -> dict[str, Any]:
        return dict(self._status)

    def record_timing(self, name: str, ms: float) -> None:
        samples = self.stats.setdefault(name, [])
        samples.append(ms)
        if len(samples) > 5000:
            del samples[:1000]

    def report_server_error(self, error: Exception, source: Any) -> None:
        """Errors outside a request go to the log, not to a popup in the user's face."""
        logger.error("server error (%s): %s", getattr(source, "__name__", source), error)


def markup(ls: OrmbLanguageServer, text: str, feature: str) -> types.MarkupContent:
    """Markdown when the client says it renders it for ``feature`` (hover | completion), else plain text."""
    try:
        doc = ls.client_capabilities.text_document
        if feature == "hover":
            formats = doc.hover.content_format if doc and doc.hover else None
        else:
            item = doc.completion.completion_item if doc and doc.completion else None
            formats = item.documentation_format if item else None
    except AttributeError:
        formats = None
    if formats is None or types.MarkupKind.Markdown in formats:
        return types.MarkupContent(kind=types.MarkupKind.Markdown, value=text)
    return types.MarkupContent(kind=types.MarkupKind.PlainText, value=text.replace("**", "").replace("`", ""))


def plain(value: Any) -> Any:
    """JSON-like data from whatever pygls decoded (custom messages arrive as namedtuples)."""
    if hasattr(value, "_asdict"):
        return {k: plain(v) for k, v in value._asdict().items()}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def guarded(default: Callable[[], Any] | Any = None, name: str = ""):
    """Wrap an async handler: exceptions give ``default`` and a log message; cancellation propagates."""

    def decorate(fn: Callable[..., Awaitable[Any]]):
        label = name or fn.__name__

        @functools.wraps(fn)
        async def wrapper(ls: OrmbLanguageServer, *args: Any) -> Any:
            start = time.perf_counter()
            try:
                return await fn(ls, *args)
            except (asyncio.CancelledError, JsonRpcException):
                raise  # a JSON-RPC error (bad arguments) goes back to the client as the answer
            except Exception as exc:  # noqa: BLE001 - a handler must never take the server down
                logger.exception("%s failed: %s", label, exc)
                return default() if callable(default) else default
            finally:
                ls.record_timing(label, (time.perf_counter() - start) * 1000)

        return wrapper

    return decorate


class OneLineFormatter(logging.Formatter):
    """No traceback or stack (they stay in the server log), and warnings and errors in one line."""

    def format(self, record: logging.LogRecord) -> str:
        message = self.formatMessage(_Message(record, record.getMessage()))
        if record.levelno >= logging.WARNING and message:
            return message.splitlines()[0]
        return message


class _Message:
    """A view of a log record with ``message`` set, without touching the shared record."""

    def __init__(self, record: logging.LogRecord, message: str) -> None:
        self.__dict__.update(record.__dict__)
        self.message = message


class ClientLogHandler(logging.Handler):
    """Forwards ``ormb_assist`` log records to the client as ``window/logMessage`` (redacted)."""

    _LEVELS = {
        logging.ERROR: types.MessageType.Error,
        logging.WARNING: types.MessageType.Warning,
        logging.INFO: types.MessageType.Info,
        logging.DEBUG: types.MessageType.Log,
    }

    def __init__(self, server: OrmbLanguageServer) -> None:
        super().__init__()
        self.server = server
        self.setFormatter(OneLineFormatter("%(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level = max(lvl for lvl in self._LEVELS if lvl <= max(record.levelno, logging.DEBUG))
            message = redact(self.format(record))
            params = types.LogMessageParams(type=self._LEVELS[level], message=message)
            self.server.call_soon(self.server.window_log_message, params)
        except Exception:  # noqa: BLE001 - logging must never raise
            self.handleError(record)


def configure_logging(
    server: OrmbLanguageServer, level: str, log_file: str | None = None, stderr_level: str | None = None
) -> None:
    """A file (``--log-file``) or stderr for the process log, the client's log channel
    (``window/logMessage``) for ours; never stdout.  stderr carries warnings and errors only unless
    ``stderr_level`` (``--log-level`` given on the command line) says otherwise: Neovim 0.7 shows
    every stderr line as ``[ERROR]``."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler: logging.Handler = (
        logging.FileHandler(log_file, encoding="utf-8") if log_file else logging.StreamHandler()
    )
    if not log_file:
        handler.setLevel(getattr(logging, stderr_level or "WARNING", logging.WARNING))
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    ours = logging.getLogger("ormb_assist")
    ours.setLevel(getattr(logging, level, logging.INFO))
    if not any(isinstance(h, ClientLogHandler) for h in ours.handlers):
        ours.addHandler(ClientLogHandler(server))
    logging.getLogger("pygls").setLevel(logging.WARNING)


def set_log_level(level: str) -> None:
    logging.getLogger("ormb_assist").setLevel(getattr(logging, level, logging.INFO))
