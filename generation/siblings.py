"""Reads over the input's siblings: "the frozen adjustments of the same type on this contract", "another
active contract of the same contract type on the account", "the other open To Dos of the same type
routed to the same role".

The spot hands one record; these objectives test the rows of the same table that share something
with it.  The shared columns come from the objective's "same X" / "this X" / "the X" phrases matched
against the input table's own columns, so the rule holds for any table and naming scheme.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ormb_assist.generation.joins import table_nouns
from ormb_assist.indexer.models import TableInfo
from ormb_assist.indexer.vocabulary import name_units, term_set

_OTHER = re.compile(r"\b(?:other|another|further|additional|previous|earlier|sibling)\b", re.I)
_INCLUDED = re.compile(r"\b(?:this one included|including this one|incl(?:uding|\.)? (?:this|the current) one|"
                       r"this one too|as well as this one)\b", re.I)  # fmt: skip
_SCOPE = re.compile(r"\b(same|this|that|its|their|the|on|for|of)\s+(?:(?:the|this|that|same|its|their)\s+)*"
                    r"((?:[a-z]+\s+){0,2}[a-z]+)\b", re.I)  # fmt: skip
_SKIP_WORDS = {"one", "ones", "same", "other", "rest", "way", "time", "case", "total", "sum", "amount", "number"}


@dataclass
class SiblingScope:
    columns: list[str]  # input-table columns the siblings share with the input
    exclude_self: bool  # "other"/"another": the input row itself does not count
    starts_at: int = 0  # where the objective starts speaking of the siblings (before: the input row)


def sibling_scope(objective: str, home: TableInfo) -> SiblingScope | None:
    """How the objective relates rows of ``home`` (the spot input's table) to the input, or None when
    it speaks of the input row alone."""
    text = objective.lower()
    nouns = table_nouns(home, frozenset({"id", "cd", "entry"}))  # "To Dos", not "entries"
    if not nouns:
        return None
    words = re.findall(r"[a-z]+", text)
    spans = list(re.finditer(r"[a-z]+", text))
    plural = [i for i, w in enumerate(words) if w.endswith("s") and _is_noun(w[:-1], words, i, nouns)]
    other = [m for m in _OTHER.finditer(text) if _noun_follows(text[m.end() : m.end() + 60], nouns)]
    starts = [spans[_phrase_start(words, i)].start() for i in plural] + [m.start() for m in other]
    if not (plural or other or _INCLUDED.search(text)):
        return None
    columns: list[str] = []
    pos = 0
    while (m := _SCOPE.search(text, pos)) is not None:
        pos = m.start(2)  # the phrase's words may open the next scope phrase ("same type routed to the same role")
        if m.group(1) in ("the", "of", "on", "for") and not _refers_back(text, m):
            continue
        words_after = m.group(2).split()
        for size in range(len(words_after), 0, -1):  # the longest phrase that names a column
            phrase = [w for w in words_after[:size] if w not in _SKIP_WORDS]
            column = _shared_column(phrase, home, nouns) if phrase else None
            if column:
                if column not in columns:
                    columns.append(column)
                break
    if not columns:
        return None
    return SiblingScope(columns, bool(other) and not _INCLUDED.search(text), min(starts) if starts else 0)


_PHRASE_STOP = {"the", "a", "an", "of", "to", "and", "or", "up", "all", "any", "its", "their", "this", "that",
                "with", "for", "on", "in", "add", "count", "sum", "when", "if", "also"}  # fmt: skip


def _phrase_start(words: list[str], i: int) -> int:
    """Back from the plural noun over its modifiers ("the frozen adjustments" starts at "frozen")."""
    j = i
    while j > 0 and i - j < 3 and words[j - 1] not in _PHRASE_STOP:
        j -= 1
    return j


def _is_noun(word: str, words: list[str], i: int, nouns: list[frozenset[str]]) -> bool:
    terms = term_set(word) | (term_set(f"{words[i - 1]} {word}") if i else frozenset())
    return any(terms & u for u in nouns)


def _noun_follows(rest: str, nouns: list[frozenset[str]]) -> bool:
    words = re.findall(r"[a-z]+", rest)[:5]
    for i in range(len(words)):
        chunk = " ".join(words[i : i + 2])
        if any(term_set(chunk) & u for u in nouns) or any(term_set(words[i]) & u for u in nouns):
            return True
    return False


def _refers_back(text: str, m: re.Match[str]) -> bool:
    """"the account" names a shared parent only when a sibling phrase is near ("another contract on
    the account"), not in "the bill total"."""
    window = text[max(0, m.start() - 40) : m.end() + 40]
    return bool(_OTHER.search(window) or re.search(r"\b(?:same|this)\b", window))


def _shared_column(phrase: list[str], home: TableInfo, nouns: list[frozenset[str]]) -> str | None:
    """The input-table column a phrase names: "type" -> its type code, "contract" -> SA_ID, "role" ->
    ROLE_ID, "contract type" -> SA_TYPE_CD; never the table's own key."""
    terms = term_set(" ".join(phrase))
    if not terms:
        return None
    candidates = [c for c in home.columns if c.name not in home.primary_key and c.name != "VERSION"
                  and c.name.endswith(("_ID", "_CD", "_TYPE_FLG", "_NBR"))]  # fmt: skip
    best: tuple[int, str] | None = None
    for column in candidates:
        units = [u for u in name_units(column.name) if not (u & {"id", "cd", "code", "flg", "flag"})]
        if not units:
            continue
        own = [u for u in units if any(u & n for n in nouns)]  # ADJ in ADJ_TYPE_CD: the table's own word
        rest = [u for u in units if u not in own]
        # every word of the column beyond the table's own noun is in the phrase (PROP_SA_ID is not "contract")
        if not rest or not all(u & terms for u in rest):
            continue
        score = len(rest) * 2 + sum(1 for u in own if u & terms)
        if best is None or score > best[0]:
            best = (score, column.name)
    return best[1] if best else None
