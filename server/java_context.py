"""Java structure around a cursor: enclosing class, its spots, methods, soft parameters, local types.

The editor asks about half-typed code, where a syntax tree's error recovery often swallows the next
method.  Braces outside strings and comments (see :mod:`java_strings`) are stable while typing, so
blocks are found by brace matching and classified by their header text.  Never imports pygls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ormb_assist.indexer.java_javadoc import clean_javadoc, soft_parameters
from ormb_assist.indexer.models import SoftParameter
from ormb_assist.server.java_strings import JavaStrings

_CLASS_HEAD = re.compile(
    r"\b(?P<kind>class|interface|enum|record)\s+(?P<name>[A-Za-z_$][\w$]*)\s*(?:<[^{]*?>)?"
    r"(?:\s*\([^{]*?\))?"
    r"(?:\s+extends\s+(?P<extends>[^{]+?))?(?:\s+implements\s+(?P<implements>[^{]+?))?\s*$",
    re.S,
)
_METHOD_HEAD = re.compile(
    r"(?P<ret>[\w$.<>\[\],? ]+?\s+)?(?P<name>[A-Za-z_$][\w$]*)\s*\((?P<params>[^()]*(?:\([^()]*\)[^()]*)*)\)"
    r"\s*(?:throws\s+[\w$.,\s]+)?\s*$",
    re.S,
)
_NOT_METHODS = {"if", "for", "while", "switch", "catch", "synchronized", "try", "else", "do", "return", "new"}
_PACKAGE = re.compile(r"^\s*package\s+([\w$.]+)\s*;", re.M)
_IMPORT = re.compile(r"^\s*import\s+(static\s+)?([\w$.]+(?:\.\*)?)\s*;", re.M)
_LOCAL_DECL = re.compile(
    r"(?:^|[;{}(,])\s*(?:(?:final|private|public|protected|static|transient|volatile)\s+)*(?P<type>[A-Za-z_$][\w$.]*(?:\s*<[^;(){}=]*>)?(?:\s*\[\s*\])*)\s+"
    r"(?P<name>[A-Za-z_$][\w$]*)\s*(?==|;|:|\)|,)",
)
_RECEIVER = re.compile(r"(?P<recv>[A-Za-z_$][\w$]*)\s*\.\s*(?P<partial>[\w$]*)$")
_PARTIAL = re.compile(r"[\w$]*$")


@dataclass
class Block:
    open: int  # offset of "{"
    close: int  # offset of "}" (len(text) when unclosed)
    head_start: int
    kind: str  # class | method | block
    name: str = ""
    parent: int = -1  # index into blocks
    head: str = ""


@dataclass
class MethodDecl:
    name: str
    params: list[tuple[str, str]]  # (type, name)
    block: Block

    @property
    def key(self) -> str:
        return f"{self.name}/{len(self.params)}"


@dataclass
class ClassDecl:
    name: str
    kind: str
    block: Block
    extends: list[str] = field(default_factory=list)
    implements: list[str] = field(default_factory=list)  # simple names, generics stripped
    javadoc: str = ""
    methods: list[MethodDecl] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    name_start: int = 0

    @property
    def soft_parameters(self) -> list[SoftParameter]:
        return parse_soft_parameters(self.javadoc)


class JavaOutline:
    """Blocks, classes and methods of one document, found from its braces."""

    def __init__(self, text: str, strings: JavaStrings | None = None) -> None:
        self.text = text
        self.strings = strings or JavaStrings(text)
        self.code = self.strings.blanked()
        self.blocks: list[Block] = []
        self._scan()

    @classmethod
    def of(cls, text: str, strings: JavaStrings | None = None) -> JavaOutline:
        """The outline for ``strings``' text, built once per scan (requests on one version share it)."""
        if strings is None:
            return cls(text)
        cached = getattr(strings, "_outline", None)
        if cached is None or cached.text is not text:
            cached = cls(text, strings)
            strings._outline = cached  # type: ignore[attr-defined]
        return cached

    def _scan(self) -> None:
        stack: list[int] = []
        boundary = 0
        for m in re.finditer(r"[{};]", self.code):
            ch, pos = m.group(0), m.start()
            if ch == "{":
                head = self.code[boundary:pos]
                block = Block(
                    pos, len(self.code), boundary, "block", parent=stack[-1] if stack else -1, head=head
                )
                self._classify(block)
                self.blocks.append(block)
                stack.append(len(self.blocks) - 1)
            elif ch == "}" and stack:
                self.blocks[stack.pop()].close = pos
            boundary = pos + 1

    def _classify(self, block: Block) -> None:
        head = re.sub(r"@[\w$.]+(?:\s*\([^()]*\))?", " ", block.head).strip()
        m = _CLASS_HEAD.search(head)
        if m and not re.search(r"\bnew\s", head[: m.start()]):
            block.kind, block.name = "class", m.group("name")
            return
        m = _METHOD_HEAD.search(head)
        if (
            m
            and m.group("name") not in _NOT_METHODS
            and not re.search(r"(\bnew\s|[=.]|->)\s*[\w$<>]*\s*\($", head[: m.end("name") + 1])
        ):
            block.kind, block.name = "method", m.group("name")

    # ---- queries ------------------------------------------------------------------------------
    @cached_property
    def package(self) -> str:
        m = _PACKAGE.search(self.code)
        return m.group(1) if m else ""

    @cached_property
    def imports(self) -> list[str]:
        return [m.group(2) for m in _IMPORT.finditer(self.code) if not m.group(1)]

    def enclosing(self, offset: int) -> list[int]:
        """Indexes of the blocks around ``offset``, innermost last."""
        return [i for i, b in enumerate(self.blocks) if b.open < offset <= b.close]

    def class_at(self, offset: int) -> ClassDecl | None:
        for i in reversed(self.enclosing(offset)):
            if self.blocks[i].kind == "class":
                return self.class_decl(i)
        return None

    def classes(self) -> list[ClassDecl]:
        return [self.class_decl(i) for i, b in enumerate(self.blocks) if b.kind == "class"]

    def class_decl(self, index: int) -> ClassDecl:
        block = self.blocks[index]
        head = re.sub(r"@[\w$.]+(?:\s*\([^()]*\))?", " ", block.head)
        m = _CLASS_HEAD.search(head.strip())
        decl = ClassDecl(block.name, m.group("kind") if m else "class", block)
        if m:
            decl.extends = _type_names(m.group("extends") or "")
            decl.implements = _type_names(m.group("implements") or "")
        name_match = re.search(
            r"\b(?:class|interface|enum|record)\s+(" + re.escape(block.name) + r")\b", block.head
        )
        decl.name_start = block.head_start + (name_match.start(1) if name_match else 0)
        decl.javadoc = self._javadoc_before(block.head_start + len(block.head) - len(block.head.lstrip()))
        for _j, child in enumerate(self.blocks):
            if child.parent == index and child.kind == "method":
                decl.methods.append(MethodDecl(child.name, _params(child.head), child))
        class_code = self._direct_body(index)
        for fm in _LOCAL_DECL.finditer(class_code):
            if class_code[fm.end() :].lstrip()[:1] in ("=", ";") and fm.group("type") not in (
                "return",
                "new",
            ):
                decl.fields[fm.group("name")] = _strip_generics(fm.group("type"))
        return decl

    def _direct_body(self, index: int) -> str:
        """Class body code with nested blocks blanked (fields and member headers only)."""
        block = self.blocks[index]
        body = list(self.code[block.open + 1 : block.close])
        for child in self.blocks:
            if child.parent == index:
                for k in range(
                    child.open + 1 - block.open - 1, min(child.close, block.close) - block.open - 1
                ):
                    body[k] = " "
        return "".join(body)

    def _javadoc_before(self, offset: int) -> str:
        best = ""
        for s, e in self.strings.comments:
            if e <= offset and self.text.startswith("/**", s) and not self.code[e:offset].strip(" \t\r\n;}"):
                best = self.text[s:e]
            elif e > offset:
                break
        if not best:  # annotations between Javadoc and class keyword
            for s, e in reversed(self.strings.comments):
                if e <= offset and self.text.startswith("/**", s):
                    between = self.code[e:offset]
                    if re.fullmatch(r"\s*(?:@[\w$.]+(?:\s*\([^()]*\))?\s*|[\w\s]*)", between):
                        best = self.text[s:e]
                    break
        return best

    def method_at(self, offset: int) -> Block | None:
        for i in reversed(self.enclosing(offset)):
            if self.blocks[i].kind == "method":
                return self.blocks[i]
            if self.blocks[i].kind == "class":
                return None
        return None

    def at_member_level(self, offset: int) -> bool:
        """True when the cursor sits directly in a class body (where methods are declared)."""
        inner = self.enclosing(offset)
        return bool(inner) and self.blocks[inner[-1]].kind == "class"

    def local_types(self, offset: int) -> dict[str, str]:
        """Variable name -> declared type for parameters and locals visible before ``offset``."""
        out: dict[str, str] = {}
        cls = self.class_at(offset)
        if cls:
            out.update(cls.fields)
        method = self.method_at(offset)
        if method:
            for ptype, pname in _params(method.head):
                out[pname] = _strip_generics(ptype)
            for m in _LOCAL_DECL.finditer(self.code, method.open, offset):
                if m.group("type") not in ("return", "new", "throw", "else", "case"):
                    out[m.group("name")] = _strip_generics(m.group("type"))
        return out

    def receiver_at(self, offset: int) -> tuple[str, str] | None:
        """(receiver identifier, partial member) for ``recv.part|``; ``None`` otherwise."""
        line_start = self.code.rfind("\n", 0, offset) + 1
        m = _RECEIVER.search(self.code, max(0, line_start - 200), offset)
        if not m or m.end() != offset:
            return None
        return m.group("recv"), m.group("partial")

    def partial_at(self, offset: int) -> tuple[str, int]:
        m = _PARTIAL.search(self.text, max(0, offset - 200), offset)
        return (m.group(0), m.start()) if m else ("", offset)


def parse_soft_parameters(javadoc: str) -> list[SoftParameter]:
    """Soft parameters declared in a raw Javadoc comment (the indexer's own OUAF tag parser)."""
    return soft_parameters(clean_javadoc(javadoc)) if javadoc else []


def _type_names(text: str) -> list[str]:
    names: list[str] = []
    depth = 0
    current = ""
    for ch in text:
        depth += {"<": 1, ">": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            names.append(current)
            current = ""
        elif depth == 0 and ch not in "<>":
            current += ch
    names.append(current)
    return [n.strip().rsplit(".", 1)[-1] for n in names if n.strip()]


def _params(head: str) -> list[tuple[str, str]]:
    m = _METHOD_HEAD.search(re.sub(r"@[\w$.]+(?:\s*\([^()]*\))?", " ", head).strip())
    if not m or not m.group("params").strip():
        return []
    out: list[tuple[str, str]] = []
    depth = 0
    current = ""
    for ch in m.group("params") + ",":
        depth += {"<": 1, ">": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            words = re.sub(r"\bfinal\s+", "", current).strip().rsplit(None, 1)
            if len(words) == 2:
                out.append((words[0].strip(), words[1].strip()))
            current = ""
        else:
            current += ch
    return out


def _strip_generics(type_text: str) -> str:
    return re.sub(r"<.*>", "", type_text).replace(" ", "")
