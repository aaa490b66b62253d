"""The per-spot evidence for one query, as a (spots x features) matrix.

Shared by the resolver (objectives) and by the reranker's training (the workspace's own algorithm
descriptions), so both see exactly the same signals; column order is ``spot_rerank.FEATURES``.
Each signal is normalised per query: name and lexical by their maximum, embeddings min-max, the
example vote and the trigger's subject match are absolute (0..1).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ormb_assist.indexer.triggers import Trigger, find_trigger, head_unit
from ormb_assist.indexer.vocabulary import Term, analyze, related_terms

EXAMPLE_VOTE_FLOOR, EXAMPLE_VOTE_SPAN = 0.35, 0.35
PASSAGE_SHARE = 0.75  # spot embedding: share of the best Javadoc sentence (rest: whole record)


@dataclass(frozen=True)
class Query:
    """An objective (or a training description) analysed once."""

    text: str
    terms: tuple[Term, ...]
    term_set: frozenset[str]
    vector: np.ndarray
    trigger: Trigger | None = None
    trigger_set: frozenset[str] = frozenset()
    trigger_vector: np.ndarray | None = None
    head: frozenset[str] = frozenset()


def make_query(text: str, analyzed_text: str, vector: np.ndarray, trigger_vector: Any = None) -> Query:
    """``trigger_vector``: the embedding of ``find_trigger(text).text`` (a vector, or a callable
    ``str -> vector`` called only when there is a trigger clause)."""
    terms = analyze(analyzed_text)
    trigger = find_trigger(text)
    if trigger is None:
        return Query(text, terms, frozenset(t.text for t in terms), vector)
    if callable(trigger_vector):
        trigger_vector = trigger_vector(trigger.text)
    return Query(
        text,
        terms,
        frozenset(t.text for t in terms),
        vector,
        trigger,
        frozenset(t.text for t in analyze(trigger.text)),
        None if trigger_vector is None else np.asarray(trigger_vector, dtype=np.float32),
        head_unit(trigger.head),
    )


def norm(values: np.ndarray) -> np.ndarray:
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def minmax(values: np.ndarray) -> np.ndarray:
    if values.size == 0:
        return values
    low, high = float(values.min()), float(values.max())
    return (values - low) / (high - low) if high - low > 1e-6 else np.zeros_like(values)


def example_votes(spot_of: np.ndarray, n_spots: int, example_cos: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """Each spot's best implementation, as an absolute vote: cosine EXAMPLE_VOTE_FLOOR -> 0,
    +EXAMPLE_VOTE_SPAN -> 1.  Absolute so that a lone example cannot outvote everything, and spots
    without examples are not pushed down beyond missing this one signal."""
    votes = np.zeros(n_spots, dtype=np.float32)
    best = np.full(n_spots, -1, dtype=np.int64)
    linked = np.flatnonzero(spot_of >= 0)
    if linked.size and example_cos.size:
        # sort the linked examples by (spot, -cosine): the first of each spot's run is its best
        order = linked[np.lexsort((-example_cos[linked], spot_of[linked]))]
        spots, first = np.unique(spot_of[order], return_index=True)
        best[spots] = order[first]
        votes[spots] = np.clip((example_cos[order[first]] - EXAMPLE_VOTE_FLOOR) / EXAMPLE_VOTE_SPAN, 0.0, 1.0)
    return votes, best.tolist()


def spot_signals(
    sf: Any, spot_of: np.ndarray, q: Query, example_cos: np.ndarray
) -> tuple[np.ndarray, dict[str, Any]]:
    """(spots x features) evidence and the raw values the reasons quote."""
    n = len(sf.spots)
    name, coverage = sf.names.match(q.term_set)
    lexical = sf.bm25.scores(q.terms)
    cosine = sf.vectors @ q.vector
    if sf.passage_vectors.size:
        best_passage = np.maximum.reduceat(sf.passage_vectors @ q.vector, sf.passage_starts)
        cosine = (1 - PASSAGE_SHARE) * cosine + PASSAGE_SHARE * best_passage
    votes, best_example = example_votes(spot_of, n, example_cos)
    trigger_name = np.zeros(n, dtype=np.float32)
    trigger_head = np.zeros(n, dtype=np.float32)
    trigger_cos = np.zeros(n, dtype=np.float32)
    if q.trigger is not None:
        trigger_name = sf.names.match(q.trigger_set)[0]
        trigger_head = subject_match(sf.subject_terms, q.head)
        if sf.passage_vectors.size and q.trigger_vector is not None:
            trigger_cos = np.maximum.reduceat(sf.passage_vectors @ q.trigger_vector, sf.passage_starts)
    matrix = np.stack(
        [
            norm(name),
            norm(lexical),
            minmax(cosine),
            votes,
            norm(trigger_name),
            trigger_head,
            minmax(trigger_cos) if q.trigger is not None else trigger_cos,
        ],
        axis=1,
    ).astype(np.float32)
    raw = {
        "coverage": coverage,
        "lexical": lexical,
        "cosine": cosine,
        "votes": votes,
        "best_example": best_example,
        "trigger_head": trigger_head,
        "query_set": q.term_set,
    }
    return matrix, raw


def subject_match(subject_terms: list[frozenset[str]], head: frozenset[str]) -> np.ndarray:
    """1 where the trigger's head (a meaning unit) is the spot's subject, 0.5 where it half-names it
    (a related concept), else 0."""
    out = np.zeros(len(subject_terms), dtype=np.float32)
    if not head:
        return out
    related = related_terms(head)
    for i, terms in enumerate(subject_terms):
        if head & terms:
            out[i] = 1.0
        elif related & terms:
            out[i] = 0.5
    return out
