"""One ``.class`` file -> ``JarClass`` (the class-file half of ``jars``), pure Python.

The framework API an ORMB developer codes against only exists as compiled jars, so spot interfaces,
entity getters and generic collection types must come from class files.  This reads the constant pool
(every tag up to Java 21), access flags, super types, fields and methods, and renders the generic
``Signature`` attribute as Java source types (``java.util.List<com.splwg...BillSegment>``, type
parameters ``<T extends com.splwg.base.api.Entity>``).  Parameter names come from ``MethodParameters``
when the jar was compiled with ``-parameters``.

Conventions: ``fqn``, ``superclass`` and ``interfaces`` are binary names (``Outer$Inner``) so they
match the keys of the jar-class map; rendered types in signatures use source form (``Outer.Inner``).
Only public/protected API is kept; synthetic and bridge members, private and anonymous classes are
skipped (``parse_class`` returns None for a class that is not API).
"""

from __future__ import annotations

import struct

from ormb_assist.indexer.models import JarClass, JarMethod, Parameter

ACC_PUBLIC, ACC_PRIVATE, ACC_PROTECTED, ACC_STATIC = 0x0001, 0x0002, 0x0004, 0x0008
ACC_FINAL, ACC_SYNCHRONIZED, ACC_BRIDGE, ACC_VARARGS = 0x0010, 0x0020, 0x0040, 0x0080
ACC_INTERFACE, ACC_ABSTRACT, ACC_SYNTHETIC = 0x0200, 0x0400, 0x1000
ACC_ANNOTATION, ACC_ENUM, ACC_MODULE_OR_MANDATED = 0x2000, 0x4000, 0x8000

_BASE_TYPES = {
    "B": "byte", "C": "char", "D": "double", "F": "float", "I": "int", "J": "long", "S": "short",
    "Z": "boolean", "V": "void",
}  # fmt: skip
# tag -> bytes of payload for entries we only skip over
_FIXED_SIZES = {3: 4, 4: 4, 9: 4, 10: 4, 11: 4, 12: 4, 15: 3, 16: 2, 17: 4, 18: 4, 19: 2, 20: 2, 8: 2}


class ClassFormatError(ValueError):
    """The bytes are not a well-formed class file."""


def parse_class(data: bytes) -> JarClass | None:
    """Public/protected API of one class file, or None when the class is not API."""
    reader = _Reader(data)
    if reader.u4() != 0xCAFEBABE:
        raise ClassFormatError("bad magic number")
    reader.skip(4)  # minor, major version
    pool = _ConstantPool(reader)
    access = reader.u2()
    this_name = pool.class_name(reader.u2())
    super_index = reader.u2()
    super_name = pool.class_name(super_index) if super_index else ""
    interfaces = [pool.class_name(reader.u2()) for _ in range(reader.u2())]
    fields = [_Member.read(reader, pool) for _ in range(reader.u2())]
    methods = [_Member.read(reader, pool) for _ in range(reader.u2())]
    attributes = _attributes(reader, pool)
    if access & (ACC_MODULE_OR_MANDATED | ACC_SYNTHETIC) or this_name.endswith(
        ("module-info", "package-info")
    ):
        return None
    access = _nested_access(attributes.get("InnerClasses"), pool, this_name, access)
    if access is None or not access & (ACC_PUBLIC | ACC_PROTECTED):
        return None
    fqn = this_name.replace("/", ".")
    jar_class = JarClass(fqn=fqn, kind=_kind(access, super_name, attributes))
    jar_class.superclass = super_name.replace("/", ".")
    jar_class.interfaces = [i.replace("/", ".") for i in interfaces]
    if jar_class.kind == "interface" or jar_class.kind == "annotation":
        jar_class.superclass = ""  # always java.lang.Object in the class file; not a real supertype
    jar_class.modifiers = _modifiers(access, is_class=True)
    if "Signature" in attributes:
        signature = _SignatureParser(pool.utf8(_u2(attributes["Signature"])))
        jar_class.type_parameters = signature.type_parameters()
    is_interface = bool(access & ACC_INTERFACE)
    simple = fqn.rsplit(".", 1)[-1].rsplit("$", 1)[-1]
    jar_class.fields = [_field(f, pool) for f in fields if _is_api(f.access)]
    jar_class.methods = [
        _method(m, pool, simple, is_interface) for m in methods if _is_api(m.access) and m.name != "<clinit>"
    ]
    return jar_class


# --- class-file structure ------------------------------------------------------------------------


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, size: int) -> bytes:
        end = self.pos + size
        if end > len(self.data):
            raise ClassFormatError("truncated class file")
        chunk = self.data[self.pos : end]
        self.pos = end
        return chunk

    def skip(self, size: int) -> None:
        self.take(size)

    def u1(self) -> int:
        return self.take(1)[0]

    def u2(self) -> int:
        return struct.unpack(">H", self.take(2))[0]

    def u4(self) -> int:
        return struct.unpack(">I", self.take(4))[0]


class _ConstantPool:
    def __init__(self, reader: _Reader) -> None:
        self.strings: dict[int, str] = {}
        self.classes: dict[int, int] = {}
        count = reader.u2()
        index = 1
        while index < count:
            tag = reader.u1()
            if tag == 1:
                self.strings[index] = _modified_utf8(reader.take(reader.u2()))
            elif tag == 7:
                self.classes[index] = reader.u2()
            elif tag in (5, 6):
                reader.skip(8)
                index += 1  # longs and doubles take two slots
            elif tag in _FIXED_SIZES:
                reader.skip(_FIXED_SIZES[tag])
            else:
                raise ClassFormatError(f"unknown constant pool tag {tag} at entry {index}")
            index += 1

    def utf8(self, index: int) -> str:
        try:
            return self.strings[index]
        except KeyError:
            raise ClassFormatError(f"constant {index} is not a UTF-8 entry") from None

    def class_name(self, index: int) -> str:
        try:
            return self.utf8(self.classes[index])
        except KeyError:
            raise ClassFormatError(f"constant {index} is not a class entry") from None


class _Member:
    __slots__ = ("access", "name", "descriptor", "attributes")

    def __init__(self, access: int, name: str, descriptor: str, attributes: dict[str, bytes]) -> None:
        self.access, self.name, self.descriptor, self.attributes = access, name, descriptor, attributes

    @classmethod
    def read(cls, reader: _Reader, pool: _ConstantPool) -> _Member:
        access = reader.u2()
        name = pool.utf8(reader.u2())
        descriptor = pool.utf8(reader.u2())
        return cls(access, name, descriptor, _attributes(reader, pool))


def _attributes(reader: _Reader, pool: _ConstantPool) -> dict[str, bytes]:
    found = {}
    for _ in range(reader.u2()):
        name = pool.utf8(reader.u2())
        found[name] = reader.take(reader.u4())
    return found


def _u2(data: bytes, offset: int = 0) -> int:
    if offset + 2 > len(data):
        raise ClassFormatError("truncated attribute")
    return struct.unpack_from(">H", data, offset)[0]


def _modified_utf8(raw: bytes) -> str:
    """JVM 'modified UTF-8': NUL as C0 80 and supplementary characters as surrogate pairs."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.replace(b"\xc0\x80", b"\x00").decode("utf-8", "surrogatepass")
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _nested_access(
    inner_classes: bytes | None, pool: _ConstantPool, this_name: str, access: int
) -> int | None:
    """Real flags of a nested class (the class header loses private/protected/static); None if anonymous/local."""
    if not inner_classes:
        return access
    for i in range(_u2(inner_classes)):
        base = 2 + i * 8
        inner_info, outer_info, inner_name, inner_access = struct.unpack_from(">HHHH", inner_classes, base)
        if pool.class_name(inner_info) != this_name:
            continue
        if inner_name == 0 or outer_info == 0:
            return None  # anonymous or local class
        return inner_access
    return access


def _kind(access: int, super_name: str, attributes: dict[str, bytes]) -> str:
    if access & ACC_ANNOTATION:
        return "annotation"
    if access & ACC_INTERFACE:
        return "interface"
    if access & ACC_ENUM:
        return "enum"
    if super_name == "java/lang/Record" or "Record" in attributes:
        return "record"
    return "class"


def _is_api(access: int) -> bool:
    return bool(access & (ACC_PUBLIC | ACC_PROTECTED)) and not access & (ACC_SYNTHETIC | ACC_BRIDGE)


def _modifiers(access: int, is_class: bool = False) -> list[str]:
    out = ["public"] if access & ACC_PUBLIC else ["protected"] if access & ACC_PROTECTED else []
    if access & ACC_ABSTRACT and not (is_class and access & ACC_INTERFACE):
        out.append("abstract")
    if access & ACC_STATIC:
        out.append("static")
    if access & ACC_FINAL and not (is_class and access & ACC_ENUM):
        out.append("final")
    if not is_class and access & ACC_SYNCHRONIZED:
        out.append("synchronized")
    return out


def _field(member: _Member, pool: _ConstantPool) -> Parameter:
    signature = member.attributes.get("Signature")
    text = pool.utf8(_u2(signature)) if signature else member.descriptor
    return Parameter(type=_SignatureParser(text).java_type(), name=member.name)


def _method(member: _Member, pool: _ConstantPool, simple_class: str, is_interface: bool) -> JarMethod:
    descriptor = _SignatureParser(member.descriptor)
    _, descriptor_params, descriptor_return, _ = descriptor.method()
    signature = member.attributes.get("Signature")
    type_params, params, return_type, throws = "", descriptor_params, descriptor_return, []
    if signature:
        type_params, params, return_type, throws = _SignatureParser(pool.utf8(_u2(signature))).method()
    if not throws and "Exceptions" in member.attributes:
        data = member.attributes["Exceptions"]
        throws = [pool.class_name(_u2(data, 2 + 2 * i)).replace("/", ".") for i in range(_u2(data))]
    if member.access & ACC_VARARGS and params and params[-1].endswith("[]"):
        params = params[:-1] + [params[-1][:-2] + "..."]
    params, names = _parameter_names(member.attributes.get("MethodParameters"), pool, params)
    is_constructor = member.name == "<init>"
    modifiers = _modifiers(member.access)
    has_body = not member.access & ACC_ABSTRACT
    if is_interface and has_body and not member.access & ACC_STATIC:
        modifiers.insert(1, "default")
    return JarMethod(
        name=simple_class if is_constructor else member.name,
        return_type="" if is_constructor else return_type,
        parameter_types=params,
        parameter_names=names,
        modifiers=modifiers,
        type_parameters=type_params,
        throws=throws,
        is_default=is_interface and has_body,
    )


def _parameter_names(
    data: bytes | None, pool: _ConstantPool, params: list[str]
) -> tuple[list[str], list[str]]:
    """(parameter types, names) using ``MethodParameters``; names are [] when unknown.

    Synthetic/mandated parameters mixed with real ones (an inner class's outer instance) are in the
    descriptor but not in the source: they are dropped from both lists.  When every parameter is
    mandated (a record's canonical constructor, an enum's ``valueOf``) they are the real ones.
    """
    if not data:
        return params, []
    entries = []
    for i in range(data[0]):
        name_index, flags = struct.unpack_from(">HH", data, 1 + 4 * i)
        entries.append((pool.utf8(name_index) if name_index else "", flags))
    hidden = ACC_SYNTHETIC | ACC_MODULE_OR_MANDATED
    flagged = sum(1 for _, flags in entries if flags & hidden)
    if len(entries) == len(params) and 0 < flagged < len(entries):
        kept = [i for i, (_, flags) in enumerate(entries) if not flags & hidden]
        params, entries = [params[i] for i in kept], [entries[i] for i in kept]
    elif len(entries) > len(params):  # the generic signature already omits them
        real = [e for e in entries if not e[1] & hidden]
        entries = real if len(real) == len(params) else entries[len(entries) - len(params) :]
    names = [name for name, _ in entries]
    return params, names if len(names) == len(params) and all(names) else []


# --- descriptors and generic signatures (JVMS 4.3, 4.7.9.1) -------------------------------------


class _SignatureParser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def _peek(self) -> str:
        if self.pos >= len(self.text):
            raise ClassFormatError(f"truncated signature {self.text!r}")
        return self.text[self.pos]

    def _next(self) -> str:
        ch = self._peek()
        self.pos += 1
        return ch

    def _identifier(self, stops: str) -> str:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in stops:
            self.pos += 1
        return self.text[start : self.pos]

    def type_parameters(self) -> str:
        """``<T:Lcom/x/Entity;>`` -> ``<T extends com.x.Entity>``; "" when there are none."""
        if self.pos >= len(self.text) or self._peek() != "<":
            return ""
        self.pos += 1
        params = []
        while self._peek() != ">":
            name = self._identifier(":")
            bounds = []
            while self.pos < len(self.text) and self._peek() == ":":
                self.pos += 1
                if self._peek() != ":":  # an empty class bound is followed directly by an interface bound
                    bounds.append(self.java_type())
            bounds = [b for b in bounds if b != "java.lang.Object"]
            params.append(f"{name} extends {' & '.join(bounds)}" if bounds else name)
        self.pos += 1
        return "<" + ", ".join(params) + ">"

    def method(self) -> tuple[str, list[str], str, list[str]]:
        """(type parameters, parameter types, return type, throws) of a method descriptor/signature."""
        type_params = self.type_parameters()
        if self._next() != "(":
            raise ClassFormatError(f"bad method signature {self.text!r}")
        params = []
        while self._peek() != ")":
            params.append(self.java_type())
        self.pos += 1
        return_type = self.java_type()
        throws = []
        while self.pos < len(self.text) and self._peek() == "^":
            self.pos += 1
            throws.append(self.java_type())
        return type_params, params, return_type, throws

    def java_type(self) -> str:
        ch = self._next()
        if ch in _BASE_TYPES:
            return _BASE_TYPES[ch]
        if ch == "[":
            return self.java_type() + "[]"
        if ch == "T":
            name = self._identifier(";")
            self.pos += 1
            return name
        if ch == "L":
            return self._class_type()
        raise ClassFormatError(f"bad type signature {self.text!r} at {self.pos - 1}")

    def _class_type(self) -> str:
        parts = []
        while True:
            name = self._identifier("<.;").replace("/", ".").replace("$", ".")
            if self._peek() == "<":
                self.pos += 1
                args = []
                while self._peek() != ">":
                    args.append(self._type_argument())
                self.pos += 1
                name += "<" + ", ".join(args) + ">"
            parts.append(name)
            ch = self._next()
            if ch == ";":
                return ".".join(parts)
            # "." starts an inner class of a parameterised outer class

    def _type_argument(self) -> str:
        ch = self._peek()
        if ch == "*":
            self.pos += 1
            return "?"
        if ch == "+":
            self.pos += 1
            return "? extends " + self.java_type()
        if ch == "-":
            self.pos += 1
            return "? super " + self.java_type()
        return self.java_type()
