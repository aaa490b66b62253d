"""Secret redaction: one library of secret shapes, applied before anything reaches disk or training data.

The rules come from detect-secrets (Yelp, Apache-2.0), used as a library: the token detectors'
``denylist`` regexes (AWS, GitHub, GitLab, Slack, Stripe, Twilio, SendGrid, JWT, basic-auth URLs, …),
the keyword detector's assignment regexes (``password = "…"``, ``DB_PASSWORD: …``, ``secret("…")``)
and its high-entropy quoted-string plugins.  detect-secrets finds secrets to *report*; redaction
needs a few shapes it does not cover, kept in :data:`_EXTRA_RULES` below: whole private-key blocks
(also when a context window cut off the END or the BEGIN line), Oracle ``user/password@`` connect
strings, ``Authorization`` headers, key/value calls (``props.put("password", "…")``), XML elements,
``.netrc`` lines and the newer token formats (``github_pat_``, ``sk-ant-``, ``hf_``, ``AIza…``).

:func:`redact` replaces each secret with :data:`MARKER` and is idempotent (it runs its passes to a
fixed point, and the marker itself never matches).  :func:`redact_value` walks a JSON-like value
(dicts, lists, strings) so that structured fields are redacted *before* serialisation and stay valid
JSON; values under secret-sounding keys are replaced whole.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

MARKER = "<redacted>"
_MAX_PASSES = 6

# ---- shapes detect-secrets lacks (private keys, Oracle, headers, calls, newer token formats) -------
_SEP = r"(?:\s|\\[nr]|[\"'+,;])"  # between PEM lines: newlines, escaped newlines, string concatenation
_PEM_LINE = r"[A-Za-z0-9+/]{16,}={0,2}"
_PEM_HEADER = r"(?:Proc-Type|DEK-Info|Comment|Version|Hash):[^\n\\]*"
_KEY_LABEL = r"[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?"
_PRIVATE_KEY_RULES = [
    # A whole block.
    re.compile(rf"-----BEGIN {_KEY_LABEL}-----[\s\S]*?-----END {_KEY_LABEL}-----"),
    # BEGIN without END (the window ended inside the key): the header and every body line after it.
    re.compile(
        rf"-----BEGIN {_KEY_LABEL}-----(?:{_SEP}++(?:{_PEM_HEADER}|{_PEM_LINE}))*+(?:{_SEP}*+[A-Za-z0-9+/=]+)?"
    ),
    # END without BEGIN (the window started inside the key): the body lines before it and the marker.
    re.compile(rf"(?:{_PEM_LINE}{_SEP}++)++(?:[A-Za-z0-9+/]*={{0,2}}{_SEP}*+)?-----END {_KEY_LABEL}-----"),
    re.compile(r"PuTTY-User-Key-File-\d+:[\s\S]*?(?:Private-MAC: \S+|$)"),
    # Neither marker (a window inside a long key): two or more full-width base64 lines in a row, with
    # the cut fragment before them and the short last line after them.
    re.compile(
        rf"(?:[A-Za-z0-9+/]{{8,63}}+={{0,2}}{_SEP}++)?(?:[A-Za-z0-9+/]{{60,}}+={{0,2}}+{_SEP}++){{2,}}+"
        r"(?:[A-Za-z0-9+/]{1,63}+={0,2})?"
    ),
]
_SECRET_WORD = (
    r"(?:password|passwd|pwd|pass|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key"
    r"|credentials?|passphrase|client[_-]?secret)"
)
# (regex, groups to blank out); group 0 means the whole match.
_EXTRA_RULES: list[tuple[re.Pattern[str], tuple[int, ...]]] = [
    # Oracle thin JDBC and SQL*Plus style connect strings: user/password@host
    (re.compile(r"(?i)jdbc:oracle:[a-z]+:[^\s\"'/@]*/([^\s\"'@]+)@"), (1,)),
    (re.compile(r"(?i)\b(?:sqlplus|connect|conn)\s+[\w$#]+/([^\s\"'@/]+)@"), (1,)),
    # JDBC properties in the URL (;password=… or ?password=…)
    (re.compile(r"(?i)[;?&](?:password|pwd|passwd)=([^;&\s\"']+)"), (1,)),
    # URL user info, also with an empty user (redis://:pw@host)
    (re.compile(r"://[^\s:/@\"']*:([^\s/@\"']+)@"), (1,)),
    # Authorization headers
    (re.compile(r"(?i)\b(?:bearer|token)\s+([A-Za-z0-9._~+/\-]{12,}=*)"), (1,)),
    (re.compile(r"(?i)\bbasic\s+([A-Za-z0-9+/]{12,}={0,2})"), (1,)),
    # Key/value calls: props.put("db.password", "…"), setProperty('secret', '…'), Map.of("token", "…")
    (
        re.compile(rf"""(?i)(["'])[\w.\-]*{_SECRET_WORD}[\w.\-]*\1\s*,\s*(["'])([^"'\n]+)\2"""),
        (3,),
    ),
    # A credential-looking bare argument: api_key(abc123XYZ), password(hunter2) -- letters and digits
    (
        re.compile(
            rf"(?i){_SECRET_WORD}\w*\s*\(\s*((?=[^\s()\"',;]*\d)(?=[^\s()\"',;]*[a-z])[^\s()\"',;]+)\s*\)"
        ),
        (1,),
    ),
    # Setter calls with a literal: setPassword("…"), withApiKey('…')
    (re.compile(rf"""(?i)\b(?:set|with)\w*{_SECRET_WORD}\w*\s*\(\s*(["'])([^"'\n]+)\1"""), (2,)),
    # XML / HTML elements: <password>…</password>, <db-secret>…</db-secret>
    (re.compile(rf"(?i)<([\w:.\-]*{_SECRET_WORD}[\w.\-]*)>([^<\n]+)</\1>"), (2,)),
    # Keyword assignments detect-secrets does not list (token, access_key, credential, passphrase)
    (
        re.compile(
            r"""(?i)\w*(?:token|access[_-]?key|credentials?|passphrase|client[_-]?secret)\w*["'\]]{0,2}"""
            r"""\s*(?::=|=>|[:=])\s*(["'`])([^"'`\n]+)\1"""
        ),
        (2,),
    ),
    # .netrc lines and command-line options
    (re.compile(r"(?i)\bmachine\s+\S+\s+login\s+\S+\s+password\s+(\S+)"), (1,)),
    (re.compile(r"(?i)(?<![\w-])--?(?:password|passwd|pass|secret|token|api-key)[ =](?![-<])(\S+)"), (1,)),
    # Newer token formats
    (re.compile(r"github_pat_[A-Za-z0-9_]{22,}"), (0,)),
    (re.compile(r"gh[pousr]_[A-Za-z0-9]{20,}"), (0,)),
    (re.compile(r"sk-ant-[A-Za-z0-9_\-]{20,}"), (0,)),
    (re.compile(r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}"), (0,)),
    (re.compile(r"\b[rsp]k_(?:live|test)_[0-9a-zA-Z]{16,}"), (0,)),
    (re.compile(r"\bhf_[A-Za-z0-9]{30,}"), (0,)),
    (re.compile(r"AIza[0-9A-Za-z_\-]{35}"), (0,)),
    (re.compile(r"npm_[A-Za-z0-9]{36}"), (0,)),
    (re.compile(r"\bxapp-\d-[A-Za-z0-9\-]{20,}"), (0,)),
    (re.compile(r"do[opr]_v1_[a-f0-9]{64}"), (0,)),
    (re.compile(r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"), (0,)),
    (re.compile(r"glpat-[A-Za-z0-9_\-]{20,}"), (0,)),
    (
        re.compile(r"(?i)\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)=([A-Za-z0-9+/%]{20,}={0,2})"),
        (1,),
    ),
    (re.compile(r"eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}"), (0,)),
]
# Values of these keys in structured data (``extra``) are secrets whatever they look like.
_SECRET_KEY = re.compile(rf"(?i){_SECRET_WORD}|authorization|cookie|session[_-]?id")
# A line worth running the (slower, per-line) keyword regexes on.
_KEYWORD_HINT = re.compile(r"(?i)key|pass|pwd|secret|contrase|token|credential|auth|dsn|connection")
# An unquoted value's first token, and tokens that are code rather than a literal
# (``password = getPassword();``, ``pwd == null``, ``secret = config.secret;``, ``key = DEFAULT_KEY``).
_UNQUOTED_TOKEN = re.compile(r"[^\s;,)\]}]+")
_CODE_TOKEN = re.compile(
    r"^[$<]|[(\[{]|^(?i:null|true|false|this|new|none|nil|undefined|return)$"
    r"|^[a-z_][a-z0-9_]*[A-Z][\w$]*$"  # camelCase variable
    r"|^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$"  # dotted reference
    r"|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",  # CONSTANT_NAME
)
_TRIM = " \t\"'`=:,;"


@lru_cache(maxsize=1)
def _detect_secrets_rules() -> tuple[
    list[tuple[re.Pattern[str], tuple[int, ...]]],
    list[tuple[re.Pattern[str], int, bool]],
    list[tuple[Any, int]],
]:
    """detect-secrets' rules, imported on first use (the package costs ~0.15 s to import).

    Returns token regexes with the groups that hold the secret, keyword regexes with the secret's
    group and whether the value may be unquoted, and the high-entropy plugins with their value group.
    """
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
    from detect_secrets.plugins import keyword
    from detect_secrets.plugins.base import RegexBasedDetector
    from detect_secrets.plugins.high_entropy_strings import (
        Base64HighEntropyString,
        HexHighEntropyString,
    )
    from detect_secrets.plugins.ip_public import IPPublicDetector
    from detect_secrets.plugins.private_key import PrivateKeyDetector

    tokens: list[tuple[re.Pattern[str], tuple[int, ...]]] = []
    for plugin in get_mapping_from_secret_type_to_class().values():
        if not issubclass(plugin, RegexBasedDetector) or plugin in (PrivateKeyDetector, IPPublicDetector):
            continue  # private keys are redacted as whole blocks above; an IP address is no secret
        for pattern in plugin.denylist:
            tokens.append((pattern, tuple(range(1, pattern.groups + 1)) or (0,)))
    words: dict[re.Pattern[str], tuple[int, bool]] = {}
    quoted_maps = (
        keyword.QUOTES_REQUIRED_DENYLIST_REGEX_TO_GROUP,
        keyword.COMMON_C_DENYLIST_REGEX_TO_GROUP,
        keyword.C_PLUS_PLUS_REGEX_TO_GROUP,
    )
    for mapping in quoted_maps:
        for pattern, group in mapping.items():
            words[re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)] = (group, False)
    for mapping in (keyword.CONFIG_DENYLIST_REGEX_TO_GROUP, keyword.GOLANG_DENYLIST_REGEX_TO_GROUP):
        for pattern, group in mapping.items():
            words.setdefault(re.compile(pattern.pattern, pattern.flags | re.IGNORECASE), (group, True))
    entropy = [(Base64HighEntropyString(limit=4.5), 2), (HexHighEntropyString(limit=3.0), 2)]
    return tokens, [(p, g, unquoted) for p, (g, unquoted) in words.items()], entropy


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _spans(text: str) -> Iterator[tuple[int, int]]:
    """Every (start, end) of a secret in ``text`` under the current rules (overlaps allowed)."""
    for pattern in _PRIVATE_KEY_RULES:
        for match in pattern.finditer(text):
            yield match.span()
    tokens, words, entropy = _detect_secrets_rules()
    for pattern, groups in [*_EXTRA_RULES, *tokens]:
        for match in pattern.finditer(text):
            for group in groups:
                if match.group(group):
                    yield _trimmed(text, *match.span(group))
    for plugin, group in entropy:
        for match in plugin.regex.finditer(text):
            if plugin.calculate_shannon_entropy(match.group(group)) > plugin.entropy_limit:
                yield match.span(group)
    offset = 0
    for line in text.splitlines(keepends=True):
        if _KEYWORD_HINT.search(line):
            for pattern, group, unquoted in words:
                for match in pattern.finditer(line):
                    value = match.group(group)
                    start, end = match.span(group)
                    if value and unquoted and line[start - 1 : start] not in ("'", '"', "`"):
                        token = _UNQUOTED_TOKEN.match(value)
                        if token is None or _CODE_TOKEN.search(token.group()):
                            continue
                        end = start + token.end()
                    if value:
                        yield _trimmed(text, offset + start, offset + end)
        offset += len(line)


def _one_pass(text: str) -> str:
    spans = sorted((s, e) for s, e in _spans(text) if e > s and text[s:e] != MARKER)
    if not spans:
        return text
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, last = [], 0
    for start, end in merged:
        parts += [text[last:start], MARKER]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def redact(text: str) -> str:
    """``text`` with every secret replaced by :data:`MARKER`; idempotent (``redact(redact(t)) == redact(t)``)."""
    if not text:
        return text
    for _ in range(_MAX_PASSES):
        out = _one_pass(text)
        if out == text:
            break
        text = out
    return text


def redact_value(value: Any, key: str = "") -> Any:
    """A JSON-like value with secrets redacted, structure kept (run *before* ``json.dumps``).

    Strings are redacted; scalars under a secret-sounding key (``password``, ``api_key``, ``token``…)
    become :data:`MARKER` whole; non-finite floats become ``None`` (JSON has no NaN); other objects
    are turned into strings first.
    """
    if isinstance(value, dict):
        return {redact(str(k)): redact_value(v, str(k)) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [redact_value(v, key) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, bool):
        return value
    if key and _SECRET_KEY.search(key) and not isinstance(value, (dict, list)):
        return MARKER if str(value) else value
    if isinstance(value, (int, float)):
        return value
    return redact(clean_text(str(value)))


def clean_text(text: str) -> str:
    """``text`` storable as UTF-8: surrogate pairs joined, lone surrogates replaced by U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
