"""A local process that speaks the OpenAI HTTP protocol the way vLLM does, for backend tests.

It is a stand-in only for the model (no weights exist here): answers come from a JSON script the test
writes, so assertions can target exact behaviour.  Modes reproduce what breaks in production:
``slow`` (delayed, streamed in small pieces), ``fail`` (HTTP 500), ``flaky`` (first request 503, then
fine: exercises retries), ``garbage`` (prose instead of code, or a malformed body).

Usage: python fake_openai_server.py --script FILE [--mode M] [--log FILE]
Prints ``PORT <n>`` on stdout once listening.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class State:
    def __init__(self, script: dict[str, Any], mode: str, delay: float, log_path: str | None) -> None:
        self.models: list[str] = script.get("models", ["ormb-lora"])
        self.chat: list[str] = script.get("chat", ["```java\npublic class Empty {}\n```"])
        self.completions: list[str] = script.get("completions", ["ps.close();"])
        self.mode = mode
        self.delay = delay
        self.log_path = log_path
        self.requests = 0
        self.chat_calls = 0
        self.lock = threading.Lock()

    def next_chat(self) -> str:
        with self.lock:
            text = self.chat[min(self.chat_calls, len(self.chat) - 1)]
            self.chat_calls += 1
            return text

    def record(self, path: str, body: dict[str, Any]) -> None:
        if self.log_path:
            with self.lock, open(self.log_path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"path": path, "body": body}) + "\n")


STATE: State


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        return

    def _json(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        self._json(status, {"error": {"message": message, "type": "server_error", "code": status}})

    def _gate(self) -> bool:
        """Apply the failure modes; True when the request should be answered normally."""
        with STATE.lock:
            STATE.requests += 1
            first = STATE.requests == 1
        if STATE.mode == "fail":
            self._error(500, "internal error (fake server in fail mode)")
            return False
        if STATE.mode == "flaky" and first:
            self._error(503, "warming up")
            return False
        if STATE.mode == "slow":
            time.sleep(STATE.delay)
        return True

    def do_GET(self) -> None:
        if self.path.rstrip("/") != "/v1/models":
            self._error(404, f"no route {self.path}")
            return
        if not self._gate():
            return
        self._json(
            200,
            {
                "object": "list",
                "data": [{"id": m, "object": "model", "owned_by": "fake"} for m in STATE.models],
            },
        )

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            self._error(400, "body is not JSON")
            return
        STATE.record(self.path, body)
        if not self._gate():
            return
        model = body.get("model")
        if model not in STATE.models:
            self._error(404, f"The model `{model}` does not exist.")
            return
        if self.path == "/v1/chat/completions":
            text = "I am sorry, I cannot help with that." if STATE.mode == "garbage" else STATE.next_chat()
            self._chat(body, text)
        elif self.path == "/v1/completions":
            self._completion(body)
        else:
            self._error(404, f"no route {self.path}")

    def _chat(self, body: dict[str, Any], text: str) -> None:
        created = int(time.time())
        if not body.get("stream"):
            self._json(
                200,
                {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "created": created,
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": text},
                            "finish_reason": "stop",
                        }
                    ],
                },
            )
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        step = 12
        try:
            for i in range(0, len(text), step):
                chunk = {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": body["model"],
                    "choices": [
                        {"index": 0, "delta": {"content": text[i : i + step]}, "finish_reason": None}
                    ],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
                if STATE.mode == "slow":
                    time.sleep(STATE.delay / 10)
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return  # the client cancelled
        self.close_connection = True

    def _completion(self, body: dict[str, Any]) -> None:
        if STATE.mode == "garbage":
            self._json(200, {"unexpected": "shape"})
            return
        n = int(body.get("n") or 1)
        texts = (STATE.completions * n)[:n]
        stops = body.get("stop") or []
        choices = []
        for i, text in enumerate(texts):
            for stop in stops:
                if stop in text:
                    text = text[: text.index(stop)]
            choices.append({"index": i, "text": text, "finish_reason": "stop", "logprobs": None})
        self._json(
            200,
            {
                "id": "cmpl-fake",
                "object": "text_completion",
                "created": int(time.time()),
                "model": body["model"],
                "choices": choices,
            },
        )


def main() -> None:
    global STATE
    parser = argparse.ArgumentParser()
    parser.add_argument("--script", required=True)
    parser.add_argument("--mode", default="normal", choices=["normal", "slow", "fail", "flaky", "garbage"])
    parser.add_argument("--delay", type=float, default=2.0)
    parser.add_argument("--log")
    args = parser.parse_args()
    with open(args.script, encoding="utf-8") as fh:
        STATE = State(json.load(fh), args.mode, args.delay, args.log)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(f"PORT {server.server_address[1]}", flush=True)
    sys.stdout.close()
    server.serve_forever()


if __name__ == "__main__":
    main()
