"""A clear message when a command needs an optional extra that is not installed.

``ormb-assist dataset`` without the training extra used to end in ``ModuleNotFoundError:
datasketch``.  The command line's error edge asks :func:`missing_extra_message` first: when the
missing module belongs to an extra of this package (read from the installed metadata, so the
mapping never drifts from pyproject.toml) the user is told which extra to install.
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, requires

DIST = "ormb-assist"
# import name -> distribution name, where they differ
_IMPORT_NAMES = {"llama_cpp": "llama-cpp-python", "yaml": "pyyaml"}
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


def extra_of(module: str) -> str | None:
    """The extra of ``ormb-assist`` that installs the top-level ``module`` (None if none does)."""
    top = module.split(".")[0]
    wanted = _normalise(_IMPORT_NAMES.get(top, top))
    try:
        reqs = requires(DIST) or []
    except PackageNotFoundError:
        return None
    for req in reqs:
        name = _normalise(re.split(r"[\s\[<>=!~;(]", req, maxsplit=1)[0])
        extra = _EXTRA.search(req)
        if extra and name == wanted:
            return extra.group(1)
    return None


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def missing_extra_message(exc: BaseException) -> str | None:
    """``"… needs the 'training' extra …"`` for a ModuleNotFoundError of an extra's module."""
    if not isinstance(exc, ModuleNotFoundError) or not exc.name:
        return None
    extra = extra_of(exc.name)
    if extra is None:
        return None
    return (
        f"this command needs the '{extra}' extra (missing module '{exc.name}'): install it with "
        f"pip install -e '.[{extra}]' from a clone, or pip install 'ormb_assist-*.whl[{extra}]' "
        "from a wheel"
    )
