"""A warm javac: one JVM per process running ``javax.tools`` compilations on request.

A cold ``javac`` costs about a second of JVM start-up and class loading on two cores, which is most
of the generation budget; the same compilation in a warm JVM takes a fraction of that.  The server
is started lazily with the ``java`` launcher beside the configured ``javac`` (single-file source
launch, so nothing is written to disk), speaks a line protocol on stdin/stdout, and is restarted
after a timeout or crash.  Set ``ORMB_ASSIST_JAVAC_SERVER=0`` to always run plain ``javac``.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import subprocess
import tempfile
import threading
from pathlib import Path

_SOURCE = r"""
import java.io.*;
import javax.tools.*;

public class OrmbCompileServer {
    public static void main(String[] unused) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        String line;
        while ((line = in.readLine()) != null) {
            int n = Integer.parseInt(line.trim());
            String[] args = new String[n];
            for (int i = 0; i < n; i++) {
                args[i] = in.readLine();
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            int rc;
            try {
                rc = compiler.run(null, buffer, buffer, args);
            } catch (Throwable t) {
                rc = 99;
                t.printStackTrace(new PrintStream(buffer));
            }
            out.print(buffer.toString("UTF-8"));
            out.print("\n@@ORMB-END " + rc + "\n");
            out.flush();
        }
    }
}
"""
_END = "@@ORMB-END "
_SERVERS: dict[str, CompileServer] = {}
_LOCK = threading.Lock()


def enabled() -> bool:
    return os.environ.get("ORMB_ASSIST_JAVAC_SERVER", "1").lower() not in ("0", "false", "no")


def java_beside(javac: str) -> str | None:
    """The ``java`` launcher of the same JDK as ``javac`` (symlinks followed), if there is one."""
    real = Path(os.path.realpath(javac))
    candidate = real.with_name("java.exe" if real.suffix == ".exe" else "java")
    return str(candidate) if candidate.is_file() and os.access(candidate, os.X_OK) else None


class CompileServer:
    def __init__(self, java: str) -> None:
        self.java = java
        self._proc: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self._source_dir: str | None = None
        self.warm_started = False

    def _start(self) -> subprocess.Popen[str]:
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
        return subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True, encoding="utf-8", bufsize=1)  # fmt: skip

    def compile(self, args: list[str], timeout_s: float) -> tuple[int, str]:
        """Run javac with ``args`` (no ``-J`` flags); returns (exit code, output).  Raises
        ``TimeoutError`` (the server is killed) or ``OSError`` when the server cannot run."""
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._proc = self._start()
            proc = self._proc
            assert proc.stdin is not None and proc.stdout is not None
            request = f"{len(args)}\n" + "".join(a.replace("\n", " ") + "\n" for a in args)
            result: list[tuple[int, str]] = []

            def read() -> None:
                lines = []
                for line in proc.stdout:  # type: ignore[union-attr]
                    if line.startswith(_END):
                        result.append((int(line[len(_END) :].strip() or 1), "".join(lines)))
                        return
                    lines.append(line)

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
            server.compile(["-proc:none", "-nowarn", "-d", folder, str(src)], 60.0)
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
