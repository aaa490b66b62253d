"""What the workspace itself says about its spots: each spot's subject and event sentence, and its
own (algorithm description -> implemented spot) pairs as training data for ``spot_rerank``.

A spot's *subject* is what its event happens to: the words of its name (controlling entity + event,
"customer class" + "pre bill completion") and the subject of the trigger clause of its Javadoc
("run when *a bill of an account of that class* is about to be completed").  An objective whose
trigger clause is about a To Do then prefers the To Do type's spot over the bill spots even when it
names the bill twice.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from ormb_assist.indexer.resolver_features import javadoc_prose, spot_words
from ormb_assist.indexer.spot_rerank import SpotModel, fit_spot_model, prior_model
from ormb_assist.indexer.spot_signals import make_query, spot_signals
from ormb_assist.indexer.triggers import Trigger, find_trigger, units_of
from ormb_assist.indexer.vocabulary import expand_for_embedding, term_set

MAX_PAIRS = 150  # a large workspace: enough pairs to fit 7 weights, cheap to embed once
MAX_PER_SPOT = 4
PAIR_CHARS = 150  # objectives are short: the description's first sentence(s)
MIN_PAIR_WORDS = 5
LEAK_COVERAGE = 0.99  # a sentence naming every concept of the spot's name points at it: dropped
_SENTENCE = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<=[.;!?])\s+")


def event_trigger(javadoc: str) -> Trigger | None:
    """The trigger clause of the first Javadoc sentence that has one ("run when a bill ... is
    about to be completed")."""
    for sentence in _SENTENCE.split(javadoc_prose(javadoc)):
        trigger = find_trigger(sentence)
        if trigger is not None and trigger.opener and trigger.subject:
            return trigger
    return None


def subject_terms(spot: Any, entity: str, event: str) -> frozenset[str]:
    """Terms of everything the spot's event can be about: its name's entity and event words and
    its Javadoc trigger's subject phrase."""
    phrases = [entity, event, " ".join(spot_words(spot.name))]
    trigger = event_trigger(spot.javadoc)
    if trigger is not None:
        phrases.append(trigger.subject)
    return frozenset(term for phrase in phrases for unit in units_of(phrase) for term in unit)


def pair_text(javadoc: str, spot_index: int, names: Any) -> str:
    """An implementation's description as an objective: Javadoc prose without the sentences that
    name its spot ("Plugged on the Customer Class, Pre-Bill Completion event."), first ones only."""
    kept: list[str] = []
    for sentence in _SENTENCE.split(javadoc_prose(javadoc)):
        if len(sentence.split()) < 3:
            continue
        _, coverage = names.match(term_set(sentence))
        if coverage[spot_index] >= LEAK_COVERAGE:
            continue
        kept.append(sentence)
        if sum(len(k) for k in kept) >= PAIR_CHARS:
            break
    text = " ".join(kept)[: PAIR_CHARS + 100]
    return text if len(text.split()) >= MIN_PAIR_WORDS else ""


def training_pairs(names: Any, classes: list[Any], spot_of: list[int]) -> list[tuple[int, int, str]]:
    """(example index, spot index, description) for up to ``MAX_PER_SPOT`` implementations per spot,
    ``MAX_PAIRS`` in all, in a fixed order (by class name) so that the fit is reproducible."""
    per_spot: dict[int, int] = {}
    out: list[tuple[int, int, str]] = []
    for i in sorted(range(len(classes)), key=lambda c: classes[c].fqn):
        spot = spot_of[i]
        if spot < 0 or per_spot.get(spot, 0) >= MAX_PER_SPOT:
            continue
        text = pair_text(classes[i].javadoc, spot, names)
        if not text:
            continue
        per_spot[spot] = per_spot.get(spot, 0) + 1
        out.append((i, spot, text))
    if len(out) > MAX_PAIRS:  # keep every spot represented: round-robin over spots
        by_spot: dict[int, list[tuple[int, int, str]]] = {}
        for pair in out:
            by_spot.setdefault(pair[1], []).append(pair)
        out = [
            p for rank in range(MAX_PER_SPOT) for s in sorted(by_spot) for p in by_spot[s][rank : rank + 1]
        ]
        out = out[:MAX_PAIRS]
    return out


def pair_embed_texts(pairs: list[tuple[int, int, str]]) -> tuple[list[str], list[str]]:
    """Texts to embed for the pairs: each description, and the trigger clauses found in them."""
    triggers = [find_trigger(text) for _, _, text in pairs]
    return [expand_for_embedding(t) for _, _, t in pairs], [tr.text for tr in triggers if tr is not None]


def train_spot_model(
    sf: Any, ex: Any, pairs: list[tuple[int, int, str]], vectors: np.ndarray, trigger_vectors: np.ndarray
) -> SpotModel:
    """Fit the reranker on the workspace's own pairs (each scored without its own class among the
    example votes, as a new objective would be).  ``vectors`` / ``trigger_vectors`` embed the texts
    of :func:`pair_embed_texts`, in its order."""
    if not pairs or not len(sf.spots):
        return prior_model(len(pairs))
    signals: list[np.ndarray] = []
    labels: list[int] = []
    next_trigger = iter(trigger_vectors)
    for (own, spot, text), vector in zip(pairs, vectors, strict=True):
        trigger_vector = next(next_trigger) if find_trigger(text) is not None else None
        query = make_query(text, text, np.asarray(vector, dtype=np.float32), trigger_vector)
        example_cos = ex.vectors @ query.vector if len(ex.classes) else np.zeros(0, dtype=np.float32)
        if example_cos.size:
            example_cos[own] = -1.0
        matrix, _ = spot_signals(sf, ex.spot_array, query, example_cos)
        signals.append(matrix)
        labels.append(spot)
    key = "\n".join(f"{s}\t{t}" for _, s, t in pairs) + "\n" + "|".join(x.name for x in sf.spots)
    return fit_spot_model(signals, labels, key)
