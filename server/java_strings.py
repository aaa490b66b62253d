"""Where the Java string literals are, and which of them form one SQL statement.

A fast lexical pass (one regex that skips ordinary code in large chunks) finds string literals,
text blocks, char literals and comments without a full parse, so it works on half-typed code and
on huge documents.  Literals joined by ``+``, ``StringBuilder.append`` chains or ``sql +=`` are
assembled into one :class:`SqlSegment`, with a map from SQL offsets back to document offsets and the
Java expressions spliced in between (the injection-risk values).  Never imports pygls.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

_SCAN = re.compile(
    r"""
    [^"'/]+
  | (?P<tb>\"\"\"[ \t\f]*\r?\n(?:[^"\\]|\\[\s\S]|"(?!""))*(?:\"\"\"|\Z))
  | (?P<str>"(?:[^"\\\r\n]|\\.)*(?:"|(?=[\r\n])|\Z))
  | (?P<chr>'(?:[^'\\\r\n]|\\.)*(?:'|(?=[\r\n])|\Z))
  | (?P<lc>//[^\r\n]*)
  | (?P<bc>/\*[\s\S]*?(?:\*/|\Z))
  | /
    """,
    re.VERBOSE,
)
_SQL_START = re.compile(r"^\s*\(?\s*(SELECT|INSERT|UPDATE|DELETE|MERGE|WITH)\b", re.IGNORECASE)
_HQL_CALL = re.compile(r"\bcreateQuery\s*\(\s*$")
# Code between two literals that continues the same string value.
_JOIN_GAPS = [
    re.compile(r"\s*\+\s*"),
    re.compile(r"\s*\)\s*\.\s*append\s*\(\s*"),
    re.compile(r"\s*\)\s*;\s*[\w$.]+\s*\.\s*append\s*\(\s*"),
    re.compile(r"\s*;\s*[\w$.]+\s*\+=\s*"),
]
# Code between two literals that splices one Java value into the string.
_VALUE_GAPS = [
    re.compile(r"\s*\+\s*(?P<expr>[^;{}\"+]+?|[^;{}\"]+?)\s*\+\s*"),
    re.compile(r"\s*\)\s*\.\s*append\s*\(\s*(?P<expr>[^;{}\"]+?)\s*\)\s*\.\s*append\s*\(\s*"),
]
_PLUS = re.compile(r"\s*\+\s*")
_ESCAPES = re.compile(r"\\[ntrbf\"'\\]")


@dataclass
class Literal:
    """One string literal or text block; ``start``/``end`` bound its content (quotes excluded)."""

    start: int
    end: int
    kind: str  # "string" | "text_block"
    terminated: bool = True


@dataclass
class ValueSplice:
    """A Java expression concatenated into SQL text."""

    expr: str
    doc_start: int
    doc_end: int
    sql_pos: int


@dataclass
class SqlSegment:
    """SQL text assembled from the literals of one concatenation."""

    sql: str
    pieces: list[tuple[int, int, int]] = field(default_factory=list)  # (sql_start, doc_start, length)
    values: list[ValueSplice] = field(default_factory=list)
    call: str = ""  # method the concatenation is passed to, e.g. "createPreparedStatement"

    def doc_offset(self, sql_index: int) -> int | None:
        """Document offset of an SQL offset that lies inside a literal piece."""
        for sql_start, doc_start, length in self.pieces:  # inside a piece (a boundary starts the next one)
            if sql_start <= sql_index < sql_start + length:
                return doc_start + (sql_index - sql_start)
        for sql_start, doc_start, length in self.pieces:
            if sql_index == sql_start + length:
                return doc_start + length
        return None

    def sql_index(self, doc_offset: int) -> int | None:
        for sql_start, doc_start, length in self.pieces:
            if doc_start <= doc_offset <= doc_start + length:
                return sql_start + (doc_offset - doc_start)
        return None

    @property
    def looks_like_sql(self) -> bool:
        return bool(_SQL_START.match(self.sql)) and self.call != "createQuery"


class JavaStrings:
    """Literal and comment spans of one document text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.literals: list[Literal] = []
        self.comments: list[tuple[int, int]] = []
        self.chars: list[tuple[int, int]] = []
        for m in _SCAN.finditer(text):
            kind = m.lastgroup
            if kind is None:
                continue
            s, e = m.span()
            if kind == "chr":
                self.chars.append((s, e))
                continue
            if kind == "str":
                closed = e - s >= 2 and text[e - 1] == '"' and not _escaped(text, e - 1)
                self.literals.append(Literal(s + 1, e - 1 if closed else e, "string", closed))
            elif kind == "tb":
                head = text.index("\n", s) + 1
                closed = text.endswith('"""', s, e) and e - head >= 3
                self.literals.append(Literal(head, e - 3 if closed else e, "text_block", closed))
            else:
                self.comments.append((s, e))
        self._starts = [lit.start for lit in self.literals]
        self._comment_starts = [c[0] for c in self.comments]

    # ---- lookup -------------------------------------------------------------------------------
    def literal_at(self, offset: int) -> int | None:
        """Index of the literal whose content holds ``offset`` (a cursor between the quotes)."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0:
            lit = self.literals[i]
            if lit.start <= offset <= lit.end:
                return i
        return None

    def in_comment(self, offset: int) -> bool:
        i = bisect_right(self._comment_starts, offset) - 1
        return i >= 0 and self.comments[i][0] < offset < self.comments[i][1] + (
            1 if self.text.startswith("//", self.comments[i][0]) else 0
        )

    def blanked(self) -> str:
        """The text with every literal, char literal and comment replaced by spaces (same length)."""
        spans = [(lit.start, lit.end) for lit in self.literals] + self.comments + self.chars
        if not spans:
            return self.text
        parts: list[str] = []
        pos = 0
        for s, e in sorted(spans):
            if s < pos:
                continue
            parts.append(self.text[pos:s])
            parts.append(_blank(self.text[s:e]))
            pos = e
        parts.append(self.text[pos:])
        return "".join(parts)

    def code_between(self, start: int, end: int) -> str:
        """Source between two offsets with comments blanked out (so they never break a join)."""
        chunk = self.text[start:end]
        i = bisect_right(self._comment_starts, end) - 1
        while i >= 0 and self.comments[i][1] > start:
            cs, ce = self.comments[i]
            a, b = max(cs, start) - start, min(ce, end) - start
            chunk = chunk[:a] + " " * (b - a) + chunk[b:]
            i -= 1
        return chunk

    # ---- assembly -----------------------------------------------------------------------------
    def segment(self, index: int) -> SqlSegment:
        """The whole concatenation that literal ``index`` belongs to."""
        first = last = index
        spliced: dict[int, tuple[str, int, int]] = {}  # literal index -> value expr before it
        while first > 0:
            link = self._link(first - 1, first)
            if link is None:
                break
            if link:
                spliced[first] = link
            first -= 1
        while last + 1 < len(self.literals):
            link = self._link(last, last + 1)
            if link is None:
                break
            if link:
                spliced[last + 1] = link
            last += 1
        seg = SqlSegment(sql="")
        parts: list[str] = []
        pos = 0
        for i in range(first, last + 1):
            if i in spliced:
                expr, ds, de = spliced[i]
                placeholder = " :__v "
                seg.values.append(ValueSplice(expr, ds, de, pos + 1))
                parts.append(placeholder)
                pos += len(placeholder)
            lit = self.literals[i]
            content = _sql_text(self.text[lit.start : lit.end])
            seg.pieces.append((pos, lit.start, len(content)))
            parts.append(content)
            pos += len(content)
        trailing = self._trailing_value(last)
        if trailing is not None:
            expr, ds, de = trailing
            seg.values.append(ValueSplice(expr, ds, de, pos + 1))
            parts.append(" :__v ")
        seg.sql = "".join(parts)
        seg.call = self._call_before(self.literals[first].start - 1)
        return seg

    def _trailing_value(self, index: int) -> tuple[str, int, int] | None:
        """``"... WHERE ID = " + id)``: a value appended after the last literal of a concatenation."""
        lit = self.literals[index]
        if not lit.terminated:
            return None
        start = lit.end + (3 if lit.kind == "text_block" else 1)
        limit = self.literals[index + 1].start - 1 if index + 1 < len(self.literals) else len(self.text)
        code = self.code_between(start, min(limit, start + 300))
        m = _PLUS.match(code)
        if not m:
            return None
        depth, i = 0, m.end()
        while i < len(code):
            ch = code[i]
            if ch in "([":
                depth += 1
            elif ch in ")]":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and ch in ',;+{}"':
                break
            i += 1
        expr = code[m.end() : i]
        if not expr.strip() or i >= len(code) or code[i] not in "),;":
            return None
        lead = len(expr) - len(expr.lstrip())
        return expr.strip(), start + m.end() + lead, start + m.end() + len(expr.rstrip())

    def segments(self) -> list[SqlSegment]:
        """Every concatenation in the document, each once."""
        out: list[SqlSegment] = []
        i = 0
        while i < len(self.literals):
            seg = self.segment(i)
            out.append(seg)
            i += len(seg.pieces)
        return out

    def _link(self, a: int, b: int) -> tuple[str, int, int] | tuple[()] | None:
        """How literal ``a`` continues into ``b``: () joined, (expr, start, end) spliced, None not."""
        left, right = self.literals[a], self.literals[b]
        if not left.terminated:
            return None
        gap_start = left.end + (3 if left.kind == "text_block" else 1)
        gap_end = right.start - (3 if right.kind == "text_block" else 1)
        if right.kind == "text_block":
            gap_end = self.text.rfind('"""', 0, right.start)
        if gap_end - gap_start > 400 or gap_end < gap_start:
            return None
        gap = self.code_between(gap_start, gap_end)
        if any(p.fullmatch(gap) for p in _JOIN_GAPS):
            return ()
        for p in _VALUE_GAPS:
            m = p.fullmatch(gap)
            if m and _balanced(m.group("expr")):
                return (m.group("expr").strip(), gap_start + m.start("expr"), gap_start + m.end("expr"))
        return None

    def _call_before(self, quote_offset: int) -> str:
        head = self.text[max(0, quote_offset - 80) : max(0, quote_offset)]
        if _HQL_CALL.search(head):
            return "createQuery"
        m = re.search(r"([\w$]+)\s*\(\s*$", head)
        return m.group(1) if m else ""


def _sql_text(raw: str) -> str:
    """Literal content with escapes blanked to the same length (keeps offsets 1:1)."""
    return _ESCAPES.sub(lambda m: " " + (m.group(0)[1] if m.group(0)[1] in "\"'" else " "), raw)


def _blank(chunk: str) -> str:
    """Spaces of the same length, newlines kept so line numbers still match."""
    return re.sub(r"[^\n]", " ", chunk)


def _escaped(text: str, i: int) -> bool:
    n = 0
    while i - 1 - n >= 0 and text[i - 1 - n] == "\\":
        n += 1
    return n % 2 == 1


def _balanced(expr: str) -> bool:
    depth = 0
    for ch in expr:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0
