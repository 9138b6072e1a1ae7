"""Numbers as provincial reports write them: "86,3%", "1.586", " 76 % ", "1 586" — parsed, or
refused.

Two styles. `point` (the default, machine style): `86.3`, `1586`. `comma` (Vietnamese style, as in
the reports): `,` is the decimal mark and `.` groups thousands, so `86,3` is 86.3 and `1.586` is
1586. A third, `either`, is for files whose style is not declared but may be either (a
`;`-separated file, as Excel writes under comma-decimal settings): a cell is read when both styles
read it alike or only one reads it, and refused when they read it differently (`1.586`).

In every style spaces around a number (non-breaking ones too) and a trailing `%` are tolerated,
the Unicode minus sign (U+2212) is a minus, and a space, a non-breaking or a narrow non-breaking
space may group thousands (`1 586`, `12 345,6`) — only in groups of three digits. Anything else
— a space elsewhere inside a number, digits other than 0-9, any cell whose meaning depends on
the style guessed — is an error, never a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import polars as pl

Decimal = Literal["point", "comma"]
Style = Literal["point", "comma", "either"]
"""How a file writes numbers: a declared `Decimal`, or `either` (see the module docstring)."""

_SPACE = r"[\s\u00a0\u202f\u2007]"  # \s is Unicode-aware; the others are named for the reader
_GROUP = r"[ \u00a0\u202f\u2009\u2007]"  # what may separate groups of three digits
_GROUPED = rf"^[+-]?[0-9]{{1,3}}({_GROUP}[0-9]{{3}})+([.,][0-9]+)?$"  # 1 586, 12 345,6
_FOREIGN_DIGIT = r"[\p{Nd}&&[^0-9]]"  # full-width ０-９, Arabic-Indic ٠-٩ …: no parser reads them
# ASCII digits only: Arabic-Indic or full-width digits match \d, but no number parser reads them
_POINT = r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$"
_COMMA = r"^[+-]?([1-9][0-9]{0,2}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?$"  # 0.586 groups nothing
_AMBIGUOUS_COMMA = r"^[+-]?[1-9][0-9]{0,2},[0-9]{3}$"  # 1,586: 1.586 here, 1586 in English reports
_LOOKS_COMMA = r"^[+-]?[0-9]+(\.[0-9]{3})*,[0-9]+$"
_GROUPED_POINT = r"^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$"  # 1,586 or 12,345.6 (English grouping)
_WHOLE = r"^[+-]?[0-9]+([.,]0+)?$"  # 2024, 2024.0, 2024,00
THOUSANDS = r"^[+-]?[1-9][0-9]{0,2}\.[0-9]{3}$"
"""A number with a point before exactly three digits (`2.000`, `1.586`): in `point` style a
decimal, in Vietnamese style thousands (see `thousands`)."""
_POINTS_GROUPED = r"^[+-]?[1-9][0-9]{0,2}(\.[0-9]{3}){2,}$"  # 12.500.000: thousands, no decimal
_TRUE = ("true", "yes", "có", "đúng", "x", "✓", "✔")
_FALSE = ("false", "no", "không", "sai")

CODES = (
    "data.ambiguous_point",
    "data.vietnamese_style",
    "data.thousands_grouped",
    "data.not_a_number",
    "data.ambiguous_comma",
    "data.not_vietnamese_number",
    "data.ambiguous_style",
    "data.space_in_number",
    "data.foreign_digits",
    "data.percent_sign",
    "data.not_finite",
    "data.points_grouped",
)
"""Every code `problem` may give (each message quotes the cell as `cell`)."""


def no_negative_zero(number: pl.Expr) -> pl.Expr:
    """A number with negative zero made zero (`-0`, `-0.0`, `−0` are 0): no figure read from a
    file is ever -0, so none is ever shown as -0. Other numbers, NaN and nulls pass as they are."""
    return pl.when(number == 0).then(number.abs()).otherwise(number)  # keeps its name


def stored_number(column: pl.Expr, dtype: pl.DataType) -> pl.Expr:
    """A numeric column as stored (Parquet) as the Float64 its decimal text writes: a `Float32`
    as the shortest decimal that reads back as the same Float32 (86.3, not the
    86.30000305175781 a widening cast gives), a `Decimal` as its digits, integers as they are;
    negative zero as 0. Vectorised: Polars writes each value's shortest text and reads it back."""
    if dtype.is_integer():  # an integer is never negative zero
        return column.cast(pl.Float64)
    if dtype == pl.Float32 or isinstance(dtype, pl.Decimal):
        number = column.cast(pl.String).cast(pl.Float64)
    else:
        number = column.cast(pl.Float64)
    return no_negative_zero(number)


def foreign_digits(cell: pl.Expr) -> pl.Expr:
    """Whether a text cell has digits other than 0-9 (full-width, Arabic-Indic, …)."""
    return cell.str.contains(_FOREIGN_DIGIT)


def cells(frame: pl.LazyFrame, columns: Sequence[str]) -> pl.LazyFrame:
    """`frame` with what `value`, `problem`, `invalid` and `decimals` read of each text column
    `col` of `columns`, computed once (Polars would compute a shared expression once per use):
    `_pct_<col>`, whether it ends with `%`, and `_txt_<col>`, the number's text — surrounding
    spaces and the `%` taken off, the Unicode minus made `-`, spaces between groups of three
    digits removed (any other space is left in, for the number's shape to refuse)."""
    trimmed = {c: pl.col(c).str.strip_chars() for c in columns}
    text = {
        c: pl.col(f"_txt_{c}")
        .str.strip_suffix("%")
        .str.strip_chars_end()
        .str.replace("\u2212", "-", literal=True)
        for c in columns
    }
    grouped = {
        c: pl.when(pl.col(f"_txt_{c}").str.contains(_GROUPED))
        .then(pl.col(f"_txt_{c}").str.replace_all(_GROUP, ""))
        .otherwise(pl.col(f"_txt_{c}"))
        for c in columns
    }
    return (
        frame.with_columns(t.alias(f"_txt_{c}") for c, t in trimmed.items())
        .with_columns(
            *[pl.col(f"_txt_{c}").str.ends_with("%").alias(f"_pct_{c}") for c in columns],
            *[t.alias(f"_txt_{c}") for c, t in text.items()],
        )
        .with_columns(g.alias(f"_txt_{c}") for c, g in grouped.items())
    )


def _comma_value(text: pl.Expr) -> pl.Expr:
    return text.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)


def _shape(col: str, style: Style) -> tuple[pl.Expr, pl.Expr, pl.Expr, pl.Expr, pl.Expr]:
    """(has_pct, ok, value text, ambiguous, number) of a text column in one style (of a frame
    with its `cells`)."""
    has_pct, text = pl.col(f"_pct_{col}"), pl.col(f"_txt_{col}")
    if style == "comma":
        ok = text.str.contains(_COMMA)
        value = _comma_value(text)
        ambiguous = text.str.contains(_AMBIGUOUS_COMMA)
    elif style == "point":
        ok = text.str.contains(_POINT)
        value = text
        ambiguous = text.str.contains(_AMBIGUOUS_COMMA)
    else:  # either: both styles read it alike, or only one reads it
        as_point, as_comma = text.str.contains(_POINT), text.str.contains(_COMMA)
        ok = as_point | as_comma
        value = pl.when(as_comma).then(_comma_value(text)).otherwise(text)
        differ = as_point & as_comma & text.str.contains(".", literal=True)  # 1.586
        ambiguous = differ | text.str.contains(_AMBIGUOUS_COMMA)
    number = no_negative_zero(pl.when(ok).then(value.cast(pl.Float64, strict=False)))
    return has_pct, ok, text, ambiguous, number


def value(col: str, style: Style) -> pl.Expr:
    """The number a text column writes in `style` (of a frame with its `cells`); null where it
    writes none."""
    return _shape(col, style)[4]


def _wrong(text: pl.Expr, style: Style) -> pl.Expr:
    """The code for a cell that is no number in `style`."""
    if style == "comma":
        plain = pl.lit("data.not_vietnamese_number")
    elif style == "point":
        plain = (
            pl.when(text.str.contains(_LOOKS_COMMA))
            .then(pl.lit("data.vietnamese_style"))
            .when(text.str.contains(_POINTS_GROUPED))
            .then(pl.lit("data.points_grouped"))
            .when(text.str.contains(_GROUPED_POINT))
            .then(pl.lit("data.thousands_grouped"))
            .otherwise(pl.lit("data.not_a_number"))
        )
    else:
        plain = pl.lit("data.not_a_number")
    spaced = text.str.replace_all(_SPACE, "")  # a number but for its spaces?
    return (
        pl.when(foreign_digits(text))
        .then(pl.lit("data.foreign_digits"))
        .when(
            text.str.contains(_SPACE) & (spaced.str.contains(_POINT) | spaced.str.contains(_COMMA))
        )
        .then(pl.lit("data.space_in_number"))
        .otherwise(plain)
    )


def problem(col: str, style: Style, percent: pl.Expr) -> pl.Expr:
    """The code of what is wrong with each cell of a text column as a number (one of `CODES`),
    null where nothing is: a `pl.String` expression (over a frame with the column's `cells`).

    `percent` says, per row, whether the indicator is a percentage (a `%` sign is allowed then).
    """
    has_pct, ok, text, ambiguous, number = _shape(col, style)
    ambiguous_code = {
        "comma": "data.ambiguous_comma",
        "point": "data.ambiguous_point",
        "either": "data.ambiguous_style",
    }[style]
    return (
        pl.when(pl.col(col).is_null())
        .then(pl.lit(None, pl.String))
        .when(ambiguous)
        .then(pl.lit(ambiguous_code))
        .when(~ok)
        .then(_wrong(text, style))
        .when(has_pct & ~percent)
        .then(pl.lit("data.percent_sign"))
        .when(~number.is_finite())
        .then(pl.lit("data.not_finite"))
    )


def invalid(col: str, style: Style, percent: pl.Expr) -> pl.Expr:
    """True exactly where `problem(col, …)` gives a code, without choosing one: the cheap test
    run over every row, so that codes are chosen for failing rows only."""
    has_pct, ok, _, ambiguous, number = _shape(col, style)
    return pl.col(col).is_not_null() & (
        ambiguous.fill_null(False)
        | (~ok).fill_null(False)
        | (has_pct & ~percent).fill_null(False)
        | (~number.is_finite()).fill_null(False)
    )


def thousands(col: str, style: Style, stored: pl.Expr | None) -> pl.Expr:
    """Whether a text cell of `col` (of a frame with its `cells`) reads in `point` style as a
    number written like Vietnamese thousands (`THOUSANDS`: `2.000` is 2 here, 2000 in a
    Vietnamese report); false in the other styles, which read it as thousands or refuse it,
    and where the cell is a number as stored (`stored` not null: 2.0 in a number cell)."""
    if style != "point":
        return pl.lit(False)
    shaped = pl.col(f"_txt_{col}").str.contains(THOUSANDS).fill_null(False)
    return shaped if stored is None else shaped & stored.is_null()


def whole(col: str) -> pl.Expr:
    """A whole number (a year) written in a text column: digits, or digits with a fraction of
    zeros only (`2024.0`, `2024,00`, as spreadsheets export whole numbers); null otherwise."""
    text = pl.col(col)
    digits = text.str.replace(r"[.,]0+$", "")
    return pl.when(text.str.contains(_WHOLE)).then(digits.cast(pl.Int32, strict=False))


def parse_boolean(col: str) -> pl.Expr:
    """true/false, yes/no, có/không, x or ✓, 1/0 → 1.0/0.0; anything else null."""
    low = pl.col(col).str.strip_chars().str.to_lowercase()
    return (
        pl.when(low.is_in(_TRUE) | (low == "1"))
        .then(1.0)
        .when(low.is_in(_FALSE) | (low == "0"))
        .then(0.0)
    )


def decimals(col: str, style: Style) -> pl.Expr:
    """How many digits a cell writes after its decimal mark (for rounding tolerances; of a
    frame with the column's `cells`)."""
    text = pl.col(f"_txt_{col}")
    if style == "either":  # the mark of the style that reads it: ',' when there is one
        at = pl.coalesce(
            text.str.find(",", literal=True),
            pl.when(~text.str.contains(_COMMA)).then(text.str.find(".", literal=True)),
        )
    else:
        at = text.str.find("," if style == "comma" else ".", literal=True)
    return (
        pl.when(at.is_null())
        .then(0)
        .otherwise(text.str.len_bytes().cast(pl.Int64) - at.cast(pl.Int64) - 1)
    )
