"""Soft parameters of a class under test, bound to a scenario's values *by role*.

A generated class names its own parameters (``maxBillAmount``, ``threshold``, ``limitAmt``...), so
scenarios give values by role ("maximum bill amount limit", type decimal) and each declared
parameter takes the unused role of a compatible type whose words match its name best.  Declared
parameters come from the Javadoc/annotation ``@AlgorithmSoftParameter (name = ..., type = ...)``
blocks (the indexer's parser) and from name-based calls ``getDecimalSoftParameter("x")``, also
through the workspace's own helper methods that forward a name to one of those calls.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ormb_assist.indexer.java_javadoc import soft_parameters
from ormb_assist.indexer.vocabulary import ABBREVIATIONS

# getXxxSoftParameter method -> soft parameter type
NAME_BASED = {
    "getStringSoftParameter": "string",
    "getDecimalSoftParameter": "decimal",
    "getIntegerSoftParameter": "integer",
    "getDateSoftParameter": "date",
    "getBooleanSoftParameter": "bool",
}
_CALL = re.compile(r"\b(" + "|".join(NAME_BASED) + r")\s*\(\s*\"([^\"]+)\"\s*\)")
_METHOD = re.compile(
    r"(?:(?:public|protected|private|static|final)\s+)*[\w.<>\[\]]+\s+(?P<name>\w+)\s*\(\s*(?:final\s+)?String\s+"
    r"(?P<arg>\w+)\s*\)\s*\{",
)
_TYPE_ALIASES = {
    "bigdecimal": "decimal", "number": "decimal", "money": "decimal", "boolean": "bool", "biginteger": "integer",
    "int": "integer", "datetime": "date",
}  # fmt: skip
# Extra abbreviations of parameter names (on top of the indexer's vocabulary).
_EXTRA = {"max": "maximum", "min": "minimum", "pct": "percent", "todo": "to do", "thresh": "threshold",
          "lim": "limit", "nbr": "number", "no": "number", "cnt": "count", "qty": "quantity"}  # fmt: skip
_STOP = {"the", "a", "an", "of", "for", "to", "on", "in", "by", "and", "or", "is", "be", "that"}
# Which role types a declared parameter type may take, best first.
COMPATIBLE = {
    "string": ("string", "entity", "lookup"),
    "decimal": ("decimal", "integer"),
    "integer": ("integer", "decimal"),
    "date": ("date",),
    "bool": ("bool",),
    "entity": ("entity", "string"),
    "lookup": ("lookup", "string"),
}


@dataclass
class DeclaredParameter:
    name: str
    type: str  # string | decimal | integer | date | bool | entity | lookup
    entity_name: str | None = None
    source: str = "javadoc"  # javadoc | call | helper


@dataclass
class Role:
    role: str
    type: str
    value: Any
    entity_name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def normalize_type(kind: str | None) -> str:
    k = (kind or "string").strip().lower()
    return _TYPE_ALIASES.get(k, k)


def declared_parameters(code: str, helper_sources: Iterable[str] = ()) -> list[DeclaredParameter]:
    """Soft parameters a class declares or reads by name, in order of first appearance."""
    found: dict[str, DeclaredParameter] = {}
    for p in soft_parameters(code):
        found.setdefault(p.name, DeclaredParameter(p.name, normalize_type(p.type), p.entity_name, "javadoc"))
    for method, name in _CALL.findall(code):
        found.setdefault(name, DeclaredParameter(name, NAME_BASED[method], None, "call"))
    helpers = forwarding_helpers([code, *helper_sources])
    if helpers:
        call = re.compile(r"\b(" + "|".join(map(re.escape, helpers)) + r")\s*\(\s*\"([^\"]+)\"\s*\)")
        for method, name in call.findall(code):
            found.setdefault(name, DeclaredParameter(name, helpers[method], None, "helper"))
    return list(found.values())


def forwarding_helpers(sources: Iterable[str]) -> dict[str, str]:
    """Methods ``x(String name)`` whose body passes ``name`` to a ``getXxxSoftParameter`` call."""
    out: dict[str, str] = {}
    for text in sources:
        for m in _METHOD.finditer(text):
            name, arg = m.group("name"), m.group("arg")
            if name in NAME_BASED:
                continue
            body = _body(text, m.end() - 1)
            inner = re.search(r"\b(" + "|".join(NAME_BASED) + rf")\s*\(\s*{re.escape(arg)}\s*\)", body)
            if inner:
                out[name] = NAME_BASED[inner.group(1)]
    return out


def _body(text: str, open_at: int) -> str:
    depth = 0
    for i in range(open_at, min(len(text), open_at + 4000)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[open_at : i + 1]
    return text[open_at : open_at + 4000]


def words(text: str) -> set[str]:
    """Lower-case words of an identifier or phrase, camelCase split and abbreviations expanded."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text or "")
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", spaced)
    out: set[str] = set()
    for raw in re.findall(r"[A-Za-z]+|\d+", spaced.replace("_", " ").replace("-", " ")):
        w = raw.lower()
        expansion = _EXTRA.get(w) or ABBREVIATIONS.get(w) or w
        out.update(x for x in expansion.split() if x not in _STOP)
    return {_stem(w) for w in out}


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "s"):
        if len(word) > 4 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def similarity(name: str, role: Role) -> float:
    """Word overlap of a parameter name with a role (its phrase and entity name)."""
    a = words(name)
    b = words(role.role) | (words(role.entity_name) if role.entity_name else set())
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / len(a | b) + 0.5 * common / len(a)


def _type_rank(param_type: str, role_type: str) -> int | None:
    options = COMPATIBLE.get(param_type, (param_type,))
    return options.index(role_type) if role_type in options else None


def bind(params: list[DeclaredParameter], roles: list[Role]) -> dict[str, Role | None]:
    """Declared parameter name -> its role (None when no compatible role is left).

    Greedy on the best (type fit, word similarity) pair so that two decimals are told apart by
    name; a parameter with no word in common still takes the last compatible role.
    """
    candidates: list[tuple[float, int, int]] = []
    for i, p in enumerate(params):
        for j, r in enumerate(roles):
            rank = _type_rank(p.type, normalize_type(r.type))
            if rank is None:
                continue
            score = similarity(p.name, r) - 0.25 * rank
            if p.entity_name and r.entity_name and p.entity_name.lower() == r.entity_name.lower():
                score += 0.5
            candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    out: dict[str, Role | None] = {p.name: None for p in params}
    used_p: set[int] = set()
    used_r: set[int] = set()
    for _score, i, j in candidates:
        if i in used_p or j in used_r:
            continue
        used_p.add(i)
        used_r.add(j)
        out[params[i].name] = roles[j]
    return out


def roles_of(scenario: dict[str, Any]) -> list[Role]:
    out = []
    for item in scenario.get("soft_parameters") or []:
        extra = {
            k: v for k, v in item.items() if k not in ("role", "type", "value", "entityName", "entity_name")
        }
        out.append(Role(str(item.get("role", "")), normalize_type(item.get("type")), item.get("value"),
                        item.get("entityName") or item.get("entity_name"), extra))  # fmt: skip
    return out


def entity_class_name(param: DeclaredParameter, role: Role | None) -> str | None:
    """Simple entity interface name of an entity parameter (``toDoType`` -> ``ToDoType``)."""
    name = param.entity_name or (role.entity_name if role else None)
    if not name and param.type == "entity":
        name = None
    if not name and role is not None and role.type == "entity":
        name = role.entity_name
    return name[:1].upper() + name[1:] if name else None
