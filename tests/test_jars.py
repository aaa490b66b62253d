"""jars.read_jar on jars compiled here with the real javac from tests/fixtures/parsers/jar_src."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from ormb_assist.indexer import jars
from ormb_assist.indexer.jars import read_jar
from ormb_assist.indexer.models import JarClass

JAR_SRC = Path(__file__).parent / "fixtures" / "parsers" / "jar_src"
SPOT = "com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot"


def _compile_both(with_names: Path, bare: Path) -> None:
    """javac with and without -parameters, run side by side (javac start-up dominates)."""
    sources = sorted(str(p) for p in JAR_SRC.rglob("*.java"))
    runs = [
        subprocess.Popen(["javac", *flags, "-d", str(out), *sources], stderr=subprocess.PIPE)
        for flags, out in ((["-parameters"], with_names), ([], bare))
    ]
    for run in runs:
        _, err = run.communicate()
        assert run.returncode == 0, err.decode()


def _zip(folder: Path, jar: Path, suffix: str) -> Path:
    with zipfile.ZipFile(jar, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob(f"*{suffix}")):
            archive.write(path, path.relative_to(folder).as_posix())
    return jar


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """api.jar (-parameters), bare.jar (no -parameters) and a sources jar kept apart until a test wants it."""
    root = tmp_path_factory.mktemp("jars")
    classes, bare_classes = root / "classes", root / "bare-classes"
    _compile_both(classes, bare_classes)
    return {
        "classes": classes,
        "api": _zip(classes, root / "api.jar", ".class"),
        "sources": _zip(JAR_SRC, root / "api-sources.jar.zip", ".java"),  # copied beside a jar when wanted
        "bare": _zip(bare_classes, root / "bare.jar", ".class"),
    }


@pytest.fixture(scope="module")
def api(built) -> dict[str, JarClass]:
    classes, problems = read_jar(built["api"])
    assert problems == []
    return {c.fqn: c for c in classes}


def test_generic_signatures_rendered_as_java_types(api):
    spot = api[SPOT]
    setter = next(m for m in spot.methods if m.name == "setBillSegments")
    assert setter.parameter_types == ["java.util.List<com.splwg.ccb.domain.billing.billSegment.BillSegment>"]
    assert setter.parameter_names == ["billSegments"]  # MethodParameters (-parameters)
    assert setter.return_type == "void"

    base = api["com.splwg.base.api.ListFilter"]
    assert base.kind == "class" and base.modifiers == ["public", "abstract"]
    assert base.type_parameters == "<E extends com.splwg.base.api.Entity>"
    assert base.superclass == "java.lang.Object"
    assert base.interfaces == ["java.lang.Comparable", "java.io.Serializable"]  # generics stripped
    methods = {m.name: m for m in base.methods}
    filt = methods["filter"]
    assert filt.type_parameters == "<T extends E>"
    assert filt.return_type == "java.util.List<T>"
    assert filt.parameter_types == ["java.util.List<? extends T>", "java.lang.String..."]
    assert filt.parameter_names == ["items", "keys"]
    assert filt.throws == ["java.io.IOException"]
    assert "abstract" in filt.modifiers
    index = methods["index"]
    assert index.return_type == "java.util.Map<java.lang.String, ? super E>"
    assert index.parameter_types == ["E[][]", "long", "double", "boolean", "char", "byte", "short", "float"]
    assert methods["reset"].modifiers == ["protected", "static", "synchronized"]
    assert methods["ListFilter"].return_type == "" and methods["ListFilter"].parameter_names == [
        "name",
        "limit",
    ]
    fields = {f.name: f.type for f in base.fields}
    assert fields == {
        "DEFAULT_NAME": "java.lang.String",
        "MAX_ROWS": "int",
        "cache": "java.util.Map<java.lang.String, java.util.List<E>>",
    }


def test_interface_default_and_static_methods(api):
    spot = api[SPOT]
    assert spot.kind == "interface" and spot.superclass == ""
    methods = {m.name: m for m in spot.methods}
    assert not methods["invoke"].is_default and "abstract" in methods["invoke"].modifiers
    assert methods["getShouldContinue"].is_default and "default" in methods["getShouldContinue"].modifiers
    assert methods["spotName"].is_default and "static" in methods["spotName"].modifiers
    segment = api["com.splwg.ccb.domain.billing.billSegment.BillSegment"]
    assert segment.interfaces == ["com.splwg.base.api.Entity"]


def test_only_public_api_and_nested_kinds(api):
    assert "com.splwg.base.api.ListFilter$PackagePrivateHelper" not in api
    base = api["com.splwg.base.api.ListFilter"]
    names = [m.name for m in base.methods]
    assert "hidden" not in names and "alsoHidden" not in names
    assert [m.parameter_types for m in base.methods if m.name == "ListFilter"] == [
        ["java.lang.String", "int"]
    ]
    assert "secret" not in {f.name for f in base.fields} and "packageVisible" not in {
        f.name for f in base.fields
    }
    cursor = api["com.splwg.base.api.ListFilter$Cursor"]
    assert cursor.simple_name == "ListFilter.Cursor"
    (ctor,) = cursor.methods  # the implicit outer-instance parameter is not part of the source signature
    assert (ctor.name, ctor.parameter_types, ctor.parameter_names) == (
        "Cursor",
        ["java.lang.String"],
        ["label"],
    )
    assert api["com.splwg.base.api.ListFilter$Direction"].kind == "enum"
    assert api["com.splwg.base.api.ListFilter$Sorted"].kind == "annotation"
    page = api["com.splwg.base.api.ListFilter$Page"]
    assert page.kind == "record"
    assert [m.parameter_names for m in page.methods if m.name == "Page"] == [["number", "size"]]
    factory = api[SPOT + "$Factory"]
    assert factory.methods[0].return_type == SPOT


def test_javadoc_and_names_from_sources_jar(built, tmp_path):
    jar = Path(shutil.copy(built["api"], tmp_path / "api.jar"))
    shutil.copy(built["sources"], tmp_path / "api-sources.jar")  # beside api.jar
    classes, problems = read_jar(jar)
    api = {c.fqn: c for c in classes}
    assert problems == []
    spot = api[SPOT]
    assert spot.javadoc.startswith("Customer Class - Pre-Bill Completion.")
    setter = next(m for m in spot.methods if m.name == "setBillSegments")
    assert setter.javadoc == "The segments of the bill being completed."
    assert api[SPOT + "$Factory"].javadoc == "Generated factory."

    bare_jar = Path(shutil.copy(built["bare"], tmp_path / "bare.jar"))
    no_names, _ = read_jar(bare_jar)
    filt = next(m for c in no_names if c.fqn.endswith(".ListFilter") for m in c.methods if m.name == "filter")
    assert filt.parameter_names == []  # compiled without -parameters and no sources
    shutil.copy(built["sources"], bare_jar.with_name("bare-sources.jar"))
    with_names, _ = read_jar(bare_jar)
    filt = next(
        m for c in with_names if c.fqn.endswith(".ListFilter") for m in c.methods if m.name == "filter"
    )
    assert filt.parameter_names == ["items", "keys"]  # from the .java in the sources jar
    assert filt.javadoc == "Keeps the entities matching every key."


def test_corrupt_jar_and_corrupt_class_are_problems(built, tmp_path):
    garbage = tmp_path / "garbage.jar"
    garbage.write_bytes(b"PK\x03\x04 this is not a zip" * 10)
    classes, problems = read_jar(garbage)
    assert classes == [] and [p.kind for p in problems] == ["jar"]
    assert "not a readable jar" in problems[0].message

    missing_classes, missing = read_jar(tmp_path / "missing.jar")
    assert missing_classes == [] and "cannot read jar" in missing[0].message

    mixed = tmp_path / "mixed.jar"
    good = built["classes"] / "com" / "splwg" / "base" / "api" / "Entity.class"
    with zipfile.ZipFile(mixed, "w") as archive:
        archive.write(good, "com/splwg/base/api/Entity.class")
        archive.writestr("com/x/Truncated.class", good.read_bytes()[:40])
        archive.writestr("com/x/NotAClass.class", b"\x00\x01\x02\x03 nope")
    classes, problems = read_jar(mixed)
    assert [c.fqn for c in classes] == ["com.splwg.base.api.Entity"]
    assert sorted(p.path for p in problems) == [
        f"{mixed}!com/x/NotAClass.class",
        f"{mixed}!com/x/Truncated.class",
    ]
    assert all(p.kind == "jar" and p.message.startswith("corrupt class file") for p in problems)


def test_cache_by_content_hash(built, tmp_path, monkeypatch):
    jar = tmp_path / "lib" / "api.jar"
    jar.parent.mkdir()
    shutil.copy(built["api"], jar)
    cache = tmp_path / "cache"
    first, _ = read_jar(jar, cache_dir=cache)
    (cached_file,) = cache.glob("*.json")

    def fail(*_args):
        raise AssertionError("jar re-read although unchanged")

    monkeypatch.setattr(jars, "_read", fail)
    second, problems = read_jar(jar, cache_dir=cache)
    assert second == first and problems == []
    assert isinstance(second[0].methods[0].parameter_names, list)

    moved = tmp_path / "elsewhere.jar"  # same content, other path: still a hit, jar field follows the path
    shutil.copy(jar, moved)
    assert {c.jar for c in read_jar(moved, cache_dir=cache)[0]} == {str(moved)}

    monkeypatch.undo()
    with zipfile.ZipFile(jar, "a") as archive:  # new content -> new key -> read again
        archive.writestr("com/x/Extra.class", b"broken")
    third, problems = read_jar(jar, cache_dir=cache)
    assert len(list(cache.glob("*.json"))) == 2 and [p.path for p in problems] == [f"{jar}!com/x/Extra.class"]

    cached_file.write_text("{not json")  # a damaged cache entry is ignored and rewritten
    again, _ = read_jar(moved, cache_dir=cache)
    assert [c.fqn for c in again] == [c.fqn for c in first]
    assert cached_file.read_text().startswith("{")
