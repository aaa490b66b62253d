"""Code actions and commands: "Generate ORMB algorithm" (a new file in the right package, with work
done progress), "Implement SPOT methods", "Add soft parameter", "Show resolved dependencies".

Cheap actions carry their edit; generation runs on ``workspace/executeCommand`` because it resolves,
synthesises and compiles (seconds), and its result is applied with ``workspace/applyEdit``.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import uuid
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams

from ormb_assist.indexer.models import to_dict
from ormb_assist.server.completion import import_edits
from ormb_assist.server.documents import DocView, relative_path, uri_to_path
from ormb_assist.server.edits import add_soft_parameter, implement_methods, objective_at, soft_type_for
from ormb_assist.server.java_context import JavaOutline
from ormb_assist.server.java_members import members_of, resolve_type
from ormb_assist.server.server import OrmbLanguageServer, WorkspaceRoot, guarded, plain
from ormb_assist.server.window import WINDOW_MIN_CHARS

logger = logging.getLogger(__name__)
GENERATE = "ormbAssist.generateAlgorithm"
IMPLEMENT = "ormbAssist.implementSpotMethods"
ADD_SOFT = "ormbAssist.addSoftParameter"
SHOW_DEPS = "ormbAssist.showResolvedDependencies"
_GETTER_CALL = re.compile(r"\bget([A-Z][\w$]*)\s*\(\s*\)")


def _edit(
    ls: OrmbLanguageServer,
    view: DocView,
    edits: list[tuple[int, int, str]],
    extra: list[types.TextEdit] | None = None,
) -> types.WorkspaceEdit:
    """Edits of one open document: a versioned ``TextDocumentEdit`` when the client accepts
    ``documentChanges`` (a stale buffer then rejects it), else the plain ``changes`` map."""
    text_edits = [
        types.TextEdit(
            range=types.Range(types.Position(*view.position(s)), types.Position(*view.position(e))),
            new_text=t,
        )
        for s, e, t in edits
    ] + list(extra or [])
    if not supports_document_changes(ls.client_capabilities):
        return types.WorkspaceEdit(changes={view.uri: text_edits})
    doc = types.OptionalVersionedTextDocumentIdentifier(
        uri=view.uri, version=view.version if view.version >= 0 else None
    )
    return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=doc, edits=text_edits)])


def supports_document_changes(client: types.ClientCapabilities) -> bool:
    edit_caps = _workspace_edit_caps(client)
    return bool(edit_caps and (edit_caps.document_changes or edit_caps.resource_operations))


def _workspace_edit_caps(client: types.ClientCapabilities) -> types.WorkspaceEditClientCapabilities | None:
    return client.workspace.workspace_edit if client.workspace else None


def implement_edit(
    ls: OrmbLanguageServer, view: DocView, offset: int
) -> tuple[types.WorkspaceEdit | None, list[str]]:
    root = ls.root_for_uri(view.uri)
    if root is None or root.catalog is None:
        return None, []
    outline = JavaOutline.of(view.text, view.strings)
    cls = outline.class_at(offset) or next(iter(outline.classes()), None)
    if cls is None:
        return None, []
    edits, imports, names = implement_methods(root.catalog, view.text, cls, outline)
    if not edits:
        return None, []
    return _edit(ls, view, edits, import_edits(view, imports)), names


def soft_param_edit(ls: OrmbLanguageServer, view: DocView, offset: int, name: str, soft_type: str = "string",
                    required: bool = False, entity_name: str = "", lookup_name: str = "") -> types.WorkspaceEdit | None:  # fmt: skip
    outline = JavaOutline.of(view.text, view.strings)
    cls = outline.class_at(offset) or next(iter(outline.classes()), None)
    if cls is None:
        return None
    return _edit(
        ls,
        view,
        add_soft_parameter(view.text, cls, outline, name, soft_type, required, entity_name, lookup_name),
    )


def _undeclared_getter(ls: OrmbLanguageServer, view: DocView, offset: int) -> tuple[str, str] | None:
    """``getFooBar()`` at the cursor that nothing declares -> ("fooBar", soft type guessed from use)."""
    line_start = view.text.rfind("\n", 0, offset) + 1
    line_end = view.text.find("\n", offset)
    line = view.text[line_start : line_end if line_end >= 0 else len(view.text)]
    root = ls.root_for_uri(view.uri)
    outline = JavaOutline.of(view.text, view.strings)
    cls = outline.class_at(offset)
    if cls is None or root is None or root.catalog is None:
        return None
    for m in _GETTER_CALL.finditer(line):
        if not (m.start() <= offset - line_start <= m.end() + 1) or (
            m.start() > 0 and line[m.start() - 1] == "."
        ):
            continue
        getter = "get" + m.group(1)
        declared = {p.getter for p in cls.soft_parameters} | {md.name for md in cls.methods}
        for ext in cls.extends:
            fqn = resolve_type(root.catalog, ext, outline.imports, outline.package)
            declared |= {mm.name for mm in members_of(root.catalog, fqn)} if fqn else set()
        if getter in declared:
            return None
        decl = re.search(r"([A-Z][\w$]*)(?:<[^=]*>)?\s+\w+\s*=\s*$", line[: m.start()])
        name = m.group(1)[:1].lower() + m.group(1)[1:]
        return name, soft_type_for(decl.group(1)) if decl else "string"
    return None


def register(server: OrmbLanguageServer) -> None:
    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[
                types.CodeActionKind.QuickFix,
                types.CodeActionKind.RefactorRewrite,
                types.CodeActionKind.Source,
            ]
        ),  # fmt: skip
    )
    @guarded(list, "codeAction")
    async def code_action(ls: OrmbLanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        view = ls.doc(params.text_document.uri)
        if view is None:
            return []
        start = view.offset(params.range.start.line, params.range.start.character)
        end = view.offset(params.range.end.line, params.range.end.character)
        actions: list[types.CodeAction] = []
        objective = objective_at(view.text, start, end)
        if objective and len(objective.split()) >= 2:
            actions.extend(await generate_actions(ls, view.uri, objective))
        if len(view.text) > WINDOW_MIN_CHARS:
            return actions  # the quick fixes below read the whole class outline: seconds on a huge buffer
        edit, names = implement_edit(ls, view, start)
        if edit is not None:
            fixes = [d for d in params.context.diagnostics if d.code == "missing-spot-methods"]
            actions.append(types.CodeAction(
                title=f"Implement SPOT methods ({', '.join(names[:4])}{'…' if len(names) > 4 else ''})",
                kind=types.CodeActionKind.QuickFix, diagnostics=fixes or None, edit=edit, is_preferred=bool(fixes),
            ))  # fmt: skip
        getter = _undeclared_getter(ls, view, start)
        if getter is not None:
            name, soft_type = getter
            try:
                soft_edit = soft_param_edit(ls, view, start, name, soft_type)
            except ValueError:
                soft_edit = None
            if soft_edit is not None:
                actions.append(types.CodeAction(title=f"Add soft parameter '{name}' ({soft_type})",
                                                kind=types.CodeActionKind.QuickFix, edit=soft_edit))  # fmt: skip
        return actions

    @server.command(IMPLEMENT)
    @guarded(lambda: {"applied": False, "methods": []}, IMPLEMENT)
    async def implement_cmd(ls: OrmbLanguageServer, *args: Any) -> dict[str, Any]:
        opts = _opts(args)
        view = ls.doc(opts.get("uri", ""))
        if view is None:
            return {"applied": False, "methods": [], "message": "document is not open"}
        offset = _offset(view, opts)
        edit, names = implement_edit(ls, view, offset)
        if edit is None:
            return {"applied": False, "methods": [], "message": "nothing to implement"}
        applied = await _apply(ls, edit, "Implement SPOT methods")
        return {"applied": applied, "methods": names}

    @server.command(ADD_SOFT)
    @guarded(lambda: {"applied": False}, ADD_SOFT)
    async def add_soft_cmd(ls: OrmbLanguageServer, *args: Any) -> dict[str, Any]:
        opts = _opts(args)
        view = ls.doc(opts.get("uri", ""))
        if view is None:
            return {"applied": False, "message": "document is not open"}
        try:
            edit = soft_param_edit(ls, view, _offset(view, opts), str(opts.get("name", "")), str(opts.get("type", "string")),
                                   bool(opts.get("required", False)), str(opts.get("entityName", "")),
                                   str(opts.get("lookupName", "")))  # fmt: skip
        except ValueError as exc:
            return {"applied": False, "message": str(exc)}
        if edit is None:
            return {"applied": False, "message": "no class at the cursor"}
        return {"applied": await _apply(ls, edit, "Add soft parameter"), "name": opts.get("name")}

    @server.command(SHOW_DEPS)
    @guarded(lambda: {"error": "resolution failed"}, SHOW_DEPS)
    async def show_deps(ls: OrmbLanguageServer, *args: Any) -> dict[str, Any]:
        opts = _opts(args)
        root = (
            ls.root_for_uri(opts.get("uri", "")) if opts.get("uri") else (ls.roots[0] if ls.roots else None)
        )
        objective = str(opts.get("objective", "")).strip()
        if root is None or root.index is None or not objective:
            return {"error": "give an objective; the workspace must be indexed"}
        from ormb_assist.indexer.resolver import Resolver

        current = relative_path(root.path, uri_to_path(opts["uri"])) if opts.get("uri") else None
        resolution = await ls.run_blocking(
            lambda: Resolver(root.index).resolve(objective, current_file=current)
        )
        out = to_dict(resolution)
        for t in out.get("tables", []):
            t.pop("table", None)
        return out

    @server.command(GENERATE)
    @guarded(lambda: {"status": "error", "message": "generation failed; see the log"}, GENERATE)
    async def generate_cmd(ls: OrmbLanguageServer, *args: Any) -> dict[str, Any]:
        return await generate(ls, _opts(args))


_TEXT_OPTIONS = ("uri", "objective", "name", "type", "entityName", "lookupName", "spot")


async def generate_actions(ls: OrmbLanguageServer, uri: str, objective: str) -> list[types.CodeAction]:
    """One "Generate ORMB algorithm" action; when the resolver is unsure which spot is meant, one per
    top-3 spot instead, each titled with the event it fires on and an algorithm that implements it."""
    args = {"objective": objective, "uri": uri}

    def action(title: str, options: dict[str, Any]) -> types.CodeAction:
        command = types.Command(title="Generate ORMB algorithm", command=GENERATE, arguments=[options])
        return types.CodeAction(title=title, kind=types.CodeActionKind.RefactorRewrite, command=command)

    single = [action(f"Generate ORMB algorithm: {objective[:60]}", args)]
    root = ls.root_for_uri(uri)
    if root is None or root.index is None:
        return single
    from ormb_assist.indexer.resolver import Resolver

    current = relative_path(root.path, uri_to_path(uri))
    try:
        resolution = await ls.run_blocking(
            lambda: Resolver(root.index).resolve(objective, current_file=current, k=3)
        )
    except ValueError:  # an objective without words: the command says so
        return single
    if not (resolution.unsure and resolution.confident and resolution.spots):
        return single
    return [
        action(f"Generate ORMB algorithm as {spot.name} — {spot.pick_reason}", {**args, "spot": spot.name})
        for spot in resolution.spots[:3]
    ]


def _opts(args: tuple[Any, ...]) -> dict[str, Any]:
    """A command's options object; wrong shapes are a JSON-RPC "invalid params" answer, one line."""
    args = tuple(plain(a) for a in args)
    if args and isinstance(args[0], dict):
        opts = args[0]
    elif args and isinstance(args[0], str):
        return {"objective": args[0], "uri": args[1] if len(args) > 1 and isinstance(args[1], str) else ""}
    else:
        return {}
    for key in _TEXT_OPTIONS:
        if opts.get(key) is not None and not isinstance(opts[key], str):
            raise JsonRpcInvalidParams(f"'{key}' must be a string, not {type(opts[key]).__name__}")
    pos = opts.get("position")
    if pos is not None and not (
        isinstance(pos, dict)
        and all(
            isinstance(pos.get(k, 0), int) and not isinstance(pos.get(k, 0), bool)
            for k in ("line", "character")
        )
    ):
        raise JsonRpcInvalidParams('\'position\' must be {"line": int, "character": int}')
    return opts


def _offset(view: DocView, opts: dict[str, Any]) -> int:
    pos = opts.get("position") or {}
    if isinstance(pos, dict) and "line" in pos:
        return view.offset(pos["line"], pos.get("character", 0))
    return 0


def can_create_files(client: types.ClientCapabilities) -> bool:
    """Whether the client applies a ``CreateFile`` edit: it must accept ``workspace/applyEdit`` and
    list the ``create`` resource operation (which exists only inside ``documentChanges``, so listing
    it implies them: Neovim 0.7 declares the operations without the ``documentChanges`` flag).
    Other clients would drop or reject the new file, so generation must not depend on it."""
    edit_caps = _workspace_edit_caps(client)
    return bool(
        client.workspace
        and client.workspace.apply_edit
        and edit_caps
        and types.ResourceOperationKind.Create in (edit_caps.resource_operations or [])
    )


async def _apply(ls: OrmbLanguageServer, edit: types.WorkspaceEdit, label: str) -> bool:
    caps = ls.client_capabilities.workspace
    if not (caps and caps.apply_edit):
        return False
    result = await ls.workspace_apply_edit_async(types.ApplyWorkspaceEditParams(edit=edit, label=label))
    return bool(result and result.applied)


async def generate(ls: OrmbLanguageServer, opts: dict[str, Any]) -> dict[str, Any]:
    from ormb_assist.generation.pipeline import generate_algorithm
    from ormb_assist.server.inline import get_backend
    from ormb_assist.server.telemetry import record

    objective = str(opts.get("objective", "")).strip()
    uri = str(opts.get("uri", ""))
    root = ls.root_for_uri(uri) if uri else (ls.roots[0] if ls.roots else None)
    if uri and ls.root_containing(uri_to_path(uri)) is None:
        uri = ""  # a file from outside the workspace neither places nor hints the new class
    if not objective:
        return {"status": "error", "message": "describe what the algorithm should do (objective is empty)"}
    if root is None or root.index is None:
        return {"status": "error", "message": "the workspace is not indexed yet; try again in a moment"}
    backend = await get_backend(ls, root)
    if backend is None:
        return {"status": "error", "message": f"backend unavailable: {ls.backend_error}"}
    current = relative_path(root.path, uri_to_path(uri)) if uri else None
    token, cancel = await _progress_begin(ls, f"Generating: {objective[:50]}")
    try:
        result = await ls.run_blocking(lambda: generate_algorithm(
            root.index, objective, backend, ls.settings, current_file=current, force=bool(opts.get("force")),
            spot=opts.get("spot") or None, cancel=cancel,
        ))  # fmt: skip
    except ValueError as exc:  # an objective without words
        return {"status": "error", "message": str(exc)}
    finally:
        _progress_end(ls, token)
    summary = _result_summary(root, result)
    level = types.MessageType.Info if result.status == "ok" else types.MessageType.Warning
    if result.code and result.rel_path and opts.get("apply", True) and result.status == "ok":
        if not _inside(root.path, Path(root.path) / result.rel_path):
            summary["applied"] = False
            summary["message"] += f"; {result.rel_path} was not written: it is outside the workspace folder"
            level = types.MessageType.Warning
        elif can_create_files(ls.client_capabilities):
            edit = _create_file_edit(root, result, _confirms_edits(ls.client_capabilities))
            summary["applied"] = await _apply(ls, edit, "Generate ORMB algorithm")
        else:
            summary["applied"] = False
            summary["message"] += (
                f"; {result.rel_path} was not written: this editor cannot create files through the"
                " language server (workspaceEdit resource operation 'create'), so the source is in"
                " the command result"
            )
            level = types.MessageType.Warning
        await record(ls, "generated", None, uri=uri, file=result.rel_path, context=objective[:2000],
                     suggestion=result.code, accepted_text=result.code if summary["applied"] else "")  # fmt: skip
    if result.code and not summary.get("applied"):
        summary["code"] = result.code  # nothing was written: the client can still show or save it
    ls.window_show_message(types.ShowMessageParams(type=level, message=summary["message"]))
    return summary


def _inside(root: Path, target: Path) -> bool:
    """Whether ``target`` (links and ``..`` resolved) lies inside the workspace folder ``root``."""
    try:
        target.resolve().relative_to(Path(root).resolve())
    except (ValueError, OSError):
        return False
    return True


def _confirms_edits(client: types.ClientCapabilities) -> bool:
    """Whether the client shows annotated edits for confirmation (a preview with the plan) before applying."""
    caps = _workspace_edit_caps(client)
    return bool(caps and caps.change_annotation_support is not None)


def _create_file_edit(root: WorkspaceRoot, result: Any, confirm: bool = False) -> types.WorkspaceEdit:
    target = Path(root.path) / result.rel_path
    if not _inside(root.path, target):
        raise ValueError(f"{result.rel_path} is outside the workspace folder {root.path}")
    n = 2
    while target.exists():  # never overwrite: a second generation gets a numbered file
        target = target.with_name(f"{Path(result.rel_path).stem}{n}.java")
        n += 1
    uri = target.as_uri()
    doc = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=None)
    start = types.Position(0, 0)
    if confirm and result.plan is not None:  # the editor previews the file with the plan before applying
        note = "ormb-generate"
        annotation = types.ChangeAnnotation(label=f"Generate {result.class_name}", needs_confirmation=True,
                                            description=result.plan.text())  # fmt: skip
        return types.WorkspaceEdit(document_changes=[
            types.CreateFile(uri=uri, options=types.CreateFileOptions(overwrite=False, ignore_if_exists=True),
                             annotation_id=note),
            types.TextDocumentEdit(text_document=doc, edits=[types.AnnotatedTextEdit(
                range=types.Range(start, start), new_text=result.code, annotation_id=note)]),
        ], change_annotations={note: annotation})  # fmt: skip
    return types.WorkspaceEdit(document_changes=[
        types.CreateFile(uri=uri, options=types.CreateFileOptions(overwrite=False, ignore_if_exists=True)),
        types.TextDocumentEdit(text_document=doc, edits=[types.TextEdit(range=types.Range(start, start), new_text=result.code)]),
    ])  # fmt: skip


def _result_summary(root: WorkspaceRoot, result: Any) -> dict[str, Any]:
    tables = [t.name for t in (result.resolution.tables if result.resolution else [])][:5]
    verify = result.verify
    out = {
        "status": result.status, "className": result.class_name, "package": result.package, "path": result.rel_path,
        "uri": (Path(root.path) / result.rel_path).as_uri() if result.rel_path else "", "spot": result.spot,
        "tables": tables, "candidates": list(result.candidates),
        "compiled": bool(verify and getattr(verify, "ok", False)),
        "errors": [str(e) for e in (getattr(verify, "errors", []) or [])[:10]] if verify else [],
        "plan": result.plan.lines() if getattr(result, "plan", None) is not None else [],
    }  # fmt: skip
    if result.status == "ok":
        out["message"] = (
            f"Generated {result.class_name} implementing {result.spot} (tables: {', '.join(tables) or 'none'})"
        )
    else:
        out["message"] = result.message or f"generation {result.status}"
    return out


async def _progress_begin(ls: OrmbLanguageServer, title: str) -> tuple[str | None, threading.Event]:
    cancel = threading.Event()
    caps = ls.client_capabilities.window
    if not (caps and caps.work_done_progress):
        return None, cancel
    token = f"ormb-generate-{uuid.uuid4()}"
    try:
        await asyncio.wait_for(ls.work_done_progress.create_async(token), 5)
    except (asyncio.TimeoutError, Exception):  # noqa: BLE001
        return None, cancel
    ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(title=title, cancellable=True))
    fut = ls.work_done_progress.tokens.get(token)
    if fut is not None:
        fut.add_done_callback(lambda f: cancel.set() if f.cancelled() else None)
    return token, cancel


def _progress_end(ls: OrmbLanguageServer, token: str | None) -> None:
    if token is not None:
        ls.work_done_progress.end(token, types.WorkDoneProgressEnd(message="done"))
