"""Hover: tables and columns inside SQL strings (DDL and comments), spot interfaces (Javadoc and
methods), soft parameters (declaration and getter type).  ``hover_markdown`` is the pure core.
"""

from __future__ import annotations

import re

from lsprotocol import types

from ormb_assist.generation.gen_stub import soft_parameter_type
from ormb_assist.generation.jarview import JarView
from ormb_assist.indexer.java_javadoc import clean_javadoc
from ormb_assist.server.catalog import Catalog
from ormb_assist.server.java_context import JavaOutline
from ormb_assist.server.java_strings import JavaStrings
from ormb_assist.server.ranking import column_doc, table_doc
from ormb_assist.server.server import OrmbLanguageServer, guarded, markup
from ormb_assist.server.sql_context import analyze_cursor
from ormb_assist.server.window import window_of

_WORD = re.compile(r"[\w$#]+")


def word_at(text: str, offset: int) -> tuple[str, int, int]:
    start = offset
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_$#"):
        start -= 1
    m = _WORD.match(text, start)
    if not m or m.end() < offset:
        return "", offset, offset
    return m.group(0), m.start(), m.end()


def hover_markdown(
    cat: Catalog, text: str, offset: int, strings: JavaStrings | None = None
) -> tuple[str, int, int] | None:
    strings = strings or JavaStrings(text)
    word, start, end = word_at(text, offset)
    if not word:
        return None
    lit = strings.literal_at(offset)
    if lit is not None:
        seg = strings.segment(lit)
        if not seg.looks_like_sql:
            return None
        sql_end = seg.sql_index(end)
        if sql_end is None:
            return None
        md = _sql_hover(cat, seg.sql, sql_end, word.upper())
        return (md, start, end) if md else None
    if strings.in_comment(offset):
        md = _soft_param_hover(cat, text, offset, strings, word)
        return (md, start, end) if md else None
    spot = cat.spots.get(word)
    if spot is not None:
        return _spot_doc(spot), start, end
    md = _soft_param_hover(cat, text, offset, strings, word)
    return (md, start, end) if md else None


def _sql_hover(cat: Catalog, sql: str, sql_end: int, word: str) -> str:
    cur = analyze_cursor(sql, sql_end)
    if cur.qualifier:
        table = cat.tables.get(cur.alias_map().get(cur.qualifier, ""))
        column = table.column(word) if table else None
        return column_doc(table, column) if column else ""
    if word in cat.tables:
        return table_doc(cat.tables[word])
    alias_table = cur.alias_map().get(word)
    if alias_table in cat.tables:
        return f"alias of **{alias_table}**\n\n" + table_doc(cat.tables[alias_table])
    for name in cur.tables_for_columns() or []:
        table = cat.tables.get(name)
        if table and table.column(word):
            return column_doc(table, table.column(word))
    owners = cat.column_tables.get(word, [])
    if owners:
        table = cat.tables[owners[0]]
        more = f"\n\nAlso in: {', '.join(owners[1:6])}" if len(owners) > 1 else ""
        return column_doc(table, table.column(word)) + more
    return ""


def _spot_doc(spot) -> str:
    lines = [f"**{spot.name}** — algorithm spot `{spot.fqn}`"]
    if spot.javadoc:
        lines.append("\n" + clean_javadoc(spot.javadoc))
    if spot.methods:
        lines.append("\n```java\n" + "\n".join(m.signature + ";" for m in spot.methods) + "\n```")
    if spot.implementations:
        lines.append(f"\nImplemented by {len(spot.implementations)} workspace class(es): "
                     + ", ".join(f"`{i.rsplit('.', 1)[-1]}`" for i in spot.implementations[:5]))  # fmt: skip
    if spot.tables_touched:
        top = sorted(spot.tables_touched.items(), key=lambda kv: -kv[1])[:8]
        lines.append("\nTables used by implementations: " + ", ".join(f"`{t}`" for t, _ in top))
    return "\n".join(lines)


def _soft_param_hover(cat: Catalog, text: str, offset: int, strings: JavaStrings, word: str) -> str:
    outline = JavaOutline.of(text, strings)
    cls = outline.class_at(offset)
    if cls is None:
        following = [c for c in outline.classes() if c.block.head_start >= offset]
        cls = following[0] if following else None
    if cls is None:
        return ""
    view = JarView.of(cat.jar_classes)
    for param in cls.soft_parameters:
        if word in (param.name, param.getter):
            rtype = soft_parameter_type(param, view)
            extra = f", entity `{param.entity_name}`" if param.entity_name else ""
            extra += f", lookup `{param.lookup_name}`" if param.lookup_name else ""
            return (f"**soft parameter `{param.name}`** ({param.type}{', required' if param.required else ', optional'}{extra})"
                    f"\n\n```java\n{rtype.rsplit('.', 1)[-1]} {param.getter}()\n```\n\n"
                    f"Generated into `{cls.extends[0] if cls.extends else cls.name + '_Gen'}`; configured on the algorithm.")  # fmt: skip
    return ""


def register(server: OrmbLanguageServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded(None, "hover")
    async def hover(ls: OrmbLanguageServer, params: types.HoverParams) -> types.Hover | None:
        view = ls.doc(params.text_document.uri)
        root = ls.root_for_uri(params.text_document.uri)
        if view is None or root is None or root.catalog is None:
            return None
        offset = view.offset(params.position.line, params.position.character)
        win = window_of(view, offset)
        found = hover_markdown(root.catalog, win.text, win.to_window(offset), win.strings)
        if not found:
            return None
        md, start, end = found[0], win.to_doc(found[1]), win.to_doc(found[2])
        rng = types.Range(types.Position(*view.position(start)), types.Position(*view.position(end)))
        return types.Hover(contents=markup(ls, md, "hover"), range=rng)
