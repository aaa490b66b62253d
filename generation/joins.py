"""The join graph of the indexed DDL and which tables one query should read.

Two tables join on a declared foreign key, on a parent's full primary key found in the child, or —
where the DDL declares neither — on a shared entity key column (``BILL_ID`` is the one-column key of
``CI_BILL``, so ``CI_BSEG.BILL_ID = CI_FT.BILL_ID`` is a join).  Table choice starts from the
resolver's ranking and adds what the algorithm needs: a path to the hard parameter's key column,
and tables holding the kind of column its conditions compare (amounts, dates).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ormb_assist.indexer.models import Column, Resolution, TableInfo
from ormb_assist.indexer.table_targets import join_pairs
from ormb_assist.indexer.vocabulary import name_units

MAX_TABLES = 3
MAX_HOPS = 2
RELATIVE_SCORE = 0.5  # ranked tables scoring at least this share of the top one are candidates
SECONDARY_SCORE = 0.6  # a table left out of the join this close to the top one gets its own statement
MAX_SECONDARY = 2
HOP_COST = 0.35  # what one more joined table must earn (in ranked score share) on a join path
EXAMPLE_BONUS = 0.3  # preference for tables the nearest example of the same spot reads
_CANDIDATES = 6

_GRAPHS: dict[int, JoinGraph] = {}


@dataclass
class JoinGraph:
    tables: dict[str, TableInfo]
    entity_keys: set[str] = field(default_factory=set)
    _pairs: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)

    @classmethod
    def of(cls, tables: dict[str, TableInfo]) -> JoinGraph:
        graph = _GRAPHS.get(id(tables))
        if graph is None or graph.tables is not tables or len(graph.tables) != graph._size:
            graph = cls(tables)
            _GRAPHS.clear()
            _GRAPHS[id(tables)] = graph
        return graph

    def __post_init__(self) -> None:
        self._size = len(self.tables)
        self.entity_keys = {t.primary_key[0] for t in self.tables.values() if len(t.primary_key) == 1}

    def pairs(self, a: TableInfo, b: TableInfo) -> list[tuple[str, str]]:
        """(column of a, column of b) pairs joining the two tables, or [] when they do not join."""
        key = (a.name, b.name)
        if key not in self._pairs:
            self._pairs[key] = self._compute(a, b)
        return self._pairs[key]

    def _compute(self, a: TableInfo, b: TableInfo) -> list[tuple[str, str]]:
        # the one join rule (FKs, then a parent's key carried by the child, then shared entity keys)
        return join_pairs(a, b, frozenset(self.entity_keys))

    def joins(self, a: TableInfo, b: TableInfo) -> bool:
        return bool(self.pairs(a, b))

    def neighbours(self, table: TableInfo) -> list[TableInfo]:
        return [t for name, t in sorted(self.tables.items()) if self.joins(table, t)]

    def path_to(
        self, chosen: list[TableInfo], goal: Callable[[TableInfo], bool], prefer: dict[str, float]
    ) -> list[TableInfo]:
        """Join path (new tables only, at most ``MAX_HOPS`` + 1) from the chosen set to a table
        satisfying ``goal``: the path through the best-ranked tables, each extra hop costing
        ``HOP_COST``."""
        names = {t.name for t in chosen}
        frontier: list[tuple[list[TableInfo], float]] = [([t], 0.0) for t in chosen]
        found: list[tuple[float, list[TableInfo]]] = []
        for _ in range(MAX_HOPS + 1):
            nxt: list[tuple[list[TableInfo], float]] = []
            for path, weight in frontier:
                for n in self.neighbours(path[-1]):
                    if n.name in names or any(n.name == p.name for p in path):
                        continue
                    new_path, new_weight = path + [n], weight + prefer.get(n.name, 0.0) - HOP_COST
                    if goal(n):
                        found.append((new_weight, new_path))
                    else:
                        nxt.append((new_path, new_weight))
            frontier = sorted(nxt, key=lambda s: -s[1])[:60]
        if not found:
            return []
        best = max(found, key=lambda f: (round(f[0], 6), -len(f[1]), [-len(t.columns) for t in f[1]]))
        return [t for t in best[1] if t.name not in names]


def entity_key_column(entity_simple: str, tables: dict[str, TableInfo]) -> str | None:
    """Key column of the table an entity is stored in (``Bill`` -> ``BILL_ID``, ``ServiceAgreement`` -> ``SA_ID``).

    Matched through the shared vocabulary: the entity name and the key column minus ``_ID`` must
    denote the same concepts; only primary-key columns of indexed tables qualify.
    """
    entity_units = name_units(entity_simple)
    if not entity_units:
        return None
    keys = [col for t in sorted(tables.values(), key=lambda t: (len(t.primary_key), t.name))
            for col in t.primary_key[:1] if col.endswith("_ID")]  # fmt: skip
    for col in keys:
        units = name_units(col[: -len("_ID")])
        if len(units) == len(entity_units) and all(u & e for u, e in zip(units, entity_units, strict=False)):
            return col
    # house abbreviations the vocabulary does not know (DEP_CTL_ID for DepositControl, SA_ID for ServiceAgreement)
    words = [w.lower() for w in re.findall(r"[A-Z][a-z0-9]*", entity_simple)]
    return next((col for col in keys if _abbreviates(col[: -len("_ID")].lower().split("_"), words)), None)


def _abbreviates(parts: list[str], words: list[str]) -> bool:
    """Each part shortens its word (same first letter, letters in order: dep/deposit, ctl/control), or one
    part is the words' initials (sa/service agreement)."""
    if len(parts) == 1 and len(words) > 1 and parts[0] == "".join(w[0] for w in words):
        return True
    return len(parts) == len(words) and all(_shortens(p, w) for p, w in zip(parts, words, strict=True))


def _shortens(part: str, word: str) -> bool:
    if not part or part[0] != word[0] or len(part) > len(word):
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in part[1:])


@dataclass
class TableChoice:
    main: list[TableInfo]  # joined in one statement, in FROM order
    secondary: list[TableInfo] = field(
        default_factory=list
    )  # strongly ranked, outside the join: own statements


def table_units(table: TableInfo) -> tuple[frozenset[str], ...]:
    """Meaning units of a table's name without its product prefix (CI_, CM_, C1_, F1_)."""
    return name_units(re.sub(r"^(CI|CM|C1|F1)_", "", table.name))


def table_nouns(table: TableInfo, skip: frozenset[str] = frozenset({"id", "cd"})) -> list[frozenset[str]]:
    """The units that say what a row is (``CI_ACCT_NBR`` -> account, number), ids and codes left out."""
    return [u for u in table_units(table) if not (u & skip)]


def names_table(table: TableInfo, terms: frozenset[str]) -> bool:
    """Every word of the table's name is among ``terms`` ("billable charges" names CI_BILL_CHG)."""
    nouns = table_nouns(table)
    return bool(nouns) and all(u & terms for u in nouns)


def _adds_concept(candidate: TableInfo, chosen: list[TableInfo], objective_terms: frozenset[str]) -> bool:
    """The table's name carries an objective concept none of the chosen tables' names carries
    (``CI_BILL_CHAR`` next to ``CI_BILL`` only when the objective speaks of characteristics)."""
    have = [u for t in chosen for u in table_units(t)]
    return any(unit & objective_terms and not any(unit & h for h in have) for unit in table_units(candidate))


def choose_tables(
    resolution: Resolution,
    tables: dict[str, TableInfo],
    key_column: str | None,
    needs: list[Callable[[Column], bool]],
    objective_terms: frozenset[str] = frozenset(),
    example_tables: tuple[str, ...] = (),
) -> TableChoice:
    """Tables for the main statement and up to ``MAX_SECONDARY`` plain ones — see the module docstring."""
    graph = JoinGraph.of(tables)
    ranked = [r for r in resolution.tables if r.name in tables]
    if not ranked:
        return TableChoice([])
    top = max(ranked[0].score, 1e-9)
    prefer = {r.name: r.score / top for r in ranked}
    for name in example_tables:  # what the nearest workspace implementation of the spot reads
        if name in tables:
            prefer[name] = prefer.get(name, 0.0) + EXAMPLE_BONUS
    candidates = [tables[r.name] for r in ranked[1:_CANDIDATES] if r.score >= RELATIVE_SCORE * top]
    candidates += [
        tables[n]
        for n in example_tables
        if n in tables and tables[n] not in candidates and n != ranked[0].name
    ]
    chosen = [tables[ranked[0].name]]
    if key_column and not chosen[0].column(key_column):
        chosen += graph.path_to(chosen, lambda t: t.column(key_column) is not None, prefer)
    for need in needs:  # the columns the conditions compare come before nice-to-have tables
        if not any(need(c) for t in chosen for c in t.columns):
            chosen += graph.path_to(chosen, lambda t, need=need: any(need(c) for c in t.columns), prefer)
    # then the candidates that bring a concept of their own from the objective, then the rest
    for strict in (True, False):
        added = True
        while added and len(chosen) < MAX_TABLES:
            added = False
            for candidate in candidates:
                if candidate in chosen or len(chosen) >= MAX_TABLES:
                    continue
                if strict and not _adds_concept(candidate, chosen, objective_terms):
                    continue
                if any(graph.joins(candidate, c) for c in chosen):
                    chosen.append(candidate)
                    added = True
                    break
    secondary = [c for c in candidates if c not in chosen and prefer[c.name] >= SECONDARY_SCORE][
        :MAX_SECONDARY
    ]
    return TableChoice(chosen, secondary)
