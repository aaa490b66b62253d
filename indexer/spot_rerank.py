"""Spot fusion weights and confidence learned from the workspace's own algorithms.

Every implementation in the workspace is a labelled example: its description (Javadoc prose, minus
sentences that name the spot) reads like an objective, and the spot it implements is the answer.
A conditional logit (softmax over the spots of ``w · signals``) is fitted on those pairs at feature
build time, pulled towards principled default weights (``PRIOR``) by an L2 penalty worth ``PRIOR_PAIRS``
pairs (a small workspace stays near the prior, a large one follows its data).  Out-of-fold
predictions (5-fold cross-validation on the same pairs) calibrate when to ask:
below ``ask_below`` (probability of the top spot) the resolver says it is unsure and callers offer
the top 3.  Too few pairs (or a single spot) -> the prior weights and a default threshold.
Nothing here is fitted on evaluation cases.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

log = logging.getLogger(__name__)

FEATURES = ("name", "lexical", "vector", "examples", "trigger_name", "trigger_head", "trigger_vector")
# Default weights: the earlier hand-set fusion for the whole objective, plus a share for the trigger
# clause (its concepts, whether its subject is the spot's subject, its embedding against the spot's
# Javadoc sentences).  Used as they are when a workspace has too few implementations to learn from.
PRIOR = np.array([0.25, 0.30, 0.35, 0.10, 0.15, 0.20, 0.10])
# Not learned: a pair's own class is left out of the example votes, so for a spot with one
# implementation the vote is missing in training but present for a real objective.
FIXED = np.array([False, False, False, True, False, False, False])
PRIOR_SCALE = 8.0  # softmax sharpness of the prior before it is fitted (scores are 0..~1.5)
PRIOR_PAIRS = 30.0  # the prior weights count as this many labelled pairs (L2 pull = PRIOR_PAIRS / n)
MIN_PAIRS = 8  # fewer labelled pairs (or fewer than 3 distinct spots): prior weights only
FOLDS = 5
DEFAULT_ASK_BELOW = 0.5  # ask when the top spot is less likely than not
TARGET_PRECISION = 0.9  # among pairs not asked, the share whose top spot must be right
ASK_RANGE = (0.3, 0.6)  # the calibrated threshold stays in this range (dev: asks 11%, 0.94 right when not asking)


@dataclass(frozen=True)
class SpotModel:
    """Fitted weights (softmax scale included), the ask threshold and how they were obtained."""

    weights: np.ndarray
    ask_below: float
    pairs: int
    cv_top1: float  # out-of-fold top-1 accuracy on the workspace's own pairs (0 when not fitted)
    lam: float
    fitted: bool

    def scores(self, signals: np.ndarray) -> np.ndarray:
        """Fused score per spot, on the prior's 0..~1 scale (ranking = probability order)."""
        return (signals @ self.weights / max(float(self.weights.sum()), 1e-9)).astype(np.float32)

    def probabilities(self, signals: np.ndarray) -> np.ndarray:
        return _softmax(signals @ self.weights)


def prior_model(pairs: int = 0) -> SpotModel:
    return SpotModel(PRIOR * PRIOR_SCALE, DEFAULT_ASK_BELOW, pairs, 0.0, 0.0, False)


_CACHE: OrderedDict[str, SpotModel] = OrderedDict()
_CACHE_LOCK = threading.Lock()


def fit_spot_model(signals: list[np.ndarray], labels: list[int], key_text: str = "") -> SpotModel:
    """Fit on (signals[i]: spots x FEATURES, labels[i]: the right spot) pairs; memoised on
    ``key_text`` (the pairs' content) so an edit that leaves the pairs alone costs nothing."""
    key = hashlib.sha1(key_text.encode()).hexdigest() if key_text else ""
    with _CACHE_LOCK:
        if key and key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    model = _fit(signals, labels)
    if key:
        with _CACHE_LOCK:
            _CACHE[key] = model
            while len(_CACHE) > 16:
                _CACHE.popitem(last=False)
    return model


def _fit(signals: list[np.ndarray], labels: list[int]) -> SpotModel:
    n = len(labels)
    if n < MIN_PAIRS or len(set(labels)) < 3:
        return prior_model(n)
    x = np.stack(signals).astype(np.float64)  # pairs x spots x features
    y = np.asarray(labels)
    scale = _fit_scale(x, y)
    prior = PRIOR * scale
    lam = PRIOR_PAIRS / n
    folds = np.arange(n) % FOLDS
    oof = np.zeros((n, x.shape[1]))  # out-of-fold probabilities: what calibrates the ask threshold
    for f in range(FOLDS):
        train = folds != f
        if train.any() and not train.all():
            oof[~train] = _softmax(
                x[~train] @ _fit_weights(x[train], y[train], prior, PRIOR_PAIRS / train.sum())
            )
    weights = _fit_weights(x, y, prior, lam)
    top = oof.argmax(axis=1)
    ask = calibrate_ask(oof.max(axis=1), top == y)
    log.debug("spot model: %d pairs, lambda %.2f, out-of-fold top-1 %.2f, ask below %.2f", n, lam,
              float(np.mean(top == y)), ask)  # fmt: skip
    return SpotModel(weights, ask, n, float(np.mean(top == y)), lam, True)


def _fit_scale(x: np.ndarray, y: np.ndarray) -> float:
    """Softmax sharpness of the prior weights alone (one parameter: cannot overfit)."""
    base = x @ PRIOR

    def loss(s: np.ndarray) -> float:
        z = base * s[0]
        z = z - z.max(axis=1, keepdims=True)
        return float(-np.mean(z[np.arange(len(y)), y] - np.log(np.exp(z).sum(axis=1))))

    result = minimize(loss, np.array([PRIOR_SCALE]), bounds=[(0.5, 100.0)], method="L-BFGS-B")
    return float(result.x[0])


def _fit_weights(x: np.ndarray, y: np.ndarray, prior: np.ndarray, lam: float) -> np.ndarray:
    """Non-negative weights minimising mean cross-entropy + lam * |w - prior|^2 / |prior|^2."""
    rows = np.arange(len(y))
    norm = float(prior @ prior) or 1.0

    def objective(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        loss = -np.mean(np.log(np.clip(p[rows, y], 1e-12, None)))
        grad = np.einsum("ns,nsf->f", p, x) / len(y) - x[rows, y].mean(axis=0)
        diff = w - prior
        return float(loss + lam * (diff @ diff) / norm), grad + 2 * lam * diff / norm

    bounds = [(p, p) if fixed else (0.0, None) for p, fixed in zip(prior, FIXED, strict=True)]
    result = minimize(objective, prior.copy(), jac=True, method="L-BFGS-B", bounds=bounds)
    return np.asarray(result.x)


def calibrate_ask(top_probability: np.ndarray, correct: np.ndarray) -> float:
    """The lowest top-spot probability above which at least ``TARGET_PRECISION`` of the
    out-of-fold predictions were right (and never below the coin flip when the model is fitted on
    few errors), kept within ``ASK_RANGE``."""
    order = np.argsort(-top_probability)
    p, ok = top_probability[order], correct[order].astype(np.float64)
    precision = np.cumsum(ok) / np.arange(1, len(ok) + 1)
    threshold = DEFAULT_ASK_BELOW
    good = np.flatnonzero(precision >= TARGET_PRECISION)
    if good.size and not ok.all():
        threshold = float(p[good[-1]])
    return float(min(max(threshold, ASK_RANGE[0]), ASK_RANGE[1]))


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
