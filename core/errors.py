"""One base for errors the user can act on, and how the command line shows any error.

Raise :class:`UserError` (or a subclass) with a message that says what is wrong and what to do;
the CLI edge (:func:`user_message`, used by ``ormb_assist.cli``) prints ``error: <message>`` and
exits non-zero without a traceback.  Operating-system and SQLite errors get the same treatment with a
message naming the file; anything else is an internal error whose traceback ``--debug`` (or
``ORMB_ASSIST_DEBUG=1``) shows.
"""

from __future__ import annotations

import errno
import os
import sqlite3

DEBUG_ENV = "ORMB_ASSIST_DEBUG"


class UserError(Exception):
    """An error with a message for the user (no traceback): bad input, a broken file, a full disk."""


def debug_enabled() -> bool:
    return os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "false", "no")


_OS_HINTS = {
    errno.ENOSPC: "the disk is full; free some space and run the command again",
    errno.EDQUOT: "the disk quota is exhausted; free some space and run the command again",
    errno.EROFS: "the file system is read-only; point the output (e.g. --index-dir, --out) somewhere writable",
    errno.EACCES: "permission denied; check the owner and mode of the file or folder",
    errno.EPERM: "operation not permitted; check the owner and mode of the file or folder",
    errno.EADDRINUSE: "the port is already in use; pick another --port",
    errno.EADDRNOTAVAIL: "that address is not available on this machine; check --host",
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "a folder was given where a file is expected",
}


def os_error_message(exc: OSError) -> str:
    """``<what failed> <file>: <why>; <what to do>`` for an OSError."""
    where = " ".join(repr(str(f)) for f in (exc.filename, exc.filename2) if f)
    why = exc.strerror or str(exc) or type(exc).__name__
    hint = _OS_HINTS.get(exc.errno or 0, "")
    text = f"{why}: {where}" if where else why
    return f"{text} ({hint})" if hint and hint != why.lower() else text


def user_message(exc: BaseException) -> str | None:
    """The message to show for ``exc`` at the command line, or None for an unexpected error (a bug)."""
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, OSError):
        return os_error_message(exc)
    if isinstance(exc, sqlite3.DatabaseError):
        return (
            f"a SQLite database is unreadable ({exc}); `ormb-assist doctor --repair` salvages the "
            "harvest store"
        )
    if isinstance(exc, MemoryError):
        return "out of memory"
    return None


class CaseFileError(UserError, ValueError):
    """A case file line of the wrong shape (a ValueError too, for callers that catch that)."""


def require_types(case: dict, where: str, types: dict[str, type | tuple[type, ...]]) -> None:
    """Raise :class:`CaseFileError` naming the field when a present field has the wrong JSON type."""
    names = {str: "a string", list: "a list", dict: "an object", bool: "true/false", int: "a number"}
    for key, wanted in types.items():
        if key in case and case[key] is not None and not isinstance(case[key], wanted):
            first = wanted[0] if isinstance(wanted, tuple) else wanted
            raise CaseFileError(
                f"{where}: '{key}' must be {names.get(first, first.__name__)}, not {type(case[key]).__name__}"
            )
