"""One typed settings model for the CLI, the language server and the editor clients.

The VS Code extension's ``contributes.configuration`` is generated from :func:`json_schema`, and a
test checks the two agree, so this dataclass is the single source of truth.  Bad values fall back to
the default with a warning instead of failing (a typo in an editor setting must not kill the server).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, get_args, get_origin, get_type_hints

from ormb_assist.workspace_root import DEFAULT_ROOT_MARKERS

Backend = Literal["embedded", "openai", "transformers"]
FimTemplate = Literal["qwen2.5-coder", "codellama", "starcoder", "deepseek", "none"]
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]


def _doc(text: str, **kw: Any) -> Any:
    return field(metadata={"doc": text}, **kw)


@dataclass
class Settings:
    backend: Backend = _doc(
        "Which model backend writes code: 'embedded' (default, no model server: grounded synthesis from "
        "the index), 'openai' (a vLLM or other OpenAI-compatible server), 'transformers' (a local model folder).",
        default="embedded",
    )
    endpoint: str = _doc(
        "Base URL of the OpenAI-compatible server, e.g. http://localhost:8000/v1.", default=""
    )
    api_key_env: str = _doc(
        "Name of the environment variable holding the server's API key (the key itself is never stored or logged).",
        default="ORMB_ASSIST_API_KEY",
    )
    model: str = _doc(
        "Model name sent to the server; with vLLM multi-LoRA this is the adapter name (e.g. 'ormb-lora').",
        default="",
    )
    model_path: str = _doc("Local Hugging Face model folder for the 'transformers' backend.", default="")
    fim_template: FimTemplate = _doc(
        "Fill-in-the-middle prompt format for inline completion through /v1/completions.",
        default="qwen2.5-coder",
    )
    max_tokens_inline: int = _doc("Token limit for one inline completion.", default=128)
    max_tokens_generate: int = _doc("Token limit for one generated algorithm class.", default=2048)
    context_token_budget: int = _doc("Token budget for retrieved context in prompts.", default=3000)
    temperature: float = _doc("Sampling temperature for model backends.", default=0.2)
    request_timeout_s: float = _doc("Timeout of one model request, seconds.", default=30.0)
    max_retries: int = _doc("Retries (with backoff) for failed model requests.", default=2)
    max_concurrency: int = _doc("Concurrent requests to the model server.", default=4)
    repair_rounds: int = _doc("javac repair rounds for model-written classes.", default=2)
    debounce_ms: int = _doc("Inline completion debounce, milliseconds.", default=75)
    telemetry: bool = _doc(
        "Record shown/accepted completions in the local harvest store (never sent anywhere).", default=True
    )
    harvest_path: str = _doc("SQLite harvest store; default <index dir>/harvest.sqlite.", default="")
    index_dir: str = _doc("Where the index lives; default <workspace>/.ormb-assist.", default="")
    embedding_model: str = _doc(
        "sentence-transformers model name or folder; default the packaged all-MiniLM-L6-v2.", default=""
    )
    max_file_bytes: int = _doc("Source files larger than this are skipped with a note.", default=2_000_000)
    javac: str = _doc("javac executable used to verify generated classes.", default="javac")
    log_level: LogLevel = _doc("Log level of the language server.", default="INFO")
    root_markers: tuple[str, ...] = _doc(
        "Globs that mark the workspace root when the editor opened a subfolder or a file: the nearest "
        "folder upwards matching one that names jars or DDL wins, then any other (docs/your-workspace.md).",
        default=DEFAULT_ROOT_MARKERS,
    )

    # ---- helpers -------------------------------------------------------------------------------
    def index_path(self, workspace: Path) -> Path:
        return Path(self.index_dir).expanduser() if self.index_dir else Path(workspace) / ".ormb-assist"

    def harvest_file(self, workspace: Path) -> Path:
        return (
            Path(self.harvest_path).expanduser()
            if self.harvest_path
            else self.index_path(workspace) / "harvest.sqlite"
        )

    def api_key(self) -> str:
        return os.environ.get(self.api_key_env, "") if self.api_key_env else ""

    def redacted(self) -> dict[str, Any]:
        """Settings as a dict safe to log (no secrets are stored here, but be explicit)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> tuple[Settings, list[str]]:
        """Build settings from editor/CLI input. Unknown keys and bad values fall back with a warning."""
        warnings: list[str] = []
        values: dict[str, Any] = {}
        hints = get_type_hints(cls)
        known = {f.name: f for f in fields(cls)}
        for key, raw in (data or {}).items():
            name = _snake(key)
            if name not in known:
                warnings.append(f"unknown setting '{key}' ignored")
                continue
            try:
                values[name] = _coerce(raw, hints[name])
            except (TypeError, ValueError) as exc:
                warnings.append(f"setting '{key}': {exc}; using default {known[name].default!r}")
        return cls(**values), warnings

    def merged(self, data: dict[str, Any] | None) -> tuple[Settings, list[str]]:
        base = dataclasses.asdict(self)
        new, warnings = Settings.from_dict(data)
        explicit = {_snake(k) for k in (data or {})}
        for f in fields(self):
            if f.name not in explicit:
                setattr(new, f.name, base[f.name])
        return new, warnings


def _snake(key: str) -> str:
    out = []
    for ch in key:
        if ch.isupper():
            out.append("_" + ch.lower())
        else:
            out.append(ch)
    return "".join(out).lstrip("_")


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def _coerce(raw: Any, hint: Any) -> Any:
    if get_origin(hint) is tuple:  # a list of strings: a JSON array, or one comma-separated string
        items = raw.split(",") if isinstance(raw, str) else raw
        if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) for i in items):
            raise ValueError(f"{raw!r} is not a list of strings")
        return tuple(i.strip() for i in items if i.strip())
    choices = get_args(hint)
    if choices:  # Literal
        if raw not in choices:
            raise ValueError(f"{raw!r} is not one of {', '.join(map(str, choices))}")
        return raw
    if hint is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in ("true", "false", "1", "0", "yes", "no"):
            return raw.lower() in ("true", "1", "yes")
        raise ValueError(f"{raw!r} is not a boolean")
    if hint is int:
        if isinstance(raw, bool):
            raise ValueError(f"{raw!r} is not an integer")
        value = int(raw)
        if value < 0:
            raise ValueError(f"{raw!r} must not be negative")
        return value
    if hint is float:
        value = float(raw)
        if value < 0:
            raise ValueError(f"{raw!r} must not be negative")
        return value
    if hint is str:
        if not isinstance(raw, str):
            raise ValueError(f"{raw!r} is not a string")
        return raw
    return raw


def json_schema(prefix: str = "ormbAssist.") -> dict[str, Any]:
    """VS Code ``contributes.configuration.properties`` for every setting (camelCase keys)."""
    hints = get_type_hints(Settings)
    props: dict[str, Any] = {}
    for f in fields(Settings):
        hint = hints[f.name]
        entry: dict[str, Any] = {"default": f.default, "description": f.metadata.get("doc", "")}
        choices = get_args(hint)
        if get_origin(hint) is tuple:
            entry.update(default=list(f.default), type="array", items={"type": "string"})
        elif choices:
            entry["type"] = "string"
            entry["enum"] = list(choices)
        else:
            entry["type"] = {bool: "boolean", int: "integer", float: "number", str: "string"}[hint]
        props[prefix + _camel(f.name)] = entry
    return props
