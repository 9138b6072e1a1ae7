"""The committed JSON Schemas are what editors validate against; they must match the models."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dxgap.cli import app
from dxgap.targets.models import HTTP_URL
from dxgap.targets.schema import schema_dict, schema_text

SCHEMA_DIR = Path(__file__).resolve().parent.parent.parent / "schema"


@pytest.mark.parametrize("kind", ["targets", "indicators"])
def test_committed_schema_matches_models(kind: str) -> None:
    committed = (SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(kind), (
        f"schema/{kind}.schema.json is stale: run `dxgap schema --kind {kind} > "
        f"schema/{kind}.schema.json`"
    )


@pytest.mark.parametrize("kind", ["targets", "indicators"])
def test_schema_text_is_the_schema_as_json(kind: str) -> None:
    text = schema_text(kind)

    assert text.endswith("}\n")
    assert json.loads(text) == schema_dict(kind)
    assert schema_dict(kind)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


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


def test_schema_allows_only_web_addresses_for_sources() -> None:
    """Editors refuse a `javascript:` address as `dxgap validate` does: the same pattern."""
    url = json.loads(schema_text("targets"))["$defs"]["Source"]["properties"]["url"]
    [text, null] = url["anyOf"]

    assert text["type"] == "string"
    assert text["pattern"] == HTTP_URL
    assert null == {"type": "null"}
    pattern = re.compile(text["pattern"])
    assert pattern.match("https://binhduong.gov.vn/van-ban?id=5")
    assert not pattern.match("javascript:alert(1)")
    assert not pattern.match("file:///etc/passwd")


def test_schema_gives_editors_the_shape_of_the_new_target_keys() -> None:
    """Editors refuse what `dxgap validate` refuses on its own: a range of one or three numbers,
    text for a range end, an out_of of 0, a window year outside 2000..2100 (issue 16)."""
    target = json.loads(schema_text("targets"))["$defs"]["Target"]["properties"]
    [pair, _] = target["range"]["anyOf"]
    [whole, _] = target["out_of"]["anyOf"]
    [first, _] = target["from_year"]["anyOf"]

    assert (pair["minItems"], pair["maxItems"]) == (2, 2)
    assert pair["prefixItems"] == [{"type": "number"}, {"type": "number"}]
    assert whole == {"minimum": 1, "type": "integer"}
    assert (first["minimum"], first["maximum"]) == (2000, 2100)
    assert "year" not in json.loads(schema_text("targets"))["$defs"]["Target"]["required"]


def test_schema_gives_editors_the_catalogues_breaks_and_snapshots() -> None:
    indicator = json.loads(schema_text("indicators"))["$defs"]["Indicator"]["properties"]

    assert indicator["breaks"]["uniqueItems"] is True
    assert indicator["breaks"]["anyOf"][0]["items"]["minimum"] == 2000
    assert indicator["snapshots"] == {
        "default": False,
        "description": "a sub-annual figure (a week's, a month's) may stand for its year",
        "title": "Snapshots",
        "type": "boolean",
    }
