"""Write and check LoRA adapter folders.

An adapter folder is complete only when ``ormb_adapter.json`` is present and the hashes it lists
match the files beside it.  Training writes into a temporary sibling folder and renames it at the
end, so a crash, an out-of-memory error or a full disk leaves either the previous adapter or none —
never a half-written one that export, publish or the language server would take for real.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

MANIFEST = "ormb_adapter.json"
REQUIRED = ("adapter_config.json", "adapter_model.safetensors")


class AdapterError(ValueError):
    """Not a complete adapter folder; the message says what is missing."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_adapter(
    model: Any, tokenizer: Any, target: Path, *, base_model: str, recipe: dict, metrics: dict
) -> Path:
    """Save a PEFT model's adapter (and tokenizer) to ``target`` atomically; returns ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.tmp-"))
    try:
        model.save_pretrained(str(tmp), safe_serialization=True)
        if tokenizer is not None:
            tokenizer.save_pretrained(str(tmp))
        finish_adapter_folder(tmp, base_model=base_model, recipe=recipe, metrics=metrics)
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        if target.exists():
            target.rename(old)
        tmp.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def finish_adapter_folder(folder: Path, *, base_model: str, recipe: dict, metrics: dict) -> None:
    """Write the manifest last: it names every file and its hash."""
    missing = [name for name in REQUIRED if not (folder / name).is_file()]
    if missing:
        raise AdapterError(f"{folder}: the saved adapter lacks {', '.join(missing)}")
    files = {p.name: _sha256(p) for p in sorted(folder.iterdir()) if p.is_file() and p.name != MANIFEST}
    config = json.loads((folder / "adapter_config.json").read_text(encoding="utf-8"))
    manifest = {
        "format": "ormb-assist-lora/1",
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "base_model": base_model,
        "rank": config.get("r"),
        "alpha": config.get("lora_alpha"),
        "target_modules": config.get("target_modules"),
        "recipe": recipe,
        "metrics": {k: v for k, v in metrics.items() if k not in ("config", "dataset")},
        "files": files,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, default=str), encoding="utf-8")


def verify_adapter(folder: Path) -> dict[str, Any]:
    """The manifest of a complete adapter folder, or :class:`AdapterError` saying why it is not one."""
    folder = Path(folder)
    if not folder.is_dir():
        raise AdapterError(f"{folder} is not a folder")
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        raise AdapterError(
            f"{folder} has no {MANIFEST}: training did not finish writing it (or it was not made by ormb-assist train)"
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise AdapterError(f"{manifest_path} is corrupt: {exc}") from exc
    for name in REQUIRED:
        if name not in manifest.get("files", {}):
            raise AdapterError(f"{folder}: manifest lists no {name}")
    for name, digest in manifest["files"].items():
        path = folder / name
        if not path.is_file():
            raise AdapterError(f"{folder}: {name} is missing")
        if _sha256(path) != digest:
            raise AdapterError(
                f"{folder}: {name} does not match its manifest hash (partial or modified file)"
            )
    return manifest
