"""The trigger clause of an objective or a spot's Javadoc: *what happens to what* fires the algorithm.

"when the bill-in-error To Do is completed, retry the bill" is about a To Do being completed, not
about bills, although "bill" is named twice.  The resolver reads the clause introduced by
*when / whenever / once / after / before / as soon as / upon / on* (or a short leading fragment such
as "payment frozen -> ..." or "on bill segment freeze: ..."), splits it at the verb into a subject
noun phrase and an event, and takes the subject's head (the last noun before a preposition; a
hyphenated modifier such as "bill-in-error" is not a head).  Spot names are parsed the same way into
the entity that controls them and the event they fire on.  Plain English grammar words only: nothing
here knows a workspace or a case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ormb_assist.indexer.vocabulary import name_units, split_words

# Words that open a trigger clause; "on"/"upon"/"at"/"during" only at the start of a sentence or
# after a comma (elsewhere "on" is a plain preposition: "stamp the number on the bill").
_OPENERS = ("as soon as", "whenever", "when", "once", "after", "before", "upon", "while")
_LEADING_OPENERS = ("on", "upon", "at", "during")
_BOUNDARY = re.compile(r"\s*(?:,|;|:|->|=>|—|–|\(|\.\s|\.$|\bthen\b|\bso that\b|\bif\b|\bunless\b)\s*")
# Auxiliaries and copulas between a subject and its event ("is frozen", "has been completed").
_AUX = frozenset(
    """is are was were be been being gets get got getting has have had becomes become became goes go
    went comes come came""".split()  # noqa: SIM905 - word lists read better as text
)
_PREPOSITIONS = frozenset("of in for from on with under at by to into within across about".split())  # noqa: SIM905
_DETERMINERS = frozenset(
    "a an the its their his her our my this that these those each every any some".split()  # noqa: SIM905
)
_PRONOUNS = frozenset("it they he she we you i one someone somebody".split())  # noqa: SIM905
MAX_CLAUSE_WORDS = 16
MAX_LEADING_WORDS = 5


@dataclass(frozen=True)
class Trigger:
    """One trigger clause: its text, the subject phrase, the subject's head and the event words."""

    text: str
    subject: str
    head: str
    event: str
    timing: str = ""  # "pre" for before/while/during, "post" for after/once/as soon as, else ""
    opener: str = ""  # the word that opened the clause ("when", "after"...), "" for a leading fragment

    def sentence(self) -> str:
        """The clause as one line: "when a bill is about to be completed"."""
        return f"{self.opener} {self.text}".strip()


def find_trigger(text: str) -> Trigger | None:
    """The first trigger clause of ``text`` (an objective or one Javadoc sentence), or None."""
    return _find_trigger(" ".join(text.split()))


@lru_cache(maxsize=4096)
def _find_trigger(text: str) -> Trigger | None:
    text = " ".join(re.sub(r"\([^()]*\)", " ", text).split())  # asides: "(negative amount)"
    lower = text.lower()
    found: list[tuple[int, str]] = []
    for opener in _OPENERS:
        found += [(m.start(), opener) for m in re.finditer(rf"\b{re.escape(opener)}\b", lower)]
    first = re.match(r"\s*(\w+)\b", lower)
    if first and first.group(1) in _LEADING_OPENERS:
        found.append((first.start(1), first.group(1)))
    for start, opener in sorted(found):
        clause = _clause(text[start + len(opener) :])
        trigger = _split(clause, _timing(opener), opener) if clause else None
        # "when the invoice total is above a limit" states a condition, not the event that fires
        if trigger is not None and not _COMPARISON.match(trigger.event):
            return trigger
    lead = re.match(r"\s*([^,;:]+?)\s*(?:->|=>|:)", text)  # "payment frozen -> ...", "SA stopped: ..."
    if lead and 1 < len(lead.group(1).split()) <= MAX_LEADING_WORDS:
        return _split(lead.group(1), "", "")
    # "stop bill completion when ...": the event is what the action stops, an event noun phrase
    event = _EVENT_OBJECT.match(text)
    if event:
        return _split(event.group(1), "", "")
    return None


_EVENT_OBJECT = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:stop|block|prevent|halt|hold|delay|refuse|reject|veto|skip|cancel|abort)\s+"
    r"(?:the\s+|an?\s+|any\s+)?((?:[\w-]+\s+){0,3}?[\w-]+(?:ion|ment|ing|freeze|close|stop|upload))\b", re.I)  # fmt: skip


_COMPARISON = re.compile(r"(?:not\s+)?(?:above|over|below|under|more|less|greater|higher|lower|bigger|larger|"
                         r"smaller|exceed\w*|at least|at most|worth|older|newer|negative|positive|zero|equal\w*|"
                         r"within|beyond|outside)\b", re.I)  # fmt: skip


def _timing(opener: str) -> str:
    if opener in ("before", "while", "during"):
        return "pre"
    if opener in ("after", "once", "as soon as"):
        return "post"
    return ""


def _clause(rest: str) -> str:
    cut = _BOUNDARY.search(rest)
    words = (rest[: cut.start()] if cut else rest).split()
    return " ".join(words[:MAX_CLAUSE_WORDS]).strip(" .")


def _split(clause: str, timing: str, opener: str) -> Trigger | None:
    """Subject before the first auxiliary or verb form ("the bill is completed", "the billing batch
    finishes", "payment frozen"); a verbless clause is a noun phrase whose last head word is the
    event ("bill segment freeze", "bill completion per contract type")."""
    tokens = clause.split()
    if not tokens:
        return None
    verb = next((i for i in range(1, len(tokens)) if _is_verb(tokens[i], tokens[i - 1])), None)
    if verb is not None:
        skip = 1 if tokens[verb].lower() in _AUX else 0
        subject, event = tokens[:verb], tokens[verb + skip :]
    else:
        head = subject_head(clause).split()
        subject, event = head[:-1], head[-1:]
        if not subject:
            subject, event = tokens, []
    subject_text = " ".join(subject)
    return Trigger(
        text=clause,
        subject=subject_text,
        head=subject_head(subject_text),
        event=_event_words(event),
        timing=timing,
        opener=opener,
    )


_EVENT_FILLER = frozenset({"about", "to", "be", "been", "being", "now", "just", "already", "then", "finally"})
_PARTICLES = frozenset({"up", "out", "live", "off", "down", "over", "back", "active"})


def _event_words(words: list[str]) -> str:
    """The event verb (with a particle: "goes live", "paid up"), fillers and auxiliaries skipped:
    "is about to be completed" -> "completed"."""
    rest = [w for w in words if w.strip(".,").lower() not in _AUX]
    while rest and rest[0].lower() in _EVENT_FILLER:
        rest = rest[1:]
    if not rest:
        return ""
    if len(rest) > 1 and rest[1].lower() in _PARTICLES:
        return " ".join(rest[:2])
    return rest[0]


def _is_verb(token: str, previous: str) -> bool:
    """An auxiliary, a participle ("frozen", "cancelled") or a third-person verb ("completes") that
    does not follow a determiner (where "-s" marks a plural noun: "the accounts")."""
    word = token.lower().strip(".,'\"")
    if word in _AUX:
        return True
    if not word.isalpha() or len(word) < 4 or previous.lower() in _DETERMINERS:
        return False
    return word.endswith(("ed", "en")) or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def subject_head(phrase: str) -> str:
    """Head words of a noun phrase: the words before the first preposition, hyphenated modifiers,
    determiners and pronouns dropped ("the bill-in-error To Do" -> "To Do", "a run of that batch"
    -> "run", "it" -> "")."""
    words: list[str] = []
    for token in phrase.split():
        if "-" in token.strip("-"):
            continue  # a compound modifier ("bill-in-error", "no-post-processing")
        bare = token.strip(".,'\"()").lower()
        if bare in _PREPOSITIONS and words:
            break
        if bare in _DETERMINERS or bare in _PRONOUNS or not bare:
            continue
        words.append(token.strip(".,'\"()"))
    return " ".join(words)


def head_unit(phrase: str) -> frozenset[str]:
    """The meaning unit of the last concept of a head ("billing batch" -> {batch}, "To Do" -> {~td})."""
    units = units_of(phrase)
    return units[-1] if units else frozenset()


def units_of(phrase: str) -> tuple[frozenset[str], ...]:
    """Meaning units of a phrase, as for names (stopwords drop out unless part of a concept: "to do")."""
    return name_units("_".join(w for w, _ in split_words(phrase)))
