"""Repair javac errors with what the index knows, before (or instead of) asking a model again.

The failures seen on unseen workspaces are mechanical: a soft-parameter getter of a ``_Gen``
superclass called from a class that extends the framework base directly, a missing import, a
method name that is almost right.  Each has a grounded fix: the base class's named soft-parameter
read, the one class of that simple name in the jar or workspace, the nearest real method of the
receiver's type.  Anything else is left for the model backend (or reported as failing).
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from ormb_assist.generation.house import NAMED_GETTERS
from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.javac import JavacDiagnostic

_SYMBOL = re.compile(r"symbol:\s+(class|method|variable)\s+(\w+)(?:\(([^)]*)\))?", re.S)
_LOCATION = re.compile(r"location:\s+(?:class|interface|variable \w+ of type)\s+([\w.$<>]+)")
_SOFT_ENTRY = re.compile(r"@AlgorithmSoftParameter\s*\(([^)]*)\)")


def repair_from_index(code: str, errors: list[JavacDiagnostic], index: Any) -> tuple[str, list[str]]:
    """The code with every fix the index can ground applied, and one note per fix."""
    jar = JarView.of(getattr(index, "jar_classes", {}) or {})
    notes: list[str] = []
    lines = code.split("\n")
    declared = _declared_soft_types(code)
    for err in errors:
        m = _SYMBOL.search(err.message)
        if not m or "cannot find symbol" not in err.message:
            continue
        kind, name, args = m.group(1), m.group(2), m.group(3)
        location = _LOCATION.search(err.message)
        if kind == "class":
            fixed = _add_import(lines, name, index, jar)
            if fixed:
                notes.append(f"imported {fixed}")
        elif kind == "method" and name.startswith("get") and not args and name[3:4].isupper():
            param = name[3:4].lower() + name[4:]
            unqualified = param in declared or _is_unqualified_call(lines, err.line, name)
            if unqualified and _named_soft_read(lines, name, param, declared.get(param, "string")):
                notes.append(f"{name}() -> named soft-parameter read of '{param}'")
        elif kind == "method" and location:
            nearest = _nearest_method(jar, index, location.group(1), name, args)
            if nearest and 0 < err.line <= len(lines):
                before = lines[err.line - 1]
                lines[err.line - 1] = re.sub(rf"\.\s*{name}\s*\(", f".{nearest}(", before)
                if lines[err.line - 1] != before:
                    notes.append(f"{name} -> {nearest} ({location.group(1)})")
    return "\n".join(lines), notes


def _declared_soft_types(code: str) -> dict[str, str]:
    out = {}
    for entry in _SOFT_ENTRY.findall(code):
        fields = dict(re.findall(r"(\w+)\s*=\s*(\w+)", entry))
        if "name" in fields:
            out[fields["name"]] = fields.get("type", "string")
    return out


def _is_unqualified_call(lines: list[str], line: int, name: str) -> bool:
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return bool(re.search(rf"(?<![\w.]){name}\s*\(\s*\)", text))


def _named_soft_read(lines: list[str], getter: str, param: str, soft_type: str) -> bool:
    """Replace ``getX()`` (and ``getX().getId().getTrimmedValue()``) by the base class's named read."""
    code = "\n".join(lines)
    as_text = f'getStringSoftParameter("{param}")'
    new = re.sub(rf"(?<![\w.]){getter}\s*\(\s*\)\s*\.\s*getId\s*\(\s*\)\s*\.\s*get(?:Trimmed|Id)Value\s*\(\s*\)",
                 as_text, code)  # fmt: skip
    new = re.sub(rf"(?<![\w.]){getter}\s*\(\s*\)\s*\.\s*getId\s*\(\s*\)", as_text, new)
    typed = f'{NAMED_GETTERS.get(soft_type, "getStringSoftParameter")}("{param}")'
    new = re.sub(rf"(?<![\w.]){getter}\s*\(\s*\)", typed, new)
    if new == code:
        return False
    lines[:] = new.split("\n")
    return True


def _add_import(lines: list[str], simple: str, index: Any, jar: JarView) -> str:
    if any(re.match(rf"\s*import\s+[\w.]+\.{simple}\s*;", line) for line in lines):
        return ""
    found = index.resolve_type(simple) if hasattr(index, "resolve_type") else None
    candidates = [found] if found else jar.by_simple(simple)
    candidates = [c for c in candidates if c and "$" not in c]
    if len(candidates) != 1:
        return ""
    at = next((i for i, line in enumerate(lines) if line.startswith("import ")), None)
    if at is None:
        at = next((i + 1 for i, line in enumerate(lines) if line.startswith("package ")), 0)
    lines.insert(at, f"import {candidates[0]};")
    return candidates[0]


def _nearest_method(jar: JarView, index: Any, owner: str, name: str, args: str | None) -> str:
    owner = re.sub(r"<.*>", "", owner)
    fqn = owner if jar.get(owner) else (index.resolve_type(owner) if hasattr(index, "resolve_type") else None)
    fqn = fqn or next(iter(jar.by_simple(owner.rsplit(".", 1)[-1])), None)
    if not fqn or jar.get(fqn) is None:
        return ""
    arity = len([a for a in (args or "").split(",") if a.strip()])
    names = sorted({m.name for m in jar.methods(fqn) if len(m.parameter_types) == arity})
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    return close[0] if close else ""
