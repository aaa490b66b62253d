"""Soft parameters an algorithm type should declare, inferred from the objective's wording.

"Flag bills over a threshold amount unless older than 30 days" needs a ``decimal`` threshold and an
``integer`` day count configured on the Algorithm, not literals in code.  The rules below are
vocabulary (what words signal amounts, periods, counts, codes); entity parameters are declared only
when the indexed jar has the entity class, so the ``_Gen`` getter type is always real.
"""

from __future__ import annotations

import re

from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.java_types import camel
from ormb_assist.indexer.models import SoftParameter
from ormb_assist.indexer.vocabulary import ABBREVIATIONS

_LIMIT_WORDS = {
    "threshold": "threshold", "limit": "limit", "tolerance": "tolerance", "maximum": "maximum",
    "max": "maximum", "minimum": "minimum", "min": "minimum", "cap": "maximum", "ceiling": "maximum",
    "floor": "minimum",
}  # fmt: skip
_PERCENT_WORDS = {"percentage", "percent", "pct"}
_AMOUNT_NOUNS = {"amount", "balance", "total", "value", "charge", "price", "fee", "sum"}
_COMPARATORS = {"exceed", "exceeds", "exceeding", "above", "over", "greater", "more", "higher", "larger",
                "below", "under", "less", "lower", "smaller", "fewer"}  # fmt: skip
_PERIOD_UNITS = {"day": "Days", "days": "Days", "month": "Months", "months": "Months", "year": "Years",
                 "years": "Years"}  # fmt: skip
_PERIOD_QUALIFIERS = {"grace", "overdue", "aging", "ageing", "retention", "waiting", "notice", "lead"}
_COUNT_WORDS = {"count", "times", "occurrences", "attempts", "retries"}
_NUMBER = re.compile(r"^(\d+(\.\d+)?|n|x|one|two|three|four|five|six|seven|ten|twelve|thirty|ninety)$")
_MAX_PARAMS = 4
# Words that say "this value is configured on the algorithm" ("the review threshold param", "N (param)").
_PARAM_WORDS = {"param", "params", "parameter", "parameters", "configured", "configurable", "configuration",
                "setting", "settings"}  # fmt: skip
# "this/that/the same/per X type" names a type already in play, not one to configure.
_TYPE_DETERMINERS = {"the", "a", "an", "of", "same", "any", "which", "this", "that", "per", "each", "every",
                     "other", "its", "their", "configured", "given", "whatever", "right", "correct"}  # fmt: skip
_NOT_A_PARAMETER_TYPE = {"per", "same", "this", "that", "each", "every", "other", "its", "their"}
_AT_LEAST = re.compile(r"^(?:or more|or above|or over|at least|and more|and above)$")


def _words(objective: str) -> list[str]:
    """Lower-case words and numbers; ``%`` after a number reads as 'percent'."""
    return [w.lower() if w != "%" else "percent" for w in re.findall(r"[A-Za-z]+|\d+(?:\.\d+)?|%", objective)]


def infer_soft_parameters(objective: str, jar: JarView | None = None) -> list[SoftParameter]:
    """Soft parameters in order of mention; names are unique lowerCamel identifiers."""
    return infer_parameters(objective, jar)[0]


def infer_parameters(
    objective: str, jar: JarView | None = None
) -> tuple[list[SoftParameter], list[tuple[SoftParameter, str]]]:
    """Soft parameters to declare, and the values the objective states as literals.

    "in the last 30 days" is a fixed window (the literal ``30``), "more than N days (param)" a
    configured one: a number written in the text stays a number unless a parameter word is next to
    it.  Type codes ("acct number type") are declared only when the objective marks them as
    configured, whenever it marks any ("... from a param"), so "of the same type" never becomes a
    parameter nobody sets."""
    words = _words(objective)
    explicit = any(w in _PARAM_WORDS for w in words)
    found: list[tuple[int, SoftParameter]] = []
    found += _amount_params(words)
    found += _period_params(words)
    found += _count_params(words)
    found += _type_params(words, jar)
    out: list[SoftParameter] = []
    literals: list[tuple[SoftParameter, str]] = []
    names: set[str] = set()
    for i, param in sorted(found, key=lambda item: item[0]):
        if param.name in names:
            continue
        marked = _param_word_near(words, i)
        if param.type in ("integer", "decimal") and not marked:
            value = _literal_near(words, i)
            if value is not None:
                names.add(param.name)
                literals.append((param, value))
                continue
        if param.type in ("string", "entity") and not marked and (explicit or param.entity_name in _ACTION_TYPES):
            continue  # an action's type is added by the writer when the action needs it
        if len(out) < _MAX_PARAMS:
            names.add(param.name)
            out.append(param)
    return out, literals


_ACTION_TYPES = {"toDoType", "characteristicType"}


def _param_word_near(words: list[str], i: int) -> bool:
    """A parameter word within the phrase: up to five words after, or just before ("param amount")."""
    window = words[max(0, i - 2) : i + 6]
    return any(w in _PARAM_WORDS for w in window)


def _literal_near(words: list[str], i: int) -> str | None:
    """The number written in the phrase around word ``i`` ("last 30 days", "over 1000")."""
    for j in (i + 1, i + 2, i + 3, i - 1, i - 2, i - 3, i):
        if 0 <= j < len(words) and re.fullmatch(r"\d+(?:\.\d+)?", words[j]):
            return words[j]
    return None


def _amount_params(words: list[str]) -> list[tuple[int, SoftParameter]]:
    out = []
    for i, w in enumerate(words):
        if w in _PERCENT_WORDS:
            out.append((i, SoftParameter("percentage", "decimal", True)))
        elif w in _LIMIT_WORDS:
            if _LIMIT_WORDS[w] in ("maximum", "minimum") and _period_after(words, i):
                continue  # "maximum 30 days" is a period, handled below
            noun = _near(words, i, _AMOUNT_NOUNS) or "amount"
            before = noun in words[max(0, i - 3) : i] and noun not in words[i + 1 : i + 4]
            parts = [noun, w if w in ("limit", "threshold", "tolerance", "cap") else _LIMIT_WORDS[w]]
            out.append((i, SoftParameter(camel(parts if before else parts[::-1]), "decimal", True)))
        elif w in _COMPARATORS and i + 2 < len(words) + 1:
            rest = words[i + 1 : i + 4]
            number_at = next((j for j, x in enumerate(rest) if _NUMBER.match(x)), None)
            if number_at is None:
                continue
            after = rest[number_at + 1] if number_at + 1 < len(rest) else ""
            if after in _PERIOD_UNITS or after in _PERCENT_WORDS:
                continue
            kind = "minimum" if w in ("below", "under", "less", "lower", "smaller", "fewer") else "maximum"
            noun = _near(words, i, _AMOUNT_NOUNS, span=6)
            if noun or after in _AMOUNT_NOUNS or "." in rest[number_at]:
                out.append((i, SoftParameter(camel([kind, noun or "amount"]), "decimal", True)))
            elif after.endswith("s") and len(after) > 3 and rest[number_at].isdigit():
                out.append((i, SoftParameter(camel([kind, after[:-1], "count"]), "integer", True)))
    return out


def _period_after(words: list[str], i: int) -> bool:
    return any(x in _PERIOD_UNITS for x in words[i + 1 : i + 4])


def _period_params(words: list[str]) -> list[tuple[int, SoftParameter]]:
    out = []
    for i, w in enumerate(words):
        if w not in _PERIOD_UNITS:
            continue
        before = words[max(0, i - 3) : i]
        has_number = any(_NUMBER.match(x) for x in before)
        qualifier = next((x for x in reversed(words[max(0, i - 4) : i + 2]) if x in _PERIOD_QUALIFIERS), "")
        if not (has_number or qualifier or "number" in before or "many" in before):
            continue
        name = (qualifier + _PERIOD_UNITS[w]) if qualifier else "numberOf" + _PERIOD_UNITS[w]
        out.append((i, SoftParameter(name, "integer", True)))
    return out


def _count_params(words: list[str]) -> list[tuple[int, SoftParameter]]:
    """A count limit: "N (param) or more contacts", "more than 3 reminders", "max count param".

    "the number of errored txns" alone is a value to report, not a limit to configure."""
    out = []
    for i, w in enumerate(words):
        if w == "n":
            rest = [x for x in words[i + 1 : i + 6] if x not in _PARAM_WORDS]
            after = " ".join(rest[:2])
            unit = rest[0] if rest else ""
            if unit in _PERIOD_UNITS or any(x in _PERIOD_UNITS for x in rest[:1]):
                continue
            if _AT_LEAST.match(after) or (i > 1 and words[i - 2 : i] == ["at", "least"]):
                out.append((i, SoftParameter("minimumCount", "integer", True)))
            elif words[max(0, i - 2) : i] == ["more", "than"] or words[i - 1 : i] == ["over"] or after in ("or fewer", "or less"):
                out.append((i, SoftParameter("maximumCount", "integer", True)))
        elif w in _COUNT_WORDS or (w == "number" and i + 1 < len(words) and words[i + 1] == "of"):
            nxt = words[i + 2] if w == "number" and i + 2 < len(words) else ""
            if nxt in _PERIOD_UNITS:
                continue
            if _param_word_near(words, i) or any(x in _LIMIT_WORDS for x in words[max(0, i - 2) : i + 3]):
                out.append((i, SoftParameter("maximumCount", "integer", True)))
    return out


def _type_params(words: list[str], jar: JarView | None) -> list[tuple[int, SoftParameter]]:
    """``<noun> type`` -> an entity parameter when the jar has ``<Noun>Type``, else a string code."""
    out = []
    for i, w in enumerate(words):
        if w == "characteristic" or w == "char":
            phrase = ["characteristic"]
        elif w == "do" and i > 0 and words[i - 1] == "to" or w == "todo":
            phrase = ["to", "do"]
        elif w == "type" and i > 0 and words[i - 1] not in _TYPE_DETERMINERS:
            before = words[max(0, i - 2) : i]
            if before[0] in _NOT_A_PARAMETER_TYPE:
                continue  # "per contract type", "of the same contract type"
            if before[0] in _TYPE_DETERMINERS:
                before = before[1:]
            phrase = _expand(before)
        else:
            continue
        if w == "type" and (phrase[-1:] in (["characteristic"], ["do"])):
            continue  # already handled at the noun
        entity = camel(phrase + ["type"], upper_first=True)
        fqn = _entity_class(jar, entity) if jar else None
        full = phrase
        if fqn is None and len(phrase) == 2 and w == "type":
            entity = camel(phrase[1:] + ["type"], upper_first=True)
            fqn = _entity_class(jar, entity) if jar else None
            phrase = phrase[1:]
        if fqn:
            name = entity[:1].lower() + entity[1:]
            out.append((i, SoftParameter(name, "entity", True, entity_name=name)))
        elif w == "type":  # "SA type" -> serviceAgreementTypeCode: the whole phrase finds SA_TYPE_CD
            out.append((i, SoftParameter(camel(full + ["type", "code"]), "string", True)))
    return out


def _expand(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        out.extend(ABBREVIATIONS.get(w, w).split())
    return out[-2:] if out else out


def _entity_class(jar: JarView, simple: str) -> str | None:
    """A jar class named ``simple`` that an entity soft parameter can hold: its ``_Id`` class is built
    from one code (``AdjustmentType_Id(String)``).  A composite key (``ServiceAgreementType_Id(division,
    saType)``) cannot come from one configured value, so that parameter stays a string code."""
    for fqn in jar.by_simple(simple):
        id_class = jar.get(fqn + "_Id")
        if id_class is None:
            continue
        ctor = id_class.fqn.rsplit(".", 1)[-1]
        if any(m.name == ctor and m.parameter_types in (["java.lang.String"], ["String"]) for m in id_class.methods):
            return fqn
    return None


def _near(words: list[str], i: int, vocab: set[str], span: int = 3) -> str | None:
    for d in range(1, span + 1):
        for j in (i + d, i - d):
            if 0 <= j < len(words) and words[j] in vocab:
                return words[j]
    return None
