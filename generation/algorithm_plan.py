"""The plan between resolve and code: what the algorithm reads, decides and does.

An objective such as "when a payment is frozen and the account owes more than a limit, create a
To Do" names a trigger (the spot), data to read (bound to the spot's inputs), a condition and an
action.  The plan spells those out before any code is written, so the user sees what will be
generated, the model backends get it as their specification, and whatever could not be grounded in
the index is said (and left as a marked TODO with a non-blocking default) instead of guessed.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

ACTION_KINDS = ("error", "todo", "char", "row", "output", "skip", "alert")

_TODO_NOUN = r"(?:to[\s-]?dos?|todos?|tasks?|work\s?list items?|work\s?items?|review entr(?:y|ies))\b"
_TODO = re.compile(
    r"\b(?:create|raise|add|generate|send|log|make|put|spawn|drop|route|push|queue|assign|file|notify|alert)\w*"
    r"\b(?:\W+\w+){0,4}?\W+" + _TODO_NOUN + r"|\bopen(?:s|ing)?\s+(?:a|an|one|new)\b(?:\W+\w+){0,3}?\W+" + _TODO_NOUN +
    r"|\b(?:for|to) (?:manual |ops |an? )?review\b|\breview queue\b",
    re.I)  # fmt: skip
_CHAR_WORD = r"(?:char(?:acteristic)?s?|chars)\b"
_CHAR_WRITE = re.compile(
    r"\b(?:put|stamp|add|set|record|store|write|save|tag|mark|copy|default|attach|populate|give|insert|update|"
    r"create|register|keep|note)\w*\b(?:\W+\w+){0,7}?\W+" + _CHAR_WORD, re.I)  # fmt: skip
_CHAR_AS = re.compile(r"\bas (?:a |an |the )?(?:\w+ ){0,3}" + _CHAR_WORD, re.I)
_ERROR = re.compile(
    r"\b(?:block|stop|reject|prevent|refuse|raise|throw|fail|error|abort|deny|disallow|forbid|halt|"
    r"not allowed|don'?t allow|do not allow|cannot|can't|must not|mustn't|validat\w*|complain|veto)\w*",
    re.I)  # fmt: skip
_SAYS_ERROR = re.compile(r"\b(?:error|raise|throw|reject|refuse|exception)\w*", re.I)
_SKIP = re.compile(r"\b(?:skip|exclude|bypass|ignore|leave out|don'?t bill|do not bill|not eligible|ineligible)\w*",
                   re.I)  # fmt: skip
_ROW = re.compile(r"\b(?:update|end[\s-]?date|close|expire|insert|log (?:it )?(?:to|in)|write (?:a )?row|"
                  r"set (?:the )?\w+ (?:status|date|flag))\w*", re.I)  # fmt: skip
# A status change the algorithm makes: "cancel its billable charges", "complete the other open To Dos",
# "the contract should go active".  Base verb forms only: "after the bill completes" is the trigger.
_SET_STATUS = re.compile(
    r"\b(?:cancel|complete|close|activate|deactivate|reactivate|inactivate|reopen|expire|suspend|void|"
    r"reverse|freeze|approve|reject)\s+(?:\([^)]{0,40}\)\s*)?(?:the|its|their|all|any|every|each|other|those|these|them|it|this)\b"
    r"|\b(?:go|goes|become|becomes|turn|turns|set to|move to|moves to|switch to|switches to)\s+"
    r"(?:active|inactive|cancell?ed|closed|complete[d]?|stopped|frozen|approved|rejected|expired)\b", re.I)  # fmt: skip
_NEGATIVE = re.compile(r"\b(?:no|not|unknown|not found|nonexistent|invalid|without|missing|lacks?|lacking|hasn'?t|doesn'?t have|does not have|never|"
                       r"blank|empty|absent)\b", re.I)  # fmt: skip
_EXISTS = re.compile(r"\b(?:has|have|having|carr(?:y|ies)|already|any|exists?|contains?|with an?|flagged|"
                     r"holds?|open)\b", re.I)  # fmt: skip
_COMPARE = re.compile(r"\b(?:above|over|exceed\w*|more than|greater|higher|larger|below|under|less than|lower|"
                      r"fewer|older|overdue|past due|at least|at most|negative|zero|outside|beyond)\b", re.I)  # fmt: skip


def status_change(objective: str) -> re.Match[str] | None:
    """The phrase that asks for a status change, if any."""
    return _SET_STATUS.search(objective)


def wanted_actions(objective: str) -> list[str]:
    """The actions the objective asks for, in a stable order (a To Do before an error, etc.)."""
    text = objective
    out: list[str] = []
    if _TODO.search(text):
        out.append("todo")
    if _CHAR_WRITE.search(text) or _CHAR_AS.search(text):
        out.append("char")
    if _SKIP.search(text):
        out.append("skip")
    if _ERROR.search(text) and "todo" not in out and not ("skip" in out and not _SAYS_ERROR.search(text)):
        out.append("error")  # "must not be billed, skip them" skips; it raises nothing
    if (_ROW.search(text) and not out) or _SET_STATUS.search(text):
        out.append("row")
    return out


_RAISE_ERROR = re.compile(r"\b(?:raise|throw|add|issue|return)\w*\s+(?:an?\s+|the\s+)?(?:\w+\s+)?error\b", re.I)


def without_actions(objective: str) -> str:
    """The objective minus its To Do / error phrases: "create an escalation To Do" names no column
    to read, and its verb ("create") would otherwise pick a creation-date column."""
    return _RAISE_ERROR.sub(" ", _TODO.sub(" ", objective))


# The negative clause describes what happens when nothing is found: nothing.
_FALLBACK = re.compile(r"\b(?:leave (?:\w+ ){0,2}alone|leave (?:\w+ ){0,2}(?:as is|untouched|unchanged)|do nothing|"
                       r"nothing (?:to do|happens|changes)|return nothing|no change|default applies|"
                       r"(?:just|simply) (?:skip|return|continue)|keep (?:\w+ ){0,2}as is|untouched)\b", re.I)  # fmt: skip


def condition_kind(objective: str, has_comparison: bool) -> str:
    """How the read decides: ``rows`` (a qualifying row exists), ``no_rows``, ``always`` or ``unplanned``."""
    if has_comparison:
        return "rows"
    clause = _condition_clause(objective)
    if _NEGATIVE.search(clause) and _FALLBACK.search(objective):
        return "rows"  # "if it has no number of that type just leave the bill alone": act when found
    if _NEGATIVE.search(clause):
        return "no_rows"
    if _EXISTS.search(clause):
        return "rows"
    if _COMPARE.search(objective):
        return "unplanned"
    return "always"


def _condition_clause(objective: str) -> str:
    """The part after the first 'if/when/unless/that/whose/where' (what is tested), else all of it."""
    m = re.search(r"\b(?:if|unless|that|whose|where|which|who|when|once|for)\b(.*)", objective, re.I)
    return m.group(1) if m else objective


@dataclass
class PlannedAction:
    kind: str  # one of ACTION_KINDS
    detail: str  # what it does, in words
    target: str = ""  # table written, getter set, message factory...


@dataclass
class AlgorithmPlan:
    spot: str
    trigger: str  # the event, from the spot's Javadoc when it has one
    inputs: list[str] = field(default_factory=list)  # spot inputs the logic uses
    reads: list[str] = field(default_factory=list)  # statements, one line each
    computation: str = ""
    condition: str = ""
    actions: list[PlannedAction] = field(default_factory=list)
    soft_parameters: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)  # spot outputs and their defaults
    unplanned: list[str] = field(default_factory=list)  # left as TODO in the code

    def lines(self) -> list[str]:
        out = [f"spot: {self.spot}", f"trigger: {self.trigger}"]
        if self.inputs:
            out.append("inputs used: " + ", ".join(self.inputs))
        out += [f"read: {r}" for r in self.reads]
        if self.computation:
            out.append(f"computation: {self.computation}")
        out.append(f"condition: {self.condition or 'none (acts on every event)'}")
        out += [f"action: {a.kind}: {a.detail}" for a in self.actions]
        if not self.actions:
            out.append("action: none planned")
        out += [f"output: {o}" for o in self.outputs]
        if self.soft_parameters:
            out.append("soft parameters: " + ", ".join(self.soft_parameters))
        out += [f"not planned (TODO in code): {u}" for u in self.unplanned]
        return out

    def text(self) -> str:
        return "\n".join(self.lines())

    def as_dict(self) -> dict:
        return asdict(self)


def trigger_sentence(javadoc: str, spot: str) -> str:
    """First sentence of the spot's Javadoc (the event it fires on), else the spot's name in words."""
    text = re.sub(r"\{@\w+\s+([^}]*)\}", r"\1", javadoc or "")
    text = re.sub(r"<[^>]+>|^\s*\*\s?", " ", text, flags=re.M)
    text = re.sub(r"\s+", " ", text).strip()
    if text:
        return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0][:200]
    words = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", spot.removesuffix("AlgorithmSpot"))
    return " ".join(words).lower()
