"""Small tree-sitter-java views used by the ``_Gen`` emulation and the pattern checks.

The indexer's records say what a class declares; these helpers answer questions about what code
*does* (which helpers it calls unqualified, where a statement is closed, what is concatenated into
a string), which the records do not carry.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import tree_sitter_java
from tree_sitter import Language, Node, Parser, Tree

_LANGUAGE = Language(tree_sitter_java.language())
CLASS_NODES = ("class_declaration", "enum_declaration", "record_declaration", "interface_declaration")


@lru_cache(maxsize=1)
def _parser() -> Parser:
    return Parser(_LANGUAGE)


def parse(code: str) -> Tree:
    return _parser().parse(code.encode("utf-8"))


def text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""


def walk(node: Node, stop_at: tuple[str, ...] = ()) -> Iterator[Node]:
    """Pre-order traversal; does not descend into node types listed in ``stop_at`` (except the root)."""
    stack = [node]
    first = True
    while stack:
        current = stack.pop()
        yield current
        if current.type in stop_at and not first:
            continue
        first = False
        stack.extend(reversed(current.children))


@dataclass
class ClassView:
    """One class declaration (nested ones included) and what its own body does."""

    name: str
    superclass: str  # simple name as written, generics stripped
    interfaces: list[str]
    outer: str | None
    node: Node
    declared_methods: dict[str, list[int]] = field(default_factory=dict)  # name -> arities
    unqualified_calls: set[str] = field(default_factory=set)  # calls like createPreparedStatement(...)
    super_calls: set[str] = field(default_factory=set)  # super.x(...)


def classes(tree: Tree) -> list[ClassView]:
    out: list[ClassView] = []
    _collect(tree.root_node, None, out)
    return out


def _type_name(node: Node | None) -> str:
    raw = text(node)
    return raw.split("<", 1)[0].strip().rsplit(".", 1)[-1]


def _collect(node: Node, outer: str | None, out: list[ClassView]) -> None:
    for child in node.children:
        if child.type in CLASS_NODES:
            name = text(child.child_by_field_name("name"))
            sup = child.child_by_field_name("superclass")
            superclass = _type_name(sup.named_children[0]) if sup is not None and sup.named_children else ""
            interfaces: list[str] = []
            ifaces = child.child_by_field_name("interfaces")
            if ifaces is not None:
                for n in walk(ifaces):
                    if n.type == "type_list":
                        interfaces = [_type_name(t) for t in n.named_children]
                        break
            view = ClassView(name, superclass, interfaces, outer, child)
            body = child.child_by_field_name("body")
            if body is not None:
                _fill(view, body)
                out.append(view)
                _collect(body, name, out)
            else:
                out.append(view)
        elif child.type not in ("block",):
            _collect(child, outer, out)


def _fill(view: ClassView, body: Node) -> None:
    for member in body.named_children:
        if member.type in ("method_declaration", "constructor_declaration"):
            params = member.child_by_field_name("parameters")
            arity = len([p for p in params.named_children if "parameter" in p.type]) if params else 0
            view.declared_methods.setdefault(text(member.child_by_field_name("name")), []).append(arity)
    for node in walk(body, stop_at=CLASS_NODES):
        if node.type in CLASS_NODES:
            continue
        if node.type == "method_invocation":
            obj = node.child_by_field_name("object")
            name = text(node.child_by_field_name("name"))
            if obj is None:
                view.unqualified_calls.add(name)
            elif obj.type in ("super", "this"):
                (view.super_calls if obj.type == "super" else view.unqualified_calls).add(name)
