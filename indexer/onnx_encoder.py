"""Sentence embeddings through ONNX Runtime: the same vectors as sentence-transformers, without torch.

Importing torch + sentence-transformers costs a process ~480 MiB before the first vector; ONNX
Runtime needs ~150 MiB.  The language server keeps running for hours beside the editor, so it
embeds through this module whenever the model allows it:

- the model folder must be a plain sentence-transformers model (Transformer -> mean Pooling ->
  optional Normalize), as the packaged all-MiniLM-L6-v2 is;
- the ONNX graph is exported once, in a child process (so torch never enters the caller), into a
  per-user cache keyed by the model files, and the export checks its vectors against
  sentence-transformers before the file is kept;
- anything else (another pooling, a failed export, no onnxruntime) falls back to
  sentence-transformers in-process, with a log line saying why.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

EXPORT_TIMEOUT_S = 600
FAILED_MARK = "export-failed.txt"  # beside the would-be model.onnx; delete it to try again
_PROBES = [
    "validate the bill amount before bill completion",
    "CI_BSEG_CALC bill segment calculation header with amounts " * 20,  # longer than 128 pieces
    "x",
]
_STANDARD_MODULES = ("Transformer", "Pooling", "Normalize")


class OnnxUnavailable(RuntimeError):
    """This model cannot be served through ONNX Runtime here (the caller falls back to torch)."""


def cache_root() -> Path:
    """``$ORMB_ASSIST_CACHE``, else ``$XDG_CACHE_HOME/ormb-assist`` (``~/.cache/ormb-assist``)."""
    if os.environ.get("ORMB_ASSIST_CACHE"):
        return Path(os.environ["ORMB_ASSIST_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ormb-assist"


def standard_layout(model_dir: Path) -> dict[str, Any]:
    """Settings of a Transformer -> mean Pooling (-> Normalize) model folder; raises otherwise."""
    try:
        modules = json.loads((model_dir / "modules.json").read_text(encoding="utf-8"))
        types = tuple(m["type"].rsplit(".", 1)[-1] for m in modules)
        pooling_dir = next(m["path"] for m in modules if m["type"].endswith("Pooling"))
        pooling = json.loads((model_dir / pooling_dir / "config.json").read_text(encoding="utf-8"))
        bert_config = json.loads((model_dir / "sentence_bert_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, StopIteration) as exc:
        raise OnnxUnavailable(f"not a plain sentence-transformers folder: {exc}") from exc
    if types not in (_STANDARD_MODULES, _STANDARD_MODULES[:2]):
        raise OnnxUnavailable(f"modules {types} are not Transformer -> Pooling (-> Normalize)")
    modes = {k for k, v in pooling.items() if k.startswith("pooling_mode") and v}
    if modes != {"pooling_mode_mean_tokens"}:
        raise OnnxUnavailable(f"pooling {sorted(modes)} is not mean pooling")
    if not (model_dir / "tokenizer.json").exists():
        raise OnnxUnavailable("no tokenizer.json (a fast tokenizer) in the model folder")
    return {"max_seq_length": int(bert_config.get("max_seq_length") or 512)}


def exported_path(model_dir: Path) -> Path:
    """Where the ONNX graph of ``model_dir`` lives in the cache (keyed by the model files)."""
    digest = hashlib.sha256(str(model_dir.resolve()).encode())
    for name in sorted(os.listdir(model_dir)):
        stat = (model_dir / name).stat()
        digest.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return cache_root() / "onnx" / digest.hexdigest()[:24] / "model.onnx"


class OnnxSentenceEncoder:
    """Tokenize with the model's fast tokenizer, run the exported graph, mean-pool, L2-normalise."""

    def __init__(self, model_dir: Path, threads: int) -> None:
        try:
            import onnxruntime
            import tokenizers
        except ImportError as exc:
            raise OnnxUnavailable(f"onnxruntime is not installed: {exc}") from exc
        layout = standard_layout(model_dir)
        path = exported_path(model_dir)
        failed = path.with_name(FAILED_MARK)
        if failed.exists():  # do not pay a failing export at every start
            raise OnnxUnavailable(
                f"export failed before ({failed}): {failed.read_text(encoding='utf-8').strip()}"
            )
        if not path.exists():
            try:
                export_in_child(model_dir, path)
            except OnnxUnavailable as exc:
                try:
                    failed.parent.mkdir(parents=True, exist_ok=True)
                    failed.write_text(f"{exc}\n", encoding="utf-8")
                except OSError:  # a read-only cache: retried next start, still no crash
                    log.debug("cannot remember the failed export in %s", failed)
                raise
        self.tokenizer = tokenizers.Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=layout["max_seq_length"])
        self.tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")  # idle means idle
        try:
            self.session = onnxruntime.InferenceSession(
                str(path), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # a truncated cache file: export again next time
            path.unlink(missing_ok=True)
            raise OnnxUnavailable(f"cannot load {path}: {exc}") from exc
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.dimension = int(self.session.get_outputs()[0].shape[-1])

    def token_count(self, text: str) -> int:
        return len(self.tokenizer.encode(text).ids)

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        """Unit vectors, one per text; batches of similar length (as sentence-transformers does)."""
        encoded = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: -len(encoded[i].ids))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            width = max(len(encoded[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(encoded[i].ids)
                ids[r, :n], mask[r, :n] = encoded[i].ids, 1
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
            summed = (hidden * mask[..., None]).sum(axis=1)
            pooled = summed / np.clip(mask.sum(axis=1, keepdims=True), 1e-9, None)
            out[rows] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return out


def export_in_child(model_dir: Path, target: Path) -> None:
    """Export in a child process: torch is imported there, never in the caller."""
    log.info("exporting embedding model %s to ONNX (once) ...", model_dir)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ormb_assist.indexer.onnx_encoder", str(model_dir), str(target)],
            capture_output=True,
            text=True,
            timeout=EXPORT_TIMEOUT_S,
            env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"},
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OnnxUnavailable(f"ONNX export did not finish: {exc}") from exc
    if done.returncode != 0 or not target.exists():
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise OnnxUnavailable(f"ONNX export failed: {tail[0]}")


def _export(model_dir: Path, target: Path) -> None:
    """Child process: export the Transformer module, then keep the file only if its vectors match."""
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
    transformer = model[0].auto_model.eval()

    class LastHidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inner = transformer

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.partial")
    sample = torch.ones(2, 8, dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    torch.onnx.export(
        LastHidden(),
        (sample, sample, torch.zeros_like(sample)),
        str(partial),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["last_hidden_state"],
        dynamic_axes={
            "input_ids": axes,
            "attention_mask": axes,
            "token_type_ids": axes,
            "last_hidden_state": axes,
        },
        opset_version=17,
        dynamo=False,
    )
    os.replace(partial, target)
    try:
        expected = model.encode(_PROBES, normalize_embeddings=True, convert_to_numpy=True)
        got = OnnxSentenceEncoder(model_dir, threads=1).encode(_PROBES, batch_size=2)
        agreement = float((expected * got).sum(axis=1).min())
        if agreement < 0.9999:
            raise OnnxUnavailable(f"ONNX vectors differ from sentence-transformers (cosine {agreement:.5f})")
    except Exception:
        target.unlink(missing_ok=True)
        raise


if __name__ == "__main__":
    _export(Path(sys.argv[1]), Path(sys.argv[2]))
