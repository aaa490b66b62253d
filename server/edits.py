"""Source edits behind the code actions (pure): implement missing spot methods, add a soft parameter,
and read a "Generate" objective from a comment or selection.  Edits are (start, end, new text) in
document offsets.
"""

from __future__ import annotations

import re

from ormb_assist.generation.java_types import default_value
from ormb_assist.server.catalog import Catalog
from ormb_assist.server.java_context import ClassDecl, JavaOutline
from ormb_assist.server.java_members import missing_methods, simple_signature

Edit = tuple[int, int, str]
SOFT_TYPES = ("string", "integer", "decimal", "date", "entity", "lookup", "boolean")
_TYPE_TO_SOFT = {"BigDecimal": "decimal", "BigInteger": "integer", "String": "string", "Date": "date",
                 "Bool": "boolean", "Money": "decimal"}  # fmt: skip


def implement_methods(
    cat: Catalog, text: str, cls: ClassDecl, outline: JavaOutline
) -> tuple[list[Edit], list[str], list[str]]:
    """Edits that append the missing methods before the class's closing brace; (edits, imports, names)."""
    missing = missing_methods(cat, cls, outline.imports, outline.package)
    if not missing:
        return [], [], []
    line_start = (
        text.rfind("\n", 0, cls.block.head_start + len(cls.block.head) - len(cls.block.head.lstrip())) + 1
    )
    class_indent = re.match(r"[ \t]*", text[line_start:]).group(0)
    indent = class_indent + "    "
    imports: list[str] = []
    chunks = []
    for _, method in missing:
        ret, params, more = simple_signature(method)
        imports += more
        field = field_for(cls.fields, method.name, params, ret)
        if ret == "void":
            body = f"this.{field} = {params[0][1]};" if field and len(params) == 1 else ""
        else:
            body = f"return {field};" if field else f"return {default_value(ret)};"
        inner = f"{indent}    {body}\n" if body else ""
        sig = ", ".join(f"{t} {n}" for t, n in params)
        chunks.append(
            f"\n{indent}@Override\n{indent}public {ret} {method.name}({sig}) {{\n{inner}{indent}}}\n"
        )
    close = cls.block.close
    before = text[:close].rstrip(" \t")
    insert_at = len(before)
    new_text = "".join(chunks)
    if not before.endswith("\n"):
        new_text = "\n" + new_text.lstrip("\n")
    return [(insert_at, close, new_text + class_indent)], imports, [m.name for _, m in missing]


def field_for(fields: dict[str, str], method: str, params: list[tuple[str, str]], ret: str) -> str:
    """The field a setter stores into / a getter returns: same property name and type, else the only
    field of that type."""
    prop = re.sub(r"^(set|get|is)", "", method)
    prop = prop[:1].lower() + prop[1:]
    wanted = (params[0][0] if method.startswith("set") and len(params) == 1 else ret).split("<")[0]
    if prop in fields and fields[prop].split("<")[0] == wanted:
        return prop
    same = [n for n, t in fields.items() if t.split("<")[0] == wanted]
    return same[0] if len(same) == 1 and method.startswith(("set", "get", "is")) else ""


def soft_type_for(java_type: str) -> str:
    return _TYPE_TO_SOFT.get(java_type.split("<")[0].rsplit(".", 1)[-1], "string")


def add_soft_parameter(text: str, cls: ClassDecl, outline: JavaOutline, name: str, soft_type: str = "string",
                       required: bool = False, entity_name: str = "", lookup_name: str = "") -> list[Edit]:  # fmt: skip
    """Declare a soft parameter in the class's ``@AlgorithmComponent``/``@BatchJob`` Javadoc."""
    if not re.fullmatch(r"[A-Za-z_][\w]*", name or ""):
        raise ValueError(f"'{name}' is not a valid soft parameter name")
    if soft_type not in SOFT_TYPES:
        raise ValueError(f"soft parameter type must be one of {', '.join(SOFT_TYPES)}")
    if any(p.name == name for p in cls.soft_parameters):
        raise ValueError(f"soft parameter '{name}' is already declared")
    batch = bool(re.search(r"@BatchJob\b", cls.javadoc))
    tag = "BatchJobSoftParameter" if batch else "AlgorithmSoftParameter"
    attrs = []
    if entity_name:
        attrs.append(f"entityName = {entity_name}")
    if lookup_name:
        attrs.append(f"lookupName = {lookup_name}")
    attrs.append(f"name = {name}")
    if required:
        attrs.append("required = true")
    attrs.append(f"type = {soft_type}")
    entry = f"@{tag} ({', '.join(attrs)})"
    doc = cls.javadoc
    if doc:
        doc_start = text.rfind(doc, 0, cls.block.head_start + len(cls.block.head))
        m = re.search(r"softParameters\s*=\s*\{", doc)
        if m:
            close = _matching(doc, m.end() - 1, "{", "}")
            existing = doc[m.end() : close].strip()
            insert = f"\n *            , {entry}" if existing else f" {entry}"
            pos = doc_start + close
            return [(pos, pos, insert)]
        m = re.search(r"@(AlgorithmComponent|BatchJob)\b\s*(\(\s*\))?", doc)
        if m:
            start, end = doc_start + m.start(), doc_start + m.end()
            return [(start, end, f"@{m.group(1)} (softParameters = {{ {entry}}})")]
        end = doc_start + len(doc) - 2
        return [(end, end, f"\n@AlgorithmComponent (softParameters = {{ {entry}}})\n ")]
    head_line = (
        text.rfind("\n", 0, cls.block.head_start + len(cls.block.head) - len(cls.block.head.lstrip())) + 1
    )
    annotation_start = _annotations_start(text, head_line)
    return [
        (
            annotation_start,
            annotation_start,
            f"/**\n@AlgorithmComponent (softParameters = {{ {entry}}})\n */\n",
        )
    ]


def _annotations_start(text: str, line_start: int) -> int:
    """Back up over annotation lines directly above the class header."""
    pos = line_start
    while pos > 0:
        prev = text.rfind("\n", 0, pos - 1) + 1
        if text[prev:pos].strip().startswith("@"):
            pos = prev
        else:
            break
    return pos


def _matching(text: str, start: int, open_ch: str, close_ch: str) -> int:
    depth = 0
    for i in range(start, len(text)):
        if text[i] == open_ch:
            depth += 1
        elif text[i] == close_ch:
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def objective_at(text: str, start: int, end: int) -> str:
    """The objective for "Generate ORMB algorithm": the selection, else the comment at the cursor."""
    if end > start:
        return _clean_comment(text[start:end])
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not re.match(r"\s*(//|/\*|\*)", line):
        return ""
    lines = [line]
    pos = line_start
    while pos > 0:  # comment lines above
        prev = text.rfind("\n", 0, pos - 1) + 1
        candidate = text[prev : pos - 1]
        if re.match(r"\s*(//|\*|/\*)", candidate) and not re.match(r"\s*/\*\*?\s*$", candidate):
            lines.insert(0, candidate)
            pos = prev
        else:
            break
    return _clean_comment("\n".join(lines))


def _clean_comment(text: str) -> str:
    text = re.sub(r"/\*+|\*+/", " ", text)
    text = re.sub(r"(?m)^\s*(//+|\*)\s?", "", text)
    text = re.sub(r"(?i)^\s*(todo|fixme)\s*:?\s*", "", text.strip())
    text = re.sub(r"(?i)^\s*(generate|ormb)\s*:\s*", "", text)
    return " ".join(text.split())
