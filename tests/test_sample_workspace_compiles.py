"""The sample ORMB workspace is real Java: it compiles with javac against the framework stand-in jar.

Retrieval, generation and completion evals all run on ``examples/workspace``; if a sample class did
not compile (wrong spot method, missing entity, typo in an import) every eval built on it would be
measuring noise.  The ``_Gen`` superclasses are produced by the product's emulation of the OUAF
artifact generator (``ormb_assist.generation.gen_stub``), exactly as the javac verifier does.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ormb_assist.generation.gen_stub import gen_sources_for_tree
from ormb_assist.indexer.jars import read_jar
from ormb_assist.indexer.models import JarClass

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "workspace"
LIB = SAMPLE / "lib"
SOURCE_ROOT = SAMPLE / "src"
FRAMEWORK_JAR = LIB / "ouaf-framework-stub.jar"
ALGORITHM_SPOT = "com.splwg.base.api.algorithms.AlgorithmSpot"


def _class_jars() -> list[Path]:
    return sorted(p for p in LIB.glob("*.jar") if not p.name.endswith("-sources.jar"))


@pytest.fixture(scope="module")
def jar_classes() -> dict[str, JarClass]:
    classes: dict[str, JarClass] = {}
    for jar in _class_jars():
        read, problems = read_jar(jar)
        assert problems == [], problems
        classes.update({c.fqn: c for c in read})
    return classes


def _spots(jar_classes: dict[str, JarClass]) -> dict[str, JarClass]:
    """Interfaces that (transitively) extend AlgorithmSpot."""

    def is_spot(fqn: str, seen: frozenset[str] = frozenset()) -> bool:
        cls = jar_classes.get(fqn)
        if cls is None or fqn in seen:
            return False
        return any(i == ALGORITHM_SPOT or is_spot(i, seen | {fqn}) for i in cls.interfaces)

    return {fqn: c for fqn, c in jar_classes.items() if c.kind == "interface" and is_spot(fqn)}


def test_every_workspace_source_compiles_with_generated_gen_classes(jar_classes, tmp_path):
    sources = sorted(SOURCE_ROOT.rglob("*.java"))
    gens = gen_sources_for_tree(SOURCE_ROOT, jar_classes)

    extends_gen = {
        f"{_package(p)}.{m.group(1)}"
        for p in sources
        for m in re.finditer(r"\bextends\s+(\w+_Gen)\b", p.read_text())
    }
    assert len(sources) >= 18
    assert extends_gen and extends_gen <= set(gens), sorted(extends_gen - set(gens))

    gen_dir = tmp_path / "gen"
    for fqn, text in gens.items():
        path = gen_dir / (fqn.replace(".", "/") + ".java")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    files = [str(p) for p in sources] + [str(p) for p in sorted(gen_dir.rglob("*.java"))]
    argfile = tmp_path / "sources.txt"
    argfile.write_text("\n".join(files) + "\n", encoding="utf-8")
    classpath = ":".join(str(j) for j in _class_jars())
    proc = subprocess.run(
        ["javac", "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "--release", "17", "-proc:none", "-encoding", "UTF-8", "-Xlint:none", "-d", str(tmp_path / "out"),
         "-cp", classpath, f"@{argfile}"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-4000:]
    compiled = {p.stem for p in (tmp_path / "out").rglob("*.class")}
    assert {p.stem for p in sources} <= compiled


def test_algorithms_implement_framework_spots_and_leave_some_open(jar_classes):
    spots = _spots(jar_classes)
    simple_spots = {fqn.rsplit(".", 1)[-1]: fqn for fqn in spots}
    known_spots = {**simple_spots, **_source_spots()}  # + custom CM spots declared in the workspace
    implemented: dict[str, list[str]] = {}
    for path in sorted(SOURCE_ROOT.rglob("*.java")):
        text = path.read_text()
        match = re.search(r"class\s+(\w+)\s+extends\s+\w+_Gen\s+implements\s+([\w\s,]+?)\s*\{", text)
        if match is None:
            continue
        for name in (n.strip() for n in match.group(2).split(",")):
            assert name in known_spots, (
                f"{path.name} implements {name}, which is no spot of the framework jar or the workspace"
            )
            imported = re.search(rf"^import\s+([\w.]+\.{name});", text, re.M)
            assert imported and imported.group(1) == known_spots[name], (
                f"{path.name}: {name} imported from the wrong package"
            )
            implemented.setdefault(name, []).append(match.group(1))
    assert sum(len(v) for v in implemented.values()) >= 16
    assert len(implemented) >= 12
    # Generation evals need spots with no example in the workspace.
    assert len(set(simple_spots) - set(implemented)) >= 8


def test_framework_jar_declares_documented_algorithm_spots(jar_classes):
    spots = _spots(jar_classes)
    assert len(spots) >= 25
    for fqn, spot in spots.items():
        assert spot.javadoc.strip(), f"{fqn} has no Javadoc (sources jar missing or stale?)"
        assert spot.methods, f"{fqn} declares no hard parameters"
    # Cross-check the product's class-file reader against the JDK's own javap.
    with zipfile.ZipFile(FRAMEWORK_JAR) as jar:
        names = [n[:-6].replace("/", ".") for n in jar.namelist() if n.endswith("AlgorithmSpot.class")]
    proc = subprocess.run(
        ["javap", "-cp", str(FRAMEWORK_JAR), *sorted(names)], capture_output=True, text=True, check=True
    )
    javap_spots = set(
        re.findall(rf"public interface ([\w.]+) extends {re.escape(ALGORITHM_SPOT)}", proc.stdout)
    )
    assert len(javap_spots) >= 25 and javap_spots <= set(spots)


def test_committed_framework_jars_match_framework_sources():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "build_framework.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _source_spots() -> dict[str, str]:
    """Custom spot interfaces of the workspace sources (``interface CmX extends AlgorithmSpot``): simple name -> fqn."""
    found: dict[str, str] = {}
    for path in SOURCE_ROOT.rglob("*.java"):
        text = path.read_text()
        match = re.search(r"\binterface\s+(\w+)\s+extends\s+(?:[\w.]+\.)?AlgorithmSpot\b", text)
        if match and re.search(rf"^import\s+{re.escape(ALGORITHM_SPOT)};", text, re.M):
            found[match.group(1)] = f"{_package(path)}.{match.group(1)}"
    return found


def _package(path: Path) -> str:
    match = re.search(r"^package\s+([\w.]+);", path.read_text(), re.M)
    return match.group(1) if match else ""
