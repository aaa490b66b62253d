"""Grounded SELECT statements for an algorithm: tables, joins, columns and bind filters from the DDL.

Tables come from :mod:`joins` (resolver ranking + what the conditions need), columns from
``TableInfo`` only.  Values never enter the SQL text: the hard parameter's id, soft parameters and
the process date are bind variables.  The one statement carries the objective's condition (a
threshold, an age in days, a count) and is bound to a spot input: a read bound to nothing would scan
every row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ormb_assist.generation.algorithm_plan import without_actions
from ormb_assist.generation.java_types import camel
from ormb_assist.generation.joins import JoinGraph, choose_tables, names_table, table_units
from ormb_assist.generation.siblings import sibling_scope
from ormb_assist.indexer.models import Column, Resolution, SoftParameter, TableInfo
from ormb_assist.indexer.vocabulary import name_units, term_set

_MAX_EXTRA_COLUMNS = 4
_AGGREGATE_WORDS = {"total", "sum", "aggregate", "overall", "cumulative"}
_AGGREGATE_WORDS |= {"add", "adds", "added", "adding", "summed", "sums", "totals"}
# "in the last 30 days", "within N days", "the past 90 days": recent rows; "more than N days ago",
# "older than", "overdue by": old ones.  Read from the phrase around the period, not the whole text
# ("over the approval limit" says nothing about dates).
_WITHIN = re.compile(r"\b(?:within|in|during|over|for|from)\s+(?:the\s+)?(?:last|past|previous|recent|preceding)\b"
                     r"|\b(?:last|past|previous|recent)\s+(?:\w+\s+)?(?:days?|months?|years?)\b|\bwithin\b|\bsince\b|"
                     r"\bnewer\b|\byounger\b|\bless than \w+ (?:days?|months?|years?) (?:ago|before|old)\b", re.I)  # fmt: skip
# The size of an amount whatever its sign: a write-off is a credit (negative), a charge a debit.
_EITHER_SIGN = re.compile(r"\b(?:credit or debit|debit or credit|either sign|absolute|regardless of (?:the )?sign|"
                          r"positive or negative|negative or positive)\b", re.I)  # fmt: skip
_MINIMUM = re.compile(r"^(minimum|min)")


@dataclass
class Selected:
    alias: str
    table: str
    column: str
    kind: str  # string | decimal | integer | date | datetime
    var: str
    expr: str = ""  # SQL expression when not a plain column (aggregates)


@dataclass
class Filter:
    sql: str  # "B.BILL_ID = :billId" ("" for a bind used inside another condition)
    bind: str  # bind variable name
    kind: str  # id | entity | string | decimal | integer | date
    java_value: str  # Java expression giving the value
    column: str = ""  # DB field name (bindString's third argument)


@dataclass
class HardKey:
    """A hard parameter that identifies rows: the Java value and the key column it maps to."""

    java_value: str  # e.g. "bill.getId()" or "billId"
    kind: str  # id | string
    column: str  # key column, e.g. BILL_ID
    bind: str
    holder: str = ""  # field to null-check before use
    element: str = ""  # for a list input: the loop variable whose id is bound ("for (X element : holder)")
    element_type: str = ""  # its Java type as rendered


@dataclass
class SqlPlan:
    tables: list[tuple[str, str]]  # (table, alias) in FROM order
    joins: list[str]
    columns: list[Selected]
    filters: list[Filter] = field(default_factory=list)
    group_by: list[str] = field(default_factory=list)
    having: Filter | None = None
    violation_param: str = ""  # soft parameter whose condition makes a returned row a finding
    key: HardKey | None = None
    scope: tuple[str, str, str] | None = None  # (alias, table, column) the input's siblings share
    scope_starts_at: int = 0  # where the objective starts speaking of the siblings
    order_by: list[str] = field(default_factory=list)  # "S.START_DT DESC": which row is "the one"

    def sql_lines(self) -> list[str]:
        (first, first_alias), *_ = self.tables
        select = ", ".join(c.expr or f"{c.alias}.{c.column}" for c in self.columns)
        lines = [f"SELECT {select}", f"FROM {first} {first_alias}", *self.joins]
        for n, flt in enumerate(f for f in self.filters if f.sql):
            lines.append(("WHERE " if n == 0 else "AND ") + flt.sql)
        if self.group_by:
            lines.append("GROUP BY " + ", ".join(self.group_by))
        if self.having:
            lines.append("HAVING " + self.having.sql)
        if self.order_by:
            lines.append("ORDER BY " + ", ".join(self.order_by))
        return lines

    @property
    def table_names(self) -> list[str]:
        return [t for t, _ in self.tables]

    @property
    def all_binds(self) -> list[Filter]:
        return self.filters + ([self.having] if self.having else [])


# ---- column typing ------------------------------------------------------------------------------
def column_kind(column: Column) -> str:
    t = column.data_type.upper().replace(" ", "")
    if t.startswith(("CHAR", "VARCHAR", "NCHAR", "NVARCHAR", "CLOB", "LONG")):
        return "string"
    if t.startswith("TIMESTAMP") or (t.startswith("DATE") and column.name.endswith("DTTM")):
        return "datetime"
    if t.startswith("DATE"):
        return "date"
    if t.startswith(("INTEGER", "INT", "SMALLINT")):
        return "integer"
    if t.startswith(("NUMBER", "NUMERIC", "DECIMAL", "FLOAT")):
        m = re.match(r"\w+\((\d+)(?:,(-?\d+))?\)", t)
        if m and (m.group(2) in (None, "0")) and not is_amount(column.name):
            return "integer"
        return "decimal"
    return "string"


def is_amount(name: str) -> bool:
    return any(p in ("AMT", "AMOUNT", "BAL", "PRICE", "RATE", "PCT") for p in name.split("_"))


def var_name(column: str) -> str:
    return camel(column.lower().split("_")) or "value"


def measured_column(objective: str, resolution: Resolution, tables: dict[str, TableInfo],
                    key_column: str | None) -> Column | None:  # fmt: skip
    """The amount the objective compares: the amount column whose own words the objective uses ("the
    current amounts of its frozen FTs" -> CI_FT.CUR_AMT), on a table it names, else on the spot
    input's own table ("its amount"), else on the best-ranked table.  Scored over the resolver's
    tables and every table the objective names, so a measure outside the top tables is still found."""
    terms = term_set(without_actions(objective))
    entity_terms = _entity_terms(tables)
    ranked = [r.name for r in resolution.tables if r.name in tables]
    named = [n for n, t in tables.items() if n not in ranked and names_table(t, terms)]
    best: tuple[tuple[int, int], Column] | None = None
    for order, name in enumerate(ranked + named):
        table = tables[name]
        units_of_table = table_units(table)
        mentioned = names_table(table, terms)
        home = bool(key_column and table.primary_key == [key_column])
        for column in table.columns:
            if column_kind(column) != "decimal" or not is_amount(column.name):
                continue
            own = [u for u in name_units(column.name) if not any(u & t for t in units_of_table)]
            # descriptive words only: "current", "calculated"; not "amount", "total" or another
            # entity's name (TOT_TO_BILL_AMT on a contract is not "the bill total")
            matched = sum(1 for u in own if u & terms and not u & _NOT_DESCRIPTIVE and not u & entity_terms)
            score = 3 * matched + 2 * mentioned + home + (name in ranked[:3])
            key = (score, -order)
            if best is None or key > best[0]:
                best = (key, column)
    return best[1] if best else None


_NOT_DESCRIPTIVE = {"amt", "~amount", "amount", "tot", "total", "~total", "sum", "to", "bal", "balanc", "~balance"}
_ENTITY_TERMS: dict[int, tuple[dict[str, TableInfo], frozenset[str]]] = {}


def _entity_terms(tables: dict[str, TableInfo]) -> frozenset[str]:
    """Concepts that name tables (~bill, ~sa): in a column name they say whose value it is."""
    cached = _ENTITY_TERMS.get(id(tables))
    if cached is not None and cached[0] is tables:
        return cached[1]
    out = frozenset(t for table in tables.values() for u in table_units(table) for t in u if t.startswith("~"))
    _ENTITY_TERMS.clear()
    _ENTITY_TERMS[id(tables)] = (tables, out)
    return out


def _needs(objective: str, soft: list[SoftParameter], measure: Column | None = None) -> list:
    """Column kinds the conditions compare: an amount for thresholds or amount wording, a date for ages."""
    needs = []
    if measure is not None:
        needs.append(lambda c, m=measure: c is m)
    elif any(p.type == "decimal" for p in soft) or "~amount" in term_set(objective):
        needs.append(lambda c: column_kind(c) == "decimal" and is_amount(c.name))
    if any(p.type == "integer" and p.name.endswith(("Days", "Months", "Years")) for p in soft):
        needs.append(lambda c: column_kind(c) in ("date", "datetime"))
    return needs


# ---- planning ------------------------------------------------------------------------------------
def plan_select(
    objective: str,
    resolution: Resolution,
    tables: dict[str, TableInfo],
    soft: list[SoftParameter],
    hard: list[HardKey],
    soft_values: dict[str, tuple[str, str]],  # param name -> (java expression, bind kind)
    process_date: str | None,  # Java expression of today's process date, when the framework has one
    example_tables: tuple[str, ...] = (),  # tables the nearest example of the same spot reads
    date_shift: dict[str, str] | None = None,  # unit -> the Date method that shifts it (addDays)
    include: list[str] | None = None,  # tables the action writes (their rows are the rows read)
) -> SqlPlan | None:
    """The statement that carries the objective's condition, bound to a spot input when one reaches its
    tables (``key`` None otherwise); None when the resolver found no indexed table."""
    ranked = [r.name for r in resolution.tables[:3] if r.name in tables]
    usable = [h for h in hard if any(t.column(h.column) for t in tables.values())]
    usable.sort(key=lambda h: not any(tables[n].column(h.column) for n in ranked))
    key = usable[0] if usable else None
    measure = (measured_column(objective, resolution, tables, key.column if key else None)
               if any(p.type == "decimal" and "percent" not in p.name.lower() for p in soft) else None)  # fmt: skip
    # a configured code filters a column the resolver's tables may not have ("the id type param" ->
    # CI_PER_ID.ID_TYPE_CD): that column's table joins the read
    top = [tables[r.name] for r in resolution.tables[:3] if r.name in tables]
    code_columns = [found[1] for p in soft if p.type in ("string", "entity") and _param_column(top, p) is None
                    and (found := _param_column(list(tables.values()), p)) is not None]  # fmt: skip
    choice = choose_tables(
        resolution,
        tables,
        key.column if key else None,
        _needs(objective, soft, measure)
        + [lambda c, t=tables[n]: any(c is x for x in t.columns) for n in include or [] if n in tables]
        + [lambda c, col=col: c is col for col in code_columns],
        term_set(objective),
        example_tables,
    )
    if not choice.main:
        return None
    if key is not None and not any(t.column(key.column) for t in choice.main):
        # reach the spot input through the join graph; a read bound to nothing would scan every row
        path = JoinGraph.of(tables).path_to(choice.main, lambda t, col=key.column: t.column(col) is not None, {})
        owner = next((tables[r.name] for r in resolution.tables if r.name in tables
                      and tables[r.name].column(key.column) is not None), None)  # fmt: skip
        if path:
            choice.main = [*choice.main, *path]
        elif owner is not None:  # the best-ranked table the input can read instead
            choice.main = [owner]
        else:
            key = None
    return _plan(objective, choice.main, tables, soft, key, soft_values, process_date, date_shift or {}, measure)


def _aliases(chosen: list[TableInfo]) -> list[str]:
    out: list[str] = []
    for t in chosen:
        parts = [p for p in t.name.split("_") if p not in ("CI", "CM", "C1", "F1")] or [t.name]
        alias = "".join(p[0] for p in parts)[:3]
        base, n = alias, 2
        while alias in out:
            alias = f"{base}{n}"
            n += 1
        out.append(alias)
    return out


def _plan(objective: str, chosen: list[TableInfo], tables: dict[str, TableInfo], soft: list[SoftParameter],
          key: HardKey | None, soft_values: dict[str, tuple[str, str]], process_date: str | None,
          date_shift: dict[str, str], measure: Column | None = None) -> SqlPlan:  # fmt: skip
    graph = JoinGraph.of(tables)
    aliases = _aliases(chosen)
    alias_of = {t.name: a for t, a in zip(chosen, aliases, strict=True)}
    objective_terms = term_set(without_actions(objective))
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", objective)}
    primary = chosen[0]
    columns = [_sel(alias_of[primary.name], primary, c) for c in primary.primary_key if primary.column(c)]
    plan = SqlPlan([], [], columns, key=key)
    if key is not None:
        home = next(t for t in chosen if t.column(key.column))
        scope = sibling_scope(objective, home) if home.primary_key == [key.column] else None
        if scope is None:
            plan.filters.append(
                Filter(f"{alias_of[home.name]}.{key.column} = :{key.bind}", key.bind, key.kind, key.java_value, key.column)
            )
        else:  # the rows sharing the scope columns with the input row ("of the same type on this contract")
            alias = alias_of[home.name]
            for n, col in enumerate(scope.columns):
                sub = f"(SELECT {col} FROM {home.name} WHERE {key.column} = :{key.bind})"
                plan.filters.append(Filter(f"{alias}.{col} = {sub}", key.bind if n == 0 else "", key.kind,
                                           key.java_value, key.column))  # fmt: skip
            if scope.exclude_self:
                plan.filters.append(Filter(f"{alias}.{key.column} <> :{key.bind}", "", key.kind, key.java_value))
            plan.scope = (alias, home.name, scope.columns[0])
            plan.scope_starts_at = scope.starts_at
    aggregate = bool(words & _AGGREGATE_WORDS)
    for param in soft:
        java_value, bind_kind = soft_values.get(param.name, ("", ""))
        if not java_value:
            continue
        if param.type in ("string", "entity"):
            col = _param_column(chosen, param)
            if col is not None:
                ref = f"{alias_of[col[0].name]}.{col[1].name}"
                plan.filters.append(
                    Filter(f"{ref} = :{param.name}", param.name, bind_kind, java_value, col[1].name)
                )
        else:
            _condition(
                plan,
                param,
                java_value,
                bind_kind,
                chosen,
                alias_of,
                objective_terms,
                objective,
                aggregate,
                process_date,
                date_shift,
                measure,
            )
    if not plan.group_by:
        join_columns = {
            x
            for t in chosen[1:]
            for c in chosen
            if graph.joins(t, c)
            for pair in graph.pairs(t, c)
            for x in pair
        }
        for table, column in _matching_columns(chosen, objective_terms):
            extra = [
                c for c in plan.columns if c.table != primary.name or c.column not in primary.primary_key
            ]
            if len(extra) >= _MAX_EXTRA_COLUMNS:
                break
            if column.name in join_columns or any(c.column == column.name for c in plan.columns):
                continue  # the same value is already read through the join
            plan.columns.append(_sel(alias_of[table.name], table, column.name))
    if not plan.group_by:  # every joined table shows what it contributes to the row
        for table in chosen[1:]:
            if not any(c.table == table.name for c in plan.columns):
                column = next(
                    (c for c in table.primary_key if c not in {x.column for x in plan.columns}), None
                )
                if column:
                    plan.columns.append(_sel(alias_of[table.name], table, column))
    if plan.group_by:  # a grouped read returns the group key and the aggregates only
        plan.columns = [c for c in plan.columns if c.expr or f"{c.alias}.{c.column}" in plan.group_by]
    plan.columns = _dedupe(plan.columns)
    kept = _prune(chosen, plan, alias_of, graph) if plan.group_by else chosen
    plan.tables = [(t.name, alias_of[t.name]) for t in kept]
    for i, t in enumerate(kept[1:], start=1):
        partner = next(c for c in kept[:i] if graph.joins(t, c))
        pairs = graph.pairs(t, partner)
        cond = " AND ".join(f"{alias_of[t.name]}.{x} = {alias_of[partner.name]}.{y}" for x, y in pairs)
        plan.joins.append(f"JOIN {t.name} {alias_of[t.name]} ON {cond}")
    return plan


def _prune(
    chosen: list[TableInfo], plan: SqlPlan, alias_of: dict[str, str], graph: JoinGraph
) -> list[TableInfo]:
    """For aggregates: drop joined tables nothing is read from or filtered on (they would multiply
    rows and inflate the sum), as long as the remaining tables still join in order."""
    table_of = {a: t for t, a in alias_of.items()}
    used = {c.table for c in plan.columns if not c.expr}
    for text in [f.sql for f in plan.all_binds] + [c.expr for c in plan.columns if c.expr]:
        used |= {table_of[a] for a in re.findall(r"\b([A-Z][A-Z0-9]*)\.", text) if a in table_of}
    kept = list(chosen)
    for table in reversed(chosen[1:]):
        if table.name in used:
            continue
        trial = [t for t in kept if t is not table]
        if all(any(graph.joins(t, c) for c in trial[:i]) for i, t in enumerate(trial) if i):
            kept = trial
    return kept


def _condition(plan: SqlPlan, param: SoftParameter, java_value: str, bind_kind: str, chosen: list[TableInfo],
               alias_of: dict[str, str], objective_terms: frozenset[str], objective: str, aggregate: bool,
               process_date: str | None, date_shift: dict[str, str], measure: Column | None = None) -> None:  # fmt: skip
    """Turn a decimal / period / count soft parameter into the statement's condition."""
    primary = chosen[0]
    if param.type == "decimal" and "percent" in param.name.lower():
        return  # a rate applied to an amount, not a condition on rows
    if param.type == "decimal":
        owner = next((t for t in chosen if measure is not None and any(c is measure for c in t.columns)), None)
        col = (owner, measure) if owner is not None and measure is not None else \
            _best_column(chosen, objective_terms, want=("decimal",), prefer_amount=True)  # fmt: skip
        if col is None:
            return
        table, column = col
        op = comparison_op(objective, param.name)
        ref = f"{alias_of[table.name]}.{column.name}"
        size = f"ABS({ref})" if _EITHER_SIGN.search(objective) else ref  # "its amount (credit or debit)"
        if aggregate and plan.having is None:
            plan.having = Filter(f"SUM({ref}) {op} :{param.name}", param.name, bind_kind, java_value)
            _group_on_key(plan, primary, chosen, alias_of)
            plan.columns.append(
                Selected("", table.name, "TOTAL_AMT", "decimal", "totalAmt", f"SUM({ref}) AS TOTAL_AMT")
            )
        else:
            plan.filters.append(Filter(f"{size} {op} :{param.name}", param.name, bind_kind, java_value))
            plan.columns.append(_sel(alias_of[table.name], table, column.name))
        plan.violation_param = plan.violation_param or param.name
    elif param.type == "integer" and param.name.endswith(("Days", "Months", "Years")):
        col = _best_column(chosen, objective_terms, want=("date", "datetime"),
                           entity_terms=_entity_terms({t.name: t for t in chosen}))
        if col is None or not process_date:
            return
        table, column = col
        ref = f"{alias_of[table.name]}.{column.name}"
        op = ">=" if _WITHIN.search(objective) else "<"
        unit = next(u for u in ("Days", "Months", "Years") if param.name.endswith(u))
        if unit in date_shift and bind_kind == "integer":
            # the cut-off date is computed in Java: date arithmetic on bound values is not portable SQL
            cutoff = f"{process_date}.{date_shift[unit]}(-{java_value}.intValue())"
            plan.filters.append(Filter(f"{ref} {op} :{param.name}Cutoff", f"{param.name}Cutoff", "date", cutoff))
        else:
            if not any(f.bind == "processDate" for f in plan.filters):
                plan.filters.append(Filter("", "processDate", "date", process_date))
            plan.filters.append(
                Filter(f"{ref} {op} {_date_minus(param.name)}", param.name, bind_kind, java_value)
            )
        plan.columns.append(_sel(alias_of[table.name], table, column.name))
        plan.violation_param = plan.violation_param or param.name
    elif param.type == "integer" and plan.having is None and not aggregate:
        op = ">=" if _MINIMUM.match(param.name) else ">"  # "N or more contacts"
        plan.having = Filter(f"COUNT(*) {op} :{param.name}", param.name, bind_kind, java_value)
        _group_on_key(plan, primary, chosen, alias_of)
        plan.columns.append(
            Selected("", primary.name, "ROW_COUNT", "integer", "rowCount", "COUNT(*) AS ROW_COUNT")
        )
        plan.violation_param = plan.violation_param or param.name


_OPS = (
    (">=", re.compile(r"\b(?:or more|or above|or over|or greater|or higher|at least|reach\w*|meets?|hits?|"
                      r"no less than|not less than|adds? up to|comes? to)\b", re.I)),
    ("<=", re.compile(r"\b(?:or less|or below|or under|or fewer|at most|no more than|not more than|up to)\b", re.I)),
    ("<", re.compile(r"\b(?:below|under|less than|lower than|smaller than|short of|fewer than|beneath|"
                     r"doesn'?t reach|does not reach)\b", re.I)),
    (">", re.compile(r"\b(?:above|over|exceed\w*|more than|greater than|higher than|bigger than|larger than|"
                     r"beyond|beats?|tops?)\b", re.I)),
)  # fmt: skip


def comparison_op(objective: str, param: str) -> str:
    """The comparison the objective states for a threshold parameter: the comparator phrase nearest to
    the parameter's mention ("adds up to the minimum charge param or more" is >=, "below the minimum
    bill amount" is <); without one, a minimum is a floor (<) and anything else a ceiling (>)."""
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", param)]
    anchors = [m.start() for w in words if len(w) > 2 for m in re.finditer(rf"\b{w[:5]}", objective, re.I)]
    best: tuple[int, str] | None = None
    for op, pattern in _OPS:
        for m in pattern.finditer(objective):
            for a in anchors:
                distance = a - m.end() if m.end() <= a else m.start() - a
                if distance < 0 or distance > 60:
                    continue
                if best is None or distance < best[0]:
                    best = (distance, op)
    if best is not None:
        return best[1]
    return "<" if _MINIMUM.match(param) else ">"


def _group_on_key(plan: SqlPlan, primary: TableInfo, chosen: list[TableInfo], alias_of: dict[str, str]) -> None:
    """An aggregate is per spot input ("the person's contacts"), so group on the input's key column;
    grouping on the counted table's own key would give one row per contact, each counting 1."""
    key = plan.key
    home = next((t for t in chosen if key is not None and t.column(key.column)), None)
    if plan.scope is not None:  # siblings: one group, the scope they share with the input
        alias, table, column = plan.scope
        plan.columns = [_sel(alias, next(t for t in chosen if t.name == table), column)]
    elif key is not None and home is not None:
        plan.columns = [_sel(alias_of[home.name], home, key.column)]
    else:
        plan.columns = [c for c in plan.columns if c.table == primary.name and not c.expr]
    plan.group_by = [f"{c.alias}.{c.column}" for c in plan.columns if not c.expr]


def _date_minus(param: str) -> str:
    if param.endswith("Months"):
        return f"ADD_MONTHS(:processDate, -:{param})"
    if param.endswith("Years"):
        return f"ADD_MONTHS(:processDate, -12 * :{param})"
    return f":processDate - :{param}"


def _sel(alias: str, table: TableInfo, column: str) -> Selected:
    col = table.column(column)
    return Selected(alias, table.name, column, column_kind(col) if col else "string", var_name(column))


def _dedupe(columns: list[Selected]) -> list[Selected]:
    seen: set[str] = set()
    out: list[Selected] = []
    for c in columns:
        key = c.expr or f"{c.alias}.{c.column}"
        if key in seen:
            continue
        seen.add(key)
        if c.var in {x.var for x in out}:
            c.var = var_name(f"{c.table.split('_')[-1]}_{c.column}")
        out.append(c)
    return out


def _column_score(table: TableInfo, column: Column, objective_terms: frozenset[str]) -> int:
    units_of_table = table_units(table)
    score = 0
    for unit in name_units(column.name):
        if any(unit & t for t in units_of_table):
            continue
        if unit & objective_terms:
            score += 1
    return score


def _matching_columns(
    chosen: list[TableInfo], objective_terms: frozenset[str]
) -> list[tuple[TableInfo, Column]]:
    scored = []
    for ti, table in enumerate(chosen):
        for ci, column in enumerate(table.columns):
            if column.name == "VERSION" or column.name in table.primary_key:
                continue
            s = _column_score(table, column, objective_terms)
            if s:
                scored.append((-s, ti, ci, table, column))
    scored.sort(key=lambda x: x[:3])
    return [(t, c) for *_, t, c in scored]


def _best_column(chosen: list[TableInfo], objective_terms: frozenset[str], want: tuple[str, ...],
                 prefer_amount: bool = False, entity_terms: frozenset[str] = frozenset()
                 ) -> tuple[TableInfo, Column] | None:  # fmt: skip
    """The column of a kind the condition compares, named by the objective's descriptive words ("due
    date" -> DUE_DT); another entity's name inside a column name (BILL_AFTER_DT) is not a description."""
    best = None
    for ti, table in enumerate(chosen):
        for ci, column in enumerate(table.columns):
            if column_kind(column) not in want:
                continue
            described = objective_terms - {t for u in name_units(column.name) if u & entity_terms for t in u}
            score = _column_score(table, column, described) * 2
            score += 1 if (prefer_amount and is_amount(column.name)) else 0
            key = (-score, ti, ci)
            if best is None or key < best[0]:
                best = (key, table, column)
    return (best[1], best[2]) if best else None


def _param_column(chosen: list[TableInfo], param: SoftParameter) -> tuple[TableInfo, Column] | None:
    """The column a code/entity soft parameter filters on (``characteristicType`` -> ``CHAR_TYPE_CD``)."""
    wanted = [u for u in name_units(param.entity_name or param.name) if not ({"code", "cd"} & u)]
    if not wanted:
        return None
    found = []
    for order, table in enumerate(chosen):
        for column in table.columns:
            if not column.name.endswith(("_CD", "_FLG", "_ID")):
                continue
            units = [u for u in name_units(column.name) if not ({"code", "cd", "flag", "flg", "id"} & u)]
            if len(units) == len(wanted) and all(a & b for a, b in zip(units, wanted, strict=False)):
                # a referencing column (CI_SA.SA_TYPE_CD) before the code table's own key: the filter
                # then needs no join to a configuration table the data may not have
                kind_mismatch = param.type == "string" and not column.name.endswith("_CD")  # a code is a _CD
                found.append((kind_mismatch, column.name in table.primary_key, order, table, column))
    if not found:
        return None
    *_, table, column = min(found, key=lambda f: f[:3])
    return table, column


def narrow(plan: SqlPlan, tables: dict[str, TableInfo], keep: tuple[str, ...] = ()) -> SqlPlan:
    """Only the tables the condition needs, joined in order: for an existence or threshold test an
    extra join to a table nothing is tested on drops rows (no bill yet) or multiplies them."""
    table_of = {a: t for t, a in plan.tables}
    used: set[str] = set(keep)
    for text in [f.sql for f in plan.all_binds] + [c.expr for c in plan.columns if c.expr] + plan.order_by:
        used |= {table_of[a] for a in re.findall(r"\b([A-Z][A-Z0-9]*)\.", text) if a in table_of}
    graph = JoinGraph.of(tables)
    kept = [t for t, _ in plan.tables if t in used]  # the first table too, when nothing is tested on it
    if not kept or len(kept) == len(plan.tables) or not all(t in tables for t in kept):
        return plan
    infos = [tables[t] for t in kept]
    if not all(any(graph.joins(t, c) for c in infos[:i]) for i, t in enumerate(infos) if i):
        return plan  # the tested tables only join through one that was not tested
    alias_of = dict(plan.tables)
    joins = []
    for i, t in enumerate(infos[1:], start=1):
        partner = next(c for c in infos[:i] if graph.joins(t, c))
        cond = " AND ".join(f"{alias_of[t.name]}.{x} = {alias_of[partner.name]}.{y}" for x, y in graph.pairs(t, partner))
        joins.append(f"JOIN {t.name} {alias_of[t.name]} ON {cond}")
    columns = [c for c in plan.columns if c.expr or c.table in used]
    if not columns:  # the row still says what it found
        first = infos[0]
        columns = [_sel(alias_of[first.name], first, (first.primary_key or [first.columns[0].name])[0])]
    group_by = [g for g in plan.group_by if g.split(".")[0] in {alias_of[t] for t in kept}]
    return replace(plan, tables=[(t, alias_of[t]) for t in kept], joins=joins, columns=columns, group_by=group_by)
