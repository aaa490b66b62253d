"""Accept telemetry, shaped like Copilot's language server: the inline item carries a command that
the editor runs on accept; the editor notifies ``ormbAssist/inlineShown`` and
``ormbAssist/inlinePartialAccept`` ({itemId, acceptedLength}).  Events go to the local harvest store
(SQLite, WAL, redacted) and nowhere else; with ``telemetry: false`` nothing is recorded.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from ormb_assist.harvest import HarvestEvent, HarvestStore
from ormb_assist.server.server import OrmbLanguageServer, guarded, plain

logger = logging.getLogger(__name__)
ACCEPT_COMMAND = "ormbAssist.inlineAccepted"
SHOWN_NOTIFICATION = "ormbAssist/inlineShown"
PARTIAL_NOTIFICATION = "ormbAssist/inlinePartialAccept"
MAX_ITEMS = 500


@dataclass
class InlineItem:
    item_id: str
    uri: str
    file: str
    prefix: str
    suffix: str
    context: str
    suggestion: str
    latency_ms: float = 0.0
    cache_hit: bool = False
    shown: bool = False
    accepted: bool = False


def remember_item(ls: OrmbLanguageServer, item: InlineItem) -> None:
    items: OrderedDict[str, InlineItem] = ls.extra.setdefault("inline_items", OrderedDict())
    items[item.item_id] = item
    while len(items) > MAX_ITEMS:
        items.popitem(last=False)


def store_for(ls: OrmbLanguageServer, uri: str = "") -> HarvestStore | None:
    """The harvest store, opened on first use; ``None`` when telemetry is off."""
    if not ls.settings.telemetry:
        return None
    if ls.harvest is None:
        root = ls.root_for_uri(uri) if uri else (ls.roots[0] if ls.roots else None)
        if root is None:
            return None
        ls.harvest = HarvestStore(ls.settings.harvest_file(root.path))
    return ls.harvest


def backend_identity(ls: OrmbLanguageServer) -> tuple[str, str, str]:
    """(backend, model, adapter) to store with each event."""
    s = ls.settings
    model = s.model or s.model_path
    adapter = str(getattr(ls.backend, "adapter", "") or ls.init_options.get("adapter", "") or "")
    return s.backend, model, adapter


async def record(ls: OrmbLanguageServer, kind: str, item: InlineItem | None, **fields: Any) -> int:
    store = store_for(ls, item.uri if item else fields.get("uri", ""))
    if store is None:
        return 0
    backend, model, adapter = backend_identity(ls)
    event = HarvestEvent(kind=kind, backend=backend, model=model, adapter=adapter)
    if item is not None:
        event.item_id, event.file, event.prefix, event.suffix = (
            item.item_id,
            item.file,
            item.prefix,
            item.suffix,
        )
        event.context, event.suggestion, event.latency_ms = item.context, item.suggestion, item.latency_ms
        event.extra = {"cache_hit": item.cache_hit}
    for key, value in fields.items():
        if hasattr(event, key) and key != "uri":
            setattr(event, key, value)
    return await ls.run_blocking(store.record, event)


def _item(ls: OrmbLanguageServer, item_id: Any) -> InlineItem | None:
    items: OrderedDict[str, InlineItem] = ls.extra.get("inline_items", OrderedDict())
    return items.get(str(item_id)) if item_id is not None else None


def _params_dict(params: Any) -> dict[str, Any]:
    data = plain(params)
    return data if isinstance(data, dict) else {}


def register(server: OrmbLanguageServer) -> None:
    @server.command(ACCEPT_COMMAND)
    @guarded(lambda: {"recorded": False}, "inlineAccepted")
    async def accepted(ls: OrmbLanguageServer, *args: Any) -> dict[str, Any]:
        item_id = plain(args[0]) if args else None
        if isinstance(item_id, dict):
            item_id = item_id.get("itemId")
        item = _item(ls, item_id)
        if item is None:
            logger.info("accept for unknown inline item %s ignored", item_id)
            return {"recorded": False}
        item.accepted = True
        row = await record(
            ls, "accepted", item, accepted_text=item.suggestion, accepted_length=len(item.suggestion)
        )
        return {"recorded": bool(row)}

    @server.feature(SHOWN_NOTIFICATION)
    @guarded(None, "inlineShown")
    async def shown(ls: OrmbLanguageServer, params: Any) -> None:
        item = _item(ls, _params_dict(params).get("itemId"))
        if item is None or item.shown:
            return
        item.shown = True
        await record(ls, "shown", item)

    @server.feature(PARTIAL_NOTIFICATION)
    @guarded(None, "inlinePartialAccept")
    async def partial(ls: OrmbLanguageServer, params: Any) -> None:
        data = _params_dict(params)
        item = _item(ls, data.get("itemId"))
        if item is None:
            return
        try:
            length = max(0, min(int(data.get("acceptedLength", 0)), len(item.suggestion)))
        except (TypeError, ValueError):
            logger.info("inlinePartialAccept without a valid acceptedLength ignored")
            return
        await record(ls, "partial", item, accepted_text=item.suggestion[:length], accepted_length=length)
