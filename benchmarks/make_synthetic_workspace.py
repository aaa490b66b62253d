"""Write a synthetic ORMB workspace of N Java files for the indexing benchmarks.

    python benchmarks/make_synthetic_workspace.py 10000 /tmp/synth10k

The files look like a customer-modification tree: algorithm implementations of the spots found in the
sample jar (setters/getters rendered from the jar's real signatures), batch jobs, change handlers and
helpers, 50-800 lines each (log-normal, median ~200), with native SQL built from the sample DDL's
tables, columns and foreign keys (joins, binds, concatenated literals), so that parsing and SQL
analysis cost what they cost on real code.  ``lib/`` and ``db/`` of examples/workspace are copied in.
Deterministic for a given N and seed.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from pathlib import Path

from ormb_assist.indexer.ddl import merge_tables, parse_ddl
from ormb_assist.indexer.jars import read_jar
from ormb_assist.indexer.models import JarClass, TableInfo

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "workspace"
AREAS = [
    "billing",
    "payment",
    "customer",
    "rate",
    "pricing",
    "txnfeed",
    "accounting",
    "adjustment",
    "delinquency",
]
VERBS = [
    "Validate",
    "Derive",
    "Stamp",
    "Skip",
    "Freeze",
    "Compute",
    "Check",
    "Notify",
    "Default",
    "Reconcile",
]
NOUNS = [
    "BillAmount",
    "DueDate",
    "Contract",
    "Charge",
    "Threshold",
    "Currency",
    "Account",
    "Segment",
    "Usage",
    "Fee",
]
_QUALIFIED = re.compile(r"\b(?:[a-z_][\w]*\.)+([A-Z][\w$]*)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of Java files")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.out.exists():
        shutil.rmtree(args.out)
    for folder in ("lib", "db"):
        shutil.copytree(EXAMPLE / folder, args.out / folder)
    tables = _tables()
    spots = _spots()
    rng = random.Random(args.seed)
    total_lines = 0
    for i in range(args.n):
        path, text = _java_file(i, rng, tables, spots)
        target = args.out / "src" / "cm" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        total_lines += text.count("\n")
    print(
        f"wrote {args.n} Java files ({total_lines:,} lines), {len(tables)} tables, {len(spots)} spots -> {args.out}"
    )
    return 0


def _tables() -> list[TableInfo]:
    parts: list[TableInfo] = []
    for ddl in sorted((EXAMPLE / "db").glob("*.sql")):
        parsed, _ = parse_ddl(ddl.read_text(encoding="utf-8"), ddl.name)
        parts.extend(parsed)
    return [t for t in merge_tables(parts).values() if t.columns]


def _spots() -> list[JarClass]:
    classes: list[JarClass] = []
    for jar in sorted((EXAMPLE / "lib").glob("*.jar")):
        if not jar.name.endswith("-sources.jar"):
            classes.extend(read_jar(jar, None)[0])
    return [
        c
        for c in classes
        if c.kind == "interface"
        and c.fqn.endswith("AlgorithmSpot")
        and c.simple_name != "AlgorithmSpot"
        and c.methods
    ]


# ---- SQL -----------------------------------------------------------------------------------------


def _sql(rng: random.Random, tables: list[TableInfo]) -> tuple[str, list[str]]:
    """A realistic statement and the Java lines that build and run it."""
    by_name = {t.name: t for t in tables}
    base = rng.choice(tables)
    joins = [(fk, by_name[fk.ref_table]) for fk in base.foreign_keys if fk.ref_table in by_name]
    kind = rng.choices(["select", "join", "update", "insert", "count"], weights=[4, 4, 1, 1, 2])[0]
    cols = [c.name for c in base.columns]
    pick = rng.sample(cols, k=min(len(cols), rng.randint(1, 5)))
    binds = rng.sample(cols, k=min(len(cols), rng.randint(1, 3)))
    where = " AND ".join(f"A.{c} = :{_camel(c)}" for c in binds)
    if kind == "join" and joins:
        fk, other = rng.choice(joins)
        on = " AND ".join(
            f"A.{a} = B.{b}" for a, b in zip(fk.columns, fk.ref_columns or fk.columns, strict=False)
        )
        other_cols = rng.sample([c.name for c in other.columns], k=min(len(other.columns), rng.randint(1, 3)))
        select = ", ".join([f"A.{c}" for c in pick] + [f"B.{c}" for c in other_cols])
        sql = [f"SELECT {select} ", f"FROM {base.name} A, {other.name} B ", f"WHERE {on} ", f"AND {where}"]
    elif kind == "update":
        target = rng.choice(cols)
        sql = [f"UPDATE {base.name} A ", f"SET A.{target} = :new{_camel(target).title()} ", f"WHERE {where}"]
    elif kind == "insert":
        sql = [
            f"INSERT INTO {base.name} ({', '.join(pick)}) ",
            f"VALUES ({', '.join(':' + _camel(c) for c in pick)})",
        ]
    elif kind == "count":
        sql = ["SELECT COUNT(*) AS CNT ", f"FROM {base.name} A ", f"WHERE {where}"]
    else:
        order = f" ORDER BY A.{pick[0]}" if rng.random() < 0.4 else ""
        sql = [
            f"SELECT {', '.join('A.' + c for c in pick)} ",
            f"FROM {base.name} A ",
            f"WHERE {where}{order}",
        ]
    java = ["        PreparedStatement ps = createPreparedStatement("]
    java += [f'            "{part}"' + (" +" if n < len(sql) - 1 else ",") for n, part in enumerate(sql)]
    java += [f'            "{base.name.lower()} {kind}");', "        try {"]
    java += [f'            ps.bindString("{_camel(c)}", {_camel(c)}, "{c}");' for c in binds]
    if kind in ("update", "insert"):
        java.append("            ps.executeUpdate();")
    else:
        java += [
            "            List<SQLResultRow> rows = ps.list();",
            "            for (SQLResultRow row : rows) {",
        ]
        java += [f'                String {_camel(c)}Value = row.getString("{c}").trim();' for c in pick[:2]]
        java.append("            }")
    java += ["        } finally {", "            ps.close();", "        }"]
    return base.name, java


def _camel(column: str) -> str:
    head, *rest = column.lower().split("_")
    return head + "".join(w.title() for w in rest)


# ---- Java ----------------------------------------------------------------------------------------


def _render_type(type_text: str, imports: set[str]) -> str:
    for match in _QUALIFIED.finditer(type_text):
        if not match.group(0).startswith("java.lang."):
            imports.add(match.group(0))
    return _QUALIFIED.sub(r"\1", type_text)


def _spot_methods(spot: JarClass, imports: set[str]) -> list[str]:
    lines: list[str] = []
    for m in spot.methods:
        params = ", ".join(
            f"{_render_type(t, imports)} {m.parameter_names[i] if i < len(m.parameter_names) else f'arg{i}'}"
            for i, t in enumerate(m.parameter_types)
        )
        ret = _render_type(m.return_type, imports)
        body = "        return null;" if ret not in ("void", "boolean", "int") else ""
        body = {"boolean": "        return false;", "int": "        return 0;"}.get(ret, body)
        if m.name == "invoke":
            continue
        lines += [
            "    @Override",
            f"    public {ret} {m.name}({params}) {{",
            *([body] if body else []),
            "    }",
            "",
        ]
    return lines


def _helper(
    rng: random.Random, n: int, tables: list[TableInfo], with_sql: bool
) -> tuple[list[str], list[str]]:
    name = f"{rng.choice(['load', 'check', 'apply', 'compute', 'resolve'])}{rng.choice(NOUNS)}{n}"
    args = ", ".join(
        f"String {v}" for v in rng.sample(["acctId", "billId", "saId", "perId", "status", "code"], 2)
    )
    lines = [
        f"    /** Helper {n}: {name} for the {rng.choice(AREAS)} rules. */",
        f"    private void {name}({args}) {{",
    ]
    touched: list[str] = []
    if with_sql:
        table, sql = _sql(rng, tables)
        touched.append(table)
        lines += sql
    for k in range(rng.randint(2, 10)):
        lines += [
            f"        if (notNull({args.split()[1].rstrip(',')}) && {k} < MAX_ITEMS) {{",
            f'            logger.debug("{name} step {k}: " + {args.split()[1].rstrip(",")});',
            "        }",
        ]
    lines += ["    }", ""]
    return lines, touched


def _java_file(i: int, rng: random.Random, tables: list[TableInfo], spots: list[JarClass]) -> tuple[str, str]:
    area = rng.choice(AREAS)
    target_lines = int(min(800, max(50, rng.lognormvariate(5.3, 0.6))))
    kind = rng.choices(["algorithm", "batch", "helper"], weights=[7, 2, 1])[0]
    name = f"Cm{rng.choice(VERBS)}{rng.choice(NOUNS)}{i:05d}"
    package = f"com.splwg.cm.domain.{area}.{'algorithm' if kind == 'algorithm' else kind}"
    imports = {
        "java.util.List",
        "com.splwg.base.api.sql.PreparedStatement",
        "com.splwg.base.api.sql.SQLResultRow",
        "com.splwg.shared.logging.Logger",
        "com.splwg.shared.logging.LoggerFactory",
    }
    body: list[str] = []
    javadoc = [
        "/**",
        f" * {rng.choice(VERBS)}s the {rng.choice(NOUNS).lower()} of {area} records before the next step runs.",
        " *",
    ]
    if kind == "algorithm":
        spot = rng.choice(spots)
        imports.add(spot.fqn)
        cls = f"{name}AlgComp_Impl"
        javadoc.append(
            f"@AlgorithmComponent (softParameters = {{ @AlgorithmSoftParameter (name = max{rng.choice(NOUNS)}, "
            "required = true, type = decimal)})"
        )
        header = f"public class {cls} extends {name}AlgComp_Gen implements {spot.fqn.rsplit('.', 1)[-1]} {{"
        body += _spot_methods(spot, imports)
        body += ["    @Override", "    public void invoke() {"]
        _, sql = _sql(rng, tables)
        body += [line.replace("        ", "        ", 1) for line in sql] + ["    }", ""]
    elif kind == "batch":
        cls = f"{name}Batch"
        javadoc.append("@BatchJob (multiThreaded = true, rerunnable = true)")
        header = f"public class {cls} extends {cls}_Gen {{"
    else:
        cls = f"{name}Helper"
        header = f"public class {cls} {{"
    javadoc.append(" */")
    n = 0
    while len(body) + 20 < target_lines:
        lines, _ = _helper(rng, n, tables, with_sql=rng.random() < 0.35)
        body += lines
        n += 1
    fields = [
        f"    private static final Logger logger = LoggerFactory.getLogger({cls}.class);",
        "    private static final int MAX_ITEMS = 50;",
        "",
    ]
    head = [f"package {package};", ""] + [f"import {imp};" for imp in sorted(imports)] + [""]
    text = "\n".join(head + javadoc + [header] + fields + body + ["}", ""])
    return f"{package.replace('.', '/')}/{cls}.java", text


if __name__ == "__main__":
    sys.exit(main())
