"""Build the language server with every feature module registered."""

from __future__ import annotations

from ormb_assist.server.server import OrmbLanguageServer


def create_server() -> OrmbLanguageServer:
    from ormb_assist.server import code_actions, completion, hover, inline, lifecycle, sync, telemetry

    server = OrmbLanguageServer()
    for module in (lifecycle, sync, completion, inline, hover, code_actions, telemetry):
        module.register(server)
    from ormb_assist.server import diagnostics  # noqa: F401 - publishes from sync/lifecycle hooks

    return server
