"""The one small interface every code-writing backend implements.

The pipeline, the language server and the CLI only talk to :class:`Backend`; which implementation
runs is a setting.  Model backends (``openai``, ``transformers``) are imported lazily by
:func:`create_backend` so that the default ``embedded`` backend never pays for torch or httpx.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ormb_assist.indexer.models import Resolution

if TYPE_CHECKING:
    from ormb_assist.settings import Settings


class BackendError(Exception):
    """A failure the user can act on; ``str(error)`` is the message to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class GenerationCancelled(BackendError):
    """The caller set the cancel event; nothing was produced."""

    def __init__(self, message: str = "generation cancelled") -> None:
        super().__init__(message)


@dataclass
class GenerationRequest:
    """Everything a backend needs to write one algorithm class.

    ``class_name``/``package``/``superclass`` are decided by the pipeline (see ``naming``) so that
    every backend produces the same file name and the javac check can emulate the ``_Gen`` class.
    """

    objective: str
    resolution: Resolution | None = None
    context: str = ""  # retrieved context text (signatures, tables, examples)
    class_name: str = ""
    package: str = ""
    superclass: str = ""  # simple name of the ``_Gen`` class, or the framework base fqn
    example_code: str = ""  # source of the nearest workspace example, when one exists
    max_tokens: int = 2048
    temperature: float = 0.2
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def spot(self):
        """The top-ranked spot of the resolution, or ``None``."""
        return self.resolution.spots[0] if self.resolution and self.resolution.spots else None


@dataclass
class CompletionRequest:
    """An inline completion at a cursor: text before and after it plus retrieved context."""

    prefix: str
    suffix: str = ""
    context: str = ""
    path: str = ""
    language: str = "java"
    max_tokens: int = 128
    stop: list[str] = field(default_factory=list)
    n: int = 1  # how many candidates the caller would like


@runtime_checkable
class Backend(Protocol):
    """What the pipeline and the language server call; ``cancel`` is checked between steps."""

    name: str

    def generate(self, req: GenerationRequest, cancel: threading.Event | None = None) -> str:
        """Return the Java source of one class."""
        ...

    def stream_generate(self, req: GenerationRequest, cancel: threading.Event | None = None) -> Iterator[str]:
        """Yield the class text in pieces (the concatenation equals ``generate``)."""
        ...

    def complete(self, req: CompletionRequest, cancel: threading.Event | None = None) -> list[str]:
        """Return candidate texts to insert at the cursor (possibly empty)."""
        ...

    def repair(
        self,
        req: GenerationRequest,
        code: str,
        diagnostics: Sequence[str],
        cancel: threading.Event | None = None,
    ) -> str:
        """Return a corrected class given javac's diagnostics (``path:line: error: message``)."""
        ...

    def health(self) -> dict[str, Any]:
        """``{"ok": bool, "backend": name, "detail": str}`` for status displays."""
        ...


def check_cancel(cancel: threading.Event | None) -> None:
    """Raise :class:`GenerationCancelled` when the caller asked to stop."""
    if cancel is not None and cancel.is_set():
        raise GenerationCancelled()


_MODEL_BACKENDS = {
    "openai": ("ormb_assist.generation.openai_backend", "OpenAIBackend"),
    "transformers": ("ormb_assist.generation.transformers_backend", "TransformersBackend"),
}


def create_backend(settings: Settings, index: Any) -> Backend:
    """Build the backend named by ``settings.backend``; model backends are imported only here."""
    name = settings.backend
    if name == "embedded":
        from ormb_assist.generation.embedded import EmbeddedBackend

        return EmbeddedBackend(settings, index)
    if name not in _MODEL_BACKENDS:
        raise BackendError(f"unknown backend '{name}'; choose embedded, openai or transformers")
    module_name, class_name = _MODEL_BACKENDS[name]
    try:
        module = importlib.import_module(module_name)
        backend_cls = getattr(module, class_name)
    except (ImportError, AttributeError) as exc:
        raise BackendError(
            f"the '{name}' backend is not available ({exc}); install its dependencies or use --backend embedded"
        ) from exc
    return backend_cls(settings, index)


# ---- model output clean-up (shared by the model backends) ----------------------------------------

_THINK = re.compile(r"<think>.*?(</think>|\Z)", re.S | re.I)
_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n(.*?)(?:```|\Z)", re.S)
_TYPE_DECL = re.compile(r"\b(class|interface|enum|record)\s+[A-Za-z_$][\w$]*")
_PACKAGE = re.compile(r"\bpackage\s+[\w.]+\s*;")
_START = re.compile(r"^(package\s|import\s|/\*\*|@|public\s|final\s|abstract\s|class\s)", re.M)


def extract_java(text: str) -> str:
    """Return the Java compilation unit inside a model answer (fences, chatter, think blocks removed).

    Raises :class:`BackendError` when the answer holds no class declaration, so that a model that
    answers in prose never produces a file.
    """
    text = _THINK.sub("", text or "")
    blocks = [(lang.lower(), body) for lang, body in _FENCE.findall(text)]
    candidates = [body for lang, body in blocks if lang in ("java", "") and _TYPE_DECL.search(body)]
    if candidates:
        body = max(candidates, key=len)
    elif "```" in text:
        body = _FENCE.sub("", text)
    else:
        body = text
    start = _PACKAGE.search(body) or _START.search(body)
    if start:
        body = body[start.start() :]
    end = body.rfind("}")
    if not _TYPE_DECL.search(body) or end < 0 or "{" not in body:
        raise BackendError("the model did not return a Java class")
    return body[: end + 1].strip() + "\n"
