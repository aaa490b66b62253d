"""Per-index retrieval features for the resolver, computed once and cached on the index object.

Every query then costs one embedding (the objective) plus numpy arithmetic: spot, table and example
matrices, BM25 postings and name units are built here from what the index read (jar signatures and
Javadoc, DDL columns and comments, workspace classes) and nothing else.
"""

from __future__ import annotations

import logging
import math
import re
import sys
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from ormb_assist.indexer.models import JavaClassInfo, SpotInfo, TableInfo
from ormb_assist.indexer.scoring import Bm25, NameMatcher
from ormb_assist.indexer.table_targets import entity_keys, join_pairs
from ormb_assist.indexer.vocabulary import CONCEPTS, analyze, name_units, split_words

log = logging.getLogger(__name__)

SPOT_SUFFIXES = ("algorithm", "spot", "algorithmspot")
_CACHE_ATTR = "_ormb_resolver_features"
_BUILD_LOCK = threading.Lock()


@dataclass
class SpotFeatures:
    spots: list[SpotInfo]
    entity_event: list[tuple[str, str]]  # (controlling entity words, event words) parsed from the name
    texts: list[str]
    bm25: Bm25
    names: NameMatcher
    vectors: np.ndarray
    passage_vectors: np.ndarray  # one row per Javadoc sentence/clause, grouped by spot
    passage_starts: np.ndarray  # first passage row of each spot (every spot has at least one)
    implementations: list[list[int]]  # example indices per spot
    subject_terms: list[frozenset[str]] = field(default_factory=list)  # what each spot's event is about
    events: list[str] = field(default_factory=list)  # the Javadoc's trigger clause ("when a bill ...")
    model: Any = None  # spot_rerank.SpotModel fitted on the workspace's own implementations


@dataclass
class TableFeatures:
    tables: list[TableInfo]
    bm25: Bm25
    names: NameMatcher
    vectors: np.ndarray
    neighbours: list[set[int]]  # FK neighbourhood (both directions)
    position: dict[str, int]
    popularity: np.ndarray  # 0..1: how many workspace classes query the table (log-scaled)
    mentioned_by_spot: list[dict[int, float]]  # per spot: tables its Javadoc names ({@code CI_PAY})
    signature_cache: dict[str, list[int]] = field(default_factory=dict)  # spot -> tables its types name
    entity_keys: frozenset[str] = frozenset()  # one-column primary keys (join columns)
    join_cache: dict[int, set[int]] = field(default_factory=dict)  # table -> tables it joins (DDL keys)

    def neighbours_of(self, i: int) -> set[int]:
        """Tables that join table ``i`` (``table_targets.join_pairs``), computed once per table."""
        if i not in self.join_cache:
            me = self.tables[i]
            self.join_cache[i] = {
                j for j, t in enumerate(self.tables) if j != i and join_pairs(me, t, self.entity_keys)
            }
        return self.join_cache[i]


@dataclass
class ExampleFeatures:
    classes: list[JavaClassInfo]
    paths: list[str]
    spot_of: list[int]  # spot index implemented, -1 if none
    spot_array: np.ndarray  # the same as an int array
    bm25: Bm25
    vectors: np.ndarray
    position: dict[str, int] = field(default_factory=dict)


@dataclass
class ResolverFeatures:
    source: Any  # the views object the features were built from (kept alive: its id is the key)
    fingerprint: tuple[Any, ...]
    spots: SpotFeatures
    tables: TableFeatures
    examples: ExampleFeatures
    table_prefixes: frozenset[str]
    known_terms: list[str]  # words of spot/table names, Javadoc and comments: typo-correction targets
    known_set: frozenset[str] = frozenset()  # those words plus every indexed stem


def spot_words(name: str) -> list[str]:
    """'CustomerClassPreBillCompletionAlgorithmSpot' -> ['customer', 'class', 'pre', 'bill', 'completion']."""
    words = [w for w, _ in split_words(name)]
    while words and words[-1] in SPOT_SUFFIXES:
        words.pop()
    return words


def split_entity_event(spot: SpotInfo) -> tuple[str, str]:
    """Controlling entity + event from the spot name alone (works on any jar): the words up to a
    'type'/'class' marker ("sa type" | "activation"), else a leading known phrase ("business object"
    | "enter status"), else the leading words the package also names, else the first word."""
    words = spot_words(spot.name)
    if len(words) < 2:
        return " ".join(words), ""
    marks = [i for i, w in enumerate(words[:4]) if w in ("type", "class")]
    cut = marks[0] + 1 if marks and marks[0] + 1 < len(words) else 0
    if not cut:
        for size in range(min(3, len(words) - 1), 1, -1):
            if analyze(" ".join(words[:size])) and len(name_units("_".join(words[:size]))) == 1:
                cut = size
                break
    if not cut:
        package_words = {w for seg in spot.fqn.split(".")[:-1] for w, _ in split_words(seg)}
        while cut < len(words) - 1 and words[cut] in package_words:
            cut += 1
    cut = cut or 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def spot_text(spot: SpotInfo, entity: str, event: str) -> str:
    methods = " ".join(" ".join(w for w, _ in split_words(m.name)) for m in spot.methods)
    types = {p.type.rsplit(".", 1)[-1].split("<")[0] for m in spot.methods for p in m.parameters}
    types |= {m.return_type.rsplit(".", 1)[-1].split("<")[0] for m in spot.methods}
    type_words = " ".join(" ".join(w for w, _ in split_words(t)) for t in sorted(types) if t and t != "void")
    return (
        f"{' '.join(spot_words(spot.name))}. Controlled by {entity}; event {event}. "
        f"{first_sentences(spot.javadoc, 600)} Methods: {methods}. Parameters: {type_words}."
    )


def table_prefixes(tables: Iterable[str]) -> frozenset[str]:
    """Product prefixes of table names (CI_, CM_, XX_...): a short first token shared by several tables."""
    counts = Counter(name.split("_", 1)[0].lower() for name in tables if "_" in name)
    total = sum(counts.values()) or 1
    return frozenset(p for p, c in counts.items() if len(p) <= 3 and (c >= 3 or c / total >= 0.2))


def table_display_name(name: str, prefixes: frozenset[str]) -> str:
    head, _, rest = name.partition("_")
    return rest if rest and head.lower() in prefixes else name


def table_text(table: TableInfo, prefixes: frozenset[str], max_columns: int = 40) -> str:
    short = table_display_name(table.name, prefixes)
    long_name = " ".join(" ".join(sorted(u, key=len)[-1:]) for u in name_units(short))
    columns = " ".join(c.name for c in table.columns[:max_columns])
    return f"{long_name} ({short}). {table.comment} Columns: {columns}."


def class_text(cls: JavaClassInfo) -> str:
    name = " ".join(w for w, _ in split_words(cls.name) if w not in ("impl", "cm"))
    methods = " ".join(m.name for m in cls.methods[:20])
    soft = " ".join(p.name for p in cls.soft_parameters)
    return f"{name}. {first_sentences(cls.javadoc, 400)} Tables: {' '.join(cls.tables)}. {soft} {methods}"


_INLINE_TAG = re.compile(r"\{@(?:code|link|linkplain|literal)\s+([^}]*)\}")
_BLOCK_TAG = re.compile(r"(?:^|\s)@[A-Za-z]\w*")
_HTML = re.compile(r"</?[a-zA-Z][^>]*>")
_SENTENCE = re.compile(r"(?<=[.;:!?])\s+")
_CLAUSE = re.compile(r",\s+(?:or\s+|and\s+)?|\s+or\s+")


def javadoc_prose(doc: str) -> str:
    """Javadoc without comment markers, HTML, inline-tag braces, and block tags (``@param``,
    ``@AlgorithmSpot(...)``) from the first one on."""
    text = " ".join(line.strip().lstrip("/*").strip() for line in doc.splitlines())
    text = _HTML.sub(" ", _INLINE_TAG.sub(r"\1", text))
    text = _BLOCK_TAG.split(text, maxsplit=1)[0]
    return " ".join(text.split())


def javadoc_full(doc: str) -> str:
    """All Javadoc words (block tag text included) for lexical matching."""
    text = " ".join(line.strip().lstrip("/*").strip() for line in doc.splitlines())
    return " ".join(_HTML.sub(" ", _INLINE_TAG.sub(r"\1", text)).split())


def first_sentences(doc: str, limit: int) -> str:
    """Javadoc prose cut at a sentence boundary near ``limit`` characters."""
    text = javadoc_prose(doc)
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit)
    return text[: cut + 1] if cut > limit // 3 else text[:limit]


def passages(doc: str, prefix: str, limit: int = 16) -> list[str]:
    """Sentences of a Javadoc, and the clauses of list-like sentences ("Typical uses: a, b, or c"),
    each prefixed with the spot's own words: informal objectives resemble one use case, not the whole
    page, so each is embedded on its own and the best one counts."""
    out = [prefix]
    for sentence in _SENTENCE.split(javadoc_prose(doc)):
        if len(sentence.split()) >= 3:
            out.append(f"{prefix}: {sentence}")
        head, _, tail = sentence.partition(": ")
        clauses = _CLAUSE.split(tail or head)
        if len(clauses) >= 3:
            out.extend(f"{prefix}: {c.strip(' .')}" for c in clauses if len(c.split()) >= 3)
    return list(dict.fromkeys(out))[:limit]


def terms_of(*texts: str, repeat_first: int = 1) -> list[str]:
    out: list[str] = []
    for n, text in enumerate(texts):
        terms = text_terms(text)
        out.extend(terms * (repeat_first if n == 0 else 1))
    return out


@lru_cache(maxsize=65536)
def text_terms(text: str) -> tuple[str, ...]:
    """Analyzed terms of one document text, remembered across feature rebuilds: after an edit
    only the changed classes are analyzed again (a 10k-file workspace has thousands of examples)."""
    return tuple(sys.intern(t.text) for t in analyze(text))


def snapshot_of(index: Any) -> Any:
    """The index's immutable views when it has them (``WorkspaceIndex.snapshot()``), else itself."""
    snapshot = getattr(index, "snapshot", None)
    return snapshot() if callable(snapshot) else index


def fingerprint(view: Any) -> tuple[Any, ...]:
    """O(1) identity of an index state.  ``WorkspaceIndex`` replaces its views object on every
    change, so identity is exact there; plain objects are compared by their dicts' identity and size."""
    parts = (view.spots, view.tables, view.classes)
    return (id(view), *(id(p) for p in parts), *(len(p) for p in parts))


def features_for(index: Any, embed: Any) -> ResolverFeatures:
    """The cached features of ``index``, rebuilt when its content changed (one builder at a time:
    the language server resolves from several threads)."""
    view = snapshot_of(index)
    key = fingerprint(view)
    cached = getattr(index, _CACHE_ATTR, None)
    if cached is not None and cached.fingerprint == key and cached.source is view:
        return cached
    with _BUILD_LOCK:
        cached = getattr(index, _CACHE_ATTR, None)
        if cached is not None and cached.fingerprint == key and cached.source is view:
            return cached
        return _build_and_cache(index, view, embed, key)


def _build_and_cache(index: Any, view: Any, embed: Any, key: tuple[Any, ...]) -> ResolverFeatures:
    feats = build_features(view, embed, key, stored_class_vectors(index))
    try:
        setattr(index, _CACHE_ATTR, feats)
    except AttributeError:  # an index type with __slots__: no caching, still correct
        log.debug("cannot cache resolver features on %s", type(index).__name__)
    return feats


def stored_class_vectors(index: Any) -> dict[str, np.ndarray]:
    """Vectors the index already stored for its class chunks (fqn -> unit vector), so that a large
    workspace's example classes are not embedded a second time.  Empty when there is no store."""
    store = getattr(index, "store", None)
    if store is None:
        return {}
    try:
        rows, matrix = store.vectors_of_kind("class")
    except Exception as exc:  # an unopened or broken store: embed the examples ourselves
        log.warning("no stored class vectors, embedding the examples again: %s", exc)
        return {}
    return {row["fqn"]: matrix[i] for i, row in enumerate(rows) if row.get("fqn")}


def _example_classes(
    index: Any, spot_pos: dict[str, int]
) -> tuple[list[JavaClassInfo], list[str], list[int]]:
    """Workspace classes that can serve as examples: implementations of a known spot, or classes the
    parser classed as algorithms.  The spot link comes from the index's spot records and, as a
    fallback, from the class's own ``implements`` list."""
    by_fqn_spot: dict[str, int] = {}
    for name, i in spot_pos.items():
        for fqn in index.spots[name].implementations:
            by_fqn_spot[fqn] = i
    classes: list[JavaClassInfo] = []
    paths: list[str] = []
    spot_of: list[int] = []
    class_paths = getattr(index, "class_paths", {}) or {}
    for fqn in sorted(index.classes):
        cls = index.classes[fqn]
        spot = by_fqn_spot.get(fqn, -1)
        if spot < 0:
            for iface in [*cls.implements, *cls.implements_fqn]:
                spot = spot_pos.get(iface.rsplit(".", 1)[-1].split("<")[0], -1)
                if spot >= 0:
                    break
        if spot < 0 and cls.role != "algorithm":
            continue
        classes.append(cls)
        paths.append(class_paths.get(fqn, ""))
        spot_of.append(spot)
    return classes, paths, spot_of


def _event_line(spot: SpotInfo) -> str:
    """The one-line event a spot fires on, for reasons: its Javadoc's trigger clause."""
    from ormb_assist.indexer import spot_pairs

    trigger = spot_pairs.event_trigger(spot.javadoc)
    return trigger.sentence() if trigger is not None else ""


RICH_EXAMPLE_LIMIT = 3000  # ~1.5 min of embedding on 2 cores, paid once per workspace


def build_features(
    index: Any, embed: Any, key: tuple[Any, ...], stored: dict[str, np.ndarray] | None = None
) -> ResolverFeatures:
    from ormb_assist.indexer import spot_pairs  # imports this module's text helpers

    spots = [index.spots[n] for n in sorted(index.spots)]
    spot_pos = {s.name: i for i, s in enumerate(spots)}
    entity_event = [split_entity_event(s) for s in spots]
    texts = [spot_text(s, *ee) for s, ee in zip(spots, entity_event, strict=True)]
    spot_docs = [
        terms_of(" ".join(spot_words(s.name)), t, javadoc_full(s.javadoc), repeat_first=2)
        for s, t in zip(spots, texts, strict=True)
    ]
    spot_passages = [passages(s.javadoc, " ".join(spot_words(s.name))) for s in spots]
    passage_starts = np.cumsum([0] + [len(p) for p in spot_passages[:-1]]).astype(np.int64)
    spot_units = [name_units("_".join(spot_words(s.name))) for s in spots]

    prefixes = table_prefixes(index.tables)
    tables = [index.tables[n] for n in sorted(index.tables)]
    table_pos = {t.name: i for i, t in enumerate(tables)}
    table_texts = [table_text(t, prefixes) for t in tables]
    table_docs = [
        terms_of(
            table_display_name(t.name, prefixes),
            t.comment,
            " ".join(c.name for c in t.columns),
            " ".join(c.comment for c in t.columns),
            repeat_first=3,
        )
        for t in tables
    ]
    mentioned = [
        {table_pos[m]: 1.0 for m in re.findall(r"\b[A-Z][A-Z0-9_$#]{2,}\b", s.javadoc) if m in table_pos}
        for s in spots
    ]
    users: Counter[str] = Counter(t.upper() for cls in index.classes.values() for t in set(cls.tables))
    popularity = np.array([math.log1p(users.get(t.name, 0)) for t in tables], dtype=np.float32)
    if popularity.size and popularity.max() > 0:
        popularity /= popularity.max()
    neighbours: list[set[int]] = [set() for _ in tables]
    for i, t in enumerate(tables):
        for fk in t.foreign_keys:
            j = table_pos.get(fk.ref_table.upper().rsplit(".", 1)[-1])
            if j is not None and j != i:
                neighbours[i].add(j)
                neighbours[j].add(i)

    classes, paths, spot_of = _example_classes(index, spot_pos)
    class_texts = [class_text(c) for c in classes]
    spot_names = NameMatcher(spot_units, related=True)
    pairs = spot_pairs.training_pairs(spot_names, classes, spot_of)
    pair_texts, pair_triggers = spot_pairs.pair_embed_texts(pairs)
    implementations: list[list[int]] = [[] for _ in spots]
    for ci, si in enumerate(spot_of):
        if si >= 0:
            implementations[si].append(ci)

    words = {w for s in spots for w, _ in split_words(f"{s.name} {s.javadoc}")}
    words |= {
        w
        for t in tables
        for w, _ in split_words(f"{t.name} {t.comment} {' '.join(c.comment for c in t.columns)}")
    }
    words |= {w for phrases in CONCEPTS.values() for phrase in phrases for w in phrase.split()}
    known_words = sorted(w for w in words if w.isalpha() and len(w) >= 4)
    known = {t for doc in (*spot_docs, *table_docs) for t in doc} | set(known_words)
    flat_passages = [p for group in spot_passages for p in group]
    # Up to RICH_EXAMPLE_LIMIT examples are embedded from their full resolver text (Javadoc, soft
    # parameters, methods: the signal the weights were tuned on), once, cached on disk; beyond that
    # the first resolve would take minutes, so the index's shorter class vectors are reused.
    stored = (stored or {}) if len(classes) > RICH_EXAMPLE_LIMIT else {}
    own = [i for i, c in enumerate(classes) if c.fqn not in stored]
    vectors = embed(
        texts + table_texts + [class_texts[i] for i in own] + pair_texts + pair_triggers + flat_passages
    )
    n_s, n_t, n_own = len(texts), len(table_texts), len(own)
    n_pairs = n_s + n_t + n_own + len(pair_texts) + len(pair_triggers)  # end of the pair rows
    class_vectors = np.zeros((len(classes), vectors.shape[1]), dtype=np.float32)
    for i, c in enumerate(classes):
        if c.fqn in stored:
            class_vectors[i] = stored[c.fqn]
    if own:
        class_vectors[own] = vectors[n_s + n_t : n_s + n_t + n_own]
    spot_features = SpotFeatures(
        spots=spots,
        entity_event=entity_event,
        texts=texts,
        bm25=Bm25(spot_docs),
        names=spot_names,
        vectors=vectors[:n_s],
        passage_vectors=vectors[n_pairs:],
        passage_starts=passage_starts,
        implementations=implementations,
        subject_terms=[spot_pairs.subject_terms(s, *ee) for s, ee in zip(spots, entity_event, strict=True)],
        events=[_event_line(s) for s in spots],
    )
    example_features = ExampleFeatures(
        classes=classes,
        paths=paths,
        spot_of=spot_of,
        spot_array=np.array(spot_of, dtype=np.int64),
        bm25=Bm25([terms_of(t) for t in class_texts]),
        vectors=class_vectors,
        position={c.fqn: i for i, c in enumerate(classes)},
    )
    start = n_s + n_t + n_own
    spot_features.model = spot_pairs.train_spot_model(
        spot_features,
        example_features,
        pairs,
        vectors[start : start + len(pair_texts)],
        vectors[start + len(pair_texts) : n_pairs],
    )
    return ResolverFeatures(
        source=index,
        fingerprint=key,
        spots=spot_features,
        tables=TableFeatures(
            tables=tables,
            bm25=Bm25(table_docs),
            names=NameMatcher([name_units(table_display_name(t.name, prefixes)) for t in tables]),
            vectors=vectors[n_s : n_s + n_t],
            neighbours=neighbours,
            position=table_pos,
            popularity=popularity,
            mentioned_by_spot=mentioned,
            entity_keys=entity_keys(tables),
        ),
        examples=example_features,
        table_prefixes=prefixes,
        known_terms=known_words,
        known_set=frozenset(known),
    )
