"""The development eval case sets are well-formed and grounded in the sample workspace.

A case naming a table that the DDL lacks, a spot that is not an interface of the framework
sources, or a label that cannot exist at the cursor would silently lower every eval score;
these checks catch such cases when the files change.  The DDL is read with the product's own
parser, so the sample DDL (with its one deliberately broken statement) is checked too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ormb_assist.indexer.ddl import merge_tables, parse_ddl

REPO = Path(__file__).resolve().parents[1]
CASES_DIR = REPO / "examples" / "cases"
WORKSPACE = REPO / "examples" / "workspace"
FRAMEWORK_SRC = REPO / "examples" / "framework-src"
CURSOR = "<|cursor|>"
MALFORMED_MARK = "-- deliberately malformed:"

AREAS = {
    "customer",
    "billing",
    "financial",
    "payment",
    "adjustment",
    "pricing",
    "usage",
    "framework",
    "todo",
    "batch",
}
CATEGORIES = {"sql_table", "sql_column", "spot_method", "soft_param", "api_member"}
INTERFACE_RE = re.compile(r"\binterface\s+(\w+)(?:\s*<[^{]*?>)?\s*(?:extends\s+([\w\s.,<>]+?))?\s*\{")
METHOD_DECL_RE = re.compile(
    r"^\s*(?:public\s+|protected\s+|abstract\s+|static\s+|default\s+)*[\w<>\[\],.? ]+?\s+(\w+)\s*\(", re.M
)
IMPLEMENTS_RE = re.compile(r"\bimplements\s+([\w\s.,<>]+?)\s*\{")
SOFT_PARAM_RE = re.compile(r"@(?:Algorithm|BatchJob)SoftParameter\s*\(([^)]*)\)")


def _load_jsonl(name: str) -> list[dict]:
    lines = (CASES_DIR / name).read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), f"{name} has blank lines"
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def retrieval_cases() -> list[dict]:
    return _load_jsonl("retrieval.jsonl")


@pytest.fixture(scope="module")
def completion_cases() -> list[dict]:
    return _load_jsonl("completion.jsonl")


@pytest.fixture(scope="module")
def ddl() -> dict:
    """Tables of the sample workspace DDL (merged across files) and the problems reported per file."""
    found, problems = [], {}
    for path in sorted((WORKSPACE / "db").glob("*.sql")):
        tables, issues = parse_ddl(path.read_text(encoding="utf-8"), str(path.relative_to(WORKSPACE)))
        problems[path.name] = issues
        found.extend(tables)
    return {"tables": merge_tables(found), "problems": problems}


@pytest.fixture(scope="module")
def framework_interfaces() -> dict[str, dict]:
    """Interfaces of the stand-in framework sources: simple name -> super-interfaces and methods."""
    interfaces: dict[str, dict] = {}
    for path in FRAMEWORK_SRC.rglob("*.java"):
        text = path.read_text(encoding="utf-8")
        match = INTERFACE_RE.search(text)
        if match:
            supers = [
                s.strip().split("<")[0].rsplit(".", 1)[-1]
                for s in (match.group(2) or "").split(",")
                if s.strip()
            ]
            body = text[match.end() :]
            interfaces[match.group(1)] = {"supers": supers, "methods": set(METHOD_DECL_RE.findall(body))}
    return interfaces


@pytest.fixture(scope="module")
def framework_method_names() -> set[str]:
    names: set[str] = set()
    for path in FRAMEWORK_SRC.rglob("*.java"):
        names.update(METHOD_DECL_RE.findall(path.read_text(encoding="utf-8")))
    return names


def _all_methods(name: str, interfaces: dict[str, dict]) -> set[str]:
    """Methods of an interface including those inherited from its super-interfaces."""
    seen, stack, methods = set(), [name], set()
    while stack:
        current = stack.pop()
        if current in seen or current not in interfaces:
            continue
        seen.add(current)
        methods |= interfaces[current]["methods"]
        stack.extend(interfaces[current]["supers"])
    return methods


def _is_algorithm_spot(name: str, interfaces: dict[str, dict]) -> bool:
    seen, stack = set(), [name]
    while stack:
        current = stack.pop()
        if current == "AlgorithmSpot":
            return True
        if current in seen or current not in interfaces:
            continue
        seen.add(current)
        stack.extend(interfaces[current]["supers"])
    return False


def _implemented_spots() -> set[str]:
    names: set[str] = set()
    for path in (WORKSPACE / "src").rglob("*.java"):
        for group in IMPLEMENTS_RE.findall(path.read_text(encoding="utf-8", errors="replace")):
            names.update(s.strip().split("<")[0].rsplit(".", 1)[-1] for s in group.split(",") if s.strip())
    return names


# --------------------------------------------------------------------------- DDL


def test_sample_ddl_parses_with_only_the_deliberate_problem(ddl):
    malformed = [name for name in ddl["problems"] if MALFORMED_MARK in (WORKSPACE / "db" / name).read_text()]
    assert len(malformed) == 1, "exactly one DDL file carries the deliberately malformed statement"
    assert ddl["problems"][malformed[0]], "the malformed statement must be reported as a problem"
    clean = {name: issues for name, issues in ddl["problems"].items() if name != malformed[0]}
    assert not any(clean.values()), f"unexpected DDL problems: {clean}"

    text = (WORKSPACE / "db" / malformed[0]).read_text()
    broken = re.search(r"CREATE TABLE\s+([\w.\"]+)", text[text.index(MALFORMED_MARK) :]).group(1)
    declared = {
        n.strip('"').rsplit(".", 1)[-1].upper() for n in re.findall(r"CREATE TABLE\s+([\w.\"]+)", text, re.I)
    }
    survivors = declared - {broken.upper()}
    assert survivors <= set(ddl["tables"]), "the broken statement hid other tables of its file"


def test_sample_ddl_tables_are_documented_and_keyed(ddl):
    tables = ddl["tables"]
    assert len(tables) >= 35
    assert all(t.comment for t in tables.values()), [n for n, t in tables.items() if not t.comment]
    assert all(t.primary_key for t in tables.values()), [n for n, t in tables.items() if not t.primary_key]
    commented = sum(bool(c.comment) for t in tables.values() for c in t.columns)
    assert commented >= 0.4 * sum(len(t.columns) for t in tables.values())
    bseg = tables["CI_BSEG"]
    assert {fk.ref_table for fk in bseg.foreign_keys} >= {"CI_BILL", "CI_SA"}


# --------------------------------------------------------------------------- retrieval


def test_retrieval_cases_have_the_documented_format(retrieval_cases):
    assert len(retrieval_cases) >= 45
    ids = [c["id"] for c in retrieval_cases]
    assert len(ids) == len(set(ids))
    for case in retrieval_cases:
        assert set(case) <= {"id", "objective", "expected_spot", "expected_tables", "area", "current_file"}, (
            case
        )
        assert re.fullmatch(r"r\d{3}", case["id"]), case["id"]
        assert case["objective"].strip() and len(case["objective"]) < 200, case["id"]
        assert re.fullmatch(r"[A-Z]\w+", case["expected_spot"]), case["id"]
        tables = case["expected_tables"]
        assert 1 <= len(tables) <= 3 and len(set(tables)) == len(tables), case["id"]
        assert all(t == t.upper() and "." not in t for t in tables), case["id"]
        assert case.get("area", "customer") in AREAS, case["id"]


def test_retrieval_expected_tables_exist_in_ddl(retrieval_cases, ddl):
    missing = {(c["id"], t) for c in retrieval_cases for t in c["expected_tables"] if t not in ddl["tables"]}
    assert not missing


def test_retrieval_expected_spots_are_framework_algorithm_spots(retrieval_cases, framework_interfaces):
    bad = [
        c["id"] for c in retrieval_cases if not _is_algorithm_spot(c["expected_spot"], framework_interfaces)
    ]
    assert not bad


def test_retrieval_covers_spots_without_workspace_implementation(retrieval_cases):
    implemented = _implemented_spots()
    assert implemented, "the sample workspace implements no spot at all"
    unimplemented = [c for c in retrieval_cases if c["expected_spot"] not in implemented]
    assert len(unimplemented) >= 8
    assert len({c.get("area") for c in retrieval_cases}) >= 8


def test_retrieval_objectives_do_not_name_the_spot(retrieval_cases):
    for case in retrieval_cases:
        assert case["expected_spot"].lower() not in case["objective"].replace(" ", "").lower(), case["id"]


# --------------------------------------------------------------------------- completion


def test_completion_cases_have_the_documented_format(completion_cases):
    assert len(completion_cases) >= 35
    ids = [c["id"] for c in completion_cases]
    assert len(ids) == len(set(ids))
    for case in completion_cases:
        assert set(case) <= {"id", "path", "text", "expected", "category"}, case["id"]
        assert re.fullmatch(r"c\d{3}", case["id"]), case["id"]
        assert (
            case["path"].endswith(".java") and not case["path"].startswith("/") and "\\" not in case["path"]
        )
        assert case["text"].count(CURSOR) == 1, case["id"]
        assert re.search(r"^package [\w.]+;", case["text"], re.M), case["id"]
        assert re.search(r"\b(class|interface) \w+", case["text"]), case["id"]
        expected = case["expected"]
        assert (
            isinstance(expected, list)
            and expected
            and all(isinstance(e, str) and e.strip() for e in expected)
        )
        assert case["category"] in CATEGORIES, case["id"]
    per_category = {cat: sum(c["category"] == cat for c in completion_cases) for cat in CATEGORIES}
    assert min(per_category.values()) >= 4, per_category


def _inside_string_literal(text: str) -> bool:
    before = text[: text.index(CURSOR)]
    if before.count('"""') % 2 == 1:
        return True
    line = before.rsplit("\n", 1)[-1]
    return len(re.findall(r'(?<!\\)"', line)) % 2 == 1


def test_completion_sql_labels_come_from_the_ddl(completion_cases, ddl):
    tables = ddl["tables"]
    for case in completion_cases:
        if case["category"] not in ("sql_table", "sql_column"):
            continue
        assert _inside_string_literal(case["text"]), case["id"]
        if case["category"] == "sql_table":
            assert all(label.upper() in tables for label in case["expected"]), case["id"]
        else:
            words = set(re.findall(r"\b[A-Z][A-Z0-9_]+\b", case["text"].upper()))
            in_text = [tables[w] for w in words if w in tables]
            for label in case["expected"]:
                assert any(t.column(label) for t in in_text), (case["id"], label)


def test_completion_spot_methods_are_missing_interface_methods(completion_cases, framework_interfaces):
    for case in (c for c in completion_cases if c["category"] == "spot_method"):
        text = case["text"].replace(CURSOR, "")
        implemented = [
            name.strip().split("<")[0].rsplit(".", 1)[-1]
            for group in IMPLEMENTS_RE.findall(text)
            for name in group.split(",")
        ]
        available = (
            set().union(*(_all_methods(n, framework_interfaces) for n in implemented))
            if implemented
            else set()
        )
        for label in case["expected"]:
            assert label in available, (case["id"], label)
            assert not re.search(rf"\b{label}\s*\([^)]*\)\s*(throws [\w, ]+)?\{{", text), (case["id"], label)


def test_completion_soft_param_getters_are_declared_in_javadoc(completion_cases):
    for case in (c for c in completion_cases if c["category"] == "soft_param"):
        declared = {
            match.group(1)
            for block in SOFT_PARAM_RE.findall(case["text"])
            for match in [re.search(r"\bname\s*=\s*(\w+)", block)]
            if match
        }
        getters = {"get" + n[:1].upper() + n[1:] for n in declared}
        assert set(case["expected"]) <= getters, case["id"]


def test_completion_api_members_exist_in_framework(completion_cases, framework_method_names):
    for case in (c for c in completion_cases if c["category"] == "api_member"):
        assert set(case["expected"]) <= framework_method_names, case["id"]
        assert re.search(r"\w\.\s*" + re.escape(CURSOR), case["text"]), case["id"]
