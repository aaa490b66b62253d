"""JSON round trip for the shared records, so a reopened index needs no re-parsing.

Payloads are stored as JSON (not pickle): an index folder is data, and loading it must never run code.
Records only grow additively, so unknown keys from a newer writer are dropped and missing keys take
the field default.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from functools import cache
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from ormb_assist.indexer import models

T = TypeVar("T")


@cache
def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = get_type_hints(cls, vars(models))
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls) if f.init)


def _convert(value: Any, hint: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not type(None)]
        return _convert(value, options[0]) if len(options) == 1 else value
    if origin is list:
        (item,) = get_args(hint) or (Any,)
        return [_convert(v, item) for v in value]
    if origin is dict:
        _, item = get_args(hint) or (Any, Any)
        return {k: _convert(v, item) for k, v in value.items()}
    if dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return from_dict(hint, value)
    if isinstance(value, str) and len(value) <= _INTERN_MAX:
        return sys.intern(value)  # type names, modifiers, table names repeat across 10k files
    return value


_INTERN_MAX = 80


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a record (nested records included) from ``dataclasses.asdict`` output."""
    kwargs = {name: _convert(data[name], hint) for name, hint in _fields(cls) if name in data}
    return cls(**kwargs)


def dumps(obj: Any) -> str:
    """Compact JSON of a record, a list of records or plain data (no ``asdict`` deep copies)."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False, default=_fields_of)


def _fields_of(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


def loads_list(cls: type[T], text: str) -> list[T]:
    return [from_dict(cls, item) for item in json.loads(text or "[]")]


def loads_one(cls: type[T], text: str) -> T | None:
    data = json.loads(text or "null")
    return None if data is None else from_dict(cls, data)
