"""A bounded slice of a large document around the cursor.

Completion, hover and inline context scan the text for string literals and the class outline; on a
7 MB buffer that took seconds per keystroke and queued every later request.  They read a
:class:`Window` instead: the top of the file (package, imports, class declaration) plus the lines
around the cursor, so their cost stays the same whatever the document's size.  Documents up to
``WINDOW_MIN_CHARS`` are read whole, exactly as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from ormb_assist.server.documents import DocView
from ormb_assist.server.java_strings import JavaStrings

WINDOW_MIN_CHARS = 256_000  # smaller documents are read whole
HEAD_CHARS = 16_000  # the top of the file: package, imports, the class declaration
BEFORE_CHARS = 96_000  # the enclosing method, its SQL and the statements before the cursor
AFTER_CHARS = 32_000
SNAP_CHARS = 4_096  # how far to look for a line break to cut at


@dataclass
class Window:
    """``text`` is ``doc[:head] + doc[base:]`` cut short; offsets convert both ways."""

    text: str
    head: int
    base: int
    strings: JavaStrings

    def to_window(self, offset: int) -> int:
        if offset < self.head:
            return offset
        return self.head + max(0, offset - self.base)

    def to_doc(self, offset: int) -> int:
        if offset < self.head:
            return offset
        return self.base + (offset - self.head)


def window_of(view: DocView, offset: int) -> Window:
    """The window around ``offset`` (the whole document when it is small)."""
    text = view.text
    if len(text) <= WINDOW_MIN_CHARS:
        return Window(text, 0, 0, view.strings)
    lo = _line_start(text, max(0, offset - BEFORE_CHARS))
    hi = _line_end(text, min(len(text), offset + AFTER_CHARS))
    head = _line_start(text, HEAD_CHARS)
    if lo <= head:  # the cursor is near the top: one contiguous slice
        sliced = text[:hi]
        return Window(sliced, 0, 0, JavaStrings(sliced))
    sliced = text[:head] + text[lo:hi]
    return Window(sliced, head, lo, JavaStrings(sliced))


def _line_start(text: str, at: int) -> int:
    """A cut at or before ``at``: a line start, else (a minified line) a point outside string literals."""
    nl = text.rfind("\n", max(0, at - SNAP_CHARS), at)
    if nl >= 0:
        return nl + 1
    if _inside_string(text, at):  # cutting here would swap code and string for the scanner
        quote = text.rfind('"', 0, at)
        return quote if quote >= 0 else at
    return at


def _inside_string(text: str, at: int) -> bool:
    """Whether ``at`` is inside a string literal, by quote parity (C-speed counts; ignores quotes in
    comments and char literals, which is good enough to choose a cut on a line with no breaks)."""
    return (text.count('"', 0, at) - text.count('\\"', 0, at)) % 2 == 1


def _line_end(text: str, at: int) -> int:
    nl = text.find("\n", at, at + SNAP_CHARS)
    return nl + 1 if nl >= 0 else at
