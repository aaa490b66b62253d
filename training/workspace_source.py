"""Workspace source: the algorithm, batch and change-handler classes the index knows, as examples.

Each class becomes a chat example — instruction from its Javadoc, class name, spot and superclass
(the lines the generation backends send); input ``Type: …, Interfaces: […], Tables: […]`` plus soft
parameters and imported dependencies; output the class source — and up to two fill-in-the-middle
spans cut from its method bodies (the shape of an inline completion).
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from ormb_assist.training.sources import Example, SourceReport, describe_input

EXAMPLE_ROLES = ("algorithm", "batch", "change_handler", "business_component")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def javadoc_summary(javadoc: str) -> str:
    """Description part of a Javadoc (raw or cleaned): text before the first block tag, one paragraph."""
    lines = []
    for raw in javadoc.replace("/**", "").replace("*/", "").splitlines():
        line = raw.strip().lstrip("*").strip()
        if line.startswith("@"):
            break
        lines.append(line)
    text = _HTML_TAG.sub(" ", " ".join(lines))
    return " ".join(text.split())


def split_camel(name: str) -> str:
    return " ".join(re.findall(r"[A-Z]+(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|\d+", name)).lower() or name


def workspace_examples(
    index: Any, report: SourceReport, fim_per_class: int = 2, seed: int = 0
) -> list[Example]:
    """Chat + FIM examples from the algorithm classes of an opened :class:`WorkspaceIndex`."""
    workspace = Path(index.workspace)
    spots = getattr(index, "spots", {}) or {}
    files = getattr(index, "files", {}) or {}
    examples: list[Example] = []
    for fqn, info in sorted(index.classes.items()):
        report.read += 1
        rel = index.class_paths.get(fqn, "")
        spot_names = [s for s in info.implements if s in spots]
        if info.kind != "class" or not (info.role in EXAMPLE_ROLES or spot_names):
            report.skip("not an algorithm/batch/change-handler class")
            continue
        if info.name.endswith("_Gen") or "/test/" in f"/{rel}":
            report.skip("generated or test class")
            continue
        file_info = files.get(rel)
        if file_info is not None and getattr(file_info, "errors", None):
            report.skip("source has syntax errors")
            continue
        try:
            source = (workspace / rel).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            report.skip("source unreadable")
            continue
        code = _class_source(source, info)
        if not code.strip():
            report.skip("empty source")
            continue
        spot = spot_names[0] if spot_names else ""
        spot_fqn = spots[spot].fqn if spot else ""
        examples.append(
            Example(
                kind="chat",
                source="workspace",
                file=rel,
                spot=spot,
                instruction=_instruction(info, spot_fqn),
                input=_workspace_input(info, file_info, spot_fqn),
                output=code,
                id=f"w-{fqn}",
            )
        )
        examples.extend(_fim_spans(source, info, rel, spot, fim_per_class, seed))
        report.used += 1
    return examples


def _instruction(info: Any, spot_fqn: str) -> str:
    objective = (
        javadoc_summary(info.javadoc or "") or f"{split_camel(info.name)} ({info.role.replace('_', ' ')})"
    )
    lines = [f"Business objective: {objective}"]
    if spot_fqn:
        lines.append(f"Implement the SPOT interface {spot_fqn}.")
    lines.append(f"Class name: {info.name}" + (f" in package {info.package}." if info.package else "."))
    if info.extends:
        lines.append(f"The class extends {info.extends}.")
    return "\n".join(lines)


def _workspace_input(info: Any, file_info: Any, spot_fqn: str) -> str:
    spot_name = spot_fqn.rsplit(".", 1)[-1]
    interfaces = [spot_fqn] if spot_fqn else []
    interfaces += [i for i in (info.implements_fqn or info.implements) if i.rsplit(".", 1)[-1] != spot_name]
    params = [
        f"{p.name} ({p.type}{', required' if p.required else ''})" for p in (info.soft_parameters or [])
    ]
    uses = [i for i in (getattr(file_info, "imports", None) or []) if not i.startswith(("java.", "javax."))][
        :12
    ]
    return describe_input(
        info.role,
        interfaces,
        list(info.tables),
        [
            f"Soft parameters: [{', '.join(params)}]" if params else "",
            f"Uses: [{', '.join(uses)}]" if uses else "",
        ],
    )


def _class_source(source: str, info: Any) -> str:
    """The whole file when it holds one top-level class, else package + imports + the class's lines."""
    lines = source.splitlines()
    if not info.start_line or not info.end_line:
        return source
    head_end = info.start_line - 1
    body = lines[head_end : info.end_line]
    before = "\n".join(lines[:head_end])
    after = "\n".join(lines[info.end_line :])
    if not re.search(r"\b(class|interface|enum|record)\s+\w+", before + "\n" + after):
        return source.strip() + "\n"
    head = [ln for ln in lines[:head_end] if ln.startswith(("package ", "import "))]
    return "\n".join([*head, "", *body]).strip() + "\n"


def _fim_spans(source: str, info: Any, rel: str, spot: str, count: int, seed: int) -> list[Example]:
    """Cut 1–3 line spans from method bodies: the shape of an inline completion."""
    lines = source.splitlines(keepends=True)
    rng = random.Random(f"{seed}:{rel}:{info.name}")
    bodies = [m for m in info.methods if m.end_line - m.start_line >= 4]
    rng.shuffle(bodies)
    out = []
    for method in bodies[:count]:
        first = method.start_line + 1  # skip the declaration line
        last = method.end_line - 2  # keep the closing brace in the suffix
        if last < first:
            continue
        start = rng.randint(first, last)
        length = min(rng.randint(1, 3), last - start + 1)
        middle = "".join(lines[start - 1 : start - 1 + length])
        if not middle.strip():
            continue
        prefix = "".join(lines[: start - 1])[-3000:]
        suffix = "".join(lines[start - 1 + length :])[:1500]
        out.append(
            Example(
                kind="fim",
                source="workspace",
                file=rel,
                spot=spot,
                prefix=prefix,
                suffix=suffix,
                middle=middle,
                id=f"wf-{info.name}-{method.name}-{start}",
            )
        )
    return out
