"""Fill-in-the-middle prompt formats for inline completion through ``/v1/completions``.

Each preset renders prefix, suffix and retrieved context into the special-token layout the model was
trained on, and names the stop strings that end the middle.  Retrieved context goes before the
prefix: as a separate "file" where the format has file separators (Qwen2.5-Coder), else as a Java
comment, so the model sees workspace signatures and tables without them leaking into the answer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FimTemplate:
    name: str
    prefix_token: str
    suffix_token: str
    middle_token: str
    stop: tuple[str, ...]
    file_separator: str = ""
    suffix_first: bool = False

    def render(self, prefix: str, suffix: str, context: str = "", path: str = "") -> str:
        head = ""
        if context.strip():
            if self.file_separator:
                head = f"{self.file_separator}ormb-context.txt\n{context.strip()}\n{self.file_separator}{path or 'Current.java'}\n"
            else:
                head = "".join(f"// {line}\n" for line in context.strip().splitlines())
        if not self.prefix_token:  # plain left-to-right continuation
            return head + prefix
        if self.suffix_first:
            return f"{self.suffix_token}{suffix}{self.prefix_token}{head}{prefix}{self.middle_token}"
        return f"{self.prefix_token}{head}{prefix}{self.suffix_token}{suffix}{self.middle_token}"

    def clean(self, text: str) -> str:
        """Cut the answer at the first special token that leaked through."""
        for token in (*self.stop, self.prefix_token, self.suffix_token, self.middle_token):
            if token and token in text:
                text = text[: text.index(token)]
        return text


TEMPLATES: dict[str, FimTemplate] = {
    "qwen2.5-coder": FimTemplate(
        "qwen2.5-coder",
        "<|fim_prefix|>",
        "<|fim_suffix|>",
        "<|fim_middle|>",
        ("<|endoftext|>", "<|fim_pad|>", "<|file_sep|>", "<|im_end|>", "<|repo_name|>"),
        file_separator="<|file_sep|>",
    ),
    "codellama": FimTemplate("codellama", "<PRE> ", " <SUF>", " <MID>", ("<EOT>",)),
    "starcoder": FimTemplate(
        "starcoder",
        "<fim_prefix>",
        "<fim_suffix>",
        "<fim_middle>",
        ("<|endoftext|>", "<file_sep>"),
        "<file_sep>",
    ),
    "deepseek": FimTemplate(
        "deepseek", "<｜fim▁begin｜>", "<｜fim▁hole｜>", "<｜fim▁end｜>", ("<｜end▁of▁sentence｜>",)
    ),
    "none": FimTemplate("none", "", "", "", ()),
}


def get_template(name: str) -> FimTemplate:
    try:
        return TEMPLATES[name]
    except KeyError:
        raise ValueError(f"unknown FIM template '{name}'; choose one of {', '.join(TEMPLATES)}") from None
