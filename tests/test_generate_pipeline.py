"""generate_algorithm: statuses, where the class belongs, and every kind of bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ormb_assist.generation.base import create_backend
from ormb_assist.generation.pipeline import generate_algorithm
from ormb_assist.settings import Settings

OBJECTIVE = "stop the invoice from completing when its total goes over a max amount parameter"


def _run(index, objective: str = OBJECTIVE, settings: Settings | None = None, **kwargs):
    settings = settings or Settings()
    return generate_algorithm(index, objective, create_backend(settings, index), settings, **kwargs)


def _snapshot(folder: Path) -> dict[str, int]:
    return {
        str(p.relative_to(folder)): p.stat().st_mtime_ns
        for p in folder.rglob("*")
        if ".ormb-assist" not in p.parts
    }


def test_ok_result_says_where_the_class_belongs_and_writes_nothing(indexed_workspace) -> None:
    before = _snapshot(indexed_workspace.workspace)
    result = _run(indexed_workspace)
    assert result.status == "ok", result.message
    assert result.class_name.startswith("Cm") and result.class_name.endswith("_Impl")
    # the sample keeps sources under src/cm/ and billing algorithms in ...billing.algorithm
    assert result.rel_path == f"src/cm/{result.package.replace('.', '/')}/{result.class_name}.java"
    assert result.package.startswith("com.splwg.cm.domain.")
    gen_fqn = f"{result.package}.{result.class_name.removesuffix('_Impl')}_Gen"
    assert list(result.gen_sources) == [gen_fqn]
    assert result.gen_rel_paths[gen_fqn].endswith(f"{result.class_name.removesuffix('_Impl')}_Gen.java")
    assert result.spot == "CustomerClassPreBillCompletionAlgorithmSpot"
    assert "compiles" in result.message
    assert _snapshot(indexed_workspace.workspace) == before


@pytest.mark.parametrize("objective", ["", "   ", "!!! ??? ..."])
def test_empty_or_wordless_objective_is_rejected(indexed_workspace, objective) -> None:
    with pytest.raises(ValueError, match="objective"):
        _run(indexed_workspace, objective)


def test_nonsense_objective_offers_candidates_instead_of_code(indexed_workspace) -> None:
    result = _run(indexed_workspace, "qwertyuiop zxcvbnm lorem ipsum")
    assert result.status == "no_spot"
    assert result.code == ""
    assert len(result.candidates) >= 3
    assert "Closest candidates" in result.message and result.candidates[0] in result.message
    forced = _run(indexed_workspace, "qwertyuiop zxcvbnm lorem ipsum", force=True)
    assert forced.status == "ok" and forced.spot == result.candidates[0]


def test_named_spot_is_used_and_unknown_spot_is_reported(indexed_workspace) -> None:
    result = _run(
        indexed_workspace, "stamp the invoice number", spot="CustomerClassPostBillCompletionAlgorithmSpot"
    )
    assert result.status == "ok" and result.spot == "CustomerClassPostBillCompletionAlgorithmSpot"
    missing = _run(indexed_workspace, "stamp the invoice number", spot="NoSuchAlgorithmSpot")
    assert missing.status == "no_spot" and "NoSuchAlgorithmSpot" in missing.message


def test_missing_javac_is_a_clear_error(indexed_workspace) -> None:
    settings, _ = Settings.from_dict({"javac": "/nonexistent/javac"})
    result = _run(indexed_workspace, settings=settings)
    assert result.status == "error"
    assert "javac not found" in result.message and "'javac' setting" in result.message


def test_workspace_without_ddl_generates_without_sql(prebuilt_workspace: Path) -> None:
    from ormb_assist.indexer.workspace import WorkspaceIndex

    shutil.rmtree(prebuilt_workspace / "db")
    index = WorkspaceIndex.open(prebuilt_workspace)
    index.build()
    assert not index.tables
    result = _run(index)
    assert result.status == "ok", result.message
    assert "createPreparedStatement" not in result.code
    assert "no DDL" in result.message


def test_workspace_without_jars_is_a_clear_error(prebuilt_workspace: Path) -> None:
    from ormb_assist.indexer.workspace import WorkspaceIndex

    shutil.rmtree(prebuilt_workspace / "lib")
    index = WorkspaceIndex.open(prebuilt_workspace)
    index.build()
    result = _run(index)
    assert result.status == "error"
    assert "framework jar" in result.message
    assert result.code == ""


def test_model_backend_down_is_reported_without_code(indexed_workspace) -> None:
    settings, _ = Settings.from_dict(
        {
            "backend": "openai",
            "endpoint": "http://127.0.0.1:9/v1",
            "model": "ormb-lora",
            "maxRetries": 0,
            "requestTimeoutS": 2,
        }
    )
    result = _run(indexed_workspace, settings=settings)
    assert result.status == "error"
    assert result.message.startswith("openai backend:")
    assert result.code == ""


def test_naming_follows_the_workspace_conventions() -> None:
    from ormb_assist.generation.naming import class_name, name_suffix, uses_gen_convention
    from ormb_assist.indexer.models import JavaClassInfo

    gen_style = [
        JavaClassInfo(f"Cm{n}AlgComp_Impl", "p", extends=f"Cm{n}AlgComp_Gen")
        for n in ("Foo", "BarBaz", "Qux")
    ]
    assert name_suffix(gen_style) == "AlgComp"
    assert uses_gen_convention(gen_style) == (True, "")
    direct = [JavaClassInfo(f"Cm{n}_Impl", "p", extends="AbstractAlgorithmComponent") for n in ("Foo", "Bar")]
    assert name_suffix(direct) == ""
    assert uses_gen_convention(direct) == (False, "AbstractAlgorithmComponent")
    assert (
        class_name("Validate the bill amount at completion", "AlgComp", set())
        == "CmValidateBillAmountCompletionAlgComp_Impl"
    )
    taken = {"CmValidateBillAmountCompletion_Impl"}
    assert class_name("validate bill amount completion", "", taken) == "CmValidateBillAmountCompletion2_Impl"


def test_extract_java_keeps_the_class_and_drops_the_chatter() -> None:
    from ormb_assist.generation.base import BackendError, extract_java

    answer = "<think>plan it</think>Here you go:\n```java\npackage a;\n\npublic class A {\n    int x;\n}\n```\nHope it helps!"
    assert extract_java(answer) == "package a;\n\npublic class A {\n    int x;\n}\n"
    bare = "Sure. package a;\npublic class B { }\nThat is all."
    assert extract_java(bare).startswith("package a;") and extract_java(bare).rstrip().endswith("}")
    for prose in ("I cannot help with that.", "```\nSELECT 1 FROM DUAL\n```", ""):
        with pytest.raises(BackendError, match="did not return a Java class"):
            extract_java(prose)


def test_unknown_backend_is_a_clear_error() -> None:
    from ormb_assist.generation.base import BackendError

    settings = Settings()
    settings.backend = "nonsense"  # type: ignore[assignment]
    with pytest.raises(BackendError, match="unknown backend"):
        create_backend(settings, None)
