"""Where a generated algorithm goes: class name, package, source folder, superclass style.

All of it is learned from the workspace: the dominant class-name suffix (``AlgComp_Impl`` vs
``_Impl``), the package of the nearest example for the spot, the source root that package lives
under, and whether algorithms extend a generated ``X_Gen`` or a framework class directly.  Every
backend writes the class the pipeline planned here, so file names never depend on a model.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ormb_assist.generation.java_types import camel
from ormb_assist.indexer.models import JavaClassInfo, Resolution
from ormb_assist.indexer.vocabulary import STOPWORDS

_PREFIX = "Cm"
_NAME_WORDS = 4
_EXTRA_STOP = {
    "algorithm",
    "spot",
    "class",
    "java",
    "code",
    "logic",
    "ormb",
    "given",
    "configured",
    "whether",
}
_SPLIT = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


@dataclass
class ClassPlan:
    class_name: str
    package: str
    rel_path: str  # workspace-relative path the class belongs at
    source_root: str  # workspace-relative source folder ("" = workspace root)
    uses_gen: bool  # the workspace's algorithms extend a generated X_Gen
    superclass: str  # "CmX_Gen", or the framework base fqn, or ""

    @property
    def fqn(self) -> str:
        return f"{self.package}.{self.class_name}" if self.package else self.class_name

    @property
    def gen_name(self) -> str:
        return self.class_name.removesuffix("_Impl") + "_Gen" if self.uses_gen else ""


def algorithm_classes(index: Any) -> list[JavaClassInfo]:
    """Workspace classes that implement an algorithm spot (or carry @AlgorithmComponent)."""
    spots = set(getattr(index, "spots", {}) or {})
    out = []
    for cls in (getattr(index, "classes", {}) or {}).values():
        if cls.kind != "class":
            continue
        if (
            cls.role == "algorithm"
            or "AlgorithmComponent" in cls.javadoc_tags
            or any(i in spots for i in cls.implements)
        ):
            out.append(cls)
    return sorted(out, key=lambda c: c.fqn)


def name_suffix(classes: list[JavaClassInfo]) -> str:
    """The suffix most algorithm classes share before ``_Impl`` (e.g. ``AlgComp``), else ""."""
    stems = [c.name[: -len("_Impl")] for c in classes if c.name.endswith("_Impl")]
    if len(stems) < 2:
        return ""
    for size in (2, 1):
        tails = Counter("".join(_SPLIT.findall(s)[-size:]) for s in stems if len(_SPLIT.findall(s)) > size)
        if tails:
            tail, count = tails.most_common(1)[0]
            if count * 2 > len(stems):
                return tail
    return ""


def objective_words(objective: str, limit: int = _NAME_WORDS) -> list[str]:
    words: list[str] = []
    for word in re.findall(r"[A-Za-z][A-Za-z0-9]*", objective):
        lower = word.lower()
        if (
            lower in STOPWORDS
            or lower in _EXTRA_STOP
            or len(lower) < 2
            or lower in (w.lower() for w in words)
        ):
            continue
        words.append(word)
        if len(words) >= limit:
            break
    return words


def class_name(objective: str, suffix: str, taken: set[str]) -> str:
    words = objective_words(objective)
    suffix_words = {w.lower() for w in _SPLIT.findall(suffix)}
    words = [w for w in words if w.lower() not in suffix_words] or ["Custom"]
    base = _PREFIX + camel(words, upper_first=True) + suffix
    name = base + "_Impl"
    n = 2
    while name in taken:
        name = f"{base}{n}_Impl"
        n += 1
    return name


def house_package_roots(index: Any) -> set[str]:
    """Package roots the workspace's own algorithms live under: up to the ``cm`` segment
    (``com.splwg.cm``, ``com.acme.cm``), else their first three segments; empty without examples."""
    roots: set[str] = set()
    for cls in algorithm_classes(index):
        parts = cls.package.split(".") if cls.package else []
        if "cm" in parts:
            roots.add(".".join(parts[: parts.index("cm") + 1]))
        elif parts:
            roots.add(".".join(parts[:3]))
    return roots


def _package_from_examples(resolution: Resolution, spot_name: str, index: Any, algos: set[str]) -> str:
    """Package of the best-ranked workspace algorithm for the spot, else of any ranked algorithm."""
    classes = getattr(index, "classes", {}) or {}
    ranked = [e for e in resolution.examples if e.spot and e.spot.rsplit(".", 1)[-1] == spot_name]
    ranked += [e for e in resolution.examples if e not in ranked]
    for example in ranked:
        cls = classes.get(example.fqn)
        if cls is not None and cls.package and cls.fqn in algos:
            return cls.package
    return ""


def _derived_package(spot_fqn: str, index: Any) -> str:
    """``com.splwg.cm.domain.<area>.algorithm`` with the area taken from the spot's package."""
    cm_packages = sorted({c.package for c in algorithm_classes(index) if c.package})
    root = "com.splwg.cm.domain"
    if cm_packages:
        common = Counter(".".join(p.split(".")[:4]) for p in cm_packages).most_common(1)[0][0]
        root = common if common.count(".") == 3 else root
    parts = spot_fqn.split(".")[:-1]
    after = parts[parts.index("domain") + 1 :] if "domain" in parts else parts[-1:]
    area = next(
        (p for p in after if p not in ("admin", "common", "api", "algorithm", "algorithms")), "common"
    )
    return f"{root}.{area[:1].lower()}{area[1:]}.algorithm"


def source_root(index: Any, package: str) -> str:
    """The workspace folder sources of ``package`` live under (or the dominant one)."""
    roots: Counter[str] = Counter()
    same: Counter[str] = Counter()
    for rel, info in (getattr(index, "files", {}) or {}).items():
        if not info.package:
            continue
        suffix = info.package.replace(".", "/") + "/" + rel.rsplit("/", 1)[-1]
        if rel.endswith(suffix):
            root = rel[: -len(suffix)].rstrip("/")
            roots[root] += 1
            if info.package == package:
                same[root] += 1
    if same:
        return sorted(same.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    if roots:
        return sorted(roots.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return "src"


def uses_gen_convention(classes: list[JavaClassInfo]) -> tuple[bool, str]:
    """(True, "") when most algorithms extend their own ``_Gen``; else (False, dominant superclass)."""
    if not classes:
        return True, ""
    gen = sum(1 for c in classes if c.extends.endswith("_Gen"))
    if gen * 2 >= len(classes):
        return True, ""
    supers = Counter(c.extends for c in classes if c.extends and not c.extends.endswith("_Gen"))
    return False, supers.most_common(1)[0][0] if supers else ""


def plan_class(index: Any, objective: str, spot_fqn: str, resolution: Resolution) -> ClassPlan:
    algos = algorithm_classes(index)
    spot_name = spot_fqn.rsplit(".", 1)[-1]
    algo_fqns = {c.fqn for c in algos}
    package = _package_from_examples(resolution, spot_name, index, algo_fqns) or _derived_package(
        spot_fqn, index
    )
    taken = {c.name for c in (getattr(index, "classes", {}) or {}).values() if c.package == package}
    name = class_name(objective, name_suffix(algos), taken)
    root = source_root(index, package)
    uses_gen, superclass = uses_gen_convention(algos)
    if uses_gen:
        superclass = name.removesuffix("_Impl") + "_Gen"
    elif superclass and hasattr(index, "resolve_type"):
        superclass = index.resolve_type(superclass) or superclass
    rel = "/".join(x for x in (root, package.replace(".", "/"), name + ".java") if x)
    return ClassPlan(name, package, rel, root, uses_gen, superclass)
