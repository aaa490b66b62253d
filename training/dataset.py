"""``ormb-assist dataset``: turn harvested accepts and workspace algorithms into training files.

Pipeline: collect (:mod:`.harvest_source`, :mod:`.workspace_source`) → redact secrets → drop exact
and near duplicates (MinHash LSH, ``datasketch``) → split train/validation by connected groups of
file *and* spot, so no file and no SPOT interface appears on both sides → write JSONL files and
``stats.json``.

Files written to the output folder (each atomically, ``stats.json`` last — its presence means the
folder is complete):

* ``instruct.jsonl`` — ``{"instruction", "input", "output", "id", "split", "source", "file", "spot"}``
  for every chat example (the Alpaca-style form other tools read);
* ``train.jsonl`` / ``validation.jsonl`` — chat rows (``messages`` with the generation system prompt,
  rendered later through the model's own chat template, Qwen3 thinking off) and FIM rows
  (``prefix``/``suffix``/``middle``);
* ``stats.json`` — counts per source and kind, what was skipped and why, duplicates, redactions,
  split sizes, character-length percentiles.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import statistics
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ormb_assist.generation.model_prompts import SYSTEM_PROMPT
from ormb_assist.harvest import redact
from ormb_assist.training.harvest_source import harvest_examples, read_harvest
from ormb_assist.training.sources import Example, SourceReport
from ormb_assist.training.workspace_source import workspace_examples

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"\w+|[^\w\s]")
_PLACEHOLDER = re.compile(r"[\"']?<redacted>\S*")


class DatasetError(ValueError):
    """Nothing usable to train on, or unusable input; the message says what to do."""


def chat_messages(example: Example) -> list[dict[str, str]]:
    """The chat form of an instruct example: same system prompt as the generation backends use."""
    user = example.instruction.strip()
    if example.input.strip():
        user += "\n\n" + example.input.strip()
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": user},
        {"role": "assistant", "content": example.output.strip()},
    ]


def _unquote_placeholders(text: str) -> str:
    """``"<redacted>"`` and ``<redacted>`` are the same redaction (the store already redacted once)."""
    return _PLACEHOLDER.sub("<redacted>", text)


def redact_examples(examples: list[Example]) -> int:
    """Redact credentials in place; returns how many examples changed."""
    changed = 0
    for ex in examples:
        touched = False
        for name in ex.text_fields():
            before = getattr(ex, name)
            after = redact(before)
            if _unquote_placeholders(after) != _unquote_placeholders(
                before
            ):  # a new secret, not a re-redaction
                setattr(ex, name, after)
                touched = True
        changed += touched
    return changed


def _shingles(text: str, size: int = 5) -> set[bytes]:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) <= size:
        return {" ".join(tokens).encode()}
    return {" ".join(tokens[i : i + size]).encode() for i in range(len(tokens) - size + 1)}


def _near_text(ex: Example) -> str:
    if ex.kind == "chat":
        return ex.output
    return ex.prefix[-400:] + ex.middle + ex.suffix[:200]


def deduplicate(examples: list[Example], threshold: float = 0.9) -> tuple[list[Example], int, int]:
    """Keep the first of exact duplicates and of near duplicates (estimated Jaccard ≥ threshold)."""
    from datasketch import MinHash, MinHashLSH

    seen: set[str] = set()
    unique = []
    for ex in examples:
        key = ex.fingerprint()
        if key not in seen:
            seen.add(key)
            unique.append(ex)
    exact = len(examples) - len(unique)
    kept: list[Example] = []
    # LSH finds candidates at a looser threshold (it needs >= 2 bands); the MinHash estimate decides.
    lsh = {kind: MinHashLSH(threshold=min(threshold, 0.8), num_perm=128) for kind in ("chat", "fim")}
    hashes: dict[str, MinHash] = {}
    for n, ex in enumerate(unique):
        mh = MinHash(num_perm=128, seed=1)
        mh.update_batch(list(_shingles(_near_text(ex))))
        similar = [k for k in lsh[ex.kind].query(mh) if hashes[k].jaccard(mh) >= threshold]
        if similar:
            continue
        key = f"{n}"
        hashes[key] = mh
        lsh[ex.kind].insert(key, mh)
        kept.append(ex)
    return kept, exact, len(unique) - len(kept)


def split_groups(
    examples: list[Example], validation_ratio: float, seed: int = 0
) -> tuple[list[Example], list[Example]]:
    """Validation gets whole groups: examples joined by a shared file or a shared spot stay together."""
    parent = list(range(len(examples)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, ex in enumerate(examples):
        for key in (f"file:{ex.file}" if ex.file else "", f"spot:{ex.spot}" if ex.spot else ""):
            if not key:
                continue
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(examples)):
        groups.setdefault(find(i), []).append(i)

    def order(members: list[int]) -> str:
        first = examples[members[0]]
        return hashlib.sha256(f"{seed}:{first.file}:{first.spot}:{first.id}".encode()).hexdigest()

    target = max(1, round(len(examples) * validation_ratio)) if validation_ratio > 0 else 0
    validation: set[int] = set()
    for members in sorted(groups.values(), key=order):
        if len(validation) >= target or len(groups) < 2:
            break
        if len(validation) + len(members) > max(target * 2, 1) or len(members) == len(examples):
            continue
        validation.update(members)
    train = [ex for i, ex in enumerate(examples) if i not in validation]
    val = [ex for i, ex in enumerate(examples) if i in validation]
    return train, val


def _row(ex: Example) -> dict[str, Any]:
    base = {"id": ex.id, "kind": ex.kind, "source": ex.source, "file": ex.file, "spot": ex.spot}
    if ex.kind == "chat":
        return {**base, "messages": chat_messages(ex)}
    return {**base, "prefix": ex.prefix, "suffix": ex.suffix, "middle": ex.middle, "path": ex.file}


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    n = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)  # a full disk or Ctrl-C leaves no half-written .tmp behind
        raise
    return n


def _lengths(examples: list[Example]) -> dict[str, Any]:
    if not examples:
        return {}
    sizes = sorted(sum(len(getattr(ex, f)) for f in ex.text_fields()) for ex in examples)
    pick = lambda q: sizes[min(len(sizes) - 1, int(q * len(sizes)))]  # noqa: E731
    return {"min": sizes[0], "median": int(statistics.median(sizes)), "p90": pick(0.9), "max": sizes[-1]}


def build_dataset(
    out_dir: Path,
    *,
    index: Any | None = None,
    harvest: Path | None = None,
    validation_ratio: float = 0.1,
    near_duplicate_threshold: float = 0.9,
    include_fim: bool = True,
    seed: int = 0,
) -> dict[str, Any]:
    """Build the dataset folder; returns the stats written to ``stats.json``."""
    harvest_report, workspace_report = SourceReport(), SourceReport()
    examples: list[Example] = []
    if harvest is not None:
        examples += harvest_examples(read_harvest(Path(harvest), harvest_report), harvest_report)
    if index is not None:
        examples += workspace_examples(
            index, workspace_report, fim_per_class=2 if include_fim else 0, seed=seed
        )
    if not include_fim:
        examples = [ex for ex in examples if ex.kind == "chat"]
    if not examples:
        raise DatasetError(
            "no training examples: the harvest has no accepted completions "
            f"({harvest_report.read} events read, skipped: {harvest_report.skipped or 'none'}) and the workspace has "
            f"no algorithm classes ({workspace_report.read} classes read). Accept some completions in the editor "
            "or point --workspace at a workspace with algorithm sources."
        )
    redacted = redact_examples(examples)
    kept, exact, near = deduplicate(examples, near_duplicate_threshold)
    train, val = split_groups(kept, validation_ratio, seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "stats.json").unlink(missing_ok=True)  # incomplete until rewritten
    split_of = {id(ex): "train" for ex in train} | {id(ex): "validation" for ex in val}
    _write_jsonl(
        out_dir / "instruct.jsonl",
        (
            {
                **{
                    k: v
                    for k, v in asdict(ex).items()
                    if k in ("instruction", "input", "output", "id", "source", "file", "spot")
                },
                "split": split_of[id(ex)],
            }
            for ex in kept
            if ex.kind == "chat"
        ),
    )
    _write_jsonl(out_dir / "train.jsonl", (_row(ex) for ex in train))
    _write_jsonl(out_dir / "validation.jsonl", (_row(ex) for ex in val))
    leaks = {ex.file for ex in train if ex.file} & {ex.file for ex in val if ex.file}
    leaks |= {ex.spot for ex in train if ex.spot} & {ex.spot for ex in val if ex.spot}
    stats = {
        "examples": len(kept),
        "by_kind": dict(Counter(ex.kind for ex in kept)),
        "by_source": dict(Counter(ex.source for ex in kept)),
        "harvest": asdict(harvest_report),
        "workspace": asdict(workspace_report),
        "redacted_examples": redacted,
        "duplicates": {"exact": exact, "near": near, "threshold": near_duplicate_threshold},
        "split": {
            "train": len(train),
            "validation": len(val),
            "validation_files": sorted({ex.file for ex in val if ex.file}),
            "validation_spots": sorted({ex.spot for ex in val if ex.spot}),
            "shared_between_splits": sorted(leaks),
        },
        "chars": {
            "chat": _lengths([e for e in kept if e.kind == "chat"]),
            "fim": _lengths([e for e in kept if e.kind == "fim"]),
        },
        "warnings": []
        if val
        else ["validation split is empty: every example shares a file or spot with the rest"],
    }
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=".stats.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(stats, fh, indent=2)
        os.replace(tmp, out_dir / "stats.json")
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return stats


def load_split(dataset_dir: Path, split: str) -> list[dict[str, Any]]:
    """Rows of ``train``/``validation``; refuses a folder whose ``stats.json`` is missing (incomplete)."""
    if not (dataset_dir / "stats.json").exists():
        raise DatasetError(
            f"{dataset_dir} is not a complete dataset folder (no stats.json); run `ormb-assist dataset` first"
        )
    path = dataset_dir / f"{split}.jsonl"
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise DatasetError(f"{path}:{n} is not valid JSON ({exc}); rebuild the dataset") from exc
    return rows
