"""The VS Code extension's settings schema is generated from the one Python settings model.

package.json's ``ormbAssist.server`` configuration category must equal ``ormb_assist.settings.
json_schema()`` (editors/vscode/scripts/sync-settings.py writes it); client-only settings live in
their own category and never shadow a server key; every key the extension sends is one the server reads.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ormb_assist.settings import Settings, json_schema

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_JSON = ROOT / "editors" / "vscode" / "package.json"
SYNC = ROOT / "editors" / "vscode" / "scripts" / "sync-settings.py"
INTELLIJ = ROOT / "editors" / "intellij" / "ormb-assist"


def _categories(manifest: dict) -> dict[str, dict]:
    return {c["id"]: c for c in manifest["contributes"]["configuration"]}


def test_package_json_server_settings_equal_the_python_schema():
    server = _categories(json.loads(PACKAGE_JSON.read_text(encoding="utf-8")))["ormbAssist.server"]
    assert server["properties"] == json_schema(), (
        "editors/vscode/package.json drifted from ormb_assist.settings: run editors/vscode/scripts/sync-settings.py"
    )


def test_client_only_settings_are_separate_and_marked():
    cats = _categories(json.loads(PACKAGE_JSON.read_text(encoding="utf-8")))
    client = cats["ormbAssist.client"]["properties"]
    assert {"ormbAssist.serverCommand", "ormbAssist.pythonPath"} <= set(client)
    assert not set(client) & set(json_schema())
    for key, prop in client.items():
        text = prop.get("markdownDescription") or prop.get("description", "")
        assert text.startswith("Client-only"), key


def test_every_setting_the_extension_sends_is_read_by_the_server():
    sent = {key.removeprefix("ormbAssist."): prop["default"] for key, prop in json_schema().items()}
    settings, warnings = Settings.from_dict(sent)
    assert warnings == []
    assert settings == Settings()  # the schema defaults are the model's defaults


def test_intellij_template_settings_come_from_the_same_schema():
    settings = json.loads((INTELLIJ / "settings.json").read_text(encoding="utf-8"))
    schema = json.loads((INTELLIJ / "settings.schema.json").read_text(encoding="utf-8"))
    props = {k.removeprefix("ormbAssist."): v for k, v in json_schema().items()}
    assert settings == {"ormbAssist": {k: v["default"] for k, v in props.items()}}
    assert schema["properties"]["ormbAssist"]["properties"] == props
    assert Settings.from_dict(settings["ormbAssist"]) == (Settings(), [])
    template = json.loads((INTELLIJ / "template.json").read_text(encoding="utf-8"))
    assert template["programArgs"]["default"].endswith("ormb-assist serve")
    assert {m["languageId"] for m in template["languageMappings"]} == {"java"}
    assert {m["languageId"] for m in template["fileTypeMappings"]} == {"sql"}


def test_sync_script_reports_and_repairs_drift(tmp_path):
    ok = subprocess.run([sys.executable, str(SYNC), "--check"], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr

    manifest = json.loads(PACKAGE_JSON.read_text(encoding="utf-8"))
    server = _categories(manifest)["ormbAssist.server"]["properties"]
    server["ormbAssist.backend"]["default"] = "openai"
    del server["ormbAssist.logLevel"]
    drifted = tmp_path / "package.json"
    drifted.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    check = [sys.executable, str(SYNC), "--check", "--package-json", str(drifted)]
    report = subprocess.run(check, capture_output=True, text=True, check=False)
    assert report.returncode == 1 and "drifted" in report.stdout
    assert '"default": "openai"' in report.stdout and "ormbAssist.logLevel" in report.stdout

    fix = subprocess.run(
        [sys.executable, str(SYNC), "--package-json", str(drifted)], capture_output=True, text=True
    )
    assert fix.returncode == 0, fix.stderr
    assert drifted.read_text(encoding="utf-8") == PACKAGE_JSON.read_text(encoding="utf-8")
