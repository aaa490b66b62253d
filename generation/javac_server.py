"""A warm javac: one JVM per process running ``javax.tools`` compilations on request.

A cold ``javac`` costs about a second of JVM start-up and class loading on two cores, which is most
of the generation budget; the same compilation in a warm JVM takes a fraction of that.  The server
is started lazily with the ``java`` launcher of the same JDK as the configured ``javac`` (single-file
source launch, so nothing is written to disk) and restarted after a timeout or crash.  It stands in
only for a JDK's own ``bin/javac``: any other configured javac (a wrapper script, ``/bin/false``) is
run as it is, so the setting is always honoured.  Set ``ORMB_ASSIST_JAVAC_SERVER=0`` to always run
plain ``javac``.

Requests and replies are length-prefixed binary frames (a count, then each argument as UTF-8 bytes
with its length; the reply is the exit code and the output with its length): nothing a file name or
a diagnostic contains can split an argument or fake the end of a reply.  See docs/security.md.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import struct
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import IO

_SOURCE = r"""
import java.io.*;
import java.nio.charset.StandardCharsets;
import javax.tools.*;

public class OrmbCompileServer {
    static final int MAX_ARGS = 1_000_000;
    static final int MAX_ARG_BYTES = 64 << 20;

    public static void main(String[] unused) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);  // only replies ever reach the protocol channel
        while (true) {
            int n;
            try {
                n = in.readInt();
            } catch (EOFException end) {
                return;
            }
            if (n < 0 || n > MAX_ARGS) throw new IOException("bad request: " + n + " arguments");
            String[] args = new String[n];
            for (int i = 0; i < n; i++) {
                int size = in.readInt();
                if (size < 0 || size > MAX_ARG_BYTES) throw new IOException("bad request: argument of " + size + " bytes");
                byte[] raw = new byte[size];
                in.readFully(raw);
                args[i] = new String(raw, StandardCharsets.UTF_8);
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            int rc;
            try {
                rc = compiler.run(null, buffer, buffer, args);
            } catch (Throwable t) {
                rc = 99;
                t.printStackTrace(new PrintStream(buffer));
            }
            byte[] text = buffer.toByteArray();
            out.writeInt(rc);
            out.writeInt(text.length);
            out.write(text);
            out.flush();
        }
    }
}
"""
_INT = struct.Struct(">i")
_SERVERS: dict[str, CompileServer] = {}
_LOCK = threading.Lock()


def enabled() -> bool:
    return os.environ.get("ORMB_ASSIST_JAVAC_SERVER", "1").lower() not in ("0", "false", "no")


def java_beside(javac: str) -> str | None:
    """The ``java`` launcher of the JDK whose own ``bin/javac`` this is (symlinks followed), or None.

    None for anything that is not a JDK's javac (``/bin/false``, a wrapper script): the warm server
    would otherwise compile with whatever ``java`` happens to sit in the same folder and ignore the
    configured javac.  A JDK is recognised by its ``release`` file beside ``bin/``.
    """
    real = Path(os.path.realpath(javac))
    if real.name not in ("javac", "javac.exe") or not (real.parent.parent / "release").is_file():
        return None
    candidate = real.with_name("java.exe" if real.suffix == ".exe" else "java")
    return str(candidate) if candidate.is_file() and os.access(candidate, os.X_OK) else None


def encode_request(args: list[str]) -> bytes:
    """One request frame: argument count, then each argument's UTF-8 length and bytes.

    Strict UTF-8: a lone surrogate (a file name that is not valid UTF-8) raises ``UnicodeEncodeError``
    instead of reaching javac as a different path.
    """
    parts = [_INT.pack(len(args))]
    for arg in args:
        data = arg.encode("utf-8")
        parts += [_INT.pack(len(data)), data]
    return b"".join(parts)


def read_reply(stream: IO[bytes]) -> tuple[int, str]:
    """One reply frame: (exit code, javac output); ``EOFError`` when the server went away."""
    rc, size = struct.unpack(">ii", _read_exact(stream, 8))
    return rc, _read_exact(stream, size).decode("utf-8", "replace")


def _read_exact(stream: IO[bytes], size: int) -> bytes:
    chunks, left = [], size
    while left > 0:
        chunk = stream.read(left)
        if not chunk:
            raise EOFError("javac server closed its output")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class CompileServer:
    def __init__(self, java: str) -> None:
        self.java = java
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._source_dir: str | None = None
        self.warm_started = False

    def _start(self) -> subprocess.Popen[bytes]:
        if self._source_dir is None:
            self._source_dir = tempfile.mkdtemp(prefix="ormb-javac-server-")
            Path(self._source_dir, "OrmbCompileServer.java").write_text(_SOURCE, encoding="utf-8")
        cmd = [
            self.java,
            "-XX:+UseSerialGC",
            "-Xss4m",
            "-Xshare:auto",
            str(Path(self._source_dir, "OrmbCompileServer.java")),
        ]
        return subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def compile(self, args: list[str], timeout_s: float) -> tuple[int, str]:
        """Run javac with ``args`` (no ``-J`` flags); returns (exit code, output).  Raises
        ``TimeoutError`` (the server is killed) or ``OSError`` when the server cannot run."""
        request = encode_request(args)
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._proc = self._start()
            proc = self._proc
            assert proc.stdin is not None and proc.stdout is not None
            result: list[tuple[int, str]] = []

            def read() -> None:
                with contextlib.suppress(EOFError, OSError, ValueError):
                    result.append(read_reply(proc.stdout))  # type: ignore[arg-type]

            try:
                proc.stdin.write(request)
                proc.stdin.flush()
            except (BrokenPipeError, OSError) as exc:
                self.close()
                raise OSError(f"javac server stopped: {exc}") from exc
            reader = threading.Thread(target=read, daemon=True)
            reader.start()
            reader.join(timeout_s)
            if reader.is_alive():
                self.close()
                raise TimeoutError(f"javac did not finish within {timeout_s:.0f} s")
            if not result:
                self.close()
                raise OSError("javac server exited unexpectedly")
            return result[0]

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)

    def shutdown(self) -> None:
        self.close()
        if self._source_dir:
            import shutil

            shutil.rmtree(self._source_dir, ignore_errors=True)


def server_for(javac: str) -> CompileServer | None:
    """The shared server for this JDK, or None when disabled or no ``java`` sits beside ``javac``."""
    if not enabled():
        return None
    java = java_beside(javac)
    if java is None:
        return None
    with _LOCK:
        server = _SERVERS.get(java)
        if server is None:
            server = _SERVERS[java] = CompileServer(java)
        return server


def prewarm(javac: str) -> None:
    """Start the server and JIT-warm it with a trivial compilation, in the background.

    Callers do this as soon as they know a compilation will follow (before loading the index), so
    the JVM start overlaps other work.  Errors are ignored here; ``verify`` reports them.
    """
    import shutil

    exe = shutil.which(javac) if javac else None
    server = server_for(exe) if exe else None
    if server is None or server.warm_started:
        return
    server.warm_started = True

    def run() -> None:
        folder = tempfile.mkdtemp(prefix="ormb-javac-warm-")
        try:
            src = Path(folder, "Warm.java")
            src.write_text(
                "class Warm { int x() { return java.util.List.of(1).size(); } }\n", encoding="utf-8"
            )
            empty = Path(folder, "no-processors")
            empty.mkdir()
            server.compile(
                ["-proc:none", "-processorpath", str(empty), "-nowarn", "-d", folder, str(src)], 60.0
            )
        except (OSError, TimeoutError):
            pass
        finally:
            import shutil as _shutil

            _shutil.rmtree(folder, ignore_errors=True)

    threading.Thread(target=run, name="ormb-javac-prewarm", daemon=True).start()


@atexit.register
def _shutdown_all() -> None:
    for server in list(_SERVERS.values()):
        server.shutdown()
