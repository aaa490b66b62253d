"""Scoring primitives of the resolver: weighted BM25, concept-level name matching, a vector cache.

Small and numpy-only on purpose: queries carry weighted terms (vocabulary expansions count less) and
names are compared concept by concept, which generic BM25 packages do not offer.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import numpy as np

from ormb_assist.indexer.vocabulary import RELATED_CREDIT, Term, related_terms

log = logging.getLogger(__name__)


class Bm25:
    """Okapi BM25 over pre-analyzed documents; query terms carry weights (vocabulary expansions
    count less), which is why this is a few lines of numpy rather than a generic BM25 package."""

    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.n_docs = len(docs)
        lengths = np.array([len(d) for d in docs], dtype=np.float32)
        avg = float(lengths.mean()) if len(docs) and lengths.mean() > 0 else 1.0
        self.k1 = k1
        self.norm = k1 * (1 - b + b * lengths / avg)
        postings: dict[str, dict[int, int]] = defaultdict(dict)
        for doc_id, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                postings[term][doc_id] = tf
        self.postings = {
            t: (np.fromiter(p.keys(), np.int32), np.fromiter(p.values(), np.float32))
            for t, p in postings.items()
        }
        self.idf = {
            t: math.log(1 + (self.n_docs - len(p) + 0.5) / (len(p) + 0.5)) for t, p in postings.items()
        }

    def scores(self, query: Iterable[Term]) -> np.ndarray:
        out = np.zeros(self.n_docs, dtype=np.float32)
        weights: dict[str, float] = {}
        for term in query:  # a term repeated in the query counts once, at its best weight
            weights[term.text] = max(weights.get(term.text, 0.0), term.weight)
        for text, weight in weights.items():
            posting = self.postings.get(text)
            if posting is None:
                continue
            ids, tf = posting
            out[ids] += weight * self.idf[text] * tf * (self.k1 + 1) / (tf + self.norm[ids])
        return out


class NameMatcher:
    """Concept-by-concept match of the query against short names (spot interfaces, table names).

    Score = sum of idf^2 over matched units / norm of the name's idf vector: a name whose every
    concept is mentioned wins, and a longer name wins only when its extra concepts are mentioned too
    ("pre bill completion" beats "bill completion" only if the objective says "before").
    Units sit in one flat array with an inverted index from term to unit, so a query costs
    a few numpy operations whatever the number of names.
    """

    def __init__(self, units: list[tuple[frozenset[str], ...]], related: bool = False) -> None:
        self.units = units
        df: Counter[frozenset[str]] = Counter(u for doc in units for u in set(doc))
        n = max(len(units), 1)
        idf = {u: math.log(1 + n / c) for u, c in df.items()}
        owner: list[int] = []
        weight: list[float] = []
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for doc_id, doc in enumerate(units):
            for unit in doc:
                flat = len(owner)
                for term in unit:
                    postings[term].append((flat, 1.0))
                for term in related_terms(unit) if related else ():
                    postings[term].append((flat, RELATED_CREDIT))
                owner.append(doc_id)
                weight.append(idf[unit] ** 2)
        self.owner = np.array(owner, dtype=np.int64)
        self.weight = np.array(weight, dtype=np.float64)
        self.postings = {
            t: (np.array([f for f, _ in p], dtype=np.int64), np.array([c for _, c in p]))
            for t, p in postings.items()
        }
        self.related = related
        norms_sq = (
            np.bincount(self.owner, weights=self.weight, minlength=len(units)) if owner else np.zeros(0)
        )
        self.norms = np.sqrt(np.where(norms_sq > 0, norms_sq, 1.0)).astype(np.float32)

    def match(self, query_terms: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
        """(score, coverage in 0..1) per name."""
        credit = np.zeros(len(self.owner))
        for term in query_terms:
            posting = self.postings.get(term)
            if posting is not None:
                np.maximum.at(credit, posting[0], posting[1])
        dot = np.bincount(self.owner, weights=self.weight * credit, minlength=len(self.units)).astype(
            np.float32
        )
        return dot / self.norms, dot / (self.norms**2)

    def matched_units(self, i: int, query_terms: frozenset[str]) -> list[frozenset[str]]:
        return [
            u for u in self.units[i] if u & query_terms or (self.related and related_terms(u) & query_terms)
        ]


class VectorCache:
    """Embeddings of feature texts keyed by a hash of the text, kept in one ``.npz`` beside the index
    so that reopening a workspace does not re-embed every spot, table and example."""

    def __init__(self, encode: Any, path: Any = None) -> None:
        self.encode = encode
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        self._loaded = False  # read lazily: most resolvers find the features already cached

    def _load(self) -> None:
        self._loaded = True
        if self.path is not None and self.path.exists():
            try:
                with np.load(self.path, allow_pickle=False) as data:
                    vectors = {k: np.asarray(data[k], dtype=np.float32) for k in data.files}
                shapes = {v.shape for v in vectors.values()}
                if len(shapes) > 1 or any(len(shape) != 1 for shape in shapes):
                    raise ValueError(f"vectors of mixed shapes {sorted(shapes)[:3]}")
                if shapes and shapes != {(int(self.encode(["dimension probe"]).shape[1]),)}:
                    raise ValueError(f"vectors of shape {shapes.pop()}, not the model's")
                self.vectors = vectors
            except Exception as exc:  # a corrupt cache is only a cache: drop it, it is rebuilt below
                log.warning(
                    "discarding unreadable vector cache %s (%s: %s)", self.path, type(exc).__name__, exc
                )
                self.vectors = {}
                self.path.unlink(missing_ok=True)

    def __call__(self, texts: list[str]) -> np.ndarray:
        if not self._loaded:
            self._load()
        keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.vectors}.items())
        if missing:
            fresh = self.encode([t for _, t in missing])
            for (k, _), vec in zip(missing, fresh, strict=True):
                self.vectors[k] = np.asarray(vec, dtype=np.float32)
            stale = [k for k in keys if self.vectors[k].shape != self.vectors[missing[0][0]].shape]
            if stale:  # cached with another model or damaged: embed those again
                log.warning(
                    "vector cache %s held %d vectors of another size; re-embedding", self.path, len(stale)
                )
                for k, vec in zip(
                    stale, self.encode([dict(zip(keys, texts, strict=True))[k] for k in stale]), strict=True
                ):
                    self.vectors[k] = np.asarray(vec, dtype=np.float32)
            self._save(set(keys))
        if not keys:
            return np.zeros((0, self.dim()), dtype=np.float32)
        return np.stack([self.vectors[k] for k in keys]).astype(np.float32)

    def dim(self) -> int:
        if self.vectors:
            return len(next(iter(self.vectors.values())))
        return int(self.encode(["x"]).shape[1])

    def _save(self, live: set[str]) -> None:
        if self.path is None:
            return
        self.vectors = {k: v for k, v in self.vectors.items() if k in live}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.stem + ".tmp.npz")
            np.savez(tmp, **self.vectors)
            tmp.replace(self.path)
        except OSError as exc:
            log.warning("cannot write vector cache %s: %s", self.path, exc)
