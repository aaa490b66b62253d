"""Compile a generated class with the real javac against the workspace's jars and sources.

Only the class, its emulated ``_Gen`` and whatever workspace sources it references are compiled:
workspace source roots go on ``-sourcepath`` (javac pulls in referenced files on demand) together
with a cached folder of ``_Gen`` emulations for the workspace's own classes.  Everything happens in
temporary folders; nothing is written into the workspace.

Compiling must never run workspace code: annotation processing is off (``-proc:none``) and the
processor path (where javac also looks for ``Plugin``s, including auto-starting ones) is an empty
folder of ours, so no processor or plugin is ever loaded from a workspace jar; every path handed to
javac is checked first (no control characters, line breaks, path separators or undecodable bytes);
arguments travel as a list (plain javac) or length-prefixed frames (the warm server), never as text
that a file name could split.  See docs/security.md.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ormb_assist.generation import javac_server
from ormb_assist.generation.base import BackendError
from ormb_assist.generation.gen_stub import render_gen_classes

_DIAG = re.compile(r"^(?P<path>.+?\.java):(?P<line>\d+): (?P<kind>error|warning): (?P<message>.*)$")
_PACKAGE = re.compile(r"^\s*package\s+([\w.]+)\s*;", re.M)
_CLASS = re.compile(
    r"\bpublic\s+(?:final\s+|abstract\s+)*(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)"
)
_JVM_FLAGS = ["-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1", "-J-Xshare:auto", "-J-Xss4m"]
_TIMEOUT_S = 120.0


class JavacNotFound(BackendError):
    """No usable javac: tell the user which setting to fix."""


class UnsafeCompilePath(JavacNotFound):
    """A path javac would be given is unsafe to pass on, so the compile check does not run.

    A subclass of ``JavacNotFound`` because callers handle it the same way: no compile result, a
    message saying what to fix (here: which file or folder to rename).
    """


# C0/C1 controls (CR and LF included), Unicode line/paragraph separators and lone surrogates (bytes of
# a file name that are not UTF-8): none can be passed on faithfully, and line breaks split arguments.
_UNSAFE_CHAR = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


@dataclass
class JavacDiagnostic:
    path: str
    line: int
    column: int
    kind: str  # error | warning
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.kind}: {self.message}"


@dataclass
class VerifyResult:
    ok: bool
    diagnostics: list[JavacDiagnostic] = field(default_factory=list)
    gen_sources: dict[str, str] = field(default_factory=dict)  # fqn -> emulated _Gen source
    elapsed_s: float = 0.0
    command: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[JavacDiagnostic]:
        return [d for d in self.diagnostics if d.kind == "error"]


def find_javac(javac: str) -> str:
    """Absolute path of the javac to run, or :class:`JavacNotFound` with a clear message."""
    found = shutil.which(javac) if javac else None
    if found is None and javac and Path(javac).is_file() and os.access(javac, os.X_OK):
        found = javac
    if found is None:
        raise JavacNotFound(
            f"javac not found ('{javac or 'javac'}'): install a JDK (17+) or set the 'javac' setting to its path"
        )
    return found


def class_identity(code: str) -> tuple[str, str]:
    """(package, public class name) of a compilation unit."""
    package = _PACKAGE.search(code)
    cls = _CLASS.search(code)
    if cls is None:
        raise BackendError("the generated code has no public class declaration")
    return (package.group(1) if package else ""), cls.group(1)


def verify(code: str, index: Any, extra_sources: dict[str, str] | None = None, javac: str = "javac",
           timeout_s: float = _TIMEOUT_S) -> VerifyResult:  # fmt: skip
    """Compile ``code`` (plus ``extra_sources`` {fqn: text}) in a temp dir; diagnostics name the
    generated file by its package path (``com/x/CmFoo_Impl.java``)."""
    exe = find_javac(javac)
    started = time.perf_counter()
    package, name = class_identity(code)
    gen_sources = _gen_for_code(code, package, name, index)
    sources = {f"{package}.{name}" if package else name: code, **gen_sources, **(extra_sources or {})}
    with tempfile.TemporaryDirectory(prefix="ormb-javac-") as tmp:
        src, out = Path(tmp) / "src", Path(tmp) / "classes"
        out.mkdir()
        files = []
        for fqn, text in sources.items():
            path = src / (fqn.replace(".", "/") + ".java")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            files.append(check_path(str(path), "generated source"))
        args = [
            "-implicit:class",
            "-nowarn",
            "-encoding",
            "UTF-8",
            "-d",
            check_path(str(out), "temporary folder"),
        ]
        classpath = [
            check_path(str(p), "jar")
            for p in getattr(index, "jar_paths", [])
            if not str(p).endswith("-sources.jar")
        ]
        if classpath:
            args += ["-classpath", os.pathsep.join(classpath)]
        sourcepath = [check_path(p, "source folder") for p in [str(src), *workspace_source_paths(index)]]
        args += ["-sourcepath", os.pathsep.join(sourcepath), *files]
        cmd = [exe, *_JVM_FLAGS, *guard_args(args)]
        try:
            returncode, output = _run(exe, cmd, timeout_s, tmp)
        except TimeoutError as exc:
            diag = JavacDiagnostic("", 0, 0, "error", str(exc))
            return VerifyResult(False, [diag], gen_sources, time.perf_counter() - started, cmd)
        diagnostics = parse_diagnostics(output, root=str(src))
        ok = returncode == 0
        if not ok and not any(d.kind == "error" for d in diagnostics):
            text = output.strip().splitlines()
            diagnostics.append(
                JavacDiagnostic("", 0, 0, "error", text[0] if text else f"javac exited {returncode}")
            )
    return VerifyResult(ok, diagnostics, gen_sources, time.perf_counter() - started, cmd)


def check_path(path: str, what: str) -> str:
    """``path`` unchanged, or :class:`UnsafeCompilePath` naming it when javac must not be given it."""
    bad = _UNSAFE_CHAR.search(path)
    shown = repr(path)
    if bad is not None and "\ud800" <= bad.group() <= "\udfff":
        reason, shown = "bytes that are not valid UTF-8", repr(os.fsencode(path))
    elif bad is not None:
        reason = f"the control or line-break character U+{ord(bad.group()):04X}"
    elif os.pathsep in path:
        reason = f"the path separator '{os.pathsep}'"
    else:
        return path
    raise UnsafeCompilePath(
        f"not compile-checked: the {what} path {shown} contains {reason}; rename it "
        "(paths passed to javac may not contain control characters, line breaks or path separators)"
    )


def guard_args(args: list[str]) -> list[str]:
    """javac ``args`` behind the execution guard: ``-proc:none`` and an empty processor path first.

    javac loads annotation processors and ``Plugin``s (an auto-starting plugin needs no option at
    all) from the processor path, which defaults to the class path, i.e. the workspace's jars.  So
    callers may not choose processor or plugin options, nor argument files; every argument is free
    of control characters.  Idempotent: guarded arguments pass through unchanged.
    """
    prefix = ["-proc:none", "-processorpath", _no_processors_dir()]
    rest = args[3:] if args[:3] == prefix else args
    for arg in rest:
        if arg.startswith(_CALLER_FORBIDDEN) and arg != "-proc:none":
            raise UnsafeCompilePath(f"not compile-checked: javac option {arg!r} is not allowed here")
        if _UNSAFE_CHAR.search(arg):
            check_path(arg, "javac argument")  # raises, naming the character
    return [*prefix, *rest]


# Processor and plugin choices, argument files and JVM options stay ours (``-proc:none`` is allowed).
_CALLER_FORBIDDEN = ("-Xplugin", "--plugin", "-processor", "--processor", "-proc:", "-J", "@")
_NO_PROCESSORS: list[Path] = []


def _no_processors_dir() -> str:
    """An empty folder of ours, used as javac's processor path for the life of this process."""
    if not _NO_PROCESSORS or not _NO_PROCESSORS[0].is_dir():
        folder = Path(tempfile.mkdtemp(prefix="ormb-no-processors-"))
        atexit.register(shutil.rmtree, folder, True)
        _NO_PROCESSORS[:] = [folder]
    return str(_NO_PROCESSORS[0])


def _run(exe: str, cmd: list[str], timeout_s: float, cwd: str) -> tuple[int, str]:
    """Run the javac command line ``cmd`` (``exe``, ``-J`` flags, arguments) behind ``guard_args``,
    through the warm javac server when possible, else as a fresh javac process."""
    args = guard_args([a for a in cmd[1:] if not a.startswith("-J")])
    server = javac_server.server_for(exe)
    if server is not None:
        try:
            return server.compile(args, timeout_s)
        except OSError:
            pass  # fall back to a plain javac run below
    try:
        proc = subprocess.run(
            [exe, *_JVM_FLAGS, *args], capture_output=True, text=True, timeout=timeout_s, cwd=cwd
        )
    except subprocess.TimeoutExpired as exc:
        raise TimeoutError(f"javac did not finish within {timeout_s:.0f} s") from exc
    except OSError as exc:
        raise JavacNotFound(f"javac could not be started ({exc}); check the 'javac' setting") from exc
    return proc.returncode, proc.stdout + proc.stderr


def parse_diagnostics(output: str, root: str = "") -> list[JavacDiagnostic]:
    """``File.java:12: error: msg`` blocks (with symbol/location lines and the caret column)."""
    out: list[JavacDiagnostic] = []
    current: JavacDiagnostic | None = None
    for line in output.splitlines():
        m = _DIAG.match(line)
        if m:
            path = m.group("path")
            if root and path.startswith(root):
                path = path[len(root) :].lstrip("/\\")
            current = JavacDiagnostic(
                path, int(m.group("line")), 0, m.group("kind"), m.group("message").strip()
            )
            out.append(current)
        elif current is not None and line.strip() == "^":
            current.column = line.index("^") + 1
        elif current is not None and line.strip().startswith(
            ("symbol:", "location:", "required:", "found:", "reason:")
        ):
            current.message += "; " + line.strip()
    return out


# ---- workspace sources ---------------------------------------------------------------------------
_GEN_DIRS: dict[str, Path] = {}


def workspace_source_paths(index: Any) -> list[str]:
    """Source roots of the workspace plus a folder of ``_Gen`` emulations for its classes."""
    workspace = Path(getattr(index, "workspace", "."))
    roots: set[str] = set()
    for rel, info in sorted((getattr(index, "files", {}) or {}).items()):
        suffix = (info.package.replace(".", "/") + "/" if info.package else "") + rel.rsplit("/", 1)[-1]
        if rel.endswith(suffix):
            roots.add(str(workspace / rel[: -len(suffix)]) if rel != suffix else str(workspace))
    paths = sorted(roots)
    gen_dir = _workspace_gen_dir(index)
    return ([str(gen_dir)] if gen_dir else []) + paths


def _workspace_gen_dir(index: Any) -> Path | None:
    """Emulated ``_Gen`` classes for the workspace's own sources, cached by content hash."""
    files = getattr(index, "files", {}) or {}
    candidates = [
        (rel, info)
        for rel, info in sorted(files.items())
        if any(c.extends.endswith("_Gen") for c in info.classes)
    ]
    if not candidates:
        return None
    digest = hashlib.sha1()
    for rel, info in candidates:
        digest.update(f"{rel}:{info.content_hash}\n".encode())
    digest.update(str(len(index.jar_classes)).encode())
    key = f"{getattr(index, 'workspace', '')}:{digest.hexdigest()}"
    cached = _GEN_DIRS.get(key)
    if cached is not None and cached.is_dir():
        return cached
    folder = Path(tempfile.mkdtemp(prefix="ormb-gen-"))
    atexit.register(shutil.rmtree, folder, True)
    existing = set(getattr(index, "classes", {}) or {})
    workspace = Path(getattr(index, "workspace", "."))
    for rel, info in candidates:
        try:
            text = (workspace / rel).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for fqn, source in render_gen_classes(
            info, index.jar_classes, source=text, existing=existing
        ).items():
            path = folder / (fqn.replace(".", "/") + ".java")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(source, encoding="utf-8")
    _GEN_DIRS[key] = folder
    return folder


def _gen_for_code(code: str, package: str, name: str, index: Any) -> dict[str, str]:
    """The ``_Gen`` emulation a generated class needs (none when it extends a real class)."""
    from ormb_assist.indexer.java_parser import parse_java

    if "_Gen" not in code:
        return {}
    info = parse_java(code, (package.replace(".", "/") + "/" if package else "") + f"{name}.java")
    existing = set(getattr(index, "classes", {}) or {}) | set(index.jar_classes)
    return render_gen_classes(info, index.jar_classes, source=code, existing=existing)
