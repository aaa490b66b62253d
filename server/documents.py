"""Open editor buffers as plain text with fast offset <-> LSP position conversion.

pygls keeps the text; this adds a per-version cache of line starts so that a completion request on a
large file does not re-split the document, and UTF-16 columns are converted only on non-ASCII
lines.  Never imports pygls.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from ormb_assist.server.java_strings import JavaStrings

_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass
class DocView:
    uri: str
    version: int
    text: str
    utf16: bool = True

    @cached_property
    def line_starts(self) -> list[int]:
        return [0] + [m.end() for m in _NEWLINE.finditer(self.text)]

    @cached_property
    def strings(self) -> JavaStrings:
        return JavaStrings(self.text)

    def line_text(self, line: int) -> str:
        starts = self.line_starts
        if line >= len(starts):
            return ""
        end = starts[line + 1] if line + 1 < len(starts) else len(self.text)
        return self.text[starts[line] : end].rstrip("\r\n")

    def offset(self, line: int, character: int) -> int:
        """Document offset (code points) of an LSP position; clamped into the text."""
        starts = self.line_starts
        if line < 0:
            return 0
        if line >= len(starts):
            return len(self.text)
        text = self.line_text(line)
        col = _column_from_units(text, character) if self.utf16 else min(character, len(text))
        return starts[line] + max(0, min(col, len(text)))

    def position(self, offset: int) -> tuple[int, int]:
        """LSP (line, character) of a document offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.line_starts, offset) - 1
        col = offset - self.line_starts[line]
        if self.utf16:
            prefix = self.text[self.line_starts[line] : offset]
            if not prefix.isascii():
                col = len(prefix.encode("utf-16-le", "surrogatepass")) // 2  # a lone surrogate is one unit
        return line, col


def _column_from_units(line: str, units: int) -> int:
    if line.isascii():
        return units
    count = 0
    for i, ch in enumerate(line):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(line)


class DocCache:
    """Most recent :class:`DocView` per document, so repeated requests share line/literal scans."""

    def __init__(self, size: int = 32) -> None:
        self._views: OrderedDict[str, DocView] = OrderedDict()
        self._size = size

    def view(self, uri: str, version: int | None, text: str, utf16: bool = True) -> DocView:
        key = version if version is not None else -1
        cached = self._views.get(uri)
        if cached is not None and cached.version == key and cached.text is text:
            self._views.move_to_end(uri)
            return cached
        view = DocView(uri, key, text, utf16)
        self._views[uri] = view
        self._views.move_to_end(uri)
        while len(self._views) > self._size:
            self._views.popitem(last=False)
        return view

    def drop(self, uri: str) -> None:
        self._views.pop(uri, None)


def open_document(workspace: Any, uri: str) -> Any:
    """The client's open buffer for ``uri``: pygls keys buffers by the percent-decoded URI, clients
    send them encoded ("%20" for a space), so look up decoded."""
    return workspace.text_documents.get(unquote(uri))


def open_uris(workspace: Any) -> list[str]:
    """The URIs of the open buffers as the client sent them (for publishing back to it)."""
    return [document.uri for document in list(workspace.text_documents.values())]


def uri_to_path(uri: str) -> Path | None:
    parsed = urlparse(uri)
    if parsed.scheme not in ("file", ""):
        return None
    return Path(unquote(parsed.path))


def relative_path(root: Path | None, path: Path | None) -> str:
    """Workspace-relative path with forward slashes, or the absolute path outside the workspace."""
    if path is None:
        return ""
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()
