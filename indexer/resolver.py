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
Each signal is normalised per query.  Spot signals (plus the objective's trigger clause: its
concepts, whether its subject is the spot's subject, its embedding against the spot's Javadoc) are
fused with weights learned from the workspace's own implementations (``spot_rerank``), which also
say when to ask (``Resolution.unsure``); table signals with the fixed weights below, then the tables
the action writes (``table_targets``) and the key joins.
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
from ormb_assist.indexer.spot_rerank import prior_model
from ormb_assist.indexer.spot_signals import Query, make_query, minmax, spot_signals
from ormb_assist.indexer.spot_signals import norm as _norm
from ormb_assist.indexer.table_targets import join_lines, join_pairs, target_tables
from ormb_assist.indexer.vocabulary import correct_typos, expand_for_embedding, name_units

log = logging.getLogger(__name__)

# Spot fusion weights are learned per workspace (``spot_rerank``: its own implementations are the
# training pairs, ``spot_rerank.PRIOR`` the default).  Table weights (each set sums to 1), chosen on
# a coarse grid where results were flat: tables lean on the name concepts, comment/column words and
# what the chosen spot says (its examples' SQL, Javadoc, signature entities); table embeddings
# proved weak.
TABLE_WEIGHTS = {"name": 0.33, "lexical": 0.25, "vector": 0.08, "spot": 0.25, "popularity": 0.09}
FILE_BONUS = 0.5  # the current file implements / imports the spot, or its SQL reads the table
FK_NEIGHBOUR = 0.05  # share of a top table's score lent to the tables it has foreign keys with
FK_SOURCES = 2  # how many top tables lend
TABLE_COVERAGE_POWER = 1.0  # >0 favours tables whose whole name the objective covers
SPOT_EVIDENCE_DEPTH = 3  # leading spots whose examples/Javadoc/signatures vote for tables
TARGET_SHARE = (
    0.45  # a write target added after the reads scores below half the top read (not a read candidate)
)
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
        query = make_query(
            objective,
            correct_typos(objective, feats.known_set, feats.known_terms),
            self._query_vector(expand_for_embedding(objective)),
            self._query_vector,
        )
        current = _current_file_hints(self.index, current_file)

        # matrix-vector products this small are fastest on one BLAS thread, and a multi-threaded
        # BLAS spin-waits badly when the editor, javac and the indexer share two cores
        with _blas().limit(limits=1, user_api="blas"):
            example_cos, example_sim = _example_similarity(feats, query.terms, query.vector)
            spot_scores, probs, raw, confident = _rank_spots(feats, query, example_cos, current)
            order = np.argsort(-spot_scores, kind="stable")
            spots = [
                _ranked_spot(feats, int(i), float(spot_scores[i]), float(probs[i]), raw) for i in order[:k]
            ]
            tables = _rank_tables(feats, query, spot_scores, order, current, k)
            examples = _rank_examples(feats, example_sim, order, k)
        top_p = float(probs[order[0]]) if order.size else 0.0
        model = feats.spots.model or prior_model()
        return Resolution(
            objective=objective,
            spots=spots,
            tables=tables,
            examples=examples,
            confident=confident,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            unsure=bool(len(spots) > 1 and not current["spots"] and top_p < model.ask_below),
            confidence=round(top_p, 4),
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


def _rank_spots(
    feats: ResolverFeatures, query: Query, example_cos: np.ndarray, current: dict[str, Any]
) -> tuple[np.ndarray, np.ndarray, dict[str, Any], bool]:
    """Fused spot scores, calibrated probabilities, the raw signals (for reasons) and whether the
    best one is convincing at all."""
    sf = feats.spots
    if not sf.spots:
        empty = np.zeros(0, dtype=np.float32)
        return empty, empty, {}, False
    signals, raw = spot_signals(sf, feats.examples.spot_array, query, example_cos)
    model = sf.model or prior_model()
    probs = model.probabilities(signals)
    bonus = np.array([current["spots"].get(spot.name, 0.0) for spot in sf.spots], dtype=np.float32)
    scores = (model.scores(signals) + FILE_BONUS * bonus).astype(np.float32)
    if bonus.any():  # the file being edited implements it: that outweighs the wording
        probs = (probs + bonus) / (probs + bonus).sum()
    top = int(np.argmax(scores))
    coverage, lexical, cosine = raw["coverage"], raw["lexical"], raw["cosine"]
    confident = bool(
        current["spots"]
        or (cosine[top] >= CONFIDENT_VECTOR and (coverage[top] > 0 or lexical[top] > 0))
        or coverage[top] >= 0.5
    )
    raw["bonus"] = bonus
    return scores, probs, raw, confident


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
    if raw["trigger_head"][i] > 0:
        why.append("the objective's trigger clause is about its subject")
    if raw["bonus"][i]:
        why.append("current file implements or imports it")
    return why


def _unit_label(unit: frozenset[str]) -> str:
    concept = next((t for t in unit if t.startswith("~")), None)
    return concept[1:] if concept else min(unit, key=len)


def _ranked_spot(
    feats: ResolverFeatures, i: int, score: float, probability: float, raw: dict[str, Any]
) -> RankedSpot:
    spot = feats.spots.spots[i]
    example = raw["best_example"][i]
    return RankedSpot(
        name=spot.name,
        fqn=spot.fqn,
        score=round(score, 4),
        methods=list(spot.methods),
        javadoc=spot.javadoc,
        reasons=_spot_reasons(feats, i, raw),
        probability=round(probability, 4),
        event=feats.spots.events[i] if feats.spots.events else "",
        example=feats.examples.classes[example].name if example >= 0 else "",
    )


def _rank_tables(
    feats: ResolverFeatures,
    query: Query,
    spot_scores: np.ndarray,
    spot_order: np.ndarray,
    current: dict[str, Any],
    k: int,
) -> list[RankedTable]:
    """Tables the logic reads (ranked by the fused signals), then the tables its action writes
    (To Do entry, characteristic, updated row) when the reads left them out, each with its key
    joins to the tables listed above it."""
    tf = feats.tables
    n = len(tf.tables)
    if n == 0:
        return []
    query_terms, query_set, query_vec = query.terms, query.term_set, query.vector
    name, coverage = tf.names.match(query_set)
    lexical = tf.bm25.scores(query_terms)
    cosine = tf.vectors @ query_vec
    evidence, evidence_why = _spot_table_evidence(feats, spot_scores, spot_order)
    signals = {
        "name": _norm(name * coverage**TABLE_COVERAGE_POWER),
        "lexical": _norm(lexical),
        "vector": minmax(cosine),
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
    order = [int(i) for i in np.argsort(-scores, kind="stable")]
    units = {t.name: tf.names.units[i] for i, t in enumerate(tf.tables)}
    targets = [tf.position[name] for name in target_tables(query.text, units, query.head)]
    extra = [t for t in targets if t not in order[: k - len(targets)]]
    picked = [i for i in order if i not in extra][: max(k - len(extra), 1)]
    bridge = _bridge(tf, picked[:2], [*picked, *extra], scores)
    if bridge is not None and len(picked) > 2:
        picked = [*picked[:2], bridge, *[i for i in picked[2:] if i != bridge]][: len(picked)]
    extra = extra[: k - len(picked)]
    out: list[RankedTable] = []
    above: list[Any] = []
    for i in picked + extra:
        table = tf.tables[i]
        why: list[str] = []
        if i in targets:
            why.append("the objective's action writes it")
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
        score = float(scores[i])
        if i in extra:  # listed for what it is written with, not read: never above the reads
            score = min(score, float(scores[picked[-1]]), TARGET_SHARE * float(scores[order[0]]))
        if i == bridge:
            why.insert(0, "joins the two best tables")
            score = min(score, float(scores[picked[1]]))
        role = "target" if i in targets else "join" if i == bridge else "read"
        out.append(RankedTable(
            name=table.name, score=round(score, 4), table=table, reasons=why,
            role=role, joins=join_lines(table, above, tf.entity_keys),
        ))  # fmt: skip
        above.append(table)
    return out


def _bridge(tf: Any, pair: list[int], listed: list[int], scores: np.ndarray) -> int | None:
    """The best-scored table that joins the two best tables when they do not join each other
    (``CI_BSEG`` between ``CI_BILL`` and ``CI_BSEG_CALC``): a query over both needs it."""
    if len(pair) < 2:
        return None
    a, b = (tf.tables[i] for i in pair)
    keys = tf.entity_keys
    if join_pairs(a, b, keys):
        return None
    between = [i for i in tf.neighbours_of(pair[0]) & tf.neighbours_of(pair[1]) if i not in listed]
    candidates = [
        i for i in between if join_pairs(tf.tables[i], a, keys) and join_pairs(tf.tables[i], b, keys)
    ]
    return max(candidates, key=lambda i: (float(scores[i]), -i)) if candidates else None


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
