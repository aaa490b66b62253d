"""Objective text -> ranked SPOT interfaces, tables and example algorithms.

Signals, all read from the index (never a hard-coded spot or table list):
- spots: concept-by-concept match of the objective against the spot *name* (controlling entity +
  event, e.g. "customer class" + "pre bill completion", with vocabulary synonyms and abbreviations),
  BM25 over the name, Javadoc, method names and parameter types, embedding similarity to the whole
  record and to each Javadoc sentence ("Typical uses: ..." clauses read like objectives), and votes
  from workspace implementations whose own name/Javadoc/SQL match the objective;
- tables: name concepts (``CI_BSEG_CALC`` -> bill segment + calculation), BM25 and embeddings over
  comments and columns, what the leading spots say (tables their examples query, tables their
  Javadoc names, entities of their method signatures: ``setBill(Bill)`` -> CI_BILL), how many
  workspace classes query the table, and a small share for FK neighbours of the top tables;
- examples: implementations of the leading spots first, then classes close to the objective.
Objective words no index text contains are corrected to the nearest known word ("segemnt").
Each signal is normalised per query and fused with the fixed weights below.
"""

from __future__ import annotations

import functools
import logging
import time
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from ormb_assist.indexer.models import (
    RankedExample,
    RankedSpot,
    RankedTable,
    Resolution,
)
from ormb_assist.indexer.resolver_features import ResolverFeatures, features_for
from ormb_assist.indexer.scoring import VectorCache
from ormb_assist.indexer.vocabulary import analyze, correct_typos, expand_for_embedding, name_units

log = logging.getLogger(__name__)

# Fusion weights (each set sums to 1), chosen on a coarse grid where results were flat (dev cases and
# the independent alt_workspace cases together): spots lean on embeddings of the Javadoc sentences
# (paraphrases), BM25 over Javadoc/method words and the concept-level name match; workspace
# examples only vote.  Tables lean on the name concepts, comment/column words and what the chosen
# spot says (its examples' SQL, Javadoc, signature entities); table embeddings proved weak.
SPOT_WEIGHTS = {"name": 0.25, "lexical": 0.30, "vector": 0.35, "examples": 0.10}
TABLE_WEIGHTS = {"name": 0.33, "lexical": 0.25, "vector": 0.08, "spot": 0.25, "popularity": 0.09}
FILE_BONUS = 0.5  # the current file implements / imports the spot, or its SQL reads the table
FK_NEIGHBOUR = 0.05  # share of a top table's score lent to the tables it has foreign keys with
FK_SOURCES = 2  # how many top tables lend
TABLE_COVERAGE_POWER = 1.0  # >0 favours tables whose whole name the objective covers
SPOT_EVIDENCE_DEPTH = 3  # leading spots whose examples/Javadoc/signatures vote for tables
EXAMPLE_VOTE_FLOOR, EXAMPLE_VOTE_SPAN = 0.35, 0.35
PASSAGE_SHARE = 0.75  # spot embedding: share of the best Javadoc sentence (rest: whole record)
CONFIDENT_VECTOR = 0.30  # best spot cosine below this and no name/lexical evidence -> not confident
MIN_EXAMPLE_SIMILARITY = 0.5  # other classes must be at least this close (0..1 mix of cosine and BM25)


class Resolver:
    """Resolve an objective against one workspace index (``WorkspaceIndex`` or anything with the
    same views: ``spots``, ``tables``, ``classes``, ``class_paths``, ``files`` and an embedder)."""

    def __init__(self, index: Any, embedder: Any = None) -> None:
        self.index = index
        self.embedder = embedder or _embedder_of(index)
        self._embed = VectorCache(self.embedder.encode, _cache_path(index))

    def features(self) -> ResolverFeatures:
        return features_for(self.index, self._embed)

    def resolve(self, objective: str, current_file: str | None = None, k: int = 5) -> Resolution:
        if not objective or not objective.strip():
            raise ValueError("objective is empty: describe what the algorithm should do")
        started = time.perf_counter()
        feats = self.features()
        query_terms = analyze(correct_typos(objective, feats.known_set, feats.known_terms))
        query_set = frozenset(t.text for t in query_terms)
        query_vec = self._query_vector(expand_for_embedding(objective))
        current = _current_file_hints(self.index, current_file)

        # matrix-vector products this small are fastest on one BLAS thread, and a multi-threaded
        # BLAS spin-waits badly when the editor, javac and the indexer share two cores
        with _blas().limit(limits=1, user_api="blas"):
            example_cos, example_sim = _example_similarity(feats, query_terms, query_vec)
            spot_scores, raw, confident = _rank_spots(
                feats, query_terms, query_set, query_vec, _example_votes(feats, example_cos), current
            )
            order = np.argsort(-spot_scores, kind="stable")
            spots = [
                _ranked_spot(feats, int(i), float(spot_scores[i]), _spot_reasons(feats, int(i), raw))
                for i in order[:k]
            ]
            tables = _rank_tables(feats, query_terms, query_set, query_vec, spot_scores, order, current, k)
            examples = _rank_examples(feats, example_sim, order, k)
        return Resolution(
            objective=objective,
            spots=spots,
            tables=tables,
            examples=examples,
            confident=confident,
            elapsed_ms=(time.perf_counter() - started) * 1000,
        )

    def _query_vector(self, text: str) -> np.ndarray:
        encode_query = getattr(self.embedder, "encode_query", None)  # cached by the Embedder
        vector = encode_query(text) if encode_query else self.embedder.encode([text])[0]
        return np.asarray(vector, dtype=np.float32)


@functools.cache
def _blas() -> ThreadpoolController:
    """Scanning the loaded native libraries costs milliseconds: do it once per process."""
    return ThreadpoolController()


def _embedder_of(index: Any) -> Any:
    embedder = getattr(index, "embedder", None)
    if embedder is not None:
        return embedder
    from ormb_assist.indexer.embeddings import Embedder

    settings = getattr(index, "settings", None)
    return Embedder(getattr(settings, "embedding_model", "") or "")


def _cache_path(index: Any) -> Path | None:
    settings = getattr(index, "settings", None)
    workspace = getattr(index, "workspace", None)
    if settings is None or workspace is None:
        return None
    return Path(settings.index_path(Path(workspace))) / "resolver_vectors.npz"


def _norm(values: np.ndarray) -> np.ndarray:
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def _minmax(values: np.ndarray) -> np.ndarray:
    if values.size == 0:
        return values
    low, high = float(values.min()), float(values.max())
    return (values - low) / (high - low) if high - low > 1e-6 else np.zeros_like(values)


def _example_similarity(
    feats: ResolverFeatures, query_terms: Any, query_vec: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(cosine, ranking similarity) of every example class to the objective."""
    ex = feats.examples
    if not ex.classes:
        return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.float32)
    cos = ex.vectors @ query_vec
    return cos, 0.5 * np.clip(cos, 0, None) / max(float(cos.max()), 1e-6) + 0.5 * _norm(
        ex.bm25.scores(query_terms)
    )


def _example_votes(feats: ResolverFeatures, example_cos: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """Each spot's best implementation, as an absolute vote: cosine EXAMPLE_VOTE_FLOOR -> 0,
    +EXAMPLE_VOTE_SPAN -> 1.  Absolute so that a lone example cannot outvote everything, and spots
    without examples are not pushed down beyond missing this one signal."""
    n_spots = len(feats.spots.spots)
    votes = np.zeros(n_spots, dtype=np.float32)
    best = np.full(n_spots, -1, dtype=np.int64)
    spot_of = feats.examples.spot_array
    linked = np.flatnonzero(spot_of >= 0)
    if linked.size and example_cos.size:
        # sort the linked examples by (spot, -cosine): the first of each spot's run is its best
        order = linked[np.lexsort((-example_cos[linked], spot_of[linked]))]
        spots, first = np.unique(spot_of[order], return_index=True)
        best[spots] = order[first]
        votes[spots] = np.clip((example_cos[order[first]] - EXAMPLE_VOTE_FLOOR) / EXAMPLE_VOTE_SPAN, 0.0, 1.0)
    return votes, best.tolist()


def _rank_spots(
    feats: ResolverFeatures,
    query_terms: Any,
    query_set: frozenset[str],
    query_vec: np.ndarray,
    example_votes: tuple[np.ndarray, list[int]],
    current: dict[str, Any],
) -> tuple[np.ndarray, dict[str, Any], bool]:
    """Fused spot scores, the raw signals (for reasons) and whether the best one is convincing."""
    sf = feats.spots
    if not sf.spots:
        return np.zeros(0, dtype=np.float32), {}, False
    name, coverage = sf.names.match(query_set)
    lexical = sf.bm25.scores(query_terms)
    cosine = sf.vectors @ query_vec
    if sf.passage_vectors.size:
        best_passage = np.maximum.reduceat(sf.passage_vectors @ query_vec, sf.passage_starts)
        cosine = (1 - PASSAGE_SHARE) * cosine + PASSAGE_SHARE * best_passage
    votes, best_example = example_votes
    signals = {"name": _norm(name), "lexical": _norm(lexical), "vector": _minmax(cosine), "examples": votes}
    scores = sum(SPOT_WEIGHTS[key] * signals[key] for key in SPOT_WEIGHTS)
    bonus = np.array([current["spots"].get(spot.name, 0.0) for spot in sf.spots], dtype=np.float32)
    scores = (scores + FILE_BONUS * bonus).astype(np.float32)
    top = int(np.argmax(scores))
    confident = bool(
        current["spots"]
        or (cosine[top] >= CONFIDENT_VECTOR and (coverage[top] > 0 or lexical[top] > 0))
        or coverage[top] >= 0.5
    )
    raw = {
        "coverage": coverage,
        "lexical": lexical,
        "cosine": cosine,
        "votes": votes,
        "best_example": best_example,
        "bonus": bonus,
        "query_set": query_set,
    }
    return scores, raw, confident


def _spot_reasons(feats: ResolverFeatures, i: int, raw: dict[str, Any]) -> list[str]:
    entity, event = feats.spots.entity_event[i]
    why = [f"controlled by '{entity}', event '{event}'" if event else f"entity '{entity}'"]
    matched = feats.spots.names.matched_units(i, raw["query_set"])
    if matched:
        words = ", ".join(sorted(_unit_label(u) for u in matched))
        why.append(f"name matches {words} ({raw['coverage'][i]:.0%} of the name)")
    if raw["lexical"][i] > 0:
        why.append(f"Javadoc/method words bm25 {raw['lexical'][i]:.1f}")
    why.append(f"embedding similarity {raw['cosine'][i]:.2f}")
    example = raw["best_example"][i]
    if example >= 0 and raw["votes"][i] > 0:
        why.append(
            f"workspace example {feats.examples.classes[example].name} matches ({raw['votes'][i]:.2f})"
        )
    if raw["bonus"][i]:
        why.append("current file implements or imports it")
    return why


def _unit_label(unit: frozenset[str]) -> str:
    concept = next((t for t in unit if t.startswith("~")), None)
    return concept[1:] if concept else min(unit, key=len)


def _ranked_spot(feats: ResolverFeatures, i: int, score: float, reasons: list[str]) -> RankedSpot:
    spot = feats.spots.spots[i]
    return RankedSpot(
        name=spot.name,
        fqn=spot.fqn,
        score=round(score, 4),
        methods=list(spot.methods),
        javadoc=spot.javadoc,
        reasons=reasons,
    )


def _rank_tables(
    feats: ResolverFeatures,
    query_terms: Any,
    query_set: frozenset[str],
    query_vec: np.ndarray,
    spot_scores: np.ndarray,
    spot_order: np.ndarray,
    current: dict[str, Any],
    k: int,
) -> list[RankedTable]:
    tf = feats.tables
    n = len(tf.tables)
    if n == 0:
        return []
    name, coverage = tf.names.match(query_set)
    lexical = tf.bm25.scores(query_terms)
    cosine = tf.vectors @ query_vec
    evidence, evidence_why = _spot_table_evidence(feats, spot_scores, spot_order)
    signals = {
        "name": _norm(name * coverage**TABLE_COVERAGE_POWER),
        "lexical": _norm(lexical),
        "vector": _minmax(cosine),
        "spot": evidence,
        "popularity": tf.popularity,
    }
    base = sum(TABLE_WEIGHTS[key] * signals[key] for key in TABLE_WEIGHTS)
    fk = np.zeros(n, dtype=np.float32)
    for i in np.argsort(-base, kind="stable")[:FK_SOURCES]:
        for j in tf.neighbours[int(i)]:
            fk[j] = max(fk[j], FK_NEIGHBOUR * base[i])
    scores = base + fk
    for table, bonus in current["tables"].items():
        if table in tf.position:
            scores[tf.position[table]] += FILE_BONUS * bonus
    out: list[RankedTable] = []
    for i in np.argsort(-scores, kind="stable")[:k]:
        i = int(i)
        table = tf.tables[i]
        why: list[str] = []
        matched = tf.names.matched_units(i, query_set)
        if matched:
            labels = ", ".join(sorted(_unit_label(u) for u in matched))
            why.append(f"name matches {labels} ({coverage[i]:.0%})")
        if lexical[i] > 0:
            why.append(f"comment/column words bm25 {lexical[i]:.1f}")
        why.extend(evidence_why.get(i, []))
        if fk[i] > 0:
            why.append("foreign key to a top table")
        if table.name in current["tables"]:
            why.append("read by the current file's SQL")
        if tf.popularity[i] > 0:
            why.append(f"queried across the workspace ({tf.popularity[i]:.2f})")
        why.append(f"embedding similarity {cosine[i]:.2f}")
        out.append(RankedTable(name=table.name, score=round(float(scores[i]), 4), table=table, reasons=why))
    return out


def _spot_table_evidence(
    feats: ResolverFeatures, spot_scores: np.ndarray, spot_order: np.ndarray
) -> tuple[np.ndarray, dict[int, list[str]]]:
    """What the leading spots say about tables: tables their implementations query, tables their
    Javadoc names, tables named by entities in their method signatures (``setBill(Bill)`` ->
    CI_BILL).  The best spot counts fully, runners-up in proportion to how close they are."""
    tf = feats.tables
    evidence = np.zeros(len(tf.tables), dtype=np.float32)
    why: dict[int, list[str]] = {}
    if spot_order.size == 0:
        return evidence, why
    best = float(spot_scores[spot_order[0]]) or 1.0

    def vote(pos: int, value: float, reason: str) -> None:
        if value > evidence[pos]:
            evidence[pos] = value
        why.setdefault(pos, [])
        if reason not in why[pos]:
            why[pos].append(reason)

    for rank, s in enumerate(spot_order[:SPOT_EVIDENCE_DEPTH]):
        weight = (max(float(spot_scores[s]), 0.0) / best) ** 4 if rank else 1.0
        spot = feats.spots.spots[int(s)]
        label = "the best spot" if rank == 0 else f"spot #{rank + 1}"
        most = max(spot.tables_touched.values(), default=0)
        for table, count in spot.tables_touched.items():
            pos = tf.position.get(table.upper())
            if pos is not None and most:
                vote(pos, weight * count / most, f"queried by examples of {label}")
        for pos, value in tf.mentioned_by_spot[int(s)].items():
            vote(pos, weight * value, f"named in the Javadoc of {label}")
        for pos in _signature_tables(feats, spot):
            vote(pos, weight, f"entity in the method signatures of {label}")
    return evidence, why


def _signature_tables(feats: ResolverFeatures, spot: Any) -> list[int]:
    """Tables whose whole name is covered by an entity type of the spot's methods (Bill -> CI_BILL,
    BillSegment -> CI_BSEG, PaymentSegment -> CI_PAY_SEG); computed once per spot."""
    cache = feats.tables.signature_cache
    if spot.name not in cache:
        cache[spot.name] = _signature_tables_uncached(feats, spot)
    return cache[spot.name]


def _signature_tables_uncached(feats: ResolverFeatures, spot: Any) -> list[int]:
    types = {p.type.rsplit(".", 1)[-1].split("<")[0] for m in spot.methods for p in m.parameters}
    out: list[int] = []
    for type_name in sorted(types):
        terms = frozenset(term for unit in name_units(type_name) for term in unit)
        if not terms:
            continue
        _, cover = feats.tables.names.match(terms)
        out.extend(int(i) for i in np.flatnonzero(cover >= 0.999))
    return out


def _rank_examples(
    feats: ResolverFeatures, example_sim: np.ndarray, spot_order: np.ndarray, k: int
) -> list[RankedExample]:
    ex = feats.examples
    if not ex.classes:
        return []
    lead = {int(s): rank for rank, s in enumerate(spot_order[:3])}
    bonus = np.zeros(len(feats.spots.spots) + 1, dtype=np.float32)  # last slot: no spot (-1)
    for spot, rank in lead.items():
        bonus[spot] = (1.0, 0.5, 0.25)[rank]
    scores = example_sim + bonus[ex.spot_array]
    depth = min(len(scores), 4 * k)
    candidates = np.argpartition(-scores, depth - 1)[:depth]
    out: list[RankedExample] = []
    for i in candidates[np.argsort(-scores[candidates], kind="stable")]:
        i = int(i)
        if ex.spot_of[i] not in lead and example_sim[i] < MIN_EXAMPLE_SIMILARITY:
            continue  # neither an implementation of a leading spot nor close to the objective
        cls = ex.classes[i]
        spot = feats.spots.spots[ex.spot_of[i]].name if ex.spot_of[i] >= 0 else ""
        why = [f"implements {spot}"] if spot else [f"role {cls.role}"]
        if spot and lead.get(ex.spot_of[i]) == 0:
            why[0] += " (the best spot)"
        why.append(f"similarity to the objective {example_sim[i]:.2f}")
        out.append(
            RankedExample(
                fqn=cls.fqn,
                path=ex.paths[i],
                score=round(float(scores[i]), 4),
                spot=spot,
                tables=cls.tables,
                reasons=why,
            )
        )
        if len(out) == k:
            break
    return out


def _current_file_hints(index: Any, current_file: str | None) -> dict[str, Any]:
    """Spots implemented/imported and tables read by the file being edited (path or source text)."""
    hints: dict[str, Any] = {"spots": {}, "tables": {}}
    parsed = _parsed_current_file(index, current_file) if current_file else None
    if parsed is None:
        return hints
    spots = getattr(index, "spots", {})
    for cls in parsed.classes:
        for iface in [*cls.implements, *cls.implements_fqn]:
            simple = iface.rsplit(".", 1)[-1].split("<")[0]
            if simple in spots:
                hints["spots"][simple] = 1.0
        for table in cls.tables:
            hints["tables"][table.upper()] = 1.0
    for imp in parsed.imports:
        simple = imp.rsplit(".", 1)[-1]
        if simple in spots:
            hints["spots"].setdefault(simple, 0.5)
    return hints


def _parsed_current_file(index: Any, current_file: str) -> Any:
    """The parsed file: from the index when it is a known path, else parsed from disk or from text."""
    files = getattr(index, "files", {}) or {}
    workspace = Path(getattr(index, "workspace", ".") or ".")
    if "\n" not in current_file and len(current_file) < 1024:
        path = Path(current_file)
        for candidate in (current_file, _relative(path, workspace)):
            if candidate in files:
                return files[candidate]
        full = path if path.is_absolute() else workspace / path
        if not full.is_file():
            return None
        current_file = full.read_text(encoding="utf-8", errors="replace")
    from ormb_assist.indexer.java_parser import parse_java

    return parse_java(current_file, "<current file>")


def _relative(path: Path, workspace: Path) -> str:
    try:
        return path.resolve().relative_to(workspace.resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()
