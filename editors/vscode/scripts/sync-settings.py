#!/usr/bin/env python3
"""Write the server settings into the editor clients (the one source of truth is ``ormb_assist.settings``;
tests/test_editor_settings_schema.py fails when they drift):

* VS Code: package.json ``contributes.configuration``, category ``ormbAssist.server``; settings that
  only the extension reads (server command, python path...) live in ``ormbAssist.client`` and are
  never sent to the server.
* IntelliJ (LSP4IJ template): editors/intellij/ormb-assist/settings.json (defaults) and
  settings.schema.json (validation and completion in LSP4IJ's Configuration tab).

    python3 editors/vscode/scripts/sync-settings.py           # rewrite the files
    python3 editors/vscode/scripts/sync-settings.py --check   # exit 1 and print the drift

Run it with the project's Python (the one that has ``ormb_assist``).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Any

PACKAGE_JSON = Path(__file__).resolve().parents[1] / "package.json"
INTELLIJ_TEMPLATE = Path(__file__).resolve().parents[2] / "intellij" / "ormb-assist"
SERVER_CATEGORY = "ormbAssist.server"
CLIENT_CATEGORY = "ormbAssist.client"


def server_properties() -> dict[str, Any]:
    from ormb_assist.settings import json_schema

    return json_schema()


def categories(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    config = manifest.get("contributes", {}).get("configuration", [])
    if isinstance(config, dict):
        config = [config]
    return {c.get("id", ""): c for c in config}


def synced(manifest: dict[str, Any]) -> dict[str, Any]:
    """``manifest`` with the server category replaced by the Python schema (client category kept)."""
    out = json.loads(json.dumps(manifest))
    cats = categories(out)
    if SERVER_CATEGORY not in cats:
        raise SystemExit(f"package.json has no configuration category with id {SERVER_CATEGORY!r}")
    server = server_properties()
    clash = set(server) & set(cats.get(CLIENT_CATEGORY, {}).get("properties", {}))
    if clash:
        raise SystemExit(f"client-only settings shadow server settings: {sorted(clash)}")
    cats[SERVER_CATEGORY]["properties"] = server
    return out


def render(manifest: dict[str, Any]) -> str:
    return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"


def intellij_files() -> dict[str, str]:
    """LSP4IJ's Configuration tab: ``{"ormbAssist": {...}}``, answered to workspace/configuration."""
    prefix = "ormbAssist."
    props = {key.removeprefix(prefix): prop for key, prop in server_properties().items()}
    settings = {"ormbAssist": {key: prop["default"] for key, prop in props.items()}}
    schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "LSP4IJ/ormb-assist/settings.schema.json",
        "title": "ORMB Assist language server settings",
        "description": "Generated from ormb_assist.settings by editors/vscode/scripts/sync-settings.py.",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "ormbAssist": {"type": "object", "additionalProperties": False, "properties": props},
        },
    }
    return {"settings.json": render(settings), "settings.schema.json": render(schema)}


def drift(current: str, wanted: str, label: str) -> str:
    diff = difflib.unified_diff(
        current.splitlines(), wanted.splitlines(), label, "from ormb_assist.settings", lineterm=""
    )
    return "\n".join(diff)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report drift (exit 1)")
    parser.add_argument("--package-json", type=Path, default=PACKAGE_JSON)
    parser.add_argument("--intellij-dir", type=Path, default=INTELLIJ_TEMPLATE)
    args = parser.parse_args(argv)
    current = args.package_json.read_text(encoding="utf-8")
    targets = {args.package_json: (current, render(synced(json.loads(current))))}
    for name, wanted in intellij_files().items():
        path = args.intellij_dir / name
        targets[path] = (path.read_text(encoding="utf-8") if path.exists() else "", wanted)
    stale = {path: pair for path, pair in targets.items() if pair[0] != pair[1]}
    if not stale:
        print("editor settings in sync with ormb_assist.settings")
        return 0
    if args.check:
        for path, (have, wanted) in stale.items():
            print(drift(have, wanted, str(path)))
            print(f"{path} drifted from ormb_assist.settings: run editors/vscode/scripts/sync-settings.py")
        return 1
    for path, (_, wanted) in stale.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(wanted, encoding="utf-8")
        print(f"{path}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
