"""Inline (ghost text) completion logic without LSP types: shape, trimming, cache, grounded text.

* shape: one line when the cursor has code after it, is inside a string, or ends a non-empty line;
  several lines on an empty line inside a block (a method body or a class body);
* trimming: to the first line, or to the enclosing block (a suggestion never closes more braces than
  it opens) and without repeating the text already after the cursor;
* cache: a suggestion shown for a prefix is reused while the user types along it;
* grounded text (the ``embedded`` backend): the best completion candidate written out in full
  (missing spot method with its exact signature, SQL table/column, soft-parameter getter).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass

from ormb_assist.generation.java_types import default_value
from ormb_assist.server.catalog import Catalog
from ormb_assist.server.completion_core import complete_at
from ormb_assist.server.edits import field_for
from ormb_assist.server.java_context import JavaOutline
from ormb_assist.server.java_members import simplify
from ormb_assist.server.java_strings import JavaStrings

_PLACEHOLDER = re.compile(r"\$\{\d+(?::((?:[^}\\]|\\.)*))?\}|\$\d+")
MAX_LINES = 40


@dataclass
class Shape:
    multiline: bool
    stop: list[str]
    indent: str = ""


def shape_at(text: str, offset: int, strings: JavaStrings) -> Shape:
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    before = text[line_start:offset]
    after = text[offset : line_end if line_end >= 0 else len(text)]
    indent = re.match(r"[ \t]*", before).group(0)
    in_string = strings.literal_at(offset) is not None
    if in_string or after.strip(" \t)];,\"'") or before.strip():
        return Shape(False, ["\n"], indent)
    return Shape(True, ["\n\n\n"], indent)


def trim(suggestion: str, text: str, offset: int, shape: Shape) -> str:
    """Cut a raw suggestion to what may be inserted at the cursor."""
    if not suggestion:
        return ""
    line_end = text.find("\n", offset)
    after_on_line = text[offset : line_end if line_end >= 0 else len(text)]
    if not shape.multiline:
        out = suggestion.split("\n", 1)[0].rstrip()
        tail = after_on_line.strip()
        if tail and out.endswith(tail):
            out = out[: -len(tail)].rstrip() if not tail[0].isalnum() else out[: -len(tail)]
        return out
    lines = suggestion.split("\n")[:MAX_LINES]
    depth = 0
    kept: list[str] = []
    for line in lines:
        code = re.sub(r'"(?:[^"\\]|\\.)*"|//.*', "", line)
        closing = False
        for ch in code:
            depth += {"{": 1, "}": -1}.get(ch, 0)
            if depth < 0:
                closing = True
                break
        if closing:
            break
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept)


class SuggestionCache:
    """Recent suggestions by document; typing along a shown suggestion reuses its remainder."""

    def __init__(self, size: int = 64) -> None:
        self._entries: OrderedDict[tuple[str, int], tuple[str, str, str]] = OrderedDict()
        self._size = size
        self._n = 0

    def put(self, uri: str, prefix: str, suffix: str, suggestion: str) -> None:
        if not suggestion:
            return
        self._n += 1
        self._entries[(uri, self._n)] = (prefix, suffix[:200], suggestion)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)

    def get(self, uri: str, prefix: str, suffix: str) -> str | None:
        for (entry_uri, _), (old_prefix, old_suffix, suggestion) in reversed(self._entries.items()):
            if entry_uri != uri or not prefix.startswith(old_prefix) or suffix[:200] != old_suffix:
                continue
            typed = prefix[len(old_prefix) :]
            if len(typed) < len(suggestion) and suggestion.startswith(typed):
                return suggestion[len(typed) :]
        return None


def grounded_suggestions(
    cat: Catalog | None, text: str, offset: int, strings: JavaStrings, limit: int = 3
) -> list[str]:
    """Inline texts built from the index for the ``embedded`` backend (best first)."""
    result = complete_at(cat, text, offset, strings)
    typed = text[result.replace_start : offset]
    out: list[str] = []
    line_start = text.rfind("\n", 0, offset) + 1
    indent = re.match(r"[ \t]*", text[line_start:offset]).group(0)
    for cand in result.candidates[: limit * 2]:
        if result.context == "spot_method":
            body = _method_text(cat, text, offset, strings, cand.data.get("method", ""), indent)
        else:
            body = _PLACEHOLDER.sub(
                lambda m: (m.group(1) or "").replace("\\", ""), cand.insert_text or cand.label
            )
        if not body.lower().startswith(typed.lower()):
            continue
        rest = body[len(typed) :]
        if rest and rest not in out:
            out.append(rest)
        if len(out) >= limit:
            break
    return out


def _method_text(
    cat: Catalog | None, text: str, offset: int, strings: JavaStrings, name: str, indent: str
) -> str:
    """A missing spot method written out: setters store into a matching field, getters return it."""
    from ormb_assist.server.java_members import missing_methods

    outline = JavaOutline.of(text, strings)
    cls = outline.class_at(offset)
    if cat is None or cls is None:
        return ""
    method = next(
        (m for _, m in missing_methods(cat, cls, outline.imports, outline.package) if m.name == name), None
    )
    if method is None:
        return ""
    ret, _ = simplify(method.return_type or "void")
    params = [(simplify(p.type)[0], p.name or f"arg{i}") for i, p in enumerate(method.parameters)]
    field = field_for(cls.fields, name, params, ret)
    if ret == "void":
        body = f"this.{field} = {params[0][1]};" if field and len(params) == 1 else ""
    else:
        body = f"return {field};" if field else f"return {default_value(ret)};"
    head = f"@Override\n{indent}public {ret} {name}({', '.join(f'{t} {n}' for t, n in params)}) {{"
    inner = f"\n{indent}    {body}" if body else f"\n{indent}    "
    return f"{head}{inner}\n{indent}}}"
