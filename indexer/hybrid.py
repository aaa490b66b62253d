"""Hybrid ranking pieces: exact cosine over in-memory vectors and reciprocal-rank fusion.

Kept apart from the LanceDB store: both are plain numpy/python over rows the store hands over.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from ormb_assist.indexer.models import SearchHit

RRF_K = 60  # reciprocal-rank-fusion constant (Cormack et al.); damps the weight of the top ranks


class VectorRows:
    """Embedded rows held in memory for exact cosine search (metadata rows + unit vectors).

    Writers replace ``state`` (rows, matrix) in one assignment, so a search running on another thread
    always pairs rows with the matrix they belong to.
    """

    def __init__(self, dim: int) -> None:
        self.state: tuple[list[dict[str, Any]], np.ndarray] = ([], np.zeros((0, dim), dtype=np.float32))

    @property
    def rows(self) -> list[dict[str, Any]]:
        return self.state[0]

    def add(self, rows: list[dict[str, Any]], vectors: np.ndarray) -> None:
        old_rows, old_matrix = self.state
        self.state = (old_rows + rows, np.vstack([old_matrix, vectors.astype(np.float32)]))

    def drop(self, keep: np.ndarray) -> None:
        old_rows, old_matrix = self.state
        self.state = ([r for r, k in zip(old_rows, keep, strict=True) if k], old_matrix[keep])

    def top(
        self, query: np.ndarray, limit: int, kinds: list[str] | None
    ) -> list[tuple[dict[str, Any], float]]:
        rows, matrix = self.state
        if not rows:
            return []
        scores = matrix @ query
        if kinds:
            mask = np.fromiter((r["kind"] in kinds for r in rows), dtype=bool, count=len(rows))
            scores = np.where(mask, scores, -np.inf)
        limit = min(limit, len(rows))
        best = np.argpartition(-scores, limit - 1)[:limit]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [(rows[i], float(scores[i])) for i in best if np.isfinite(scores[i])]


def fuse(rankings: dict[str, list[tuple[dict[str, Any], float]]], k: int) -> list[SearchHit]:
    """Reciprocal-rank fusion of several rankings of rows (each row has an ``id``); each hit keeps
    the raw score of every ranking that found it in ``meta["signals"]``."""
    fused: dict[str, list[Any]] = {}
    for signal, ranking in rankings.items():
        for rank, (row, score) in enumerate(ranking):
            entry = fused.setdefault(row["id"], [row, 0.0, {}])
            entry[1] += 1.0 / (RRF_K + rank + 1)
            entry[2][signal] = round(score, 4)
    ranked = sorted(fused.values(), key=lambda e: -e[1])[:k]
    return [_hit(row, score, signals) for row, score, signals in ranked]


def _hit(row: dict[str, Any], score: float, signals: dict[str, float]) -> SearchHit:
    try:
        meta = json.loads(row.get("meta") or "{}")
    except ValueError:
        meta = {}
    meta["signals"] = signals
    return SearchHit(
        kind=row["kind"],
        name=row["name"],
        fqn=row.get("fqn") or "",
        path=row.get("path") or "",
        score=score,
        text=row.get("text") or "",
        meta=meta,
        spot=row.get("spot") or "",
        tables=list(row.get("tables") or []),
    )
