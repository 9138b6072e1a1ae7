"""Machine-readable output: JSON, CSV and Markdown text from engine frames, and atomic file writes."""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

import polars as pl

from dxgap.errors import OutputError


def _clean(value: Any) -> Any:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def to_json(df: pl.DataFrame) -> str:
    """A list of objects, one per row, keys in column order; nulls (and NaN) as null."""
    rows = [{k: _clean(v) for k, v in row.items()} for row in df.iter_rows(named=True)]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def to_csv(df: pl.DataFrame) -> str:
    """UTF-8 CSV with a header; nulls as empty cells."""
    return df.write_csv()


def to_markdown(df: pl.DataFrame) -> str:
    """A GitHub-flavoured Markdown table (for pasting into reports and issues)."""

    def cell(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            return f"{v:.4g}" if abs(v) < 1e6 else f"{v:,.0f}"
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(df.columns) + " |", "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in df.iter_rows()]
    return "\n".join(lines) + "\n"


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write via a temporary file in the same folder and rename: readers never see half a file."""
    parent = path.parent if str(path.parent) else Path()
    if not parent.is_dir():
        raise OutputError(f"{path}: folder {parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
        Path(tmp).replace(path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {e.strerror or e}") from e
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
