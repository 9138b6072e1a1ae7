"""The committed JSON Schemas are what editors validate against; they must match the models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dxgap.cli import app
from dxgap.targets.schema import schema_text

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"


@pytest.mark.parametrize("kind", ["targets", "indicators"])
def test_committed_schema_matches_models(kind: str) -> None:
    committed = (SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(kind), (
        f"schema/{kind}.schema.json is stale: run `dxgap schema --kind {kind} > "
        f"schema/{kind}.schema.json`"
    )


def test_schema_command_prints_the_committed_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (SCHEMA_DIR / "targets.schema.json").read_text(encoding="utf-8")


def test_schema_forbids_unknown_keys_and_names_required_ones() -> None:
    schema = json.loads(schema_text("targets"))
    target = schema["$defs"]["Target"]
    assert target["additionalProperties"] is False
    assert set(target["required"]) == {"id", "source", "quote"}
    assert schema["required"] == ["province"]
