"""ORMB / CC&B vocabulary: abbreviations and synonyms as data, plus the analyzer that applies them.

Objectives are written in business words ("invoice", "contract", "usage") while the framework and
the schema speak in abbreviations (``CI_BSEG_CALC``, ``SaTypeXxxAlgorithmSpot``, ``CUST_CL_CD``).
:func:`analyze` turns both sides into the same terms: identifiers are split, abbreviations expanded,
words stemmed, and known phrases mapped to one concept term (``~bseg`` for "bill segment",
"BSEG", "invoice segment").  Nothing here knows a particular workspace: it is vocabulary only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

# Abbreviation -> long form.  Applied to any token.
# fmt: off
ABBREVIATIONS: dict[str, str] = {
    "sa": "service agreement", "sp": "service point", "ft": "financial transaction",
    "bo": "business object", "bseg": "bill segment", "seg": "segment", "adj": "adjustment",
    "acct": "account", "prem": "premise", "txn": "transaction", "tfm": "transaction feed management",
    "char": "characteristic", "chars": "characteristics", "cc": "customer contact", "td": "to do",
    "gl": "general ledger", "bchg": "billable charge", "chg": "charge", "priceitem": "price item",
    "priceasgn": "price assignment", "pricecomp": "price component", "pricelist": "price list",
    "plst": "price list", "asgn": "assignment", "calc": "calculation", "ln": "line", "dtl": "detail",
    "stg": "staging", "sq": "service quantity", "sqi": "service quantity identifier",
    "uom": "unit of measure", "tou": "time of use", "rs": "rate schedule", "rc": "rate component",
    "cl": "class", "cust": "customer", "cd": "code", "dt": "date", "dttm": "date time", "flg": "flag",
    "sw": "switch", "nbr": "number", "num": "number", "amt": "amount", "cyc": "cycle",
    "descr": "description", "desc": "description", "stat": "status", "evt": "event", "mevt": "match event",
    "tndr": "tender", "dst": "distribution", "cal": "calendar", "msg": "message", "cre": "create",
    "upd": "update", "prcs": "process", "hdr": "header", "bus": "business", "obj": "object",
    "alg": "algorithm", "algo": "algorithm", "svc": "service", "qty": "quantity", "vol": "volume",
    "tot": "total", "seq": "sequence", "typ": "type", "prev": "previous", "addr": "address",
    "acctg": "accounting", "fin": "financial", "resp": "responsible", "div": "division", "usg": "usage",
    "mtr": "meter", "rdg": "reading", "coll": "collection", "delinq": "delinquency", "inv": "invoice",
    "prty": "party", "pp": "payment plan", "lpc": "late payment charge", "tmpl": "template",
    "cfg": "configuration", "config": "configuration", "info": "information", "pct": "percent",
    "ext": "extension", "int": "interface", "xref": "cross reference", "eff": "effective",
    "std": "standard", "lkup": "lookup", "val": "value", "trans": "transaction", "dist": "distribution",
    "pay": "payment", "cur": "current", "prim": "primary", "bal": "balance", "orig": "original",
    "cnt": "count",
}
# fmt: on
# Abbreviations that are also English words: expanded only when written in capitals or taken
# from an identifier (``PER_ID``), never in prose ("one charge per bill").
IDENTIFIER_ABBREVIATIONS: dict[str, str] = {"per": "person"}

# Concept -> phrases (plain words, stemmed on load).  The longest phrase wins at each position.
# fmt: off
CONCEPTS: dict[str, list[str]] = {
    "sa": ["service agreement", "contract", "subscription"],
    "sp": ["service point"],
    "ft": ["financial transaction"],
    "bo": ["business object"],
    "bseg": ["bill segment", "billing segment", "invoice segment", "invoice line item"],
    "bill": ["bill", "invoice", "billing", "statement"],
    "adj": ["adjustment", "write off", "writeoff"],
    "pay": ["payment", "remittance"],
    "per": ["person", "customer", "client", "individual"],
    "custcl": ["customer class"],
    "acct": ["account"],
    "prem": ["premise", "premises", "site address"],
    "txn": ["transaction", "transaction detail", "usage record"],
    "tfm": ["transaction feed management", "transaction feed"],
    "usage": ["usage", "consumption", "service quantity", "metered quantity"],
    "char": ["characteristic", "attribute"],
    "cc": ["customer contact"],
    "td": ["to do", "todo", "to do entry", "work item", "to dos", "to do entries", "work items"],
    "gl": ["general ledger", "ledger", "gl account", "accounting entry"],
    "bchg": ["billable charge", "bill charge", "billable charges"],
    "priceitem": ["price item", "product", "charge type"],
    "priceasgn": ["price assignment", "pricing assignment", "price agreement"],
    "pricecomp": ["price component", "pricing component"],
    "pricelist": ["price list"],
    "rs": ["rate schedule", "tariff"],
    "rc": ["rate component"],
    "calc": ["calculation", "calculate", "compute", "computation", "rating"],
    "status": ["status", "state", "lifecycle"],
    "freeze": ["freeze", "frozen", "finalize financial"],
    "complete": ["complete", "completion", "finalize", "finalise", "finalization", "finish", "done"],
    "pre": ["pre", "before", "prior to", "ahead of"],
    "post": ["post", "after", "following", "afterwards"],
    "valid": ["validate", "validation", "check", "verify", "verification"],
    "create": ["create", "creation", "generate", "generation", "insert", "build"],
    "delete": ["delete", "deletion", "remove", "purge"],
    "cancel": ["cancel", "cancellation", "reverse", "reversal"],
    "extract": ["extract", "export", "outbound file", "download"],
    "upload": ["upload", "import", "inbound file", "load"],
    "activate": ["activate", "activation", "go live"],
    "monitor": ["monitor", "auto transition", "automatic transition", "wait until", "wait for", "waiting for", "move on"],
    "enter": ["enter", "entering", "on entry"],
    "exit": ["exit", "exiting", "leave", "leaving", "out of", "get out of"],
    "info": ["information", "info string", "description", "describe", "description string", "display string"],
    "audit": ["audit", "track change", "history of change"],
    "eligib": ["eligibility", "eligible", "qualify"],
    "distrib": ["distribution", "distribute", "allocate", "allocation", "apportion"],
    "overpay": ["overpayment", "over payment", "excess payment", "credit balance"],
    "late": ["late payment charge", "late charge", "penalty charge", "late fee"],
    "delinq": ["delinquency", "collection", "overdue", "arrears", "dunning"],
    "tax": ["tax", "vat", "gst", "levy"],
    "discount": ["discount", "rebate"],
    "refund": ["refund", "repay", "repayment"],
    "crnote": ["credit note", "credit memo"],
    "round": ["round", "rounding"],
    "notify": ["notify", "notification", "email", "alert"],
    "aggreg": ["aggregate", "aggregation", "rollup", "roll up", "consolidate", "consolidation"],
    "batch": ["batch", "background process", "batch job"],
    "header": ["header"],
    "line": ["line", "line item"],
    "detail": ["detail", "details"],
    "stg": ["staging", "stage table", "interface table"],
    "event": ["event"],
    "message": ["message", "error message"],
    "tender": ["tender"],
    "match": ["match", "matching"],
    "dist_code": ["distribution code"],
    "period": ["period", "accounting period", "fiscal period"],
    "amount": ["amount", "total", "sum"],
    "threshold": ["threshold", "limit", "maximum", "minimum", "cap"],
    "schedul": ["schedule", "scheduling", "installment", "instalment"],
    "deposit": ["deposit", "security deposit"],
    "meter": ["meter read", "meter reading", "reading"],
    "criteria": ["criteria", "criterion", "condition", "only when", "only if", "only apply", "applies only"],
    "determine": ["determine", "determination", "pick", "choose", "select", "decide", "identify"],
    "search": ["search", "lookup", "find", "look up"],
}
# fmt: on

# Controlling entity -> concepts that point at it without naming it (credited at RELATED_CREDIT).
RELATED_CONCEPTS: dict[str, tuple[str, ...]] = {"custcl": ("acct", "per")}
RELATED_CREDIT = 0.5

STOPWORDS = frozenset(
    """
    a algorithm algorithms all also an and any api are as at base be by c1 can ccb ci cm com could did
    do does domain each f1 for from gen get had has have how i if impl implement implementation
    implements in into is it its java make makes may might must need needed needs new no not of on one
    only onto or our out over per please set should so some splwg spot than that the their them then
    there these they this those to under up use uses using via want was we were what when whenever
    where which while who will with would write writes writing xx you your
    """.split()  # noqa: SIM905 - a word list reads better as text
)

_SPLIT = re.compile(r"[A-Z]{2,}s(?![a-z])|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_STEMMER = snowballstemmer.stemmer("english")


@dataclass(frozen=True)
class Term:
    """One analyzed term: a stem, an abbreviation as written, or ``~concept``; ``weight`` < 1 for
    words added by spelling out an abbreviation."""

    text: str
    weight: float = 1.0
    expanded: bool = False


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def split_words(text: str) -> list[tuple[str, bool]]:
    """Split prose and identifiers into lower-case words; flag those that were capitals or identifiers."""
    out: list[tuple[str, bool]] = []
    for chunk in re.findall(r"[A-Za-z0-9_$]+", text):
        is_identifier = "_" in chunk or bool(re.search(r"[a-z][A-Z]", chunk))
        for part in _SPLIT.findall(chunk):
            out.append((part.lower(), is_identifier or (part.isupper() and len(part) > 1)))
    return out


def _phrase_table() -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for concept, phrases in CONCEPTS.items():
        for phrase in phrases:
            table.setdefault(tuple(stem(w) for w in phrase.split()), concept)
    return table


_PHRASES = _phrase_table()
_MAX_PHRASE = max(len(p) for p in _PHRASES)
_PHRASE_STARTS = frozenset(p[0] for p in _PHRASES)


@dataclass(frozen=True)
class _Word:
    stem: str
    expanded: bool = False  # produced by spelling out an abbreviation
    alias: str = ""  # the abbreviation as written ("bseg"), on the first word of its long form


def _stream(words: list[tuple[str, bool]]) -> list[_Word]:
    """Words with abbreviations spelled out, so phrases match across 'CUST_CL' and 'customer class'."""
    out: list[_Word] = []
    for word, from_identifier in words:
        long_form = _abbreviation(word, from_identifier)
        if long_form:
            parts = long_form.split()
            out.extend(_Word(stem(w), True, word if n == 0 else "") for n, w in enumerate(parts))
        else:
            out.append(_Word(stem(word)))
    return out


def _abbreviation(word: str, from_identifier: bool) -> str | None:
    """Long form of an abbreviation, also in the plural ("bsegs", "SAs")."""
    for candidate in (word, word[:-1] if len(word) > 2 and word.endswith("s") else ""):
        long_form = ABBREVIATIONS.get(candidate) or (
            IDENTIFIER_ABBREVIATIONS.get(candidate) if from_identifier else None
        )
        if long_form:
            return long_form
    return None


def _match_phrase(stream: list[_Word], i: int) -> tuple[str, int]:
    """Longest known phrase starting at ``i``: (concept, words consumed) or ("", 1).  A phrase may
    skip up to two stopwords ("excess of a payment" = "excess payment")."""
    if stream[i].stem not in _PHRASE_STARTS:
        return "", 1
    for size in range(min(_MAX_PHRASE, len(stream) - i), 0, -1):
        concept = _PHRASES.get(tuple(w.stem for w in stream[i : i + size]))
        if concept:
            if size > 1:
                return concept, size
            break
    else:
        concept = ""
    if stream[i].stem not in STOPWORDS:
        picked: list[int] = [i]
        j, skipped = i + 1, 0
        while j < len(stream) and len(picked) < _MAX_PHRASE and skipped <= 2:
            if stream[j].stem in STOPWORDS:
                skipped += 1
            else:
                picked.append(j)
            j += 1
        for size in range(len(picked), 1, -1):
            gapped = _PHRASES.get(tuple(stream[k].stem for k in picked[:size]))
            if gapped:
                return gapped, picked[size - 1] - i + 1
    return (concept, 1) if concept else ("", 1)


def _keep(word: str) -> bool:
    return word not in STOPWORDS and len(word) > 1 and not word.isdigit()


@lru_cache(maxsize=8192)
def analyze(text: str) -> tuple[Term, ...]:
    """Terms of ``text``: stems (stopwords dropped), abbreviations as written, and concept terms."""
    stream = _stream(split_words(text))
    terms: list[Term] = []
    i = 0
    while i < len(stream):
        concept, size = _match_phrase(stream, i)
        if concept:
            terms.append(Term("~" + concept))
        for w in stream[i : i + size]:
            if w.alias and _keep(w.alias):
                terms.append(Term(w.alias))
            if _keep(w.stem):
                terms.append(Term(w.stem, 0.6 if w.expanded else 1.0, w.expanded))
        i += size
    return tuple(terms)


def term_set(text: str) -> frozenset[str]:
    return frozenset(t.text for t in analyze(text))


@lru_cache(maxsize=65536)
def name_units(identifier: str) -> tuple[frozenset[str], ...]:
    """Meaning units of an identifier (spot, table or class name), each the set of query terms that
    count as mentioning it: ``CI_BSEG_CALC`` -> ({~bseg, bseg}, {~calc, calc}); a unit without a
    known concept is its stem (plus the abbreviation as written).  Phrases ("customer class")
    collapse into one unit, so names are compared concept by concept, not word by word.
    """
    stream = _stream([(w, True) for w, _ in split_words(identifier)])
    units: list[frozenset[str]] = []
    i = 0
    while i < len(stream):
        concept, size = _match_phrase(stream, i)
        span = stream[i : i + size]
        aliases = {w.alias for w in span if w.alias}
        if concept:
            units.append(frozenset({"~" + concept, *aliases}))
        else:
            keys = {w.stem for w in span if _keep(w.stem)} | {a for a in aliases if _keep(a)}
            if keys:
                units.append(frozenset(keys))
        i += size
    return tuple(
        dict.fromkeys(units)
    )  # a concept named twice ("AdjustmentTypeGenerateAdjustment") counts once


def related_terms(unit: frozenset[str]) -> frozenset[str]:
    """Terms that half-mention a name unit: the words objectives use for a controlling entity they
    rarely name (an account's or customer's plug-ins hang on its Customer Class)."""
    return frozenset(
        "~" + r for term in unit if term.startswith("~") for r in RELATED_CONCEPTS.get(term[1:], ())
    )


def expand_for_embedding(text: str) -> str:
    """Objective text with abbreviations spelled out, e.g. 'SA' -> 'SA (service agreement)'."""
    seen: list[str] = []
    for word, from_identifier in split_words(text):
        long_form = ABBREVIATIONS.get(word) or (
            IDENTIFIER_ABBREVIATIONS.get(word) if from_identifier else None
        )
        if long_form and long_form != word and long_form not in seen and len(word) <= 6:
            seen.append(long_form)
    return text if not seen else f"{text} ({'; '.join(seen)})"


def correct_typos(text: str, known: frozenset[str], candidates: list[str]) -> str:
    """Replace words no index text contains by the nearest known word ("segemnt" -> "segment",
    "adjustmnet" -> "adjustment"): one edit (a transposition counts once) for 5-7 letters, two
    from 8 letters on.  ``known`` holds known words and stems, ``candidates`` the known words."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if (
            len(lower) < 5
            or lower in STOPWORDS
            or lower in ABBREVIATIONS
            or lower in known
            or stem(lower) in known
        ):
            return word
        limit = 1 if len(lower) < 8 else 2
        best = process.extractOne(lower, candidates, scorer=OSA.distance, score_cutoff=limit)
        return best[0] if best else word

    return re.sub(r"\b[A-Za-z]+\b", fix, text)
