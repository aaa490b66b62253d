"""Retrieval records ("chunks") built from parsed files and from the derived spot/table views.

Each chunk has a display ``text`` (what a prompt or a hover shows, and what is embedded, most
informative part first because the model reads only ~256 word pieces) and a ``search_text`` for
BM25: the same words plus every identifier split into lower-case words and ORMB abbreviations
spelled out (``CI_BSEG_CALC`` -> "ci bseg calc bill segment calculation").

Granularity, chosen from measured embedder throughput (benchmarks/README.md): class, spot and table
records are embedded; method and jar-class records are full-text only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ormb_assist.indexer.models import JarClass, JavaClassInfo, JavaFileInfo, MethodInfo, SpotInfo, TableInfo
from ormb_assist.indexer.sql_refs import split_identifier
from ormb_assist.indexer.store import Chunk

EMBEDDED_KINDS = frozenset({"class", "spot", "table"})
JAVADOC_CHARS = 400
# Class records are the bulk of what is embedded (one per class of a 10k-file workspace); the model's
# cost grows with tokens, so they get a short text: split name, spot, Javadoc's first sentence, tables
# (about 60-90 word pieces instead of ~220 for the full record; see benchmarks/README.md).
EMBED_CHARS = 360
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")
_QUALIFIER = re.compile(r"\b(?:[a-z_][\w$]*\.)+(?=[A-Z_$])")


def simple_type(type_text: str) -> str:
    """``java.util.List<com.x.Bill>`` -> ``List<Bill>`` for display (stored signatures stay qualified)."""
    return _QUALIFIER.sub("", type_text)


def _abbreviations() -> dict[str, str]:
    try:
        from ormb_assist.indexer.vocabulary import ABBREVIATIONS
    except ImportError:  # pragma: no cover - vocabulary ships with the indexer
        return {}
    return ABBREVIATIONS


def words_of(*texts: str) -> str:
    """Split identifiers and spell out known abbreviations: the search text of a chunk."""
    if len(texts) == 1:
        return _words(texts[0] or "")
    return " ".join(dict.fromkeys(w for text in texts for w in _words(text or "").split()))


@lru_cache(maxsize=8192)
def _words(text: str) -> str:
    """Cached: spot and table records are rebuilt after every edit, their texts rarely change."""
    seen: dict[str, None] = {}
    for ident in _IDENT.findall(text):
        seen.update(_identifier_words(ident))
    return " ".join(seen)


@lru_cache(maxsize=65536)
def _identifier_words(ident: str) -> dict[str, None]:
    """Split words of one identifier plus the long forms of its abbreviations (identifiers repeat
    across a large workspace, so this is worth remembering)."""
    abbreviations = _abbreviations()
    words: dict[str, None] = {}
    for word in split_identifier(ident).split():
        words.setdefault(word, None)
        long_form = abbreviations.get(word)
        if long_form:
            words.update(dict.fromkeys(long_form.split()))
    return words


def spelled(name: str) -> str:
    """``CI_BSEG_CALC`` -> "ci bseg calc (bill segment calculation)"."""
    split = split_identifier(name)
    abbreviations = _abbreviations()
    longs = [abbreviations[w] for w in split.split() if w in abbreviations and abbreviations[w] != w]
    return f"{split} ({' '.join(longs)})" if longs else split


def meaning(name: str) -> str:
    """``CI_BSEG_CALC`` -> "bill segment calculation": the spelled-out words alone, for embedding
    texts (raw abbreviations and product prefixes only cost the model tokens; the full-text index
    keeps every form)."""
    abbreviations = _abbreviations()
    prefix = _PRODUCT_PREFIX.match(name)
    if prefix and prefix.group(0).strip("_").lower() not in abbreviations:  # SA_ means contract
        name = name[prefix.end() :]
    split = split_identifier(name)
    return " ".join(abbreviations.get(w, w) for w in split.split() if w != "impl") or split


_PRODUCT_PREFIX = re.compile(r"^(?:[A-Z][A-Z0-9]_|Cm(?=[A-Z]))")  # CI_, F1_, CM_ tables; Cm classes


def _javadoc(text: str) -> str:
    text = " ".join((text or "").split())
    return text[:JAVADOC_CHARS]


def _first_sentence(text: str) -> str:
    text = " ".join((text or "").split())
    end = text.find(". ")
    return (text if end < 0 else text[: end + 1])[:200]


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def class_chunk(rel: str, info: JavaFileInfo, cls: JavaClassInfo, spot_names: set[str]) -> Chunk:
    implements = cls.implements or cls.extends_interfaces
    spot = next((i.rsplit(".", 1)[-1] for i in implements if i.rsplit(".", 1)[-1] in spot_names), "")
    methods = ", ".join(dict.fromkeys(m.name for m in cls.methods))
    soft = ", ".join(f"{p.name} ({p.type})" for p in cls.soft_parameters)
    tables = cls.tables
    text = _lines(
        f"{cls.kind} {cls.name} - {spelled(cls.name)}",
        f"implements {', '.join(implements)}" if implements else "",
        f"extends {cls.extends}" if cls.extends else "",
        f"role: {cls.role}" if cls.role != "other" else "",
        _javadoc(cls.javadoc),
        f"tables: {', '.join(f'{t} ({spelled(t)})' for t in tables)}" if tables else "",
        f"soft parameters: {soft}" if soft else "",
        f"methods: {methods}" if methods else "",
        f"package {cls.package}" if cls.package else "",
    )
    embed_text = _lines(
        f"{cls.kind} {meaning(cls.name)}",
        f"implements {', '.join(meaning(i.rsplit('.', 1)[-1]) for i in implements)}" if implements else "",
        _first_sentence(cls.javadoc),
        f"tables: {', '.join(meaning(t) for t in tables[:6])}" if tables else "",
    )[:EMBED_CHARS]
    columns = [c for ref in cls.sql for c in ref.columns]
    search = words_of(text, *(f.name for f in cls.fields), *columns, *(m.name for m in cls.methods))
    return Chunk(
        id=f"class:{rel}#{cls.fqn}",
        kind="class",
        name=cls.name,
        text=text,
        search_text=f"{text.lower()}\n{search}",
        owner=rel,
        path=rel,
        fqn=cls.fqn,
        spot=spot,
        tables=tables,
        meta={
            "role": cls.role,
            "class_kind": cls.kind,
            "implements": cls.implements_fqn or cls.implements,
            "extends": cls.extends,
            "start_line": cls.start_line,
            "end_line": cls.end_line,
            "soft_parameters": [p.name for p in cls.soft_parameters],
        },
        embed=True,
        embed_text=embed_text,
    )


def method_chunk(rel: str, cls: JavaClassInfo, method: MethodInfo) -> Chunk:
    sql = [ref for ref in cls.sql if ref.method == method.name]
    tables = list(dict.fromkeys(t for ref in sql for t in ref.tables))
    text = _lines(
        f"{cls.name}.{method.name}: {simple_type(method.signature)}",
        _javadoc(method.javadoc),
        *(f"SQL: {' '.join(ref.sql.split())[:300]}" for ref in sql[:3]),
    )
    search = words_of(text, *(c for ref in sql for c in ref.columns))
    return Chunk(
        id=f"method:{rel}#{cls.fqn}.{method.name}/{len(method.parameters)}@{method.start_line}",
        kind="method",
        name=method.name,
        text=text,
        search_text=f"{text.lower()}\n{search}",
        owner=rel,
        path=rel,
        fqn=f"{cls.fqn}.{method.name}",
        tables=tables,
        meta={
            "class": cls.fqn,
            "signature": method.signature,
            "start_line": method.start_line,
            "end_line": method.end_line,
        },
    )


def java_chunks(rel: str, info: JavaFileInfo, spot_names: set[str]) -> list[Chunk]:
    out: list[Chunk] = []
    for cls in info.classes:
        out.append(class_chunk(rel, info, cls, spot_names))
        out.extend(method_chunk(rel, cls, m) for m in cls.methods)
    return out


def jar_chunks(rel: str, classes: list[JarClass]) -> list[Chunk]:
    """Full-text records for the public types of a jar (real framework jars hold tens of thousands)."""
    out: list[Chunk] = []
    for cls in classes:
        if _anonymous(cls.fqn) or (cls.modifiers and "public" not in cls.modifiers):
            continue
        methods = ", ".join(dict.fromkeys(m.name for m in cls.methods))
        text = _lines(
            f"{cls.kind} {cls.fqn} - {spelled(cls.simple_name)}",
            f"extends {cls.superclass}" if cls.superclass and cls.superclass != "java.lang.Object" else "",
            f"implements {', '.join(cls.interfaces)}" if cls.interfaces else "",
            _javadoc(cls.javadoc),
            f"methods: {methods}" if methods else "",
        )
        out.append(
            Chunk(
                id=f"jar_class:{cls.fqn}",
                kind="jar_class",
                name=cls.simple_name,
                text=text,
                search_text=f"{text.lower()}\n{words_of(text)}",
                owner=rel,
                path=rel,
                fqn=cls.fqn,
                meta={"class_kind": cls.kind, "jar": rel, "methods": len(cls.methods)},
            )
        )
    return out


def _anonymous(fqn: str) -> bool:
    return any(part[:1].isdigit() for part in fqn.rsplit(".", 1)[-1].split("$")[1:])


def spot_chunk(spot: SpotInfo) -> Chunk:
    signatures = [m.signature for m in spot.methods]
    tables = sorted(spot.tables_touched, key=lambda t: -spot.tables_touched[t])
    text = _lines(
        f"spot {spot.name} - {spelled(spot.name)}",
        _javadoc(spot.javadoc),
        "methods: " + "; ".join(simple_type(s) for s in signatures),
        f"implemented by: {', '.join(i.rsplit('.', 1)[-1] for i in spot.implementations)}"
        if spot.implementations
        else "",
        f"tables touched: {', '.join(tables)}" if tables else "",
        f"package {spot.fqn.rsplit('.', 1)[0]}" if "." in spot.fqn else "",
    )
    return Chunk(
        id=f"spot:{spot.fqn}",
        kind="spot",
        name=spot.name,
        text=text,
        search_text=f"{text.lower()}\n{words_of(text)}",
        path=spot.source,
        fqn=spot.fqn,
        spot=spot.name,
        tables=tables,
        meta={
            "signatures": signatures,
            "implementations": list(spot.implementations),
            "tables_touched": dict(spot.tables_touched),
            "source": spot.source,
        },
        embed=True,
    )


def table_chunk(table: TableInfo) -> Chunk:
    columns = "; ".join(
        " ".join(x for x in (c.name, c.data_type, f"- {c.comment}" if c.comment else "") if x)
        for c in table.columns
    )
    fks = "; ".join(f"{', '.join(fk.columns)} -> {fk.ref_table}" for fk in table.foreign_keys)
    text = _lines(
        f"table {table.name} - {spelled(table.name)}",
        table.comment,
        f"columns: {columns}" if columns else "",
        f"primary key: {', '.join(table.primary_key)}" if table.primary_key else "",
        f"references: {fks}" if fks else "",
    )
    return Chunk(
        id=f"table:{table.name}",
        kind="table",
        name=table.name,
        text=text,
        search_text=f"{text.lower()}\n{words_of(text)}",
        path=table.source,
        fqn=table.name,
        tables=[table.name],
        meta={
            "columns": [c.name for c in table.columns],
            "primary_key": list(table.primary_key),
            "references": sorted({fk.ref_table for fk in table.foreign_keys}),
            "source": table.source,
        },
        embed=True,
    )
