"""Objective -> resolved spot -> class -> javac -> pattern report: the one generation entry point.

Used by the CLI, the language server's code action and the evaluation.  It never writes into the
workspace: the caller decides what to save (``GenerationResult.rel_path`` says where it belongs).
Model backends get up to ``settings.repair_rounds`` chances to fix javac errors; the embedded
backend is deterministic and must compile first time.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ormb_assist.generation import javac_server
from ormb_assist.generation.algorithm_plan import AlgorithmPlan
from ormb_assist.generation.base import Backend, BackendError, GenerationRequest, check_cancel
from ormb_assist.generation.index_repair import repair_from_index
from ormb_assist.generation.javac import JavacNotFound, VerifyResult, class_identity, verify
from ormb_assist.generation.naming import ClassPlan, plan_class
from ormb_assist.generation.patterns import PatternReport, check_patterns
from ormb_assist.generation.synth import plan_algorithm
from ormb_assist.indexer.models import RankedSpot, Resolution, SpotInfo

Status = Literal["ok", "compile_failed", "no_spot", "error"]
_EXAMPLE_CHARS = 6000
_RESOLVE_K = 8  # more ranked tables than a prompt shows: join paths prefer ranked tables


@dataclass
class GenerationResult:
    status: Status
    code: str = ""
    class_name: str = ""
    package: str = ""
    rel_path: str = ""  # where the class belongs in the workspace
    gen_sources: dict[str, str] = field(default_factory=dict)  # emulated _Gen classes (fqn -> source)
    resolution: Resolution | None = None
    verify: VerifyResult | None = None
    patterns: PatternReport | None = None
    rounds: int = 0  # repair rounds used
    message: str = ""
    candidates: list[str] = field(default_factory=list)  # top spots when status is no_spot
    timings: dict[str, float] = field(default_factory=dict)
    plan: AlgorithmPlan | None = None  # what the class reads, decides and does (shown before applying)

    @property
    def spot(self) -> str:
        return self.resolution.spots[0].name if self.resolution and self.resolution.spots else ""

    @property
    def gen_rel_paths(self) -> dict[str, str]:
        """Workspace-relative paths for the ``_Gen`` sources, beside the class."""
        folder = self.rel_path.rsplit("/", 1)[0] if "/" in self.rel_path else ""
        return {
            fqn: "/".join(x for x in (folder, fqn.rsplit(".", 1)[-1] + ".java") if x)
            for fqn in self.gen_sources
        }


def validate_objective(objective: str | None) -> str:
    """The stripped objective, or ValueError saying what a usable one looks like."""
    text = (objective or "").strip()
    if not text:
        raise ValueError("the objective is empty: describe what the algorithm should do, e.g. "
                         "'validate the bill amount against a threshold at bill completion'")  # fmt: skip
    if not re.search(r"[A-Za-z]{3,}", text):
        raise ValueError(f"the objective '{text[:60]}' has no words to match against the workspace")
    return text


def generate_algorithm(
    index: Any,
    objective: str,
    backend: Backend,
    settings: Any,
    current_file: str | None = None,
    resolver: Any = None,
    force: bool = False,
    spot: str | None = None,
    cancel: threading.Event | None = None,
) -> GenerationResult:
    """Generate, compile-check and pattern-check one algorithm class.

    ``spot`` names the spot to implement (skipping the confidence gate); ``force`` generates for
    the top candidate even when the resolver is not confident.  Raises ValueError for an empty or
    word-less objective; every other problem is reported in the result's status and message.
    """
    objective = validate_objective(objective)
    javac_server.prewarm(getattr(settings, "javac", "javac") or "javac")
    timings: dict[str, float] = {}
    started = time.perf_counter()
    if not getattr(index, "jar_classes", None):
        return GenerationResult("error", message="the workspace has no indexed framework jar (e.g. lib/*.jar): "
                                "spot signatures and framework helpers cannot be grounded or compiled")  # fmt: skip
    if resolver is None:
        from ormb_assist.indexer.resolver import Resolver

        resolver = Resolver(index)
    resolution = resolver.resolve(objective, current_file=current_file, k=_RESOLVE_K)
    timings["resolve_s"] = time.perf_counter() - started
    if spot:
        resolution = _with_spot(index, resolution, spot)
        if resolution is None:
            return GenerationResult(
                "no_spot", message=f"the workspace index has no algorithm spot named '{spot}'"
            )
    candidates = [s.name for s in resolution.spots]
    if not resolution.spots:
        return GenerationResult(
            "no_spot", resolution=resolution, message="no algorithm spot is indexed in this workspace"
        )
    if not resolution.confident and not force and not spot:
        listed = ", ".join(f"{s.name} ({s.score:.2f})" for s in resolution.spots[:5])
        return GenerationResult(
            "no_spot",
            resolution=resolution,
            candidates=candidates,
            message=f"no algorithm spot clearly matches '{objective}'. Closest candidates: {listed}. "
            "Rephrase the objective or choose one of them explicitly.",
        )
    check_cancel(cancel)
    top = resolution.spots[0]
    plan = plan_class(index, objective, top.fqn, resolution)
    req = _request(index, settings, objective, resolution, plan, with_context=backend.name != "embedded")
    result = GenerationResult("error", class_name=plan.class_name, package=plan.package, rel_path=plan.rel_path,
                              resolution=resolution, candidates=candidates, timings=timings)  # fmt: skip
    result.plan = _algorithm_plan(index, req, cancel)
    if result.plan is not None:
        req.extra["plan"] = result.plan.text()
    notes = [] if getattr(index, "tables", None) else ["no DDL is indexed, so the class reads no tables"]
    try:
        t0 = time.perf_counter()
        code = backend.generate(req, cancel)
        timings["generate_s"] = time.perf_counter() - t0
        result.code = code
        _adopt_identity(result, code, plan)
        result.verify = _verify(code, index, settings)
        if not result.verify.ok:  # grounded fixes first, for every backend
            fixed, fixes = repair_from_index(code, result.verify.errors, index)
            if fixes:
                notes.append("repaired from the index: " + "; ".join(fixes))
                code = result.code = fixed
                result.verify = _verify(code, index, settings)
        while not result.verify.ok and backend.name != "embedded" and result.rounds < settings.repair_rounds:
            check_cancel(cancel)
            diagnostics = [str(d) for d in result.verify.errors] or [
                str(d) for d in result.verify.diagnostics
            ]
            code = backend.repair(req, code, diagnostics, cancel)
            result.rounds += 1
            result.code = code
            _adopt_identity(result, code, plan)
            result.verify = _verify(code, index, settings)
        # the backend's own notes, e.g. the prompt trimmed to fit the model server's context window
        notes.extend(dict.fromkeys(req.extra.get("notes", [])))
    except JavacNotFound as exc:
        result.message = exc.message
        return _finish(result, index, top, started, notes, objective)
    except BackendError as exc:
        result.status = "error"
        result.message = "; ".join(
            [f"{backend.name} backend: {exc.message}", *dict.fromkeys(req.extra.get("notes", []))]
        )
        result.code = result.code if result.verify is not None else ""
        result.timings["total_s"] = time.perf_counter() - started
        return result
    timings["verify_s"] = result.verify.elapsed_s if result.verify else 0.0
    result.gen_sources = dict(result.verify.gen_sources) if result.verify else {}
    result.status = "ok" if result.verify and result.verify.ok else "compile_failed"
    if result.status == "compile_failed":
        first = result.verify.errors[:3] if result.verify else []
        notes.insert(0, "javac reports: " + "; ".join(str(d) for d in first))
    return _finish(result, index, top, started, notes, objective)


def _algorithm_plan(index: Any, req: GenerationRequest, cancel: threading.Event | None) -> AlgorithmPlan | None:
    """The plan every backend follows; None when the index cannot ground one (the backend then says why)."""
    try:
        return plan_algorithm(index, req, cancel)
    except BackendError:
        return None


def _finish(
    result: GenerationResult, index: Any, top: RankedSpot, started: float, notes: list[str], objective: str
) -> GenerationResult:
    if result.code:
        t0 = time.perf_counter()
        result.patterns = check_patterns(result.code, _spot_info(index, top), index, objective)
        result.timings["patterns_s"] = time.perf_counter() - t0
    result.timings["total_s"] = time.perf_counter() - started
    if result.status == "ok":
        notes.insert(0, f"{result.class_name} implements {top.name} and compiles")
    result.message = "; ".join([m for m in [result.message, *notes] if m])
    return result


def _verify(code: str, index: Any, settings: Any) -> VerifyResult:
    return verify(code, index, javac=getattr(settings, "javac", "javac") or "javac")


def _adopt_identity(result: GenerationResult, code: str, plan: ClassPlan) -> None:
    """A model may rename the class or package; the file must follow the code."""
    try:
        package, name = class_identity(code)
    except BackendError:
        return
    if (package, name) != (plan.package, plan.class_name):
        result.package, result.class_name = package, name
        result.rel_path = "/".join(
            x for x in (plan.source_root, package.replace(".", "/"), name + ".java") if x
        )


def _spot_info(index: Any, top: RankedSpot) -> SpotInfo:
    spot = (getattr(index, "spots", {}) or {}).get(top.name)
    return spot or SpotInfo(name=top.name, fqn=top.fqn, methods=top.methods)


def _with_spot(index: Any, resolution: Resolution, name: str) -> Resolution | None:
    chosen = next((s for s in resolution.spots if name in (s.name, s.fqn)), None)
    if chosen is None:
        info = (getattr(index, "spots", {}) or {}).get(name.rsplit(".", 1)[-1])
        if info is None:
            return None
        chosen = RankedSpot(info.name, info.fqn, 1.0, info.methods, info.javadoc, ["chosen by the user"])
    others = [s for s in resolution.spots if s is not chosen]
    return Resolution(resolution.objective, [chosen, *others], resolution.tables, resolution.examples, True,
                      resolution.elapsed_ms)  # fmt: skip


def _request(index: Any, settings: Any, objective: str, resolution: Resolution, plan: ClassPlan,
             with_context: bool) -> GenerationRequest:  # fmt: skip
    """The backend request; the prompt context is built only for model backends (embedded reads the index)."""
    from ormb_assist.indexer.context import build_context

    budget = getattr(settings, "context_token_budget", 3000)
    context = build_context(index, resolution, budget) if with_context else ""
    return GenerationRequest(
        objective=objective,
        resolution=resolution,
        context=context,
        class_name=plan.class_name,
        package=plan.package,
        superclass=plan.superclass,
        example_code=_example_code(index, resolution) if with_context else "",
        max_tokens=getattr(settings, "max_tokens_generate", 2048),
        temperature=getattr(settings, "temperature", 0.2),
        extra={"rel_path": plan.rel_path, "uses_gen": plan.uses_gen},
    )


def _example_code(index: Any, resolution: Resolution) -> str:
    top = resolution.spots[0].name if resolution.spots else ""
    ranked = sorted(resolution.examples, key=lambda e: e.spot.rsplit(".", 1)[-1] != top)
    for example in ranked:
        if example.path:
            try:
                return (Path(index.workspace) / example.path).read_text(encoding="utf-8", errors="replace")[
                    :_EXAMPLE_CHARS
                ]
            except OSError:
                continue
    return ""
