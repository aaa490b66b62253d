"""Status words as filters: "frozen adjustments", "the account's active contracts", "a To Do that is
completed", "pending (not yet frozen) charges".

ORMB records states in flag columns (``SA_STATUS_FLG``), switches (``FREEZE_SW``) and lookups.  The
words for their values are learned from the workspace, never assumed: the column's DDL comment
("Contract status: 20 active, 40 stopped"), the jar's lookup class for the column
(``AdjustmentStatusLookup.constants.FROZEN``) or, for a switch, the column's own name.  A status
word becomes a filter on a table the read already has when it stands next to that table's noun
("frozen FTs") or is said of it ("the To Do is completed"); "not"/"not yet" negates it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.joins import names_table, table_nouns, table_units
from ormb_assist.indexer.models import Column, TableInfo
from ormb_assist.indexer.vocabulary import name_units, term_set

_FLAG_COLUMN = re.compile(r"(?:_FLG|_FLAG|_STATUS|_STATUS_CD|_STAT_CD|^EFF_STATUS)$")
_VALUE_PART = re.compile(r"^'?([A-Z0-9][A-Z0-9_]{0,7})'?\s*(?:=|-|:)?\s+([a-z][a-z \-/]*[a-z])")
_PAREN_PART = re.compile(r"([a-z][a-z \-]*[a-z])\s*\(\s*'?([A-Z0-9]{1,8})'?\s*\)")
_BARE_CODE = re.compile(r"^'?([A-Z]{3,8})'?$")
_LINKING = {"is", "are", "was", "were", "be", "been", "being", "still", "already", "now", "gets", "got", "get",
            "becomes", "became", "has", "have", "yet", "currently", "that", "which", "who", "whose", "it", "they",
            "its", "their", "the", "a", "an", "of", "in"}  # fmt: skip
_VERBS = {"is", "are", "was", "were", "be", "been", "being", "gets", "got", "get", "becomes", "became", "still",
          "already", "now", "currently"}  # fmt: skip
_BEFORE_EVENT = re.compile(r"\b(?:before|prior to|ahead of|until)\b[^,;:.]*|\babout to be \w+", re.I)
_CLAUSE = {"if", "when", "once", "and", "but", "while", "unless", "as"}
_NOMINAL = re.compile(r"(?:ion|ions|ing|ment|ments|ance|ances|ate|ates|ize|izes|ise|ises)$")  # events, verbs
_NEGATIONS = {"not", "no", "never", "isn't", "aren't", "wasn't", "isnt", "arent", "non", "un"}
_GENERIC = {"~sa", "id", "cd", "code", "flg", "flag", "sw", "status", "stat", "type"}


@dataclass(frozen=True)
class StatusValue:
    column: str
    label: tuple[frozenset[str], ...]  # terms of each word naming the value ("pending", "start")
    value: str = ""  # stored code, when the DDL says it
    lookup: str = ""  # "fqn.constants.NAME" when the jar's lookup class says it


@dataclass
class StatusFilter:
    table: str
    column: str
    negated: bool
    values: list[str]  # stored codes ("" entries never: a lookup filter has no code)
    lookup: str = ""  # Java expression of the lookup constant

    def describe(self) -> str:
        what = self.lookup.rsplit(".", 1)[-1] if self.lookup else ", ".join(self.values)
        return f"{self.table}.{self.column} {'<>' if self.negated else '='} {what}"


def column_values(column: Column) -> list[StatusValue]:
    """Values a flag column's comment documents: "20 active, 40 stopped", "individual (P)", "OPEN"."""
    text = re.sub(r"^[^:]{0,40}:\s*", "", column.comment or "")
    out: list[StatusValue] = []
    for part in re.split(r"[,;]|\.\s|\.$", text):
        part = part.strip()
        m = _VALUE_PART.match(part)
        if m:
            label = re.sub(r"\s*\(.*", "", m.group(2)).split()
            out.append(StatusValue(column.name, _terms(label[:3]), m.group(1)))
            continue
        for p in _PAREN_PART.finditer(part):
            out.append(StatusValue(column.name, _terms(p.group(1).split()[-2:]), p.group(2)))
        bare = _BARE_CODE.match(part)  # a code that is its own label ("OPEN", "ERROR")
        if bare:
            out.append(StatusValue(column.name, _terms([bare.group(1).lower()]), bare.group(1)))
    return out


def lookup_values(column: Column, table: TableInfo, jar: JarView) -> list[StatusValue]:
    """Values from the jar's lookup class for the column (``AdjustmentStatusLookup`` for
    ``ADJ_STATUS_FLG``): its constant names are the labels; the bind uses the constant itself."""
    wanted = [u for u in name_units(column.name) if not (u & _GENERIC)]
    if not wanted:
        return []
    units_of_table = table_units(table)
    for fqn, units in _lookup_classes(jar):
        holder = jar.get(fqn + "$Constants")
        if holder is None:
            continue
        if not all(any(u & w for u in units) for w in wanted):
            continue
        if not any(any(u & t for u in units) for t in units_of_table):
            continue  # a status lookup of another entity
        return [StatusValue(column.name, _terms(f.name.lower().split("_")), "", f"{fqn}.constants.{f.name}")
                for f in holder.fields]  # fmt: skip
    return []


_LOOKUPS: dict[int, tuple[JarView, list[tuple[str, tuple[frozenset[str], ...]]]]] = {}


def _lookup_classes(jar: JarView) -> list[tuple[str, tuple[frozenset[str], ...]]]:
    """The jar's lookup classes with their name units, once per jar view."""
    cached = _LOOKUPS.get(id(jar))
    if cached is not None and cached[0] is jar:
        return cached[1]
    out = []
    for fqn in sorted(jar.classes):
        simple = fqn.rsplit(".", 1)[-1]
        if simple.endswith("Lookup") and "$" not in simple and len(simple) > len("Lookup"):
            out.append((fqn, name_units(simple.removesuffix("Lookup"))))
    _LOOKUPS.clear()
    _LOOKUPS[id(jar)] = (jar, out)
    return out


def switch_value(column: Column) -> StatusValue | None:
    """A ``_SW`` column is Y when its name holds: ``FREEZE_SW`` -> "frozen", ``PRIM_SW`` -> "primary"."""
    if not column.name.endswith("_SW"):
        return None
    units = name_units(column.name.removesuffix("_SW"))  # identifier rules expand PRIM, CUST, RESP
    return StatusValue(column.name, units, "Y") if units else None


def _terms(words: list[str]) -> tuple[frozenset[str], ...]:
    return tuple(t | {"=" + w} for w, t in ((w, term_set(w)) for w in words if w not in _LINKING) if t)


def status_filters(objective: str, tables: list[TableInfo], jar: JarView | None) -> list[StatusFilter]:
    """Filters the objective's status words put on the read's tables, at most one per column."""
    # punctuation stays as "|": "contract (SA type param)" is not the compound "contract SA type"
    # "before a bill is completed" names the event the spot fires ahead of: that state does not hold yet
    objective = _BEFORE_EVENT.sub(" | ", objective)
    words = ["|" if w in "(),;:" else w for w in re.findall(r"[a-z0-9']+|[(),;:]", objective.lower())]
    terms = [term_set(w) if w not in _LINKING and w != "|" else frozenset() for w in words]
    for i in range(len(words) - 1):  # two-word names: "To Do", "bill segment"
        pair = term_set(f"{words[i]} {words[i + 1]}")
        if any(t.startswith("~") for t in pair - terms[i] - terms[i + 1]):
            terms[i], terms[i + 1] = terms[i] | pair, terms[i + 1] | pair
    out: list[StatusFilter] = []
    positions = {t.name: _noun_positions(t, terms) for t in tables}
    for table in tables:
        noun_at = positions[table.name]
        others = sorted({i for name, at in positions.items() if name != table.name for i in at} - set(noun_at))
        for column in table.columns:
            values = _values(column, table, jar)
            switch = column.name.endswith("_SW")
            if not noun_at and not (switch and values and len(values[0].label) > 1):
                continue
            hits = [(v, _said_of(v.label, terms, words, noun_at, switch, others)) for v in values]
            hits = [(v, neg) for v, neg in hits if neg is not None]
            if not hits:
                continue
            negated = hits[0][1]
            chosen = [v for v, n in hits if n == negated and v.label == hits[0][0].label]
            if chosen[0].lookup:
                out.append(StatusFilter(table.name, column.name, negated, [], chosen[0].lookup))
            else:
                out.append(StatusFilter(table.name, column.name, negated, [v.value for v in chosen]))
    return out


def _values(column: Column, table: TableInfo, jar: JarView | None) -> list[StatusValue]:
    switch = switch_value(column)
    if switch is not None:
        return [switch]
    if not _FLAG_COLUMN.search(column.name):
        return []
    found = column_values(column)
    if not found and jar is not None:
        found = lookup_values(column, table, jar)
    return found


def _same_word(word_terms: frozenset[str], word: str, label: frozenset[str], switch: bool = False) -> bool:
    """The objective's word names the value: the same stem, or the same concept said as a participle
    ("frozen" for FREEZE_SW); "completion" or "freeze check" name events, not states."""
    if "=" + word in label:
        return True  # the value's own word ("pending")
    shared = word_terms & label
    if not shared or _NOMINAL.search(word):
        return False
    # a switch's name is abbreviated (CUST): its concept is all there is to match
    return switch or any(not t.startswith("~") for t in shared) or word.endswith(("ed", "en"))


def _noun_positions(table: TableInfo, terms: list[frozenset[str]]) -> list[int]:
    nouns = table_nouns(table)
    return [i for i, t in enumerate(terms) if any(t & u for u in nouns)]


def _said_of(label: tuple[frozenset[str], ...], terms: list[frozenset[str]], words: list[str],
             noun_at: list[int], switch: bool = False, others: list[int] | None = None) -> bool | None:  # fmt: skip
    """None when the label is not said of the table's noun; else whether it is negated.  A switch
    named by two or more words ("financially responsible", "main customer") is specific enough to
    hold wherever it is said."""
    label_terms = [t for t in label if t]
    if not label_terms:
        return None
    n = len(label_terms)
    for i in range(len(terms) - n + 1):
        if not all(_same_word(terms[i + k], words[i + k], label_terms[k], switch and n > 1) for k in range(n)):
            continue
        end = i + n
        # "frozen FTs", "active deposit contract"; in "frozen late payment charge adjustments" the
        # state belongs to the head noun (the last table noun of the phrase), not to "payment"
        before = [j for j in noun_at if end <= j <= end + 4
                  and not any(j < k <= j + 3 and "|" not in words[j:k] for k in others or [])
                  and not any(w in _VERBS or w in _CLAUSE or w == "|" for w in words[end:j])]  # fmt: skip
        # "the To Do is completed", "FTs that are frozen", "a To Do of this type gets completed"
        after = [j for j in noun_at if j < i and i - j <= 6 and "|" not in words[j + 1 : i]
                 and any(w in _VERBS for w in words[max(j + 1, i - 3) : i])
                 and not any(j < k < i for k in others or [])  # no other table named in between
                 and (not any(w in _CLAUSE for w in words[j + 1 : i])  # "... if it is still pending"
                      or any(w in ("it", "they") for w in words[j + 1 : i]))]  # fmt: skip
        named = switch and n > 1
        if before or after or named:
            window = words[max(0, i - 3) : i]
            return any(w in _NEGATIONS or w.endswith("n't") for w in window)
    return None


_EMPTY = re.compile(r"^(?:empty|blank|null|missing|unset|absent)$")


@dataclass
class EmptyTest:
    table: str
    column: str
    negated: bool  # "is not empty"


def empty_tests(objective: str, tables: list[TableInfo]) -> list[EmptyTest]:
    """Columns the objective says are empty ("the comments are empty", "without a comment")."""
    words = re.findall(r"[a-z0-9']+", objective.lower())
    out: list[EmptyTest] = []
    for i, word in enumerate(words):
        if _EMPTY.match(word):  # "<column> is/are (still) empty"
            j = i - 1
            negated = False
            while j >= 0 and (words[j] in _VERBS or words[j] in _NEGATIONS or words[j].endswith("n't")):
                negated = negated or words[j] in _NEGATIONS or words[j].endswith("n't")
                j -= 1
            phrase = words[max(0, j - 1) : j + 1] if j < i - 1 else []
        elif word in ("without", "lacking", "lacks"):  # "without (writing) a comment"
            phrase = [w for w in words[i + 1 : i + 4] if w not in _LINKING and not w.endswith("ing")][:1]
            negated = False
        else:
            continue
        found = _column_named(phrase, tables) if phrase else None
        if found and not any(t.column == found[1] for t in out):
            out.append(EmptyTest(found[0], found[1], negated))
    return out


def _column_named(phrase: list[str], tables: list[TableInfo]) -> tuple[str, str] | None:
    terms = set().union(*(term_set(w) for w in phrase))
    for table in tables:
        for column in table.columns:
            if column.name in table.primary_key or column.name.endswith(("_ID", "_CD", "_FLG", "_SW")):
                continue
            units = name_units(column.name)
            if units and all(u & terms for u in units):
                return table.name, column.name
    return None


@dataclass
class StatusChange:
    """A status the algorithm sets: ``CI_BILL_CHG.BILL_CHG_STAT_FLG`` to ``'20'`` (or a lookup constant)."""

    table: str
    column: str
    value: str = ""
    lookup: str = ""

    def describe_value(self) -> str:
        return self.lookup.rsplit(".", 1)[-1] if self.lookup else f"'{self.value}'"


_STATUS_CODE = re.compile(r"\(\s*(?:status|code|value)?\s*'?([A-Z0-9]{1,8})'?\s*\)")


def status_change_target(objective: str, tables: list[TableInfo], jar: JarView | None,
                         only_named: bool = False) -> StatusChange | None:  # fmt: skip
    """Which status column of which read table a "cancel the charges" / "go active" phrase sets, and to
    what: the value whose label is the verb's state, or the code the objective gives ("(status 20)")."""
    from ormb_assist.generation.algorithm_plan import status_change  # plan wording lives there

    m = status_change(objective)
    if m is None:
        return None
    words = re.findall(r"[a-z]+", m.group(0).lower())
    verb = words[0] if words[0] not in ("go", "goes", "become", "becomes", "turn", "turns", "set", "move",
                                        "moves", "switch", "switches") else words[-1]  # fmt: skip
    code = _STATUS_CODE.search(objective[m.start() : m.end() + 40])
    object_text = objective[m.end() : m.end() + 80] if verb == words[0] else objective[max(0, m.start() - 60) : m.start()]
    object_terms = term_set(object_text)
    verb_terms = term_set(verb) - {"~complete"} if verb != "complete" else term_set(verb)
    best: tuple[tuple[int, int], StatusChange] | None = None
    for order, table in enumerate(tables):
        named = names_table(table, object_terms)
        if only_named and not named:
            continue
        for column in table.columns:
            if column.name.endswith("_SW"):
                continue
            for value in _values(column, table, jar):
                if code and value.value == code.group(1):
                    rank = 3
                elif value.label and (value.label[0] & verb_terms):
                    rank = 2 if len(value.label) == 1 else 1
                else:
                    continue
                key = (rank + 2 * named, -order)
                change = StatusChange(table.name, column.name, value.value, value.lookup)
                if best is None or key > best[0]:
                    best = (key, change)
    return best[1] if best else None
