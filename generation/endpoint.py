"""The OpenAI-compatible base URL, as users type it.

vLLM and llama.cpp serve the API under ``/v1``; ``http://localhost:8000`` (no path) used to answer
every request with a bare 404.  A URL without a path gets ``/v1``; any other path is kept (a proxy
may mount the API elsewhere) and a 404 from it gets a hint instead.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


def normalise_endpoint(endpoint: str) -> str:
    """``http://host:8000`` and ``http://host:8000/`` -> ``http://host:8000/v1``; others unchanged."""
    url = endpoint.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme and parts.netloc and parts.path in ("", "/"):
        return urlunsplit((parts.scheme, parts.netloc, "/v1", parts.query, parts.fragment))
    return url


def server_root(endpoint: str) -> str:
    """The server's own root (``.../v1`` removed): vLLM serves ``/tokenize`` and the LoRA routes there."""
    url = endpoint.rstrip("/")
    return url[: -len("/v1")] if url.endswith("/v1") else url


def not_found_hint(endpoint: str, status: int) -> str:
    """A hint for a 404 from an endpoint whose path does not end in /v1 ("" otherwise)."""
    if status != 404 or urlsplit(endpoint).path.rstrip("/").endswith("/v1"):
        return ""
    return f" (the OpenAI-compatible API usually lives under /v1: try endpoint {endpoint.rstrip('/')}/v1)"
