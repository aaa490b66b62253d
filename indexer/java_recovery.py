"""Recovery from broken Java: syntax-error messages and the header of a type tree-sitter lost.

A file being edited is usually broken somewhere; the index must still see it.  tree-sitter
recovers locally, and these helpers turn its ERROR/MISSING nodes into ``"line N: ..."`` messages
and, when a class header itself is mangled, read name/extends/implements back from the text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tree_sitter import Node

_MAX_ERRORS = 20
KEYWORD_KINDS = {
    "class": "class",
    "interface": "interface",
    "enum": "enum",
    "record": "record",
    "@interface": "annotation",
}
_HEADER_RE = re.compile(
    r"\b(?P<kind>class|interface|enum|record|@interface)\s+(?P<name>[A-Za-z_$][\w$]*)(?:\s*<[^{;]*?>)?"
    r"(?:\s*\([^{;]*?\))?(?:\s+extends\s+(?P<extends>[\w.$<>?,\s]+?))?"
    r"(?:\s+implements\s+(?P<implements>[\w.$<>?,\s]+?))?\s*\{"
)
_BETWEEN_DOC_AND_HEADER_RE = re.compile(
    r"\s*(?:@[\w.]+(?:\([^)]*\))?\s*|\b(?:public|protected|private|abstract|final|static|strictfp|sealed)\b\s*)*"
)


class BrokenHeader(NamedTuple):
    """What the text says about a type declaration tree-sitter could not parse."""

    name: str
    kind: str
    extends: str
    implements: list[str]
    line: int
    start_byte: int
    javadoc: str  # raw /** */ comment right before it, or ""


def find_header(text: str, skip_names: set[str]) -> BrokenHeader | None:
    """First ``class/interface/enum/record X ... {`` in ``text`` whose name is not in ``skip_names``."""
    header = next((h for h in _HEADER_RE.finditer(text) if h.group("name") not in skip_names), None)
    if header is None:
        return None
    return BrokenHeader(
        name=header.group("name"),
        kind=KEYWORD_KINDS.get(header.group("kind"), "class"),
        extends=header.group("extends") or "",
        implements=split_types(header.group("implements") or ""),
        line=text.count("\n", 0, header.start()) + 1,
        start_byte=len(text[: header.start()].encode("utf-8")),
        javadoc=_javadoc_before(text, header.start()),
    )


def _javadoc_before(text: str, position: int) -> str:
    """The ``/** */`` comment ending right before ``position`` (modifiers/annotations may sit between)."""
    end = text.rfind("*/", 0, position)
    start = text.rfind("/**", 0, end) if end != -1 else -1
    if start == -1:
        return ""
    gap = _BETWEEN_DOC_AND_HEADER_RE.match(text, end + 2, position)
    return text[start : end + 2] if gap is not None and gap.end() == position else ""


def split_types(text: str) -> list[str]:
    """``A, B<C, D>, E`` -> ``["A", "B<C, D>", "E"]`` (commas inside generics kept)."""
    items, depth, current = [], 0, ""
    for ch in text:
        depth += (ch == "<") - (ch == ">")
        if ch == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        items.append(current.strip())
    return items


def syntax_errors(root: Node, src: bytes) -> list[str]:
    if not root.has_error:
        return []
    found: list[tuple[int, str]] = []
    stack = [root]
    while stack and len(found) < _MAX_ERRORS:
        node = stack.pop()
        line = node.start_point[0] + 1
        if node.is_missing:
            found.append(
                (line, f"line {line}: syntax error near '{_snippet(src, node)}' (missing '{node.type}')")
            )
        elif node.type == "ERROR":
            found.append((line, f"line {line}: syntax error near '{_snippet(src, node)}'"))
        elif node.has_error:
            stack.extend(reversed(node.children))
    return list(dict.fromkeys(message for _, message in sorted(found)))


def _snippet(src: bytes, node: Node) -> str:
    start = node.start_byte
    if node.end_byte == start:  # a MISSING node has no text: show the line around it
        line_start = src.rfind(b"\n", 0, start) + 1
        line_end = src.find(b"\n", start)
        text = src[line_start : line_end if line_end != -1 else len(src)]
    else:
        text = src[start : min(node.end_byte, start + 60)]
    snippet = " ".join(text.decode("utf-8", "replace").split())
    return "".join(ch if ch.isprintable() else "?" for ch in snippet[:40]).replace("'", '"')
