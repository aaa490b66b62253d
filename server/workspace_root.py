"""The server's roots: each folder the client gave, moved to the ORMB workspace that holds it.

Neovim and Emacs root the server at the opened file's folder when they find no ``.git``; that folder
has no jars and no DDL.  Before indexing, every new root goes through
:func:`ormb_assist.workspace_root.find_workspace_root` (the same rule as the command line): a folder
without jars or DDL is replaced by the workspace above it; when there is none, the root is not
indexed (no ``.ormb-assist`` lands in a source folder) and the user is told how to fix it.
"""

from __future__ import annotations

import logging

from lsprotocol import types

from ormb_assist.server.server import OrmbLanguageServer, WorkspaceRoot
from ormb_assist.workspace_root import find_workspace_root, index_refusal, no_content_warning

logger = logging.getLogger(__name__)


def settle_roots(ls: OrmbLanguageServer) -> list[str]:
    """Move new roots to their workspace, drop duplicates, warn about roots without a workspace;
    returns the messages shown.  Roots already opened (``index`` set) are kept as they are."""
    kept: list[WorkspaceRoot] = []
    shown: list[str] = []
    for root in ls.roots:
        if root.index is None and root.client_path is None:
            shown += _settle(ls, root)
        if any(other.path == root.path for other in kept):
            logger.info("workspace folder %s is inside %s: served by it", root.client_path, root.path)
            continue
        kept.append(root)
    ls.roots = kept
    ls.status_fields(folders=[str(r.path) for r in kept])
    return shown


def _settle(ls: OrmbLanguageServer, root: WorkspaceRoot) -> list[str]:
    root.client_path = root.path
    choice = find_workspace_root(root.path, ls.settings.root_markers)
    shown: list[str] = []
    if choice.found and choice.moved:
        root.path = choice.path
        text = (
            f"workspace root is {choice.path} (it has {choice.marker}); the editor opened {root.client_path}"
        )
        logger.info("%s", text)
        shown.append(_show(ls, types.MessageType.Info, text))
    refusal = index_refusal(choice, index_dir_set=bool(ls.settings.index_dir))
    if refusal:
        root.refusal = refusal
        shown.append(_show(ls, types.MessageType.Warning, refusal))
    elif warning := no_content_warning(choice):
        shown.append(_show(ls, types.MessageType.Warning, warning))
    return shown


def _show(ls: OrmbLanguageServer, kind: types.MessageType, text: str) -> str:
    message = f"ORMB Assist: {text}"
    if kind == types.MessageType.Warning:
        logger.warning("%s", text)
    ls.window_show_message(types.ShowMessageParams(type=kind, message=message))
    return message
