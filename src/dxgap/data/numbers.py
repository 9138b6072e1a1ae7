"""Numbers as provincial reports write them: "86,3%", "1.586", " 76 % " — parsed, or refused.

Two styles. `point` (the default, machine style): `86.3`, `1586`. `comma` (Vietnamese style, as in
the reports): `,` is the decimal mark and `.` groups thousands, so `86,3` is 86.3 and `1.586` is
1586. In either style surrounding spaces (including non-breaking ones) and a trailing `%` are
tolerated. Anything else — and any cell whose meaning depends on the style guessed — is an error,
never a guess.
"""

from __future__ import annotations

from typing import Literal

import polars as pl

Decimal = Literal["point", "comma"]

_SPACES = r"[\s\u00a0\u202f\u2007]"
# ASCII digits only: Arabic-Indic or full-width digits match \d, but no number parser reads them
_POINT = r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$"
_COMMA = r"^[+-]?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?$"
_AMBIGUOUS_COMMA = r"^[+-]?[1-9][0-9]{0,2},[0-9]{3}$"  # 1,586: 1.586 here, 1586 in English reports
_LOOKS_COMMA = r"^[+-]?[0-9]+(\.[0-9]{3})*,[0-9]+$"
_GROUPED_POINT = r"^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$"  # 1,586 or 12,345.6 (English grouping)
_TRUE = ("true", "yes", "có", "đúng", "x")
_FALSE = ("false", "no", "không", "sai")

CODES = (
    "data.ambiguous_point",
    "data.vietnamese_style",
    "data.thousands_grouped",
    "data.not_a_number",
    "data.ambiguous_comma",
    "data.not_vietnamese_number",
    "data.percent_sign",
    "data.not_finite",
)
"""Every code `problem` may give (each message quotes the cell as `cell`)."""


def _shape(col: str, decimal: Decimal) -> tuple[pl.Expr, pl.Expr, pl.Expr, pl.Expr, pl.Expr]:
    """(has_pct, ok, value text, ambiguous, number) of a text column in one style."""
    raw = pl.col(col).str.replace_all(_SPACES, "")
    has_pct = raw.str.ends_with("%")
    text = raw.str.strip_suffix("%")
    if decimal == "comma":
        ok = text.str.contains(_COMMA)
        value = text.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)
    else:
        ok = text.str.contains(_POINT)
        value = text
    ambiguous = text.str.contains(_AMBIGUOUS_COMMA)
    number = pl.when(ok).then(value.cast(pl.Float64, strict=False))
    return has_pct, ok, text, ambiguous, number


def value(col: str, decimal: Decimal) -> pl.Expr:
    """The number a text column writes in style `decimal`; null where it writes none."""
    return _shape(col, decimal)[4]


def problem(col: str, decimal: Decimal, percent: pl.Expr) -> pl.Expr:
    """The code of what is wrong with each cell of a text column as a number (one of `CODES`),
    null where nothing is: a `pl.String` expression.

    `percent` says, per row, whether the indicator is a percentage (a `%` sign is allowed then).
    """
    has_pct, ok, text, ambiguous, number = _shape(col, decimal)
    if decimal == "comma":
        ambiguous_code = pl.lit("data.ambiguous_comma")
        wrong = pl.lit("data.not_vietnamese_number")
    else:
        ambiguous_code = pl.lit("data.ambiguous_point")
        wrong = (
            pl.when(text.str.contains(_LOOKS_COMMA))
            .then(pl.lit("data.vietnamese_style"))
            .when(text.str.contains(_GROUPED_POINT))
            .then(pl.lit("data.thousands_grouped"))
            .otherwise(pl.lit("data.not_a_number"))
        )
    return (
        pl.when(pl.col(col).is_null())
        .then(pl.lit(None, pl.String))
        .when(ambiguous)
        .then(ambiguous_code)
        .when(~ok)
        .then(wrong)
        .when(has_pct & ~percent)
        .then(pl.lit("data.percent_sign"))
        .when(~number.is_finite())
        .then(pl.lit("data.not_finite"))
    )


def invalid(col: str, decimal: Decimal, percent: pl.Expr) -> pl.Expr:
    """True exactly where `problem(col, …)` gives a code, without choosing one: the cheap test
    run over every row, so that codes are chosen for failing rows only."""
    has_pct, ok, _, ambiguous, number = _shape(col, decimal)
    return pl.col(col).is_not_null() & (
        ambiguous.fill_null(False)
        | (~ok).fill_null(False)
        | (has_pct & ~percent).fill_null(False)
        | (~number.is_finite()).fill_null(False)
    )


def parse_boolean(col: str) -> pl.Expr:
    """true/false, yes/no, có/không, 1/0 → 1.0/0.0; anything else null."""
    low = pl.col(col).str.replace_all(_SPACES, "").str.to_lowercase()
    return (
        pl.when(low.is_in(_TRUE) | (low == "1"))
        .then(1.0)
        .when(low.is_in(_FALSE) | (low == "0"))
        .then(0.0)
    )


def decimals(col: str, decimal: Decimal) -> pl.Expr:
    """How many digits a cell writes after its decimal mark (for rounding tolerances)."""
    mark = "," if decimal == "comma" else "."
    text = pl.col(col).str.replace_all(_SPACES, "").str.strip_suffix("%")
    at = text.str.find(mark, literal=True)  # cheaper than splitting every cell into a list
    return (
        pl.when(at.is_null())
        .then(0)
        .otherwise(text.str.len_bytes().cast(pl.Int64) - at.cast(pl.Int64) - 1)
    )
