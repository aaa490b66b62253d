"""House conventions read from the workspace's own algorithms, never assumed from the sample.

Two workspaces on the same framework differ in how an algorithm reads its soft parameters (a
generated ``_Gen`` superclass with getters, or the base class's ``getStringSoftParameter("name")``
family) and in how it creates a To Do entry (the ``F1-AddToDoEntry`` business service or a
``ToDoEntry_DTO``).  The majority of the workspace's algorithms decides; a generated class follows
one convention throughout, so it stays consistent and compiles against what the jar really offers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ormb_assist.generation.jarview import JarView
from ormb_assist.indexer.models import SoftParameter

NAMED_GETTERS = {  # soft parameter type -> the base class's named read
    "string": "getStringSoftParameter",
    "decimal": "getDecimalSoftParameter",
    "number": "getDecimalSoftParameter",
    "bigdecimal": "getDecimalSoftParameter",
    "integer": "getIntegerSoftParameter",
    "date": "getDateSoftParameter",
    "bool": "getBooleanSoftParameter",
    "boolean": "getBooleanSoftParameter",
}
_NAMED_CALL = re.compile(r"\bget(String|Decimal|Integer|Date|Boolean)SoftParameter\s*\(")
_TODO_SERVICE = re.compile(r"BusinessServiceInstance\s*\.\s*create\s*\(\s*\"F1-AddToDoEntry\"")
_TODO_SET = re.compile(r"(\w+)\s*\.\s*set\s*\(\s*\"(\w+)\"")
_TODO_DTO = re.compile(r"\bToDoEntry_DTO\b[^;]*;[\s\S]{0,600}?\.newEntity\s*\(")


@dataclass(frozen=True)
class HouseStyle:
    soft_access: str = "gen"  # "gen": _Gen getters; "named": getXxxSoftParameter("name") on the base
    todo_style: str = "service"  # "service": F1-AddToDoEntry; "dto": ToDoEntry_DTO.newEntity()
    todo_fields: tuple[str, ...] = ("toDoType", "drillKey1", "sortKey1", "comments")
    evidence: dict[str, str] = field(default_factory=dict)  # convention -> where it was seen

    def soft_value(self, param: SoftParameter) -> str:
        """Java expression of the parameter's value: the typed getter, or the named read."""
        if self.soft_access == "gen":
            return f"{param.getter}()"
        method = NAMED_GETTERS.get(param.type, "getStringSoftParameter")
        return f'{method}("{param.name}")'

    def soft_code(self, param: SoftParameter) -> str:
        """Java expression of an entity parameter's code as text (a To Do type, a characteristic type)."""
        if self.soft_access == "gen" and param.type == "entity":
            return f"{param.getter}().getId().getTrimmedValue()"
        if self.soft_access == "gen":
            return f"{param.getter}()"
        return f'getStringSoftParameter("{param.name}")'


_CACHE: dict[tuple[int, bool, str | None], tuple[Any, HouseStyle]] = {}


def learn_house(index: Any, uses_gen: bool, base: str | None) -> HouseStyle:
    """The workspace's conventions; cached per index object (the index is rebuilt on change)."""
    key = (id(index), uses_gen, base)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is index:
        return cached[1]
    style = _learn(index, uses_gen, base)
    _CACHE[key] = (index, style)
    return style


def _learn(index: Any, uses_gen: bool, base: str | None) -> HouseStyle:
    texts = _algorithm_texts(index)
    named = sum(1 for t in texts.values() if _NAMED_CALL.search(t))
    jar = JarView.of(getattr(index, "jar_classes", {}) or {})
    has_named = bool(base and jar.method(base, "getStringSoftParameter", 1))
    soft_access = "gen" if uses_gen or not has_named else "named"
    if not uses_gen and not has_named and named:
        soft_access = "named"  # a workspace base class supplies them
    service = [rel for rel, t in texts.items() if _TODO_SERVICE.search(t)]
    dto = [rel for rel, t in texts.items() if _TODO_DTO.search(t)]
    todo_style = "dto" if len(dto) > len(service) else "service"
    fields = Counter[str]()
    for rel in service:
        text = texts[rel]
        var = re.search(r"(\w+)\s*=\s*BusinessServiceInstance\s*\.\s*create\s*\(\s*\"F1-AddToDoEntry\"", text)
        if var:
            fields.update({f for v, f in _TODO_SET.findall(text) if v == var.group(1)})
    todo_fields = tuple(f for f, _ in fields.most_common()) or HouseStyle.todo_fields
    evidence = {
        "soft_access": f"{named} of {len(texts)} algorithms read soft parameters by name",
        "todo": (dto or service or ["framework default"])[0],
    }
    return HouseStyle(soft_access, todo_style, todo_fields, evidence)


def _algorithm_texts(index: Any) -> dict[str, str]:
    from ormb_assist.generation.naming import algorithm_classes

    out: dict[str, str] = {}
    paths = getattr(index, "class_paths", {}) or {}
    root = Path(getattr(index, "workspace", ".") or ".")
    for cls in algorithm_classes(index):
        rel = paths.get(cls.fqn, "")
        if not rel or rel in out:
            continue
        try:
            out[rel] = (root / rel).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return out
