"""Java source -> ``JavaFileInfo`` with tree-sitter-java: types, members, Javadoc metadata and SQL.

Only declarations are walked in Python; method bodies are visited only where a byte scan finds SQL,
so the Python side adds well under a millisecond to tree-sitter's own parse.  Broken code never
raises: tree-sitter recovers, everything that parsed is indexed, and each syntax error becomes an ``errors``
entry ``"line N: syntax error near '...'"``.

Nested types (a batch's static inner ``Worker``, an interface's ``Factory``) are their own
``JavaClassInfo`` with the simple ``name`` and ``enclosing`` set to the outer class name(s), so
``fqn`` is the canonical Java name ``package.Outer.Inner``.  Local and anonymous classes are not listed.

The functions are pure and thread-safe (one parser per thread); results are plain dataclasses.
"""

from __future__ import annotations

import hashlib
import threading

import tree_sitter_java
from tree_sitter import Language, Node, Parser

from ormb_assist.indexer.java_javadoc import clean_javadoc, javadoc_annotations, soft_parameters
from ormb_assist.indexer.java_recovery import BrokenHeader, find_header, syntax_errors
from ormb_assist.indexer.java_sql import Scope, SqlExtractor
from ormb_assist.indexer.models import JavaClassInfo, JavaFileInfo, MethodInfo, Parameter

JAVA = Language(tree_sitter_java.language())
_local = threading.local()
_MAX_NESTING = 32  # nested type depth indexed; deeper is generated or hostile input
_BOM = b"\xef\xbb\xbf"

_TYPE_KINDS = {
    "class_declaration": "class",
    "interface_declaration": "interface",
    "enum_declaration": "enum",
    "record_declaration": "record",
    "annotation_type_declaration": "annotation",
}
_MEMBER_KINDS = frozenset(
    {
        "method_declaration",
        "constructor_declaration",
        "compact_constructor_declaration",
        "field_declaration",
        "constant_declaration",
    }
)
_JAVA_LANG = frozenset(
    [
        "Object",
        "String",
        "StringBuilder",
        "StringBuffer",
        "Integer",
        "Long",
        "Short",
        "Byte",
        "Double",
        "Float",
        "Boolean",
        "Character",
        "Number",
        "Math",
        "System",
        "Thread",
        "Runnable",
        "Iterable",
        "Comparable",
        "CharSequence",
        "Cloneable",
        "AutoCloseable",
        "Enum",
        "Record",
        "Class",
        "Exception",
        "RuntimeException",
        "Error",
        "Throwable",
        "IllegalArgumentException",
        "IllegalStateException",
        "Override",
        "Deprecated",
        "SuppressWarnings",
        "FunctionalInterface",
        "SafeVarargs",
        "Void",
    ]
)


def _parser() -> Parser:
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = Parser(JAVA)
    return parser


def parse_java(source: str | bytes, path: str) -> JavaFileInfo:
    """Everything the index needs from one Java file; never raises on bad input."""
    errors: list[str] = []
    if isinstance(source, bytes):
        data = source
        digest = hashlib.sha256(data).hexdigest()
        if data.startswith(_BOM):
            data = data[len(_BOM) :]
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            errors.append(f"line {line}: not valid UTF-8; undecodable bytes replaced with U+FFFD")
            data = data.decode("utf-8", "replace").encode("utf-8")
    else:
        data = source.encode("utf-8", "replace")
        digest = hashlib.sha256(data).hexdigest()
    root = _parser().parse(data).root_node
    walker = _FileWalker(data, path)
    walker.walk(root)
    errors.extend(syntax_errors(root, data))
    classes, notes = walker.finish(root)
    return JavaFileInfo(
        path=path,
        package=walker.package,
        imports=walker.imports,
        classes=classes,
        errors=errors + notes,
        content_hash=digest,
    )


class _FileWalker:
    """Collects package, imports and type declarations; resolves names against the file's imports."""

    def __init__(self, src: bytes, path: str) -> None:
        self.src = src
        self.path = path
        self.package = ""
        self.imports: list[str] = []
        self.classes: list[tuple[int, int, JavaClassInfo]] = []  # byte range of each type declaration
        self.orphans: list[tuple[Node, Node | None]] = []  # members outside any parsed type (broken header)
        self.string_constants: dict[str, Node] = {}
        self.scopes: list[Scope] = []  # member byte ranges, for the SQL extractor
        self.local_types: set[str] = set()

    def walk(self, root: Node) -> None:
        self._members(root, enclosing="", owner=None)

    def finish(self, root: Node) -> tuple[list[JavaClassInfo], list[str]]:
        notes = self._salvage(root) if any(n.type in _MEMBER_KINDS for n, _ in self.orphans) else []
        for _, _, info in self.classes:
            info.implements_fqn = [self.resolve(n) for n in (info.implements or info.extends_interfaces)]
            info.role = _role(info)
        extractor = SqlExtractor(self.src, root, self.string_constants, self.scopes)
        for start, ref in extractor.run():
            owner = _innermost(self.classes, start)
            if owner is not None:
                owner.sql.append(ref)
        for _, _, info in self.classes:
            info.sql.sort(key=lambda r: r.line)
        return [info for _, _, info in self.classes], notes

    def _salvage(self, root: Node) -> list[str]:
        """Members tree-sitter could not place in a type (the header itself is broken) go to a class
        rebuilt from the header text, so a half-typed file still shows its methods."""
        parsed = {info.name for _, _, info in self.classes}
        header = find_header(self.src.decode("utf-8", "replace"), parsed)
        if header is None and parsed:
            return []  # the stray members belong to no recognisable type: leave them out
        if header is None:
            stem = self.path.replace("\\", "/").rsplit("/", 1)[-1].split(".", 1)[0]
            header = BrokenHeader(stem or "Unknown", "class", "", [], 1, 0, "")
        info = JavaClassInfo(name=header.name, package=self.package, kind=header.kind)  # type: ignore[arg-type]
        info.extends = _simple_type(header.extends)
        info.implements = [_simple_type(t) for t in header.implements]
        if header.javadoc:
            self._javadoc(info, header.javadoc)
        for node, javadoc in self.orphans:
            self._member(node, javadoc, info)
        info.start_line = header.line
        info.end_line = root.end_point[0] + 1
        self.classes.append((header.start_byte, len(self.src), info))
        return [
            f"line {header.line}: declaration of {header.name} could not be parsed; its members were indexed anyway"
        ]

    def resolve(self, name: str) -> str:
        """Fully qualified name of a type written in this file, or the bare name if undecidable.

        Order: explicit import, a type declared in this file, java.lang, then the file's own package
        when there are no on-demand (``.*``) imports that could also supply it.
        """
        if "." in name and name[:1].islower():
            return name  # already qualified as written
        head, _, rest = name.partition(".")
        suffix = "." + rest if rest else ""
        for imp in self.imports:
            if not imp.startswith("static ") and imp.rsplit(".", 1)[-1] == head:
                return imp + suffix
        if head in self.local_types:
            return f"{self.package}.{name}" if self.package else name
        if head in _JAVA_LANG:
            return "java.lang." + name
        if any(imp.endswith(".*") and not imp.startswith("static ") for imp in self.imports):
            return name
        return f"{self.package}.{name}" if self.package else name

    # --- declarations -------------------------------------------------------------------------

    def _members(self, container: Node, enclosing: str, owner: JavaClassInfo | None, depth: int = 0) -> None:
        javadoc: Node | None = None
        pending = list(reversed(container.named_children))
        while pending:
            child = pending.pop()
            kind = child.type
            if kind == "block_comment":
                javadoc = child if self._text(child).startswith("/**") else None
                continue
            if kind == "line_comment":
                continue
            if kind == "package_declaration":
                self.package = self._name_of_declaration(child)
            elif kind == "import_declaration":
                self.imports.append(self._import(child))
            elif kind in _TYPE_KINDS and depth < _MAX_NESTING:
                self._type(child, javadoc, enclosing, depth)
            elif kind in _MEMBER_KINDS and owner is not None:
                self._member(child, javadoc, owner)
            elif owner is None and (kind in _MEMBER_KINDS or kind == "local_variable_declaration"):
                self.orphans.append((child, javadoc))  # top-level statement: the type header is broken
            elif kind == "static_initializer":
                self.scopes.append(Scope(child.start_byte, child.end_byte, "init"))
            elif kind in ("ERROR", "enum_body_declarations"):
                pending.extend(reversed(child.named_children))  # keep what parsed inside a broken region
                continue
            javadoc = None

    def _member(self, node: Node, javadoc: Node | None, owner: JavaClassInfo) -> None:
        if node.type in ("field_declaration", "constant_declaration", "local_variable_declaration"):
            owner.fields.extend(self._fields(node))
            self.scopes.append(Scope(node.start_byte, node.end_byte, "field"))
        else:
            method = self._method(node, javadoc, owner.kind == "interface")
            owner.methods.append(method)
            self.scopes.append(Scope(node.start_byte, node.end_byte, "method", method.name))

    def _type(self, node: Node, javadoc: Node | None, enclosing: str, depth: int) -> None:
        name = self._field(node, "name")
        if not name:
            return
        info = JavaClassInfo(name=name, package=self.package, kind=_TYPE_KINDS[node.type])  # type: ignore[arg-type]
        info.enclosing = enclosing
        self.local_types.add(name)
        info.annotations, _ = self._modifiers(node)
        superclass = node.child_by_field_name("superclass")
        if superclass is not None and superclass.named_child_count:
            info.extends = _simple_type(self._text(superclass.named_children[0]))
        interfaces = node.child_by_field_name("interfaces")
        if interfaces is not None:
            info.implements = self._type_list(interfaces)
        for child in node.named_children:
            if child.type == "extends_interfaces":
                info.extends_interfaces = self._type_list(child)
        if javadoc is not None:
            self._javadoc(info, self._text(javadoc))
        info.start_line = node.start_point[0] + 1
        info.end_line = node.end_point[0] + 1
        self.classes.append((node.start_byte, node.end_byte, info))
        body = node.child_by_field_name("body")
        if body is not None:
            inner = f"{enclosing}.{name}" if enclosing else name
            self._members(body, inner, info, depth + 1)

    def _javadoc(self, info: JavaClassInfo, raw: str) -> None:
        text = clean_javadoc(raw)
        info.javadoc = text
        tags = javadoc_annotations(text)
        info.javadoc_tags = list(dict.fromkeys(name for name, _ in tags))
        for _, args in tags:
            info.soft_parameters.extend(soft_parameters(args))

    def _method(self, node: Node, javadoc: Node | None, in_interface: bool) -> MethodInfo:
        # One pass over the children: each Node access costs a Python call, and files have many methods.
        is_constructor = node.type != "method_declaration"
        annotations: list[str] = []
        modifiers: list[str] = []
        name = return_type = type_parameters = ""
        parameters: list[Parameter] = []
        throws: list[str] = []
        has_body = False
        previous: Node | None = None
        for child in node.children:
            kind = child.type
            if kind == "modifiers":
                annotations, modifiers = self._modifier_lists(child)
            elif kind == "type_parameters":
                type_parameters = _normalise(self._text(child))
            elif kind == "identifier" and not name:
                name = self._text(child)
                if not is_constructor and previous is not None:
                    return_type = _normalise(self._text(previous))
            elif kind == "formal_parameters":
                parameters = self._parameters(child)
            elif kind == "dimensions" and not is_constructor:
                return_type += self._text(child).replace(" ", "")
            elif kind == "throws":
                throws = [_normalise(self._text(t)) for t in child.named_children]
            elif kind in ("block", "constructor_body"):
                has_body = True
            previous = child
        return MethodInfo(
            name=name,
            return_type=return_type,
            parameters=parameters,
            modifiers=modifiers,
            annotations=annotations,
            type_parameters=type_parameters,
            throws=throws,
            javadoc=clean_javadoc(self._text(javadoc)) if javadoc is not None else "",
            start_line=node.start_point[0] + 1,
            end_line=node.end_point[0] + 1,
            is_default=in_interface and has_body,
        )

    def _parameters(self, node: Node) -> list[Parameter]:
        params: list[Parameter] = []
        for child in node.named_children:
            if child.type not in ("formal_parameter", "spread_parameter"):
                continue  # receiver parameter, comments
            type_text = name = ""
            for part in child.named_children:
                kind = part.type
                if kind in ("modifiers", "comment", "line_comment", "block_comment"):
                    continue
                if kind == "identifier":
                    name = self._text(part)
                elif kind == "variable_declarator":  # spread parameter: Type... name
                    name = self._field(part, "name")
                elif kind == "dimensions":
                    type_text += self._text(part).replace(" ", "")
                elif not type_text:
                    type_text = _normalise(self._text(part))
            if child.type == "spread_parameter":
                type_text += "..."
            params.append(Parameter(type=type_text, name=name))
        return params

    def _fields(self, node: Node) -> list[Parameter]:
        type_text = _normalise(self._field(node, "type"))
        out = []
        for declarator in node.children_by_field_name("declarator"):
            name = self._field(declarator, "name")
            dims = next((c for c in declarator.children if c.type == "dimensions"), None)
            out.append(
                Parameter(type=type_text + (self._text(dims).replace(" ", "") if dims else ""), name=name)
            )
            value = declarator.child_by_field_name("value")
            if value is not None and type_text in ("String", "java.lang.String") and dims is None:
                self.string_constants.setdefault(name, value)
        return out

    def _modifiers(self, node: Node) -> tuple[list[str], list[str]]:
        """(annotation names, keyword modifiers) of a declaration."""
        mods = next((c for c in node.children if c.type == "modifiers"), None)
        return self._modifier_lists(mods) if mods is not None else ([], [])

    def _modifier_lists(self, mods: Node) -> tuple[list[str], list[str]]:
        annotations: list[str] = []
        keywords: list[str] = []
        for child in mods.children:
            if child.type in ("marker_annotation", "annotation"):
                annotations.append(self._field(child, "name"))
            elif not child.is_named:
                keywords.append(child.type)
        return annotations, keywords

    def _type_list(self, node: Node) -> list[str]:
        holder = next((c for c in node.named_children if c.type == "type_list"), node)
        return [_simple_type(self._text(t)) for t in holder.named_children]

    def _import(self, node: Node) -> str:
        text = self._text(node).strip().removeprefix("import").removesuffix(";")
        return " ".join(text.split()).replace(" .", ".").replace(". ", ".")

    def _name_of_declaration(self, node: Node) -> str:
        name = next((c for c in node.named_children if c.type in ("scoped_identifier", "identifier")), None)
        return "".join(self._text(name).split()) if name is not None else ""

    def _field(self, node: Node, field: str) -> str:
        child = node.child_by_field_name(field)
        return self._text(child) if child is not None else ""

    def _text(self, node: Node) -> str:
        return self.src[node.start_byte : node.end_byte].decode("utf-8", "replace")


def _normalise(type_text: str) -> str:
    """Type as written, whitespace collapsed (``Map<String,\\n List<X>>`` -> ``Map<String, List<X>>``)."""
    return " ".join(type_text.split()).replace("< ", "<").replace(" >", ">")


def _simple_type(type_text: str) -> str:
    """``com.x.Foo<Bar>`` -> ``Foo``; ``Outer.Inner<T>`` -> ``Outer.Inner`` (package part dropped)."""
    base = "".join(type_text.split()).split("<", 1)[0]
    parts = base.split(".")
    while len(parts) > 1 and parts[0][:1].islower():
        parts.pop(0)
    return ".".join(parts)


def _role(info: JavaClassInfo) -> str:
    tags = set(info.javadoc_tags) | set(info.annotations)
    extends = info.extends.rsplit(".", 1)[-1]
    method_names = {m.name for m in info.methods}
    if "AlgorithmComponent" in tags or any(i.endswith("AlgorithmSpot") for i in info.implements):
        return "algorithm"
    if (
        "BatchJob" in tags
        or extends.endswith(("Batch_Gen", "BatchWorker_Gen", "Worker_Gen"))
        or "getJobWork" in method_names
        or ({"executeWorkUnit", "executeWorkUnitDetailedResult"} & method_names and info.kind == "class")
    ):
        return "batch"
    if "ChangeHandler" in tags or extends == "AbstractChangeHandler":
        return "change_handler"
    if "BusinessComponent" in tags or extends == "GenericBusinessComponent":
        return "business_component"
    if "BusinessEntity" in tags:
        return "entity"
    return "other"


def _innermost(classes: list[tuple[int, int, JavaClassInfo]], byte: int) -> JavaClassInfo | None:
    best: tuple[int, JavaClassInfo] | None = None
    for start, end, info in classes:
        if start <= byte < end and (best is None or end - start < best[0]):
            best = (end - start, info)
    if best is None:
        return classes[0][2] if classes else None
    return best[1]
