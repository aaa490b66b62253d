"""Tree-sitter node helpers for ``java_sql``: string chains, builder chains, word search.

Kept apart from the extractor's logic so each file stays readable; every helper takes the source
bytes explicitly because ``Node.text`` copies and ``Node.parent`` re-walks the tree on each call.
"""

from __future__ import annotations

from tree_sitter import Node

BUILDERS = frozenset({"StringBuilder", "StringBuffer", "java.lang.StringBuilder", "java.lang.StringBuffer"})


def word_positions(src: bytes, words: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Byte ranges of whole-word occurrences of ``words`` in ``src[start:end]``, in source order.

    ``bytes.find`` per word: an alternation or a leading ``\\b`` makes ``re`` try every position.
    """
    found = []
    for word in words:
        needle = word.encode()
        at = src.find(needle, start, end)
        while at != -1:
            after = at + len(needle)
            if not _is_identifier_byte(src[at - 1 : at]) and not _is_identifier_byte(src[after : after + 1]):
                found.append((at, after))
            at = src.find(needle, after, end)
    found.sort()
    return found


def _is_identifier_byte(byte: bytes) -> bool:
    return bool(byte) and (byte.isalnum() or byte in (b"_", b"$") or byte[0] >= 0x80)


def node_text(node: Node, src: bytes) -> str:
    return src[node.start_byte : node.end_byte].decode("utf-8", "replace")


def field_text(node: Node, field: str, src: bytes) -> str:
    child = node.child_by_field_name(field)
    return node_text(child, src) if child is not None else ""


def call_name(call: Node, src: bytes) -> str:
    return field_text(call, "name", src)


def operator(node: Node) -> str:
    op = node.child_by_field_name("operator")
    return op.type if op is not None else ""


def operands(node: Node, src: bytes) -> list[Node]:
    """Operands of a ``a + b + c`` chain, in order (iterative: generated code has very long chains)."""
    out: list[Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "binary_expression" and operator(current) == "+":
            left, right = current.child_by_field_name("left"), current.child_by_field_name("right")
            stack.extend(x for x in (right, left) if x is not None)
        else:
            out.append(current)
    return out


def is_string_chain(node: Node) -> bool:
    while node.type == "binary_expression" and operator(node) == "+":
        left = node.child_by_field_name("left")
        if left is None:
            return False
        node = left
    return node.type == "string_literal"


def chain_top(node: Node, root: Node) -> Node:
    """Outermost node of the ``+``/parentheses chain that contains ``node``.

    ``Node.parent`` re-walks from the root on every call, so climbing a chain of thousands of ``+``
    (generated code) would be quadratic: past a few steps the root-to-node path is built once.
    """
    for _ in range(32):
        parent = node.parent
        if parent is None or not _continues_chain(parent):
            return node
        node = parent
    path: list[Node] = []
    current: Node | None = root
    while current is not None and current != node:
        path.append(current)
        current = current.child_with_descendant(node)
    for ancestor in reversed(path):
        if not _continues_chain(ancestor):
            break
        node = ancestor
    return node


def _continues_chain(parent: Node) -> bool:
    return parent.type == "parenthesized_expression" or (
        parent.type == "binary_expression" and operator(parent) == "+"
    )


def is_builder_call(call: Node, src: bytes) -> bool:
    if call.type == "object_creation_expression":
        return field_text(call, "type", src) in BUILDERS
    return call.type == "method_invocation" and call_name(call, src) == "append"


def builder_top(node: Node, src: bytes) -> Node:
    """Climb ``new StringBuilder(..).append(..).append(..).toString()`` to its outermost call."""
    while node.parent is not None:
        parent = node.parent
        if (
            parent.type == "method_invocation"
            and parent.child_by_field_name("object") == node
            and call_name(parent, src) in ("append", "toString")
        ):
            node = parent
            continue
        return node
    return node


def chain_base(node: Node, src: bytes) -> Node | None:
    """The receiver at the bottom of ``x.append(a).append(b)`` (``x``), or the node itself."""
    while node.type == "method_invocation" and call_name(node, src) in ("append", "toString"):
        target = node.child_by_field_name("object")
        if target is None:
            return None
        node = target
    return node


def append_calls(node: Node, src: bytes) -> list[Node]:
    """``append`` invocations of a chain, innermost (first executed) first."""
    calls = []
    while node.type == "method_invocation" and call_name(node, src) in ("append", "toString"):
        if call_name(node, src) == "append":
            calls.append(node)
        target = node.child_by_field_name("object")
        if target is None:
            break
        node = target
    return list(reversed(calls))


def constant_name(node: Node, src: bytes) -> str:
    if node.type == "identifier":
        return node_text(node, src)
    target = node.child_by_field_name("object")
    field = node.child_by_field_name("field")
    if field is None or target is None:
        return ""
    owner = node_text(target, src)
    # this.SQL or SomeClass.SQL (a type name), never someObject.sql
    return node_text(field, src) if owner == "this" or owner[:1].isupper() else ""
