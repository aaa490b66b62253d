"""Make a randomly initialised Qwen3 of a real shape, with a tokenizer made here, in a Hugging Face folder.

No model weights reach the offline GPU machine, so the benchmark trains a random model of the exact
Qwen3-8B (or 14B, 4B…) layer shape.  Speed and memory depend on the shape, not on the values, so the
throughput figures carry over; the loss values do not (they start near ln(vocab)).

The tokenizer is a byte-level BPE trained in a second on this repository's own text, with Qwen3's
special tokens and a Qwen3-style chat template (``enable_thinking=False`` writes the empty
``<think></think>`` block).  Its vocabulary is smaller than the model's embedding table, which is
kept at the real 151,936 rows so that the LM head and the loss cost what they cost in Qwen3-8B.

    python benchmarks/gpu/random_qwen3.py --out /tmp/qwen3-8b-random --shape 8b [--layers N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

SHAPES = {
    "8b": {"hidden_size": 4096, "intermediate_size": 12288, "num_hidden_layers": 36, "num_attention_heads": 32,
           "num_key_value_heads": 8, "head_dim": 128, "tie_word_embeddings": False},
    "14b": {"hidden_size": 5120, "intermediate_size": 17408, "num_hidden_layers": 40, "num_attention_heads": 40,
            "num_key_value_heads": 8, "head_dim": 128, "tie_word_embeddings": False},
    "4b": {"hidden_size": 2560, "intermediate_size": 9728, "num_hidden_layers": 36, "num_attention_heads": 32,
           "num_key_value_heads": 8, "head_dim": 128, "tie_word_embeddings": True},
}  # fmt: skip
QWEN3_VOCAB = 151936
SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<think>", "</think>", "<|fim_prefix|>", "<|fim_middle|>",
           "<|fim_suffix|>", "<|fim_pad|>", "<|repo_name|>", "<|file_sep|>"]  # fmt: skip
CHAT_TEMPLATE = (
    "{%- for message in messages %}"
    "{%- if message.role == 'assistant' and loop.last %}"
    "{{- '<|im_start|>assistant\\n<think>\\n\\n</think>\\n\\n' + message.content + '<|im_end|>\\n' }}"
    "{%- else %}{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}{%- endif %}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}"
    "{%- if enable_thinking is defined and enable_thinking is false %}{{- '<think>\\n\\n</think>\\n\\n' }}{%- endif %}"
    "{%- endif %}"
)


def corpus(root: Path) -> list[str]:
    texts = []
    for pattern in ("**/*.py", "**/*.md", "**/*.java", "**/*.sql"):
        for path in sorted(root.glob(pattern)):
            if ".venv" in path.parts or ".git" in path.parts or path.stat().st_size > 500_000:
                continue
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts or ["public class Example { void invoke() { } }"]


def make_tokenizer(root: Path, vocab: int = 8000):
    from tokenizers import ByteLevelBPETokenizer
    from transformers import PreTrainedTokenizerFast

    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(
        corpus(root), vocab_size=vocab, min_frequency=2, special_tokens=SPECIAL, show_progress=False
    )
    tok = PreTrainedTokenizerFast(
        tokenizer_object=bpe._tokenizer, eos_token="<|im_end|>", pad_token="<|endoftext|>",
        bos_token=None, unk_token=None, additional_special_tokens=SPECIAL[3:],
    )  # fmt: skip
    tok.chat_template = CHAT_TEMPLATE
    tok.model_max_length = 40960
    return tok


def make_model(out: Path, shape: str, layers: int | None, vocab: int, root: Path, seed: int = 0) -> dict:
    import torch
    from transformers import Qwen3Config, Qwen3ForCausalLM

    t0 = time.perf_counter()
    tok = make_tokenizer(root)
    params = dict(SHAPES[shape])
    if layers:
        params["num_hidden_layers"] = layers
    config = Qwen3Config(
        vocab_size=vocab, max_position_embeddings=40960, rope_theta=1_000_000.0, rms_norm_eps=1e-6,
        bos_token_id=None, eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id, dtype="bfloat16", **params,
    )  # fmt: skip
    torch.manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    with torch.device(device):
        model = Qwen3ForCausalLM(config).to(torch.bfloat16)
    model.generation_config.eos_token_id = tok.eos_token_id
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out), max_shard_size="5GB")
    tok.save_pretrained(str(out))
    n_params = sum(p.numel() for p in model.parameters())
    info = {"shape": shape, "layers": params["num_hidden_layers"], "vocab": vocab, "tokenizer_vocab": len(tok),
            "params": n_params, "seconds": round(time.perf_counter() - t0, 1), "random_init": True}  # fmt: skip
    (out / "random_model.json").write_text(json.dumps(info, indent=2))
    del model
    if device == "cuda":
        torch.cuda.empty_cache()
    return info


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--shape", choices=sorted(SHAPES), default="8b")
    ap.add_argument("--layers", type=int, help="Fewer layers than the real shape (say so in any figure).")
    ap.add_argument("--vocab", type=int, default=QWEN3_VOCAB)
    ap.add_argument(
        "--root", type=Path, default=Path(__file__).resolve().parents[2], help="Text for the tokenizer."
    )
    args = ap.parse_args()
    if (args.out / "random_model.json").exists():
        print(json.dumps(json.loads((args.out / "random_model.json").read_text())))
        return
    print(json.dumps(make_model(args.out, args.shape, args.layers, args.vocab, args.root)))


if __name__ == "__main__":
    main()
