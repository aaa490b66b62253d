"""Compile one case's class against the executable framework and run its scenarios in one JVM.

Python prepares everything the Java side needs (schema DDL, seeds, inputs, soft parameter values
bound by role) as one JSON file; ``ormbexec.ScenarioRunner`` prints what actually happened per
scenario (error raised, query values, output values) and the checks against ``expect`` happen
here, so a failure reads "expected X, got Y".
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ormb_assist.generation import javac as javac_mod
from ormb_assist.generation.behaviour import binding
from ormb_assist.generation.behaviour.framework import h2_jar
from ormb_assist.generation.gen_stub import render_gen_classes

RUN_JVM = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xss4m"]
_MARK = "@@RESULT "
SCENARIO_TIMEOUT_S = 20
_CLASS_DECL = re.compile(r"\bclass\s+(\w+)[^{]*?\bimplements\s+([^{]+)\{", re.S)


@dataclass
class CompileResult:
    ok: bool
    classes_dir: Path | None
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class ScenarioOutcome:
    name: str
    passed: bool
    reasons: list[str] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "passed": self.passed, "reasons": self.reasons}
        for key in ("error_message", "exception", "setup_error", "warnings", "log"):
            if self.raw.get(key):
                out[key] = self.raw[key]
        return out


# ---- scenarios ----------------------------------------------------------------------------------
def load_scenarios(path: Path) -> list[dict[str, Any]]:
    """The ``scenarios`` list of a ``scenarios/<id>.json`` file (ValueError when malformed)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from exc
    scenarios = data.get("scenarios") if isinstance(data, dict) else None
    if not isinstance(scenarios, list) or not scenarios:
        raise ValueError(f"{path}: needs a non-empty 'scenarios' list")
    for n, s in enumerate(scenarios, start=1):
        if not isinstance(s, dict) or not isinstance(s.get("expect", {}), dict):
            raise ValueError(f"{path}: scenario {n} must be an object with an 'expect' object")
        s.setdefault("name", f"scenario {n}")
    return scenarios


# ---- compile ------------------------------------------------------------------------------------
def framework_class_names(jar: Path) -> set[str]:
    with zipfile.ZipFile(jar) as z:
        return {n for n in z.namelist() if n.endswith(".class")}


@dataclass
class CompileContext:
    """What compiling a case needs from the workspace: jar classes (for ``_Gen`` emulation), the
    workspace jars and source roots (plus ``_Gen`` emulations of the workspace's own classes)."""

    jar_classes: dict[str, Any]
    jar_paths: list[str]
    source_paths: list[str]
    known: set[str]

    @classmethod
    def from_index(cls, index: Any) -> CompileContext:
        """From a built ``WorkspaceIndex`` (generation mode already has one)."""
        known = set(getattr(index, "classes", {}) or {}) | set(index.jar_classes)
        return cls(index.jar_classes, [str(p) for p in getattr(index, "jar_paths", []) or []],
                   javac_mod.workspace_source_paths(index), known)  # fmt: skip

    @classmethod
    def from_workspace(cls, workspace: Path, gen_dir: Path) -> CompileContext:
        """Straight from the files, no index: jars read with the indexer's class-file reader, source
        roots from each file's package, ``_Gen`` emulations written under ``gen_dir``."""
        from ormb_assist.generation.gen_stub import gen_sources_for_tree
        from ormb_assist.indexer.jars import read_jar

        workspace = Path(workspace)
        visible = visible_files(workspace)
        jars = [p for p in visible if p.suffix == ".jar" and not p.name.endswith("-sources.jar")]
        jar_classes: dict[str, Any] = {}
        for jar in jars:
            classes, _problems = read_jar(jar)
            jar_classes.update({c.fqn: c for c in classes})
        roots: set[Path] = set()
        known = set(jar_classes)
        for path in visible:
            if path.suffix != ".java":
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            package = re.search(r"^\s*package\s+([\w.]+)\s*;", text, re.M)
            pkg = package.group(1) if package else ""
            depth = len(pkg.split(".")) if pkg else 0
            root = path.parents[depth] if depth < len(path.parents) else path.parent
            roots.add(root)
            known.add(f"{pkg}.{path.stem}" if pkg else path.stem)
        for root in sorted(roots):
            for fqn, text in gen_sources_for_tree(root, jar_classes).items():
                target = gen_dir / (fqn.replace(".", "/") + ".java")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
        return cls(jar_classes, [str(j) for j in jars], [str(gen_dir), *map(str, sorted(roots))], known)


def visible_files(root: Path, suffix: str = "") -> list[Path]:
    """Files under ``root`` ending with ``suffix``, hidden folders (index caches, .git) not entered."""
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out += [Path(folder) / f for f in sorted(files) if f.endswith(suffix) and not f.startswith(".")]
    return out


def _workspace_classpath(jar_paths: list[str], exec_jar: Path) -> list[str]:
    """Workspace jars that do not define framework classes (the exec jar replaces those)."""
    framework = framework_class_names(exec_jar)
    out = []
    for p in jar_paths:
        if p.endswith("-sources.jar"):
            continue
        try:
            with zipfile.ZipFile(p) as z:
                if framework & set(z.namelist()):
                    continue
        except (OSError, zipfile.BadZipFile):
            continue
        out.append(p)
    return out


def gen_sources(sources: dict[str, str], ctx: CompileContext) -> dict[str, str]:
    """Emulated ``_Gen`` superclasses the given classes extend (none for ones that exist)."""
    from ormb_assist.indexer.java_parser import parse_java

    existing = ctx.known | set(sources)
    out: dict[str, str] = {}
    for fqn, text in sources.items():
        if "_Gen" not in text:
            continue
        info = parse_java(text, fqn.replace(".", "/") + ".java")
        out.update(render_gen_classes(info, ctx.jar_classes, source=text, existing=existing | set(out)))
    return out


def compile_classes(sources: dict[str, str], ctx: CompileContext, exec_jar: Path, out_dir: Path,
                    javac: str = "javac") -> CompileResult:  # fmt: skip
    """javac ``sources`` ({fqn: text}) + their ``_Gen`` against the exec jar into ``out_dir``."""
    started = time.perf_counter()
    exe = javac_mod.find_javac(javac)
    all_sources = {**gen_sources(sources, ctx), **sources}
    src = out_dir / "src"
    classes = out_dir / "classes"
    classes.mkdir(parents=True, exist_ok=True)
    files = []
    for fqn, text in all_sources.items():
        path = src / (fqn.replace(".", "/") + ".java")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    classpath = [str(exec_jar), *_workspace_classpath(ctx.jar_paths, exec_jar)]
    sourcepath = [str(src), *ctx.source_paths]
    cmd = [exe, *javac_mod._JVM_FLAGS, "-proc:none", "-implicit:class", "-nowarn", "-encoding", "UTF-8",
           "-parameters", "-d", str(classes), "-classpath", os.pathsep.join(classpath),
           "-sourcepath", os.pathsep.join(sourcepath), *files]  # fmt: skip
    try:
        rc, output = javac_mod._run(exe, cmd, 120.0, str(out_dir))
    except TimeoutError as exc:
        return CompileResult(False, None, [str(exc)], time.perf_counter() - started)
    diagnostics = javac_mod.parse_diagnostics(output, root=str(src))
    errors = [str(d) for d in diagnostics if d.kind == "error"]
    if rc != 0 and not errors:
        errors = [output.strip().splitlines()[0] if output.strip() else f"javac exited {rc}"]
    return CompileResult(rc == 0, classes if rc == 0 else None, errors, time.perf_counter() - started)


def class_under_test(sources: dict[str, str]) -> str:
    """The fqn to run among several sources: the ``_Impl``, else one implementing an interface."""
    names = sorted(sources)
    for fqn in names:
        if fqn.endswith("_Impl"):
            return fqn
    for fqn in names:
        if _CLASS_DECL.search(sources[fqn]):
            return fqn
    return names[0]


def implemented_interfaces(code: str) -> list[str]:
    """Simple names after ``implements`` in the first class declaration."""
    m = _CLASS_DECL.search(code)
    if not m:
        return []
    return [re.sub(r"<.*", "", t).strip().rsplit(".", 1)[-1] for t in m.group(2).split(",") if t.strip()]


# ---- run ----------------------------------------------------------------------------------------
def soft_values(code: str, scenario: dict[str, Any], helper_sources: list[str]) -> tuple[dict[str, Any], dict[str, str]]:  # fmt: skip
    """Per declared parameter ``{name: {value, entity}}`` for the runner, and name -> role chosen."""
    params = binding.declared_parameters(code, helper_sources)
    roles = binding.roles_of(scenario)
    bound = binding.bind(params, roles)
    soft: dict[str, Any] = {}
    chosen: dict[str, str] = {}
    for p in params:
        role = bound.get(p.name)
        entity = None
        if role is not None and (role.type == "entity" or p.type == "entity"):
            entity = _entity_candidates(p, role)
        soft[p.name] = {"value": None if role is None else role.value, "entity": entity}
        chosen[p.name] = role.role if role else ""
    return soft, chosen


def _entity_candidates(p: binding.DeclaredParameter, role: binding.Role) -> list[str]:
    out = []
    for name in (p.entity_name, role.entity_name):
        if name:
            out.append(name[:1].upper() + name[1:])
    parts = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", p.name[:1].upper() + p.name[1:])
    for i in range(len(parts)):
        out.append("".join(parts[i:]))
    return list(dict.fromkeys(out))


def run_scenarios(class_name: str, classes_dir: Path, scenarios: list[dict[str, Any]], schema: list[str],
                  exec_jar: Path, code: str, helper_sources: list[str] | None = None,
                  java: str = "java", timeout_s: float | None = None) -> list[ScenarioOutcome]:  # fmt: skip
    """Run all scenarios of one case in one JVM and check each against its ``expect``."""
    specs = []
    bindings = []
    for s in scenarios:
        soft, chosen = soft_values(code, s, helper_sources or [])
        bindings.append(chosen)
        expect = s.get("expect") or {}
        specs.append({
            "name": s.get("name"),
            "seed": list(s.get("seed") or []),
            "inputs": list(s.get("inputs") or []),
            "soft": soft,
            "process_date": s.get("process_date"),
            "queries": [q.get("sql", "") for q in expect.get("queries") or []],
            "outputs": [o.get("getter", "") for o in expect.get("outputs") or []],
        })  # fmt: skip
    spec = {"class": class_name, "classpath": [str(classes_dir)], "schema": schema,
            "timeout_s": SCENARIO_TIMEOUT_S, "scenarios": specs}  # fmt: skip
    java_exe = shutil.which(java) or java
    limit = timeout_s or (30 + SCENARIO_TIMEOUT_S * len(scenarios))
    with tempfile.TemporaryDirectory(prefix="ormb-behaviour-") as tmp:
        spec_path = Path(tmp) / "case.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        cp = os.pathsep.join([str(exec_jar), str(h2_jar())])
        archive = exec_jar.parent / f"runner-{_java_key(java_exe)}.jsa"
        fresh_archive = Path(tmp) / "runner.jsa"
        cds = (f"-XX:SharedArchiveFile={archive}" if archive.is_file()
               else f"-XX:ArchiveClassesAtExit={fresh_archive}")  # fmt: skip
        cmd = [java_exe, *RUN_JVM, cds, "-cp", cp, "ormbexec.ScenarioRunner", str(spec_path)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=limit, check=False)
            stdout, stderr = proc.stdout, proc.stderr
        except subprocess.TimeoutExpired as exc:
            stdout = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
            stderr = f"the scenario JVM did not finish within {limit:.0f} s"
        if fresh_archive.is_file() and not archive.is_file():
            with contextlib.suppress(OSError):  # a read-only cache only costs start-up time
                os.replace(fresh_archive, archive)
    raws = [json.loads(line[len(_MARK) :]) for line in stdout.splitlines() if line.startswith(_MARK)]
    outcomes = []
    for i, s in enumerate(scenarios):
        raw = raws[i] if i < len(raws) else {"setup_error": "no result: " + _tail(stderr)}
        raw["bindings"] = bindings[i]
        passed, reasons = check(s, raw)
        outcomes.append(ScenarioOutcome(str(s.get("name")), passed, reasons, raw))
    return outcomes


def _java_key(java_exe: str) -> str:
    """Class-data archives are only valid for the JVM that wrote them."""
    real = os.path.realpath(java_exe)
    try:
        stamp = os.stat(real).st_mtime_ns
    except OSError:
        stamp = 0
    return hashlib.sha1(f"{real}:{stamp}".encode()).hexdigest()[:12]


def _tail(text: str, lines: int = 6) -> str:
    return " | ".join((text or "").strip().splitlines()[-lines:]) or "the JVM printed nothing"


def _text(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _matches(expected: dict[str, Any], got: str) -> tuple[bool, str]:
    if "not" in expected:
        return got != _text(expected["not"]), f"not {_text(expected['not'])!r}"
    want = _text(expected.get("value"))
    if got == want:
        return True, repr(want)
    try:  # numbers compare by value ("10.50" == "10.5")
        from decimal import Decimal, InvalidOperation

        return Decimal(got) == Decimal(want), repr(want)
    except (InvalidOperation, ValueError):
        return False, repr(want)


def check(scenario: dict[str, Any], raw: dict[str, Any]) -> tuple[bool, list[str]]:
    """Whether a runner result meets the scenario's ``expect``; the reasons when it does not."""
    if raw.get("setup_error"):
        return False, [f"setup: {raw['setup_error']}"]
    reasons = []
    if raw.get("exception"):
        reasons.append(f"invoke() threw {raw['exception']}")
    expect = scenario.get("expect") or {}
    if "error" in expect and not raw.get("exception"):
        got = bool(raw.get("error"))
        if got != bool(expect["error"]):
            detail = f" ({raw.get('error_message')})" if got else ""
            reasons.append(
                f"error: expected {str(bool(expect['error'])).lower()}, got {str(got).lower()}{detail}"
            )
    for q, got in zip(expect.get("queries") or [], raw.get("queries") or [], strict=False):
        ok, want = _matches(q, got)
        if not ok:
            reasons.append(f"query {q.get('sql')!r}: expected {want}, got {got!r}")
    for o, got in zip(expect.get("outputs") or [], raw.get("outputs") or [], strict=False):
        ok, want = _matches(o, got)
        if not ok:
            reasons.append(f"output {o.get('getter')}: expected {want}, got {got!r}")
    return not reasons, reasons
