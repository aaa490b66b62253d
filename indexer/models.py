"""Plain data records shared by the indexer, resolver, generator and language server.

They are the contract between modules: parsers fill them, the store persists them (as JSON in
LanceDB rows), and everything downstream reads them.  Keep them free of behaviour beyond small
derived properties so that they serialise with ``dataclasses.asdict``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ClassKind = Literal["class", "interface", "enum", "record", "annotation"]
ClassRole = Literal["algorithm", "batch", "change_handler", "business_component", "entity", "other"]


@dataclass(slots=True)
class SoftParameter:
    """One ``@AlgorithmSoftParameter`` / ``@BatchJobSoftParameter`` from a Javadoc block."""

    name: str
    type: str = "string"  # string | integer | decimal | entity | lookup | date | ...
    required: bool = False
    entity_name: str | None = None
    lookup_name: str | None = None

    @property
    def getter(self) -> str:
        return "get" + self.name[:1].upper() + self.name[1:]


@dataclass(slots=True)
class Parameter:
    type: str  # as written in source / rendered from the class file, generics included
    name: str


@dataclass(slots=True)
class MethodInfo:
    name: str
    return_type: str  # "void" for void, "" for constructors
    parameters: list[Parameter] = field(default_factory=list)
    modifiers: list[str] = field(default_factory=list)
    annotations: list[str] = field(default_factory=list)
    type_parameters: str = ""  # e.g. "<T extends Entity>"
    throws: list[str] = field(default_factory=list)
    javadoc: str = ""
    start_line: int = 0  # 1-based, inclusive
    end_line: int = 0
    is_default: bool = False  # interface default/static methods need no implementation

    @property
    def signature(self) -> str:
        """Java declaration head, e.g. ``public void setBill(Bill bill)``."""
        mods = " ".join(m for m in self.modifiers if m not in ("abstract",))
        params = ", ".join(f"{p.type} {p.name}" for p in self.parameters)
        head = " ".join(
            x for x in (mods, self.type_parameters, self.return_type, f"{self.name}({params})") if x
        )
        if self.throws:
            head += " throws " + ", ".join(self.throws)
        return head

    @property
    def key(self) -> str:
        """Erasure-ish identity used to decide whether a method is already implemented."""
        return f"{self.name}/{len(self.parameters)}"


@dataclass(slots=True)
class SqlReference:
    """SQL text found in a string literal (concatenations and text blocks joined)."""

    sql: str
    line: int
    tables: list[str] = field(default_factory=list)  # upper-case table names
    columns: list[str] = field(
        default_factory=list
    )  # upper-case "TABLE.COLUMN" where resolvable, else "COLUMN"
    aliases: dict[str, str] = field(default_factory=dict)  # alias -> table
    concatenated_values: list[str] = field(
        default_factory=list
    )  # Java expressions spliced into SQL (injection risk)
    binds: list[str] = field(default_factory=list)  # ":name" bind variables
    method: str = ""  # enclosing method name
    parse_ok: bool = True


@dataclass(slots=True)
class JavaClassInfo:
    name: str
    package: str
    kind: ClassKind = "class"
    role: ClassRole = "other"
    extends: str = ""  # simple name as written (generics stripped)
    implements: list[str] = field(default_factory=list)  # simple names as written
    implements_fqn: list[str] = field(default_factory=list)  # resolved through imports where possible
    extends_interfaces: list[str] = field(default_factory=list)  # for interfaces: super-interfaces
    annotations: list[str] = field(default_factory=list)  # Java annotations (names) on the class
    javadoc: str = ""
    javadoc_tags: list[str] = field(default_factory=list)  # e.g. ["AlgorithmComponent", "BatchJob"]
    soft_parameters: list[SoftParameter] = field(default_factory=list)
    methods: list[MethodInfo] = field(default_factory=list)
    fields: list[Parameter] = field(default_factory=list)
    sql: list[SqlReference] = field(default_factory=list)
    start_line: int = 0
    end_line: int = 0
    enclosing: str = ""  # nested types: outer class name(s), e.g. "CmFooBatch"; "" for top-level types

    @property
    def fqn(self) -> str:
        """Canonical Java name: ``package.Outer.Inner`` for nested types."""
        return ".".join(x for x in (self.package, self.enclosing, self.name) if x)

    @property
    def tables(self) -> list[str]:
        seen: dict[str, None] = {}
        for ref in self.sql:
            for t in ref.tables:
                seen.setdefault(t, None)
        return list(seen)


@dataclass(slots=True)
class JavaFileInfo:
    path: str  # workspace-relative, forward slashes
    package: str = ""
    imports: list[str] = field(default_factory=list)
    classes: list[JavaClassInfo] = field(default_factory=list)
    errors: list[str] = field(
        default_factory=list
    )  # syntax problems found ("line 12: ..."); file still indexed
    content_hash: str = ""


@dataclass(slots=True)
class Column:
    name: str  # upper-case
    data_type: str = ""  # e.g. "CHAR(10)", "NUMBER(15,2)"
    nullable: bool = True
    comment: str = ""


@dataclass(slots=True)
class ForeignKey:
    columns: list[str]
    ref_table: str
    ref_columns: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TableInfo:
    name: str  # upper-case, unquoted, schema stripped
    columns: list[Column] = field(default_factory=list)
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    comment: str = ""
    source: str = ""  # workspace-relative DDL file

    def column(self, name: str) -> Column | None:
        upper = name.upper()
        return next((c for c in self.columns if c.name == upper), None)


@dataclass(slots=True)
class JarMethod:
    name: str
    return_type: str  # rendered Java type, generics included, simple or qualified per `qualified` flag
    parameter_types: list[str] = field(default_factory=list)  # fully qualified, generics included
    parameter_names: list[str] = field(default_factory=list)  # from MethodParameters/sources when known
    modifiers: list[str] = field(default_factory=list)
    type_parameters: str = ""
    throws: list[str] = field(default_factory=list)
    is_default: bool = False
    javadoc: str = ""  # from a sources jar beside the jar, when present


@dataclass(slots=True)
class JarClass:
    fqn: str
    kind: ClassKind = "class"
    superclass: str = ""  # fqn
    interfaces: list[str] = field(default_factory=list)  # fqns, generics stripped
    type_parameters: str = ""
    methods: list[JarMethod] = field(default_factory=list)
    fields: list[Parameter] = field(default_factory=list)  # public static constants etc. (type fqn, name)
    modifiers: list[str] = field(default_factory=list)
    jar: str = ""  # workspace-relative jar path
    javadoc: str = ""  # filled from a sources jar / source file when one is present

    @property
    def simple_name(self) -> str:
        return self.fqn.rsplit(".", 1)[-1].replace("$", ".")

    @property
    def package(self) -> str:
        return self.fqn.rsplit(".", 1)[0] if "." in self.fqn else ""


@dataclass(slots=True)
class SpotInfo:
    """An algorithm spot interface, merged from the jar (signatures) and sources (Javadoc, names)."""

    name: str  # simple name
    fqn: str
    javadoc: str = ""
    methods: list[MethodInfo] = field(default_factory=list)  # every abstract method incl. inherited
    implementations: list[str] = field(default_factory=list)  # fqns of workspace classes implementing it
    tables_touched: dict[str, int] = field(default_factory=dict)  # table -> count over implementations
    source: str = ""  # jar path or source path


@dataclass(slots=True)
class IndexProblem:
    path: str
    kind: str  # "syntax" | "encoding" | "binary" | "too_large" | "ddl" | "jar" | "unreadable" | "symlink_loop" ...
    message: str


@dataclass(slots=True)
class IndexSummary:
    files_seen: int = 0
    files_indexed: int = 0
    files_unchanged: int = 0
    files_deleted: int = 0
    files_renamed: int = 0  # moved files: parsed payload and vectors reused
    files_skipped: int = 0  # unreadable, binary, too large: listed in problems
    java_classes: int = 0
    spots: int = 0
    tables: int = 0
    jar_classes: int = 0
    chunks: int = 0
    chunks_embedded: int = 0  # chunks embedded in this run (unchanged texts reuse their stored vectors)
    problems: list[IndexProblem] = field(default_factory=list)
    rebuilt: bool = False  # true when a corrupt/old index was discarded
    timings: dict[str, float] = field(default_factory=dict)  # parse/embed/write seconds


@dataclass(slots=True)
class RankedSpot:
    name: str
    fqn: str
    score: float
    methods: list[MethodInfo] = field(default_factory=list)
    javadoc: str = ""
    reasons: list[str] = field(default_factory=list)
    probability: float = 0.0  # calibrated on the workspace's own algorithms (0 when not computed)
    event: str = ""  # the event it fires on, from its Javadoc ("when a bill ... is completed")
    example: str = ""  # simple name of the workspace algorithm closest to the objective that implements it

    @property
    def pick_reason(self) -> str:
        """One line for a user choosing between spots: the event, and an example that implements it."""
        parts = [f"fires {self.event}" if self.event else ""]
        if self.example:
            parts.append(f"like {self.example}")
        return "; ".join(p for p in parts if p) or (self.reasons[0] if self.reasons else "")


@dataclass(slots=True)
class RankedTable:
    name: str
    score: float
    table: TableInfo | None = None
    reasons: list[str] = field(default_factory=list)
    role: str = "read"  # read | target (the action writes it: To Do entry, characteristic, row) | join
    joins: list[str] = field(default_factory=list)  # key joins to tables ranked above ("A.X = B.X")


@dataclass(slots=True)
class RankedExample:
    fqn: str
    path: str
    score: float
    spot: str = ""
    tables: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Resolution:
    objective: str
    spots: list[RankedSpot] = field(default_factory=list)
    tables: list[RankedTable] = field(default_factory=list)
    examples: list[RankedExample] = field(default_factory=list)
    confident: bool = True  # false when nothing matched well: callers say so and offer the candidates
    elapsed_ms: float = 0.0
    unsure: bool = False  # the top spot is below the workspace's calibrated confidence: offer the top 3
    confidence: float = 1.0  # calibrated probability that the top spot is right


@dataclass(slots=True)
class SearchHit:
    """One record found by ``WorkspaceIndex.search`` (hybrid BM25 + vector, reciprocal-rank fused)."""

    kind: str  # class | method | spot | table | jar_class
    name: str
    fqn: str = ""
    path: str = ""  # workspace-relative source (Java file, DDL file or jar)
    score: float = 0.0  # fused RRF score: comparable within one result list only
    text: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    spot: str = ""  # spot simple name the record implements / is
    tables: list[str] = field(default_factory=list)


def to_dict(obj: Any) -> dict[str, Any]:
    """JSON-ready dict of any record above."""
    return asdict(obj)
