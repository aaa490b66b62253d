"""Tables the algorithm *writes* (the To Do entry it raises, the characteristic it stamps, the row it
updates) and the key joins between the tables the resolver lists.

The write target comes from the objective's action clauses: a write verb ("raise", "create",
"stamp", "flag", "remove", "update"...) and the noun phrase it acts on, with its instrument ("flag
the bill *with a bill char*", "put the number on it *as a bill char*").  A table is a target when
its whole name is covered by that phrase, the most specific one winning (``CI_BILL_CHAR`` over
``CI_BILL`` for "a bill char"); a bare "char" is the characteristic table of the trigger's subject.
Joins follow the DDL: a declared foreign key, a parent's full key found in the child, or a shared
one-column entity key (``BILL_ID``) -- the same rules as generation's join graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ormb_assist.indexer.models import TableInfo
from ormb_assist.indexer.vocabulary import term_set

# Verbs whose object an algorithm writes: plain English, no workspace or case knowledge.
WRITE_VERBS = frozenset(
    """create creates raise raises open opens add adds insert inserts log logs record records write
    writes stamp stamps flag flags mark marks set sets update updates store stores save saves put puts
    keep keeps remove removes drop drops delete deletes clear clears cancel cancels copy copies attach
    attaches link links assign assigns reset resets generate generates book books end-date
    end-dates""".split()  # noqa: SIM905 - a word list reads better as text
)
_STOP = re.compile(
    r"[,;:.!?()]|->|\b(?:when|whenever|if|unless|once|after|before|so|but|because|then|that|which|whose|where)\b"
)
_PREPOSITION = re.compile(r"\b(of|with|as|on|onto|to|into|from|for|in|at|by)\b", re.IGNORECASE)
_OWNER_PREPOSITIONS = frozenset({"of", "from", "for", "in", "at", "by"})
MAX_OBJECT_WORDS = 14
MAX_SEGMENT_WORDS = 6
MAX_TARGETS = 2


def action_phrases(objective: str) -> list[str]:
    """The noun phrase after each write verb, up to the next clause boundary ("a To Do for the cash
    team", "the bill with a bill char")."""
    text = re.sub(r"\([^()]*\)", " ", objective)
    out: list[str] = []
    for m in re.finditer(r"[A-Za-z][\w-]*", text):
        if m.group(0).lower() not in WRITE_VERBS:
            continue
        rest = text[m.end() :]
        stop = _STOP.search(rest)
        words = (rest[: stop.start()] if stop else rest).split()[:MAX_OBJECT_WORDS]
        if words:
            out.append(" ".join(words))
    return out


def target_tables(
    objective: str,
    units: dict[str, tuple[frozenset[str], ...]],
    subject: frozenset[str] = frozenset(),
) -> list[str]:
    """Tables (names) the objective's actions write, most specific first.  ``units``: each table's
    name units (prefix dropped); ``subject``: the trigger subject's head unit, the owner of a bare
    "characteristic" when the phrase names none ("remove the hold char *from the account*")."""
    found: dict[str, int] = {}
    for phrase in action_phrases(objective):
        written, owners = _segments(phrase)
        covered = [
            name
            for name, u in units.items()
            if u and any(all(unit & terms for unit in u) for terms in written)
        ]
        if any("~char" in terms for terms in written) and not any(_is_char(units[c]) for c in covered):
            for owner in [*owners, *written, subject]:
                chars = [
                    n
                    for n, u in units.items()
                    if _is_char(u) and any(unit & owner for unit in u if "~char" not in unit)
                ]
                if chars:
                    covered.extend(chars[:1])
                    break
        for name in _most_specific(covered, units):
            found[name] = max(found.get(name, 0), len(units[name]))
    return [n for n, _ in sorted(found.items(), key=lambda kv: -kv[1])][:MAX_TARGETS]


def _segments(phrase: str) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """(what is written: the head noun phrase and its instruments after with/as/on/to/into,
    whose it is: the phrases after of/from/for), each cut at a participle ("listing ...")."""
    parts = _PREPOSITION.split(re.sub(r"\bto[\s-]+dos?\b", "todo", phrase, flags=re.IGNORECASE))
    written: list[frozenset[str]] = []
    owners: list[frozenset[str]] = []
    for n in range(0, len(parts), 2):
        words: list[str] = []
        for word in parts[n].split()[:MAX_SEGMENT_WORDS]:
            if word.lower().endswith("ing") and words:
                break
            words.append(word)
        terms = term_set(" ".join(words))
        if not terms:
            continue
        preposition = parts[n - 1].lower() if n else ""
        (owners if preposition in _OWNER_PREPOSITIONS else written).append(terms)
    return written, owners


def _is_char(table_units: tuple[frozenset[str], ...]) -> bool:
    """An entity's characteristic table: two units, one of them the characteristic concept."""
    return len(table_units) == 2 and any("~char" in unit for unit in table_units)


def _most_specific(names: list[str], units: dict[str, tuple[frozenset[str], ...]]) -> list[str]:
    """Drop a table whose name units are a subset of another covered table's ("CI_BILL" when
    "CI_BILL_CHAR" is covered too)."""
    sets = {n: set(units[n]) for n in names}
    return [n for n in names if not any(m != n and sets[n] < sets[m] for m in names)]


def entity_keys(tables: Iterable[TableInfo]) -> frozenset[str]:
    """One-column primary keys: the columns that name an entity wherever they appear."""
    return frozenset(t.primary_key[0] for t in tables if len(t.primary_key) == 1)


def join_pairs(a: TableInfo, b: TableInfo, keys: frozenset[str]) -> list[tuple[str, str]]:
    """(column of a, column of b) pairs that join the two tables, [] when they do not."""
    if a.name == b.name:
        return []
    for fk in a.foreign_keys:
        if fk.ref_table.upper().rsplit(".", 1)[-1] == b.name:
            return list(zip(fk.columns, fk.ref_columns or b.primary_key, strict=False))
    for fk in b.foreign_keys:
        if fk.ref_table.upper().rsplit(".", 1)[-1] == a.name:
            return [(ref, col) for col, ref in zip(fk.columns, fk.ref_columns or a.primary_key, strict=False)]
    for parent, child in ((b, a), (a, b)):
        pk = parent.primary_key
        if pk and all(child.column(c) for c in pk) and any(c.endswith(("_ID", "_CD")) for c in pk):
            return [(c, c) for c in pk]
    for column in a.columns:
        name = column.name
        if not b.column(name):
            continue
        first_pk = name in (a.primary_key[:1] + b.primary_key[:1])
        if (name.endswith("_ID") and name in keys) or (name.endswith("_CD") and first_pk and name in keys):
            return [(name, name)]
    return []


def join_lines(table: TableInfo, above: list[TableInfo], keys: frozenset[str]) -> list[str]:
    """``A.X = B.X`` for each table ranked above that ``table`` joins."""
    out: list[str] = []
    for other in above:
        pairs = join_pairs(table, other, keys)
        if pairs:
            out.append(" AND ".join(f"{table.name}.{x} = {other.name}.{y}" for x, y in pairs))
    return out
