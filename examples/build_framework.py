"""Build the stand-in OUAF/ORMB framework jars used by the sample workspace.

Compiles ``examples/framework-src`` with ``javac --release 17 -parameters`` and writes

* ``examples/workspace/lib/ouaf-framework-stub.jar`` - the class files (what javac compiles against),
* ``examples/workspace/lib/ouaf-framework-stub-sources.jar`` - the ``.java`` files, so that the
  indexer can read the Javadoc of spots and entities next to the class signatures.

The jars are byte-for-byte reproducible (sorted entries, fixed timestamps, fixed manifest), so
rebuilding without source changes leaves the committed files untouched.

Usage: ``python examples/build_framework.py [--check]``; ``--check`` rebuilds into a temporary
directory and exits non-zero when the committed jars are stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent
SOURCE_DIR = EXAMPLES / "framework-src"
LIB_DIR = EXAMPLES / "workspace" / "lib"
CLASSES_JAR = "ouaf-framework-stub.jar"
SOURCES_JAR = "ouaf-framework-stub-sources.jar"
FIXED_TIME = (2020, 1, 1, 0, 0, 0)
# javac's own JVM: C1 only and the serial GC halve the CPU time of a one-shot compile (no effect on output).
FAST_JVM = ("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC")
MANIFEST = (
    "Manifest-Version: 1.0\r\n"
    "Created-By: ormb-assist examples/build_framework.py\r\n"
    "Implementation-Title: OUAF/ORMB framework API stand-in (signatures only)\r\n"
    "\r\n"
)


def compile_sources(source_dir: Path, classes_dir: Path) -> None:
    """Compile every .java file under ``source_dir``; raise with javac's output on failure."""
    javac = shutil.which("javac")
    if javac is None:
        raise SystemExit("javac not found on PATH (JDK 17+ required)")
    sources = sorted(str(p) for p in source_dir.rglob("*.java"))
    if not sources:
        raise SystemExit(f"no Java sources under {source_dir}")
    argfile = classes_dir.parent / "sources.txt"
    argfile.write_text("\n".join(sources) + "\n", encoding="utf-8")
    cmd = [
        javac,
        *FAST_JVM,
        "--release",
        "17",
        "-parameters",
        "-encoding",
        "UTF-8",
        "-nowarn",
        "-d",
        str(classes_dir),
        f"@{argfile}",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"javac failed:\n{result.stdout}{result.stderr}")


def write_jar(jar_path: Path, root: Path, suffix: str) -> int:
    """Write all ``*suffix`` files under ``root`` into a reproducible jar; return the entry count."""
    files = sorted(p for p in root.rglob(f"*{suffix}") if p.is_file())
    jar_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(jar_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as jar:
        jar.writestr(_entry("META-INF/MANIFEST.MF"), MANIFEST)
        for path in files:
            jar.writestr(_entry(path.relative_to(root).as_posix()), path.read_bytes())
    return len(files)


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.create_system = 3  # unix, independent of the building machine
    return info


def build(out_dir: Path) -> tuple[Path, Path]:
    """Compile the framework sources and write both jars into ``out_dir``."""
    with tempfile.TemporaryDirectory(prefix="ouaf-stub-") as tmp:
        classes_dir = Path(tmp) / "classes"
        classes_dir.mkdir()
        compile_sources(SOURCE_DIR, classes_dir)
        classes_jar = out_dir / CLASSES_JAR
        sources_jar = out_dir / SOURCES_JAR
        n_classes = write_jar(classes_jar, classes_dir, ".class")
        n_sources = write_jar(sources_jar, SOURCE_DIR, ".java")
    print(f"{classes_jar}: {n_classes} classes, {classes_jar.stat().st_size} bytes")
    print(f"{sources_jar}: {n_sources} sources, {sources_jar.stat().st_size} bytes")
    return classes_jar, sources_jar


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed jars are out of date")
    args = parser.parse_args(argv)
    if not args.check:
        build(LIB_DIR)
        return 0
    with tempfile.TemporaryDirectory(prefix="ouaf-stub-check-") as tmp:
        fresh = build(Path(tmp))
        stale = [
            p.name
            for p in fresh
            if not (LIB_DIR / p.name).exists() or (LIB_DIR / p.name).read_bytes() != p.read_bytes()
        ]
    if stale:
        print(f"out of date: {', '.join(stale)} - run python examples/build_framework.py", file=sys.stderr)
        return 1
    print("framework jars are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
