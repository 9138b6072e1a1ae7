"""JSON Schemas of the target files, generated from the pydantic models (never written by hand)."""

from __future__ import annotations

import json

from pydantic import BaseModel

from dxgap.targets.models import Catalogue, TargetFile

_MODELS: dict[str, type[BaseModel]] = {"targets": TargetFile, "indicators": Catalogue}


def schema_dict(kind: str = "targets") -> dict[str, object]:
    """The JSON Schema (draft 2020-12, as a dict) for `targets/<province>.yaml` (`kind`
    "targets") or `targets/indicators.yaml` ("indicators"); KeyError for another kind."""
    model = _MODELS[kind]
    out: dict[str, object] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://dxgap.invalid/schema/{kind}.schema.json",
    }
    out.update(model.model_json_schema(mode="validation"))
    return out


def schema_text(kind: str = "targets") -> str:
    """The schema as committed in `schema/<kind>.schema.json`: JSON with stable key order,
    indented, non-ASCII kept, a trailing newline; KeyError for an unknown kind."""
    return json.dumps(schema_dict(kind), ensure_ascii=False, indent=2) + "\n"
