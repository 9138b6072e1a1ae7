"""Machine-readable output: text formats for stdout, and atomic file writes for every format.

Nothing lost: a file is written to a temporary name in the destination folder and renamed over
the target only when complete, so an error, a full disk or Ctrl-C leaves any existing file
byte-identical.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

from dxgap.errors import OutputError, UsageError

FORMATS: tuple[str, ...] = ("csv", "json", "ndjson", "parquet", "xlsx")
TEXT_FORMATS: tuple[str, ...] = ("csv", "json", "ndjson", "markdown")
_SUFFIX = {
    ".csv": "csv",
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
    ".parquet": "parquet",
    ".xlsx": "xlsx",
    ".md": "markdown",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def infer_format(path: str) -> str:
    """The format named by a file's extension (`gaps.parquet` → parquet)."""
    fmt = _SUFFIX.get(Path(path).suffix.lower())
    if fmt is None:
        raise UsageError(
            f"cannot tell the format from {path!r}; give --format ({', '.join(FORMATS)})"
        )
    return fmt


def _clean(value: Any) -> Any:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def _rows(df: pl.DataFrame) -> list[dict[str, Any]]:
    return [{k: _clean(v) for k, v in row.items()} for row in df.iter_rows(named=True)]


def to_json(df: pl.DataFrame) -> str:
    """A list of objects, one per row, keys in column order; nulls (and NaN) as null."""
    return json.dumps(_rows(df), ensure_ascii=False, indent=2) + "\n"


def to_ndjson(df: pl.DataFrame) -> str:
    """One JSON object per line (for streaming consumers and `jq -c`)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _rows(df))


def defuse_formulas(df: pl.DataFrame) -> pl.DataFrame:
    """Prefix text cells that a spreadsheet would run as a formula (=, +, -, @) with an apostrophe."""

    def defused(name: str) -> pl.Expr:
        col = pl.col(name)
        risky = pl.any_horizontal([col.str.starts_with(c) for c in _FORMULA_START])
        return pl.when(risky).then(pl.lit("'") + col).otherwise(col).alias(name)

    return df.with_columns([defused(c) for c, t in df.schema.items() if t == pl.String])


def to_csv(df: pl.DataFrame, excel_compatible: bool = False) -> str:
    """UTF-8 CSV with a header; nulls as empty cells. Excel mode: BOM, formulas defused."""
    if excel_compatible:
        return "\ufeff" + defuse_formulas(df).write_csv()
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


def render_text(df: pl.DataFrame, fmt: str, excel_compatible: bool = False) -> str:
    """A frame in one of the text formats."""
    if fmt == "csv":
        return to_csv(df, excel_compatible)
    if fmt == "json":
        return to_json(df)
    if fmt == "ndjson":
        return to_ndjson(df)
    if fmt == "markdown":
        return to_markdown(df)
    raise UsageError(f"{fmt} is not a text format; write it to a file with --output")


def _write_xlsx(df: pl.DataFrame, path: Path, sheet: str) -> None:
    import xlsxwriter

    # user text must never become a formula or a link: keep strings as strings
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with xlsxwriter.Workbook(str(path), options) as workbook:
        df.write_excel(workbook=workbook, worksheet=sheet[:31], autofit=True, freeze_panes=(1, 0))


def _writer(
    df: pl.DataFrame, fmt: str, excel_compatible: bool, sheet: str
) -> Callable[[Path], None]:
    if fmt == "parquet":
        return lambda p: df.write_parquet(p)
    if fmt == "xlsx":
        safe = defuse_formulas(df)  # text cells never start with = + - @ in a spreadsheet
        return lambda p: _write_xlsx(safe, p, sheet)
    text = render_text(df, fmt, excel_compatible)

    def write_text(p: Path) -> None:
        p.write_text(text, encoding="utf-8", newline="")

    return write_text


def write_frame(
    df: pl.DataFrame, path: Path, fmt: str, *, excel_compatible: bool = False, sheet: str = "data"
) -> None:
    """Write `df` to `path` in `fmt`, atomically (see `write_atomic`)."""
    write_atomic(path, _writer(df, fmt, excel_compatible, sheet))


def write_bytes(path: Path, data: bytes) -> None:
    """Write bytes to `path`, atomically (see `write_atomic`)."""

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    write_atomic(path, write)


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Let `write` fill a temporary file in the destination folder, then rename it over `path`.

    Readers never see half a file, and an error, a full disk or Ctrl-C leaves an existing file
    byte-identical (the temporary file is removed). The new file keeps the old one's permissions.
    """
    parent = path.parent
    if not parent.is_dir():
        raise OutputError(f"{path}: the folder {parent} does not exist; create it first")
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name (or use --split for a folder)")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        tmp.chmod(path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        tmp.replace(path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {e.strerror or e}") from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
