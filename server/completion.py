"""``textDocument/completion`` and ``completionItem/resolve``: translate the pure core's candidates
into LSP items (text edits over the typed word, snippets where the client supports them, imports as
additional edits) and add DDL/Javadoc documentation lazily on resolve.
"""

from __future__ import annotations

import re
import time

from lsprotocol import types

from ormb_assist.server.completion_core import complete_at
from ormb_assist.server.documents import DocView
from ormb_assist.server.ranking import Candidate, column_doc, table_doc
from ormb_assist.server.server import OrmbLanguageServer, guarded, markup
from ormb_assist.server.window import window_of

MAX_ITEMS = 100
TRIGGERS = [".", " ", '"', "("]
_KIND = {
    "table": types.CompletionItemKind.Struct,
    "column": types.CompletionItemKind.Field,
    "bind": types.CompletionItemKind.Variable,
    "method": types.CompletionItemKind.Method,
    "member": types.CompletionItemKind.Method,
    "soft_param": types.CompletionItemKind.Property,
}
_PLACEHOLDER = re.compile(r"\$\{\d+(?::((?:[^}\\]|\\.)*))?\}|\$\d+")


def register(server: OrmbLanguageServer) -> None:
    @server.feature(
        types.TEXT_DOCUMENT_COMPLETION,
        types.CompletionOptions(trigger_characters=TRIGGERS, resolve_provider=True),
    )
    @guarded(lambda: types.CompletionList(is_incomplete=False, items=[]), "completion")
    async def completion(ls: OrmbLanguageServer, params: types.CompletionParams) -> types.CompletionList:
        return complete(ls, params)

    @server.feature(types.COMPLETION_ITEM_RESOLVE)
    @guarded(None, "completionResolve")
    async def resolve(ls: OrmbLanguageServer, item: types.CompletionItem) -> types.CompletionItem:
        return resolve_item(ls, item)


def complete(ls: OrmbLanguageServer, params: types.CompletionParams) -> types.CompletionList:
    started = time.perf_counter()
    empty = types.CompletionList(is_incomplete=False, items=[])
    view = ls.doc(params.text_document.uri)
    root = ls.root_for_uri(params.text_document.uri)
    if view is None or root is None or root.catalog is None:
        return empty
    offset = view.offset(params.position.line, params.position.character)
    ctx = params.context
    win = window_of(view, offset)
    result = complete_at(root.catalog, win.text, win.to_window(offset), win.strings)
    replace_start = min(offset, win.to_doc(result.replace_start))
    if (
        ctx
        and ctx.trigger_kind == types.CompletionTriggerKind.TriggerCharacter
        and ctx.trigger_character in (" ", '"', "(")
    ) and result.context in ("member", "spot_method", "soft_param", "none"):
        return empty  # a space or quote in plain Java code is not a request for a list
    snippets = _snippet_support(ls)
    items = [
        to_item(view, c, replace_start, offset, i, snippets)
        for i, c in enumerate(result.candidates[:MAX_ITEMS])
    ]
    ls.record_timing(f"completion.{result.context}", (time.perf_counter() - started) * 1000)
    return types.CompletionList(is_incomplete=len(result.candidates) > MAX_ITEMS, items=items)


def to_item(
    view: DocView, cand: Candidate, start: int, offset: int, rank: int, snippets: bool
) -> types.CompletionItem:
    start_pos, end_pos = view.position(start), view.position(offset)
    new_text = cand.insert_text or cand.label
    typed = view.text[start:offset]
    if cand.kind in ("table", "column") and typed and typed == typed.lower() and typed != typed.upper():
        new_text = new_text.lower()  # keep the style of lower-case SQL
    fmt = types.InsertTextFormat.PlainText
    if cand.snippet and snippets:
        fmt = types.InsertTextFormat.Snippet
    elif cand.snippet:
        new_text = _PLACEHOLDER.sub(lambda m: (m.group(1) or "").replace("\\", ""), new_text)
    edit = types.TextEdit(
        range=types.Range(types.Position(*start_pos), types.Position(*end_pos)), new_text=new_text
    )
    item = types.CompletionItem(
        label=cand.label,
        kind=_KIND.get(cand.kind, types.CompletionItemKind.Text),
        detail=cand.detail or None,
        label_details=types.CompletionItemLabelDetails(
            detail=cand.signature or None, description=cand.description or None
        ),
        sort_text=f"{rank:04d}",
        filter_text=cand.label,
        text_edit=edit,
        insert_text_format=fmt,
        insert_text_mode=types.InsertTextMode.AdjustIndentation if "\n" in new_text else None,
        data={**cand.data, "uri": view.uri} if cand.data else None,
    )
    if cand.imports:
        item.additional_text_edits = import_edits(view, cand.imports) or None
    return item


def import_edits(view: DocView, fqns: list[str]) -> list[types.TextEdit]:
    """``import`` lines for types the inserted code names but the file does not import yet."""
    text = view.text
    package = re.search(r"^\s*package\s+([\w.]+)\s*;", text, re.M)
    pkg = package.group(1) if package else ""
    have = set(re.findall(r"^\s*import\s+([\w.]+)\s*;", text, re.M))
    wildcard = {w[:-2] for w in re.findall(r"^\s*import\s+([\w.]+\.\*)\s*;", text, re.M)}
    simple_taken = {h.rsplit(".", 1)[-1] for h in have}
    needed = []
    for fqn in dict.fromkeys(fqns):
        owner, _, simple = fqn.rpartition(".")
        if (
            not owner
            or fqn in have
            or owner in wildcard
            or owner == pkg
            or owner == "java.lang"
            or simple in simple_taken
        ):
            continue
        needed.append(fqn)
        simple_taken.add(simple)
    if not needed:
        return []
    last_import = None
    for m in re.finditer(r"^\s*import\s+[\w.*]+\s*;[^\n]*\n", text, re.M):
        last_import = m
    anchor = last_import.end() if last_import else (text.find("\n", package.end()) + 1 if package else 0)
    prefix = "" if last_import or not package else "\n"
    pos = types.Position(*view.position(anchor))
    return [
        types.TextEdit(
            range=types.Range(pos, pos), new_text=prefix + "".join(f"import {f};\n" for f in needed)
        )
    ]


def resolve_item(ls: OrmbLanguageServer, item: types.CompletionItem) -> types.CompletionItem:
    data = item.data if isinstance(item.data, dict) else {}
    root = ls.root_for_uri(data.get("uri", "")) if data.get("uri") else (ls.roots[0] if ls.roots else None)
    cat = root.catalog if root else None
    if cat is None:
        return item
    doc = ""
    kind = data.get("kind")
    if kind == "table" and data.get("table") in cat.tables:
        doc = table_doc(cat.tables[data["table"]])
    elif kind == "column" and data.get("table") in cat.tables:
        table = cat.tables[data["table"]]
        column = table.column(data.get("column", ""))
        doc = column_doc(table, column) if column else ""
    elif kind == "spot_method" and data.get("spot") in cat.spots:
        spot = cat.spots[data["spot"]]
        method = next((m for m in spot.methods if m.name == data.get("method")), None)
        if method:
            doc = f"```java\n{method.signature}\n```\n\n{method.javadoc or ''}\n\nFrom `{spot.fqn}`"
    if doc:
        item.documentation = markup(ls, doc, "completion")
    return item


def _snippet_support(ls: OrmbLanguageServer) -> bool:
    try:
        caps = ls.client_capabilities.text_document.completion.completion_item
        return bool(caps and caps.snippet_support)
    except AttributeError:
        return False
