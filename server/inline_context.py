"""Retrieved context for inline completion, from the in-memory catalog only (no embedding on the
typing path): the signatures of the spots the class implements, its soft-parameter getters, and the
columns of the tables the current method's SQL names.
"""

from __future__ import annotations

from ormb_assist.server.catalog import Catalog
from ormb_assist.server.java_context import JavaOutline
from ormb_assist.server.java_members import interface_methods, soft_getters
from ormb_assist.server.java_strings import JavaStrings
from ormb_assist.server.sql_context import tables_in_statement, tokenize

MAX_COLUMNS = 25


def inline_context(
    cat: Catalog | None, text: str, offset: int, strings: JavaStrings, token_budget: int = 3000
) -> str:
    if cat is None:
        return ""
    budget_chars = max(400, min(token_budget, 1500) * 4)
    outline = JavaOutline.of(text, strings)
    cls = outline.class_at(offset)
    parts: list[str] = []
    if cls is not None:
        for iface in cls.implements:
            name, methods = interface_methods(cat, iface, outline.imports, outline.package)
            if methods:
                parts.append(f"// {name} methods:\n" + "\n".join(f"//   {m.signature};" for m in methods))
        getters = soft_getters(cat, cls)
        if getters:
            parts.append("// soft parameters: " + ", ".join(f"{rtype} {g}()" for g, rtype, _ in getters))
    method = outline.method_at(offset)
    lo, hi = (method.open, method.close) if method else (max(0, offset - 3000), offset + 1000)
    tables: list[str] = []
    for lit in strings.literals:
        if lo <= lit.start <= hi:
            for ref in tables_in_statement(tokenize(text[lit.start : lit.end])):
                if ref.name in cat.tables and ref.name not in tables:
                    tables.append(ref.name)
    for name in tables[:6]:
        table = cat.tables[name]
        cols = ", ".join(f"{c.name} {c.data_type}".strip() for c in table.columns[:MAX_COLUMNS])
        parts.append(f"// table {name}({cols})")
    out = "\n".join(parts)
    return out[:budget_chars]
