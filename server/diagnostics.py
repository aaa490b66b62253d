"""Publish diagnostics for open Java buffers (debounced, computed off the event loop)."""

from __future__ import annotations

import logging
import time

from lsprotocol import types

from ormb_assist.server.documents import DocView, open_uris
from ormb_assist.server.lint import Finding, lint_document
from ormb_assist.server.server import OrmbLanguageServer
from ormb_assist.server.sync import debounce
from ormb_assist.server.typing_guard import hold_typing

logger = logging.getLogger(__name__)
SOURCE = "ormb-assist"
DIAGNOSTIC_DEBOUNCE_S = 0.25
_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "information": types.DiagnosticSeverity.Information,
}


def schedule_diagnostics(ls: OrmbLanguageServer, uri: str, delay: float = DIAGNOSTIC_DEBOUNCE_S) -> None:
    if not uri.endswith(".java"):
        return
    debounce(ls, f"diagnostics:{uri}", delay, lambda: publish(ls, uri))


def refresh_open_documents(ls: OrmbLanguageServer) -> None:
    try:
        uris = open_uris(ls.workspace)
    except RuntimeError:
        return
    for uri in uris:
        schedule_diagnostics(ls, uri, delay=0.0)


async def publish(ls: OrmbLanguageServer, uri: str) -> None:
    view = ls.doc(uri)
    if view is None:
        return
    root = ls.root_for_uri(uri)
    catalog = root.catalog if root else None
    started = time.perf_counter()
    if len(view.text) > ls.settings.max_file_bytes:
        # Lint reads the whole buffer: seconds of CPU per change on a multi-megabyte document,
        # which would starve every other request.  Such files are not indexed either.
        logger.debug("%s is larger than maxFileBytes; no diagnostics", uri)
        diagnostics: list[types.Diagnostic] = []
    else:
        findings = await ls.run_blocking(compute_findings, catalog, view)
        findings, wait = hold_typing(ls.extra, uri, findings, view.offset)
        if wait:  # the identifier at the last edit is still being typed: check it again later
            schedule_diagnostics(ls, uri, delay=wait)
        diagnostics = [to_diagnostic(view, f) for f in findings]
    ls.record_timing("diagnostics", (time.perf_counter() - started) * 1000)
    current = ls.doc(uri)
    if current is None or current.version != view.version:
        return  # the buffer changed meanwhile; a newer run is scheduled
    ls.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(
            uri=uri, diagnostics=diagnostics, version=view.version if view.version >= 0 else None
        )
    )


def compute(catalog, view: DocView) -> list[types.Diagnostic]:
    return [to_diagnostic(view, f) for f in compute_findings(catalog, view)]


def compute_findings(catalog, view: DocView) -> list[Finding]:
    from ormb_assist.indexer.sql_refs import analyze_sql

    return lint_document(catalog, view.text, view.strings, analyze=analyze_sql)


def to_diagnostic(view: DocView, finding: Finding) -> types.Diagnostic:
    start, end = view.position(finding.start), view.position(finding.end)
    return types.Diagnostic(
        range=types.Range(types.Position(*start), types.Position(*end)),
        message=finding.message,
        severity=_SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.code,
        source=SOURCE,
        data=finding.data,
    )
