"""Javadoc cleaning and the OUAF annotations that live inside Javadoc.

OUAF declares algorithm, batch and change-handler metadata as pseudo-annotations inside the class
Javadoc (``@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (...) })``), not as Java
annotations, and the SDK's own formatting is irregular: the first annotation line often lacks the
leading ``*`` and continuation lines start with ``*            ,``.  Everything here works on the
cleaned text, so those variations do not matter.
"""

from __future__ import annotations

import re

from ormb_assist.indexer.models import SoftParameter

_TAG_RE = re.compile(r"^[ \t]*@([A-Za-z]\w*)", re.MULTILINE)
_SOFT_PARAM_RE = re.compile(r"@\w*SoftParameter\s*\(")


def clean_javadoc(raw: str) -> str:
    """Comment text without ``/**``, ``*/`` and leading ``*``; lines kept, surrounding blanks dropped."""
    body = raw.strip()
    if body.startswith("/**"):
        body = body[3:]
    elif body.startswith("/*"):
        body = body[2:]
    if body.endswith("*/"):
        body = body[:-2]
    lines = []
    for line in body.splitlines():
        text = line.strip()
        while text.startswith("*"):
            text = text[1:]
        lines.append(text.strip())
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def javadoc_annotations(text: str) -> list[tuple[str, str]]:
    """``(name, argument text)`` of every capitalised line-start tag, e.g. ``("BatchJob", "modules = {}, ...")``.

    Lower-case Javadoc tags (``@author``, ``@param``) are block tags, not OUAF metadata, and are left out.
    Nested annotations inside another tag's arguments are part of that tag's argument text.
    """
    found: list[tuple[str, str]] = []
    pos = 0
    while True:
        match = _TAG_RE.search(text, pos)
        if match is None:
            return found
        name = match.group(1)
        pos = match.end()
        args = ""
        rest = text[pos:]
        stripped = rest.lstrip()
        if stripped.startswith("("):
            start = pos + (len(rest) - len(stripped))
            end = _matching_paren(text, start)
            args = text[start + 1 : end]
            pos = end + 1
        if name[:1].isupper():
            found.append((name, args.strip()))


def soft_parameters(text: str) -> list[SoftParameter]:
    """Every ``@AlgorithmSoftParameter`` / ``@BatchJobSoftParameter`` in the (cleaned) Javadoc, in order."""
    params: list[SoftParameter] = []
    for match in _SOFT_PARAM_RE.finditer(text):
        start = match.end() - 1
        values = _key_values(text[start + 1 : _matching_paren(text, start)])
        name = values.get("name", "")
        if not name:
            continue
        params.append(
            SoftParameter(
                name=name,
                type=(values.get("type") or "string").lower(),
                required=values.get("required", "").lower() == "true",
                entity_name=values.get("entityName") or None,
                lookup_name=values.get("lookupName") or None,
            )
        )
    return params


_PAREN_SCAN_RE = re.compile(r'[()"]')
_SPLIT_SCAN_RE = re.compile(r'[(){},"]')


def _matching_paren(text: str, start: int) -> int:
    """Index of the ``)`` closing the ``(`` at ``start`` (quotes respected); end of text if unbalanced."""
    depth = 0
    in_quote = False
    for match in _PAREN_SCAN_RE.finditer(text, start):
        ch = match.group()
        if ch == '"':
            in_quote = not in_quote
        elif in_quote:
            continue
        elif ch == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return match.start()
    return len(text)


def _key_values(args: str) -> dict[str, str]:
    """``name = x, required = true`` -> dict; values unquoted; nested braces/parens kept whole."""
    values: dict[str, str] = {}
    for item in _split_top_level(args):
        key, sep, value = item.partition("=")
        if sep:
            values[key.strip()] = value.strip().strip('"').strip()
    return values


def _split_top_level(args: str) -> list[str]:
    items: list[str] = []
    depth, in_quote, last = 0, False, 0
    for match in _SPLIT_SCAN_RE.finditer(args):
        ch = match.group()
        if ch == '"':
            in_quote = not in_quote
        elif in_quote:
            continue
        elif ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
        elif depth == 0:
            items.append(args[last : match.start()])
            last = match.end()
    items.append(args[last:])
    return items
