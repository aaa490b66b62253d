"""SQL assembled from Java string expressions (the SQL half of ``java_parser``).

Real ORMB code rarely writes SQL as one literal: it concatenates literals over lines, builds it with
``StringBuilder.append`` or ``sql +=``, keeps it in ``static final String`` constants, and sometimes
splices Java values straight into the text (an injection risk worth flagging).  Starting from every
literal that begins like SQL (and every use of a SQL constant), this module follows those shapes
within one method, joins the text, and replaces each spliced Java expression with a placeholder
identifier ``JAVA_EXPR_<n>`` (``n`` = position in ``SqlReference.concatenated_values``, 1-based) so that
the SQL still parses.  Shapes it does not understand become placeholders too; nothing raises.
"""

from __future__ import annotations

import bisect
import re
import textwrap
from typing import NamedTuple

from tree_sitter import Node

from ormb_assist.indexer.java_sql_nodes import (
    append_calls,
    builder_top,
    call_name,
    chain_base,
    chain_top,
    constant_name,
    is_builder_call,
    is_string_chain,
    node_text,
    operands,
    operator,
    word_positions,
)
from ormb_assist.indexer.models import SqlReference
from ormb_assist.indexer.sql_refs import PLACEHOLDER_PREFIX, analyze_sql

_SQL_START_RE = re.compile(r"^\s*(?:\(\s*)?(?:select|update|insert|delete|merge|with)\b", re.IGNORECASE)
_SQL_SHAPE_RE = re.compile(
    r"^\s*(?:\(\s*)*(?:select\b.+?\bfrom\b|update\s+\S+\s+(?:\w+\s+)?set\b|insert\s+into\b"
    r"|delete\s+(?:from\s+)?[\w\"]|merge\s+into\b|with\s+\w+(?:\s*\([^)]*\))?\s+as\s*\()",
    re.IGNORECASE | re.DOTALL,
)
_LITERAL_START_RE = re.compile(
    rb'"(?:"")?\s*(?:\(\s*)?(?:select|update|insert|delete|merge|with)\b', re.IGNORECASE
)
_ESCAPE_RE = re.compile(r"\\(u+[0-9a-fA-F]{4}|[0-7]{1,3}|.)", re.DOTALL)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "s": " ", "\n": ""}
_HQL_CALLS = frozenset({"createQuery"})


class Scope(NamedTuple):
    """Byte range of a member declaration: ``kind`` is "method" (incl. constructors), "field" or "init"."""

    start: int
    end: int
    kind: str
    name: str = ""


class Piece(NamedTuple):
    """A run of SQL text (``is_text``) or a spliced Java expression, with its 1-based source line."""

    is_text: bool
    value: str
    line: int


def looks_like_sql(text: str) -> bool:
    """True for complete-looking SELECT/UPDATE/INSERT/DELETE/MERGE/WITH statements, not log messages."""
    return bool(_SQL_SHAPE_RE.match(text))


class SqlExtractor:
    """Finds the SQL of one parsed Java file; ``run()`` returns ``(start_byte, SqlReference)`` pairs."""

    def __init__(self, src: bytes, root: Node, constants: dict[str, Node], scopes: list[Scope]) -> None:
        self.src = src
        self.root = root
        # Member ranges from the declaration walk: cheaper than climbing Node.parent (O(depth) each).
        self.scopes = sorted(scopes)
        self._scope_starts = [scope.start for scope in self.scopes]
        self._literals: dict[int, str] = {}
        self.constant_nodes = constants  # field name -> initializer expression
        self._constant_pieces: dict[str, list[Piece]] = {}
        self._evaluating: set[str] = set()
        self.referenced: set[str] = set()  # constants used by code or by other constants
        self.consumed: set[int] = set()  # start bytes of nodes already part of an emitted SQL
        self._flows: set[tuple[int, str]] = set()
        self.results: list[tuple[int, SqlReference]] = []

    def run(self) -> list[tuple[int, SqlReference]]:
        for name in self.constant_nodes:
            self._constant(name)
        sql_constants = [n for n, p in self._constant_pieces.items() if looks_like_sql(_join(p)[0])]
        seeds = self._sql_literals() + self._constant_uses(sql_constants)
        for seed in sorted(seeds, key=lambda n: n.start_byte):
            if seed.start_byte not in self.consumed:
                self._from_seed(seed)
        for name in sql_constants:
            if name not in self.referenced:
                declarator = self.constant_nodes[name].parent
                self._emit(self._constant_pieces[name], declarator, "")
        return self.results

    # --- seeds ----------------------------------------------------------------------------------

    def _sql_literals(self) -> list[Node]:
        """String literals (and text blocks) whose text starts like SQL, found by a byte scan."""
        found = []
        for match in _LITERAL_START_RE.finditer(self.src):
            node = self.root.descendant_for_byte_range(match.start(), match.start() + 1)
            while node is not None and node.type != "string_literal" and node.start_byte == match.start():
                node = node.parent
            if (
                node is not None
                and node.type == "string_literal"
                and node.start_byte == match.start()
                and _SQL_START_RE.match(self._literal(node))
            ):
                found.append(node)
        return found

    def _constant_uses(self, names: list[str]) -> list[Node]:
        if not names:
            return []
        uses = []
        for start, end in word_positions(self.src, names, 0, len(self.src)):
            node = self.root.descendant_for_byte_range(start, end)
            if node is None or node.type != "identifier" or self._scope_kind(node) == "field":
                continue
            parent = node.parent
            if parent is not None and parent.type == "field_access":
                if parent.child_by_field_name("field") != node:
                    continue
                node = parent
            uses.append(node)
        return uses

    def _from_seed(self, seed: Node) -> None:
        top = chain_top(seed, self.root)
        parent = top.parent
        if parent is None or self._scope_kind(top) == "field":
            return  # constants are handled through their uses
        if parent.type == "argument_list" and parent.parent is not None:
            call = parent.parent
            if call.type == "method_invocation" and call_name(call, self.src) in _HQL_CALLS:
                return  # HQL, not SQL
            if is_builder_call(call, self.src):
                top = builder_top(call, self.src)
                parent = top.parent
                base = chain_base(top, self.src)
                if (
                    base is not None
                    and base.type == "identifier"
                    and self._flow(node_text(base, self.src), call, seed)
                ):
                    return
        if parent is not None and parent.type == "variable_declarator":
            name = parent.child_by_field_name("name")
            if name is not None and self._flow(node_text(name, self.src), parent, seed):
                return
        if parent is not None and parent.type == "assignment_expression":
            left = parent.child_by_field_name("left")
            if (
                left is not None
                and left.type == "identifier"
                and self._flow(node_text(left, self.src), parent, seed)
            ):
                return
        self._emit(self._pieces(top), seed, self._method_name(seed))

    # --- variable flows: sql += ..., sb.append(...) ---------------------------------------------

    def _flow(self, var: str, start: Node, seed: Node) -> bool:
        """Follow one local String/StringBuilder variable through its method; False if no body found."""
        body = self._scope(start.start_byte)
        if body is None or body.kind == "field":
            return False
        key = (body.start, var)
        if key in self._flows:
            return True
        self._flows.add(key)
        method = body.name if body.kind == "method" else ""
        segments: list[list[Piece]] = []
        for start_byte, end_byte in word_positions(self.src, [var], body.start, body.end):
            node = self.root.descendant_for_byte_range(start_byte, end_byte)
            parent = node.parent if node is not None and node.type == "identifier" else None
            if parent is None:
                continue
            if parent.type == "variable_declarator" and parent.child_by_field_name("name") == node:
                value = parent.child_by_field_name("value")
                segments.append(self._pieces(value) if value is not None else [])
            elif parent.type == "assignment_expression" and parent.child_by_field_name("left") == node:
                self._assignment(parent, var, segments)
            elif (
                parent.type == "method_invocation"
                and parent.child_by_field_name("object") == node
                and call_name(parent, self.src) == "append"
            ):
                if not segments:
                    segments.append([])
                for call in append_calls(builder_top(parent, self.src), self.src):
                    segments[-1].extend(self._call_argument_pieces(call))
        for pieces in segments:
            self._emit(pieces, seed, method)
        return True

    def _assignment(self, node: Node, var: str, segments: list[list[Piece]]) -> None:
        right = node.child_by_field_name("right")
        if right is None:
            return
        if operator(node) == "+=":
            if not segments:
                segments.append([])
            segments[-1].extend(self._pieces(right))
            return
        parts = operands(right, self.src)
        if parts and parts[0].type == "identifier" and node_text(parts[0], self.src) == var:
            if not segments:
                segments.append([])
            for operand in parts[1:]:
                segments[-1].extend(self._pieces(operand))
        else:
            segments.append(self._pieces(right))

    # --- expression -> pieces -------------------------------------------------------------------

    def _pieces(self, node: Node) -> list[Piece]:
        kind = node.type
        line = node.start_point[0] + 1
        if kind == "string_literal":
            self.consumed.add(node.start_byte)
            return [Piece(True, self._literal(node), line)]
        if kind == "binary_expression" and operator(node) == "+":
            return [p for operand in operands(node, self.src) for p in self._pieces(operand)]
        if kind == "parenthesized_expression" and node.named_child_count == 1:
            inner = node.named_children[0]
            if inner.type in ("string_literal", "binary_expression") and is_string_chain(inner):
                return self._pieces(inner)
        if kind in ("identifier", "field_access"):
            name = constant_name(node, self.src)
            if name in self.constant_nodes:
                pieces = self._constant(name)
                if pieces is not None:
                    self.consumed.add(node.start_byte)
                    self.referenced.add(name)
                    return [Piece(p.is_text, p.value, line) for p in pieces]
        if kind in ("decimal_integer_literal", "decimal_floating_point_literal"):
            return [Piece(True, node_text(node, self.src), line)]
        if kind == "character_literal":
            return [Piece(True, _unescape(node_text(node, self.src)[1:-1]), line)]
        if kind in ("method_invocation", "object_creation_expression"):
            built = self._builder_pieces(node)
            if built is not None:
                return built
        return [Piece(False, " ".join(node_text(node, self.src).split()), line)]

    def _builder_pieces(self, node: Node) -> list[Piece] | None:
        """``new StringBuilder("a").append(b).toString()`` written as one expression."""
        if node.type == "method_invocation" and call_name(node, self.src) == "toString":
            target = node.child_by_field_name("object")
            return self._builder_pieces(target) if target is not None else None
        base = chain_base(node, self.src)
        if base is None or base.type != "object_creation_expression" or not is_builder_call(base, self.src):
            return None
        pieces = self._call_argument_pieces(base, skip_numbers=True)
        if node.type == "method_invocation":
            for call in append_calls(node, self.src):
                pieces.extend(self._call_argument_pieces(call))
        return pieces

    def _call_argument_pieces(self, call: Node, skip_numbers: bool = False) -> list[Piece]:
        args = call.child_by_field_name("arguments")
        if args is None or args.named_child_count == 0:
            return []
        first = args.named_children[0]
        if skip_numbers and first.type == "decimal_integer_literal":
            return []  # new StringBuilder(256): a capacity, not text
        return self._pieces(first)

    def _constant(self, name: str) -> list[Piece] | None:
        if name in self._constant_pieces:
            return self._constant_pieces[name]
        if name in self._evaluating:
            return None  # self-referencing initializer
        self._evaluating.add(name)
        pieces = self._pieces(self.constant_nodes[name])
        self._evaluating.discard(name)
        self._constant_pieces[name] = pieces
        return pieces

    def _scope(self, byte: int) -> Scope | None:
        # Member ranges never overlap (local/anonymous classes are not walked): bisect by start.
        index = bisect.bisect_right(self._scope_starts, byte) - 1
        if index >= 0 and byte < self.scopes[index].end:
            return self.scopes[index]
        return None

    def _scope_kind(self, node: Node) -> str:
        scope = self._scope(node.start_byte)
        return scope.kind if scope is not None else ""

    def _method_name(self, node: Node) -> str:
        scope = self._scope(node.start_byte)
        return scope.name if scope is not None and scope.kind == "method" else ""

    def _literal(self, node: Node) -> str:
        text = self._literals.get(node.start_byte)
        if text is None:
            text = self._literals[node.start_byte] = self._decode_literal(node)
        return text

    def _decode_literal(self, node: Node) -> str:
        raw = self.src[node.start_byte : node.end_byte].decode("utf-8", "replace")
        if raw.startswith('"""'):
            body = raw[3:-3] if raw.endswith('"""') and len(raw) >= 6 else raw[3:]
            body = body.split("\n", 1)[1] if "\n" in body else body
            return _unescape(textwrap.dedent(body))
        body = raw[1:-1] if len(raw) >= 2 and raw.endswith('"') else raw[1:]
        return _unescape(body)

    def _emit(self, pieces: list[Piece], at: Node, method: str) -> None:
        sql, values = _join(pieces)
        if not looks_like_sql(sql):
            return
        ref = analyze_sql(sql)
        first = next((p.line for p in pieces if p.value.strip()), at.start_point[0] + 1)
        ref.line = first
        ref.method = method
        ref.concatenated_values = values
        self.results.append((at.start_byte, ref))


# --- text helpers ------------------------------------------------------------------------------


def _join(pieces: list[Piece]) -> tuple[str, list[str]]:
    parts: list[str] = []
    values: list[str] = []
    for piece in pieces:
        if piece.is_text:
            parts.append(piece.value)
        else:
            values.append(piece.value)
            parts.append(f"{PLACEHOLDER_PREFIX}{len(values)}")
    return "".join(parts).strip(), values


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] == "u":
            return chr(int(code.lstrip("u"), 16))
        if code[0].isdigit():
            return chr(int(code, 8))
        return _ESCAPES.get(code, code)

    return _ESCAPE_RE.sub(replace, text)
