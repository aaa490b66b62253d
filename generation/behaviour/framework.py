"""Build the *executable* framework jar: ``examples/framework-src`` + ``examples/framework-exec``.

The API stand-in in ``framework-src`` only has signatures; behaviour eval needs bodies that run.
The exec build keeps the same public API (a test compares ``javap -protected`` of both) and:

* overlays the hand-written files of ``framework-exec`` (same relative path wins) and adds its
  runtime package ``ormbexec`` (entities over JDBC, the scenario runner);
* rewrites stubs mechanically: ``X_Id.getEntity()`` loads the row, ``X_DTO.newEntity()`` inserts
  it, ``X_DTO.getEntity()`` loads by the DTO's id, and every other ``"API stub"`` throw names the
  method that is not executable;
* writes ``ormbexec/entities.tsv``: entity interface -> table and getter -> column(s), read from
  the Javadoc of the entity interfaces (``Account (CI_ACCT)``, ``/** Customer class (CUST_CL_CD). */``).

The jar is compiled against H2 and cached under the ormb-assist cache folder keyed by a hash of
every input, so only the first run after a framework change pays the ~10 s compile.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ormb_assist.indexer.onnx_encoder import cache_root

REPO = Path(__file__).resolve().parents[2]
FRAMEWORK_SRC = REPO / "examples" / "framework-src"
FRAMEWORK_EXEC = REPO / "examples" / "framework-exec"
RUNTIME_PACKAGE = "ormbexec"
JAR_NAME = "framework-exec.jar"
H2_CANDIDATES = ("/usr/share/java/h2.jar",)
FAST_JVM = ("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC")
# Entity interfaces whose Javadoc names no table (the real OUAF table name).
TABLE_OVERRIDES = {"MaintenanceObject": "F1_MD_MO"}

_STUB_THROW = re.compile(r'throw\s+new\s+UnsupportedOperationException\(\s*"API stub"\s*\)\s*;')
_ENTITY_ID = re.compile(r"class\s+(\w+)_Id\s+extends\s+EntityId<\s*(\w+)\s*>")
_DTO = re.compile(r"class\s+(\w+)_DTO\s+implements\s+DataTransferObject<\s*(\w+)\s*>")
_ENTITY_IFACE = re.compile(r"public\s+interface\s+(\w+)\s+extends\s+BusinessEntity\b")
_COLLECTION_IFACE = re.compile(r"public\s+interface\s+(\w+)\s+extends\s+ChildCollection<")
_CLASS_DOC = re.compile(r"/\*\*((?:(?!\*/).)*)\*/\s*(?:@\w+(?:\([^)]*\))?\s*)*public\s+interface", re.S)
_GETTER = re.compile(
    r"/\*\*(?P<doc>(?:(?!\*/).)*)\*/\s*(?:@\w+\s*)*(?P<ret>[\w.<>?, \[\]]+?)\s+(?P<name>(?:get|is)\w+)\s*\(\s*\)\s*;",
    re.S,
)
_PLAIN_GETTER = re.compile(r"^\s*(?P<ret>[\w.<>?, \[\]]+?)\s+(?P<name>get\w+)\s*\(\s*\)\s*;", re.M)
_TABLE_TOKEN = re.compile(r"\b[A-Z][A-Z0-9]{0,3}_[A-Z0-9_]+\b")
_COLUMNS = re.compile(r"\(\s*([A-Z][A-Z0-9_]*(?:\s*,\s*[A-Z][A-Z0-9_]*)*)\s*\)")


class FrameworkBuildError(RuntimeError):
    """javac rejected the merged framework sources (message carries its output)."""


@dataclass
class EntityMapping:
    """Entity interface fqn -> table, getter columns and child collection tables."""

    table: str
    columns: dict[str, list[str]] = field(default_factory=dict)
    children: dict[str, str] = field(default_factory=dict)


def h2_jar() -> Path:
    """The H2 jar: ``$ORMB_ASSIST_H2_JAR`` or the Debian ``libh2-java`` location."""
    for candidate in (os.environ.get("ORMB_ASSIST_H2_JAR", ""), *H2_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise FrameworkBuildError("H2 jar not found: install libh2-java or set ORMB_ASSIST_H2_JAR")


# ---- sources ------------------------------------------------------------------------------------
def transform(rel: str, text: str) -> str:
    """The mechanical exec rewrite of one framework-src file (bodies only, signatures untouched)."""
    m = _ENTITY_ID.search(text)
    if m and rel.endswith("_Id.java"):
        entity = m.group(2)
        text = re.sub(
            rf"(public\s+{entity}\s+getEntity\(\)\s*\{{)\s*return\s+null;",
            rf"\1\n        return ormbexec.Rt.load({entity}.class, this);",
            text,
        )
    m = _DTO.search(text)
    if m and rel.endswith("_DTO.java"):
        entity = m.group(2)
        text = re.sub(
            rf"(public\s+{entity}\s+newEntity\(\)\s*\{{)\s*{_STUB_THROW.pattern}",
            rf"\1\n        return ormbexec.Rt.insert({entity}.class, this);",
            text,
        )
        text = re.sub(
            rf"(public\s+{entity}\s+getEntity\(\)\s*\{{)\s*return\s+null;",
            rf"\1\n        return ormbexec.Rt.dtoEntity({entity}.class, this);",
            text,
        )
    return _STUB_THROW.sub("throw ormbexec.Rt.notExecutable();", text)


def merged_sources(src: Path = FRAMEWORK_SRC, exec_dir: Path = FRAMEWORK_EXEC) -> dict[str, str]:
    """``{relative path: text}`` of the exec build: transformed API sources, exec files on top."""
    out = {
        p.relative_to(src).as_posix(): transform(p.relative_to(src).as_posix(), p.read_text(encoding="utf-8"))
        for p in sorted(src.rglob("*.java"))
    }
    for p in sorted(exec_dir.rglob("*.java")):
        out[p.relative_to(exec_dir).as_posix()] = p.read_text(encoding="utf-8")
    return out


# ---- entity mapping -----------------------------------------------------------------------------
def entity_mappings(src: Path = FRAMEWORK_SRC) -> dict[str, EntityMapping]:
    """Every entity interface of the framework sources with its table and getter columns."""
    texts = {p: p.read_text(encoding="utf-8") for p in sorted(src.rglob("*.java"))}
    collections = {m.group(1) for t in texts.values() for m in [_COLLECTION_IFACE.search(t)] if m}
    out: dict[str, EntityMapping] = {}
    for text in texts.values():
        m = _ENTITY_IFACE.search(text)
        if not m:
            continue
        name = m.group(1)
        package = re.search(r"^\s*package\s+([\w.]+)\s*;", text, re.M)
        fqn = f"{package.group(1)}.{name}" if package else name
        table = TABLE_OVERRIDES.get(name) or _class_table(text, m.start())
        if not table:
            continue
        mapping = EntityMapping(table)
        for g in _GETTER.finditer(text, m.end()):
            ret = g.group("ret").split()[-1]
            doc = " ".join(line.strip(" *") for line in g.group("doc").splitlines())
            groups = _COLUMNS.findall(doc)
            if not groups:
                continue
            cols = [c.strip() for c in groups[-1].split(",")]
            if ret.split("<")[0] in collections:
                mapping.children[g.group("name")] = cols[0]
            elif all(_is_column(c, table) for c in cols):
                mapping.columns[g.group("name")] = cols
        out[fqn] = mapping
    return out


def _class_table(text: str, decl_at: int) -> str | None:
    docs = list(_CLASS_DOC.finditer(text[: decl_at + len("public interface")]))
    if not docs:
        return None
    found = _TABLE_TOKEN.search(docs[-1].group(1))
    return found.group() if found else None


def _is_column(token: str, table: str) -> bool:
    return token != table and "." not in token


def mapping_tsv(mappings: dict[str, EntityMapping]) -> str:
    lines = []
    for fqn in sorted(mappings):
        m = mappings[fqn]
        lines.append(f"E\t{fqn}\t{m.table}")
        lines += [f"G\t{fqn}\t{g}\t{','.join(c)}" for g, c in sorted(m.columns.items())]
        lines += [f"C\t{fqn}\t{g}\t{t}" for g, t in sorted(m.children.items())]
    return "\n".join(lines) + "\n"


# ---- build --------------------------------------------------------------------------------------
def exec_jar(src: Path = FRAMEWORK_SRC, exec_dir: Path = FRAMEWORK_EXEC, javac: str = "javac") -> Path:
    """Path of the cached exec jar for these sources, compiling it first when missing."""
    sources = merged_sources(src, exec_dir)
    tsv = mapping_tsv(entity_mappings(src))
    h2 = h2_jar()
    digest = hashlib.sha256()
    for rel in sorted(sources):
        digest.update(rel.encode() + b"\0" + sources[rel].encode() + b"\0")
    digest.update(tsv.encode())
    digest.update(f"{h2.resolve()}:{h2.stat().st_size}".encode())
    folder = cache_root() / "behaviour" / f"framework-{digest.hexdigest()[:20]}"
    jar = folder / JAR_NAME
    if jar.is_file():
        return jar
    from filelock import FileLock

    folder.mkdir(parents=True, exist_ok=True)
    with FileLock(str(folder / ".lock")):
        if jar.is_file():
            return jar
        _compile(sources, tsv, h2, jar, javac)
    return jar


def _compile(sources: dict[str, str], tsv: str, h2: Path, jar: Path, javac: str) -> None:
    exe = shutil.which(javac) or javac
    with tempfile.TemporaryDirectory(prefix="ormb-exec-fw-") as tmp:
        src_dir, classes = Path(tmp) / "src", Path(tmp) / "classes"
        files = []
        for rel, text in sources.items():
            path = src_dir / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        classes.mkdir()
        argfile = Path(tmp) / "sources.txt"
        argfile.write_text("\n".join(files) + "\n", encoding="utf-8")
        cmd = [exe, *FAST_JVM, "--release", "17", "-parameters", "-encoding", "UTF-8", "-nowarn",
               "-proc:none", "-classpath", str(h2), "-d", str(classes), f"@{argfile}"]  # fmt: skip
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=600)
        except OSError as exc:
            raise FrameworkBuildError(f"javac could not be started: {exc}") from exc
        if proc.returncode != 0:
            raise FrameworkBuildError(f"javac failed on the exec framework:\n{proc.stdout}{proc.stderr}")
        resource = classes / RUNTIME_PACKAGE / "entities.tsv"
        resource.parent.mkdir(parents=True, exist_ok=True)
        resource.write_text(tsv, encoding="utf-8")
        partial = jar.with_suffix(".jar.part")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as out:
            out.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nCreated-By: ormb-assist\r\n\r\n")
            for path in sorted(p for p in classes.rglob("*") if p.is_file()):
                out.write(path, path.relative_to(classes).as_posix())
        os.replace(partial, jar)


if __name__ == "__main__":  # python -m ormb_assist.generation.behaviour.framework: build, print the jar
    print(exec_jar())
