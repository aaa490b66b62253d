"""Settings: editor input is tolerated, bad values fall back, the schema mirrors the model."""

from dataclasses import fields

from ormb_assist.settings import Settings, json_schema


def test_camel_case_input_and_fallbacks() -> None:
    settings, warnings = Settings.from_dict(
        {"backend": "openai", "debounceMs": "40", "telemetry": "false", "maxTokensInline": -3, "nope": 1}
    )
    assert settings.backend == "openai"
    assert settings.debounce_ms == 40
    assert settings.telemetry is False
    assert settings.max_tokens_inline == Settings().max_tokens_inline
    assert any("maxTokensInline" in w for w in warnings)
    assert any("nope" in w for w in warnings)


def test_bad_backend_falls_back_to_embedded() -> None:
    settings, warnings = Settings.from_dict({"backend": "gpt-9"})
    assert settings.backend == "embedded"
    assert warnings and "gpt-9" in warnings[0]


def test_merged_keeps_earlier_values() -> None:
    base, _ = Settings.from_dict({"endpoint": "http://gpu:8000/v1", "model": "ormb-lora"})
    merged, _ = base.merged({"debounceMs": 10})
    assert merged.endpoint == "http://gpu:8000/v1"
    assert merged.model == "ormb-lora"
    assert merged.debounce_ms == 10


def test_schema_covers_every_field_with_docs() -> None:
    schema = json_schema()
    assert len(schema) == len(fields(Settings))
    backend = schema["ormbAssist.backend"]
    assert backend["enum"] == ["embedded", "openai", "transformers"]
    assert backend["default"] == "embedded"
    for key, entry in schema.items():
        assert entry["description"], key
        assert entry["type"] in {"string", "boolean", "integer", "number", "array"}
        if entry["type"] == "array":  # rootMarkers: a JSON list of strings (VS Code shows a list editor)
            assert entry["items"] == {"type": "string"} and isinstance(entry["default"], list)


def test_index_and_harvest_paths(tmp_path) -> None:
    settings = Settings()
    assert settings.index_path(tmp_path) == tmp_path / ".ormb-assist"
    assert settings.harvest_file(tmp_path) == tmp_path / ".ormb-assist" / "harvest.sqlite"
    custom, _ = Settings.from_dict({"indexDir": str(tmp_path / "idx")})
    assert custom.index_path(tmp_path / "ws") == tmp_path / "idx"
