"""Decide what to complete at a cursor and produce ranked candidates (pure; no LSP types).

One entry point, :func:`complete_at`, looks at the document text around an offset and dispatches:
SQL string (tables/columns), a string argument of a ``bind*`` call (binds / columns) or of a result
row getter (selected columns), ``recv.`` member access, class-body level of a spot implementation
(missing methods), or a statement inside a method (soft-parameter getters, inherited helpers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ormb_assist.generation.java_types import simple_name
from ormb_assist.server.catalog import Catalog
from ormb_assist.server.java_context import JavaOutline
from ormb_assist.server.java_members import (
    members_of,
    method_snippet,
    missing_methods,
    resolve_type,
    soft_getters,
)
from ormb_assist.server.java_strings import JavaStrings, SqlSegment
from ormb_assist.server.ranking import (
    Candidate,
    column_candidates,
    hint_terms,
    name_words,
    ranked,
    table_candidates,
    word_similarity,
)
from ormb_assist.server.sql_context import SqlCursor, analyze_cursor, sql_cursor_at, tokenize

_IDENT = re.compile(r"[A-Za-z_$][\w$]*")
_COLUMN_LIKE = re.compile(r"[A-Z][A-Z0-9_#$]*_[A-Z0-9_#$]+")
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"?')
_JAVA_NOISE = {
    "new",
    "return",
    "final",
    "public",
    "private",
    "void",
    "null",
    "this",
    "if",
    "else",
    "for",
    "String",
}
_CALL_ARG = re.compile(r"([A-Za-z_$][\w$]*)\s*\.\s*([A-Za-z_$][\w$]*)\s*\($")
_DECLARED = re.compile(
    r"([A-Za-z_$][\w$.]*(?:<[^;=(){}]*>)?)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:\([^()]*\)\s*)?"
    r"(?:[A-Za-z_$][\w$]*(?:\(\s*\))?\s*\.\s*)*$"
)


@dataclass
class CompletionResult:
    context: str  # sql_table | sql_column | bind | row_column | member | spot_method | soft_param | none
    candidates: list[Candidate] = field(default_factory=list)
    replace_start: int = 0  # document offset where the typed partial starts
    imports_anchor: int = 0


def complete_at(
    cat: Catalog | None, text: str, offset: int, strings: JavaStrings | None = None
) -> CompletionResult:
    if cat is None:
        return CompletionResult("none", replace_start=offset)
    strings = strings or JavaStrings(text)
    lit = strings.literal_at(offset)
    if lit is not None:
        sql = sql_cursor_at(text, offset, strings)
        if sql is not None:
            return _sql(cat, sql.cursor, text, offset, sql.doc_partial_start, strings)
        return _string_argument(cat, text, offset, strings, lit)
    if strings.in_comment(offset):
        return CompletionResult("none", replace_start=offset)
    return _java(cat, text, offset, strings)


# ---- SQL ------------------------------------------------------------------------------------------
def _sql(
    cat: Catalog, cur: SqlCursor, text: str, offset: int, start: int, strings: JavaStrings
) -> CompletionResult:
    hints = hint_terms(nearby_words(text, offset))
    if cur.kind == "table":
        return CompletionResult("sql_table", ranked(table_candidates(cat, cur, hints), cur.partial), start)
    if cur.kind == "column":
        method_words, read = method_signals(text, offset, strings)
        cands = column_candidates(cat, cur, hints, method_words=method_words, read_names=read)
        return CompletionResult("sql_column", ranked(cands, cur.partial), start)
    return CompletionResult("none", replace_start=start)


def method_signals(text: str, offset: int, strings: JavaStrings) -> tuple[frozenset[str], frozenset[str]]:
    """Words of the enclosing method's name, and the column-like strings the method reads
    (``row.getString("ACCT_NBR")``), which the SELECT being written should return."""
    outline = JavaOutline.of(text, strings)
    method = outline.method_at(offset)
    if method is None:
        return frozenset(), frozenset()
    read = set()
    for lit in strings.literals:
        if method.open < lit.start < method.close and lit.kind == "string":
            value = text[lit.start : lit.end]
            if _COLUMN_LIKE.fullmatch(value):
                read.add(value)
    return name_words(method.name), frozenset(read)


def nearby_words(text: str, offset: int, lines: int = 3) -> list[str]:
    """Java identifiers on the lines around the cursor (string contents left out)."""
    start = offset
    for _ in range(lines + 1):
        start = text.rfind("\n", 0, max(0, start - 1))
        if start < 0:
            start = 0
            break
    end = offset
    for _ in range(lines):
        nxt = text.find("\n", end + 1)
        if nxt < 0:
            end = len(text)
            break
        end = nxt
    code = _STRING.sub(" ", text[start:end])
    return [w for w in _IDENT.findall(code) if w not in _JAVA_NOISE and len(w) > 2]


def _string_argument(
    cat: Catalog, text: str, offset: int, strings: JavaStrings, lit: int
) -> CompletionResult:
    """``ps.bindString("|", v, "|")`` and ``row.getString("|")``: binds and columns of the statement."""
    literal = strings.literals[lit]
    partial_m = re.search(r"[\w$#]*$", text[literal.start : offset])
    partial = partial_m.group(0) if partial_m else ""
    start = offset - len(partial)
    call = _enclosing_call(strings, text, literal.start - 1)
    if call is None:
        return CompletionResult("none", replace_start=start)
    method, arg_index, args_start = call
    segment = _statement_before(strings, text, literal.start)
    if segment is None:
        return CompletionResult("none", replace_start=start)
    tokens = tokenize(segment.sql)
    cur = analyze_cursor(segment.sql, len(segment.sql))
    if method.startswith("bind") and arg_index == 0:
        bound = set(
            re.findall(r"\bbind\w*\s*\(\s*\"([\w$#]+)\"", text[_method_start(strings, text, offset) : start])
        )
        binds = [t.text[1:] for t in tokens if t.kind == "bind" and t.text.startswith(":")]
        cands = [
            Candidate(b, "bind", 10.0 - i * 0.1 - (20 if b in bound else 0), detail=f":{b} in the statement")
            for i, b in enumerate(dict.fromkeys(binds))
        ]
        return CompletionResult("bind", ranked(cands, partial), start)
    if method.startswith("bind"):
        first = re.match(r'\s*"([\w$#]*)"', text[args_start:])
        bind = first.group(1) if first else ""
        cur.kind, cur.partial = "column", partial
        cands = column_candidates(cat, cur, hint_terms(nearby_words(text, offset)), bind=bind)
        compared = _column_compared_with(segment.sql, bind)
        for c in cands:
            if compared and c.label == compared:
                c.score += 80
        return CompletionResult("sql_column", ranked(cands, partial), start)
    if method.startswith("get") and arg_index == 0:
        names = select_list_names(segment.sql)
        cands = [
            Candidate(n, "column", 10.0 - i * 0.1, detail="selected by the statement")
            for i, n in enumerate(names)
        ]
        return CompletionResult("row_column", ranked(cands, partial), start)
    return CompletionResult("none", replace_start=start)


def _enclosing_call(strings: JavaStrings, text: str, quote: int) -> tuple[str, int, int] | None:
    """(method name, argument index, offset after "(") of the call whose argument starts at ``quote``."""
    code = strings.code_between(max(0, quote - 600), quote)
    depth = 0
    commas = 0
    for i in range(len(code) - 1, -1, -1):
        ch = code[i]
        if ch in ")]":
            depth += 1
        elif ch in "([":
            if depth == 0:
                m = _CALL_ARG.search(code[: i + 1])
                if not m:
                    return None
                return m.group(2), commas, quote - (len(code) - i - 1)
            depth -= 1
        elif ch == "," and depth == 0:
            commas += 1
        elif ch in ";{}" and depth == 0:
            return None
    return None


def _method_start(strings: JavaStrings, text: str, offset: int) -> int:
    outline_start = text.rfind("{", 0, offset)
    depth = 0
    code = strings.code_between(0, offset)
    for i in range(len(code) - 1, -1, -1):
        if code[i] == "}":
            depth += 1
        elif code[i] == "{":
            if depth == 0:
                return i
            depth -= 1
    return max(0, outline_start)


def _statement_before(strings: JavaStrings, text: str, offset: int) -> SqlSegment | None:
    """The SQL statement written nearest before ``offset`` (the one a bind or getter belongs to)."""
    i = strings.literal_at(offset) if strings.literal_at(offset) is not None else len(strings.literals)
    start = _method_start(strings, text, offset)
    best: SqlSegment | None = None
    j = 0
    while j < i:
        seg = strings.segment(j)
        if seg.looks_like_sql and strings.literals[j].start >= start:
            best = seg
        j += max(1, len(seg.pieces))
    if best is None:  # an SQL constant declared on the class
        j = 0
        while j < len(strings.literals):
            seg = strings.segment(j)
            if seg.looks_like_sql and strings.literals[j].start < offset:
                best = seg
            j += max(1, len(seg.pieces))
    return best


def _column_compared_with(sql: str, bind: str) -> str:
    if not bind:
        return ""
    m = re.search(
        r"(?:[\w$#]+\s*\.\s*)?([A-Za-z_][\w$#]*)\s*(?:=|<>|!=|<=|>=|<|>|\bLIKE\b)\s*:"
        + re.escape(bind)
        + r"\b",
        sql,
        re.I,
    )
    return m.group(1).upper() if m else ""


def select_list_names(sql: str) -> list[str]:
    """Output column names of a SELECT: aliases where given, else the column name."""
    m = re.search(r"\bSELECT\b(.*?)\bFROM\b", sql, re.I | re.S)
    if not m:
        return []
    items, depth, current = [], 0, ""
    for ch in m.group(1) + ",":
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += ch
    names = []
    for item in items:
        alias = re.search(r"(?:\bAS\s+|\s)([A-Za-z_][\w$#]*)\s*$", item, re.I)
        col = re.search(r"([A-Za-z_][\w$#]*)\s*$", item)
        name = alias.group(1) if alias else (col.group(1) if col else "")
        if name and name != "*":
            names.append(name.upper())
    return list(dict.fromkeys(names))


# ---- Java -----------------------------------------------------------------------------------------
def _java(cat: Catalog, text: str, offset: int, strings: JavaStrings) -> CompletionResult:
    outline = JavaOutline.of(text, strings)
    partial, start = outline.partial_at(offset)
    cls = outline.class_at(offset)
    recv = outline.receiver_at(offset)
    if recv is not None:
        return _members(cat, outline, text, offset, recv, strings)
    if cls is None:
        return CompletionResult("none", replace_start=start)
    if outline.at_member_level(offset):
        cands = []
        for i, (spot, method) in enumerate(missing_methods(cat, cls, outline.imports, outline.package)):
            snippet, imports = method_snippet(method)
            params = ", ".join(f"{p.type.rsplit('.', 1)[-1]} {p.name}" for p in method.parameters)
            cands.append(
                Candidate(
                    method.name,
                    "method",
                    20.0 - i * 0.01,
                    detail=method.signature,
                    description=spot,
                    signature=f"({params})",
                    insert_text=snippet,
                    snippet=True,
                    imports=imports,
                    data={"kind": "spot_method", "spot": spot, "method": method.name},
                )
            )
        return CompletionResult("spot_method", ranked(cands, partial), start)
    cands = []
    declared, variable = _declared(outline.code, start)
    var_words = name_words(variable) if variable else frozenset()
    for getter, rtype, param in soft_getters(cat, cls):
        score = 30.0 + (20 if declared and declared == rtype else 0)
        score += 8.0 * word_similarity(var_words, name_words(param.name))
        detail = f"{rtype} {getter}() — soft parameter '{param.name}' ({param.type}{', required' if param.required else ''})"
        cands.append(
            Candidate(
                getter,
                "soft_param",
                score,
                detail=detail,
                signature="()",
                description="soft parameter",
                insert_text=f"{getter}()",
                data={"kind": "soft_param", "name": param.name},
            )
        )
    own = {c.label for c in cands}
    for ext in cls.extends:
        fqn = resolve_type(cat, ext, outline.imports, outline.package)
        if not fqn:
            continue
        for m in members_of(cat, fqn):
            if m.name in own or m.name.startswith("<"):
                continue
            score = 5.0 + (10 if declared and simple_name(m.return_type) == declared else 0)
            cands.append(_member_candidate(m, score))
    return CompletionResult(
        "soft_param" if cands else "none", ranked(cands, partial) if partial or cands else [], start
    )


def _members(
    cat: Catalog, outline: JavaOutline, text: str, offset: int, recv: tuple[str, str], strings: JavaStrings
) -> CompletionResult:
    name, partial = recv
    start = offset - len(partial)
    locals_ = outline.local_types(offset)
    type_name = locals_.get(name)
    if type_name is None and name[:1].isupper():
        type_name = name  # static access: Foo.bar
    if name == "this":
        cls = outline.class_at(offset)
        type_name = (
            f"{outline.package}.{cls.name}" if cls and outline.package else (cls.name if cls else None)
        )
    if not type_name:
        return CompletionResult("none", replace_start=start)
    fqn = resolve_type(cat, type_name, outline.imports, outline.package)
    if not fqn:
        return CompletionResult("none", replace_start=start)
    members = members_of(cat, fqn)
    declared = _declared_type(outline.code, offset - len(partial) - len(name) - 1)
    declared_words = name_words(declared) if declared else frozenset()
    seg = _statement_before(strings, text, offset)
    pending = _pending_binds(seg, text, offset)
    bind_java_type = _bind_java_type(cat, seg, pending[0]) if pending else ""
    verb = name_words(seg.sql.split(None, 1)[0]) if seg and seg.sql.strip() else frozenset()
    cands = []
    for i, m in enumerate(members):
        score = 10.0 - i * 0.01
        if declared and simple_name(m.return_type) == declared:
            score += 30 + 5.0 * word_similarity(declared_words, name_words(m.name))
        if verb and not pending:
            score += 6.0 * word_similarity(verb, name_words(m.name))
        if m.name.startswith("bind"):
            score += 25 if pending else -5
            if pending and len(m.params) >= 2:
                value_type = simple_name(m.params[1][0])
                score += 15.0 * word_similarity(name_words(pending[0]), name_words(value_type))
                score += 10.0 if value_type == bind_java_type else 0.0
                score += 15.0 if value_type == simple_name(locals_.get(pending[0], "-")) else 0.0
        elif pending:
            score -= 3
        cands.append(_member_candidate(m, score))
    return CompletionResult("member", ranked(cands, partial), start)


def _member_candidate(m, score: float) -> Candidate:
    params = ", ".join(f"{t.rsplit('.', 1)[-1]} {n}" for t, n in m.params)
    more = f" (+{m.overloads - 1} overloads)" if m.overloads > 1 else ""
    insert = (
        f"{m.name}()"
        if not m.params
        else f"{m.name}(" + ", ".join(f"${{{i + 1}:{n}}}" for i, (_, n) in enumerate(m.params)) + ")"
    )
    return Candidate(
        m.name,
        "member",
        score,
        detail=f"{m.return_type.rsplit('.', 1)[-1]} {m.name}({params}){more}",
        signature=f"({params})",
        description=m.owner.rsplit(".", 1)[-1],
        insert_text=insert,
        snippet=bool(m.params),
        data={"kind": "member", "owner": m.owner, "name": m.name},
    )


def _declared_type(code: str, offset: int) -> str:
    """``BigDecimal amt = |`` -> ``BigDecimal`` (simple name, generics stripped)."""
    return _declared(code, offset)[0]


def _declared(code: str, offset: int) -> tuple[str, str]:
    """(type, variable) of the declaration being assigned at ``offset``: ``String s = x.|``."""
    m = _DECLARED.search(code[max(0, offset - 200) : offset])
    if not m:
        return "", ""
    return re.sub(r"<.*", "", m.group(1)).rsplit(".", 1)[-1], m.group(2)


def _pending_binds(seg: SqlSegment | None, text: str, offset: int) -> list[str]:
    """Binds of the statement before the cursor that no ``bind*`` call has bound yet."""
    if seg is None:
        return []
    binds = [
        t.text[1:]
        for t in tokenize(seg.sql)
        if t.kind == "bind" and t.text.startswith(":") and t.text != ":__v"
    ]
    lit_end = seg.pieces[-1][1] + seg.pieces[-1][2] if seg.pieces else 0
    bound = set(re.findall(r"\bbind\w*\s*\(\s*\"([\w$#]+)\"", text[lit_end:offset]))
    return [b for b in dict.fromkeys(binds) if b not in bound]


_DDL_JAVA = [("CHAR", "String"), ("VARCHAR", "String"), ("NCHAR", "String"), ("NVARCHAR", "String"), ("CLOB", "String"),
             ("TIMESTAMP", "DateTime"), ("DATE", "Date")]  # fmt: skip


def _bind_java_type(cat: Catalog, seg: SqlSegment | None, bind: str) -> str:
    """Java type for a bind, from the DDL type of the column it is compared with."""
    if seg is None:
        return ""
    m = re.search(
        r"(?:([\w$#]+)\s*\.\s*)?([A-Za-z_][\w$#]*)\s*(?:=|<>|!=|<=|>=|<|>|\bLIKE\b)\s*:"
        + re.escape(bind)
        + r"\b",
        seg.sql,
        re.I,
    )
    if not m:
        return ""
    cur = analyze_cursor(seg.sql, len(seg.sql))
    owner = cur.alias_map().get((m.group(1) or "").upper())
    tables = [owner] if owner else cur.tables_for_columns()
    for name in tables:
        table = cat.tables.get(name or "")
        col = table.column(m.group(2)) if table else None
        if col is None:
            continue
        dtype = col.data_type.upper()
        for prefix, java in _DDL_JAVA:
            if dtype.startswith(prefix):
                return java
        if dtype.startswith(("NUMBER", "NUMERIC", "DECIMAL", "INTEGER", "INT")):
            scale = re.search(r",\s*(\d+)", dtype)
            return "BigDecimal" if scale and int(scale.group(1)) > 0 else "BigInteger"
    return ""
