"""Pydantic models of the target files: the user-facing contract of `targets/*.yaml`.

The models check structure and single-field rules (types, id patterns, year range). Rules that need
more than one field or another file (bounds by unit, references, year order) live in `rules`, so
that each problem can be reported at the exact YAML node it concerns.

Our own validators raise `PydanticCustomError` whose type is a code of the message catalogues
(`date.format`, `source.url`, …) and whose context holds that message's parameters; pydantic's
English text never reaches a user (see `dxgap.targets.located`).
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
)
from pydantic_core import PydanticCustomError

MIN_YEAR = 2000
MAX_YEAR = 2100

PROVINCE_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"
INDICATOR_ID = r"^[a-z][a-z0-9_]*$"

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

HTTP_URL = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+([/?#]\S*)?$"
"""A web address a report may link to: http or https, a host, no spaces. The same pattern is
written into the JSON schema, so editors refuse what `dxgap validate` refuses."""

_HTTP_URL = re.compile(HTTP_URL)

CUSTOM_CODES = frozenset(
    {
        "date.format",
        "date.not_calendar",
        "source.url",
        "sidecar.separator",
        "range.not_list",
        "range.count",
        "range.text",
    }
)
"""The error types our validators raise: each is a catalogue code whose parameters are `given`,
the value refused (`dxgap.targets.located` shows it as the user wrote it), and those of the
error's context (`sidecar.separator`: `shown`, the value with a tab written `\\t`; `range.count`:
`count`, the number of items; `range.text`: `low` and `high`, the numbers the text names)."""

COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
}
"""What each comparator of a target means: `COMPARE[comparator](value, target)`. The one rule for
the validator and the engine; it works on floats and on Polars expressions alike."""


def _partial_date(value: Any) -> Any:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD (YAML may hand us a date or an int); store ISO text."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    given = value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        text = value.strip()
        if not _PARTIAL_DATE.match(text):
            raise PydanticCustomError(
                "date.format",
                "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {given}",
                {"given": given},
            )
        parts = [int(p) for p in text.split("-")]
        try:
            dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError:
            raise PydanticCustomError(
                "date.not_calendar", "{given} is not a calendar date", {"given": given}
            ) from None
        return text
    return value


def _http_url(value: str) -> str:
    """Only http and https addresses: a `javascript:` or `file:` address would become a live
    link in the HTML report."""
    if not _HTTP_URL.match(value):
        raise PydanticCustomError(
            "source.url", "expected an http:// or https:// address, got {given}", {"given": value}
        )
    return value


def _gso_code(value: Any) -> Any:
    """GSO codes are two-digit strings ("01"); YAML reads an unquoted 74 as an int."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:02d}"
    return value


SEPARATORS = (",", ";", "\t", "|")
"""The separators a CSV file's sidecar may declare."""


def _separator(value: Any) -> Any:
    """A tab written `'\\t'` (single quotes: YAML keeps the backslash and the t) is the tab, as
    `"\\t"` (double quotes: one tab character) is: no one means a two-character separator.
    Any other text is refused showing a tab as `\\t` (`sidecar.separator`)."""
    if value == "\\t":
        return "\t"
    if isinstance(value, str) and value not in SEPARATORS:
        shown = value.replace("\t", "\\t")
        raise PydanticCustomError(
            "sidecar.separator",
            "expected ',', ';', '|' or a tab (written \"\\t\"), got '{shown}'",
            {"shown": shown},
        )
    return value


RANGE_TEXT = re.compile(
    r"\s*(-?[0-9]+(?:[.,][0-9]+)?)\s*%?\s*(?:-|–|—|\.\.|đến|to)\s*(-?[0-9]+(?:[.,][0-9]+)?)\s*%?\s*"
)
"""A range written as text, as plans write it: "25-30", "25% – 30%", "25 đến 30"."""


def _range_shape(value: Any) -> Any:
    """A range is a list of two numbers, `[low, high]`: any other list says how many items it
    has (`range.count`), text that names two numbers says to write them as a list
    (`range.text`, `"25% – 30%"` → `[25, 30]`), anything else is `range.not_list`. The items
    themselves are checked as numbers by the tuple they fill."""
    if isinstance(value, list | tuple):
        if len(value) == 2:
            return value
        raise PydanticCustomError(
            "range.count", "a range is two numbers, got {count}", {"count": len(value)}
        )
    found = RANGE_TEXT.fullmatch(value) if isinstance(value, str) else None
    if found is not None:
        low, high = (found[i].replace(",", ".") for i in (1, 2))
        raise PydanticCustomError(
            "range.text", "write range: [{low}, {high}]", {"low": low, "high": high}
        )
    raise PydanticCustomError("range.not_list", "a range is a list of two numbers", {})


PartialDate = Annotated[
    str,
    BeforeValidator(_partial_date),
    Field(pattern=_PARTIAL_DATE.pattern, description="YYYY, YYYY-MM or YYYY-MM-DD"),
]
GsoCode = Annotated[str, BeforeValidator(_gso_code), Field(pattern=r"^\d{2}$")]
Year = Annotated[int, Field(ge=MIN_YEAR, le=MAX_YEAR, strict=True)]
ProvinceId = Annotated[str, Field(pattern=PROVINCE_ID, max_length=80)]
KebabId = Annotated[str, Field(pattern=PROVINCE_ID, max_length=120)]
IndicatorId = Annotated[str, Field(pattern=INDICATOR_ID, max_length=80)]
NonEmpty = Annotated[str, Field(min_length=1)]
Name = Annotated[str, Field(min_length=1, max_length=200)]
"""A name shown in titles, table headings and messages: a province's, an indicator's, a
document's title. 200 characters hold any official name ("Nghị quyết số 05-NQ/TU … về chuyển
đổi số tỉnh … giai đoạn 2021–2025, định hướng đến năm 2030"); a longer one is refused rather than
printed over pages."""
Title = Annotated[str, Field(min_length=1, max_length=500)]
"""A document's title: official titles run long (the bundled ones up to about 200 characters)."""
HttpUrl = Annotated[
    str,
    AfterValidator(_http_url),
    Field(
        json_schema_extra={"pattern": HTTP_URL},
        description="an http:// or https:// address",
    ),
]
Value = Annotated[StrictBool | StrictFloat, Field(union_mode="smart")]
"""A target's number, or true/false for a boolean indicator. Strict: text is never read as a
number or as true/false (`"2.000"`, `"1e3"`, `"yes"` are refused, not converted); the YAML
reader has already refused every number that is not a plain decimal."""


class Unit(StrEnum):
    """How an indicator is measured; decides default bounds and how values are shown."""

    PERCENT = "percent"
    COUNT = "count"
    RANK = "rank"
    INDEX = "index"
    VND_BILLION = "vnd_billion"
    PEOPLE = "people"
    BOOLEAN = "boolean"

    @property
    def default_bounds(self) -> tuple[float | None, float | None]:
        """(min, max) used unless the catalogue entry overrides them."""
        return _DEFAULT_BOUNDS[self]


_DEFAULT_BOUNDS: dict[Unit, tuple[float | None, float | None]] = {
    Unit.PERCENT: (0.0, 100.0),
    Unit.COUNT: (0.0, None),
    Unit.RANK: (1.0, None),
    Unit.INDEX: (None, None),
    Unit.VND_BILLION: (0.0, None),
    Unit.PEOPLE: (0.0, None),
    Unit.BOOLEAN: (0.0, 1.0),
}


class Pillar(StrEnum):
    """The pillars of the national programme (Decision 749/QĐ-TTg) plus its two enablers."""

    digital_government = "digital_government"
    digital_economy = "digital_economy"
    digital_society = "digital_society"
    infrastructure = "infrastructure"
    human_resources = "human_resources"


Comparator = Literal[">=", ">", "<=", "<"]


class _Model(BaseModel):
    # defer_build: a model's validator is built when first used, not at import. Reading
    # targets builds TargetFile's and Catalogue's (each with the models it holds), and no
    # separate validator and serializer for Target, Source, Indicator, … (built only for a
    # file that does not validate as a whole: `rules.partial_target_file`).
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True
    )


class Names(_Model):
    """A name in both languages dxgap speaks."""

    vi: Name
    en: Name


class Indicator(_Model):
    """One measurable concept shared by every province (e.g. the share of dossiers filed online)."""

    id: IndicatorId
    name: Names
    unit: Unit
    pillar: Pillar
    description: str | None = None
    min: StrictFloat | None = None
    max: StrictFloat | None = None
    breaks: list[Year] | None = Field(
        None,
        description="years in which a new series starts (the method or definition changed), "
        "each once, in increasing order",
        json_schema_extra={"uniqueItems": True},
    )
    snapshots: StrictBool = Field(
        False, description="a sub-annual figure (a week's, a month's) may stand for its year"
    )
    note: str | None = None

    @property
    def bounds(self) -> tuple[float | None, float | None]:
        """Effective (min, max): the entry's own bounds, else the unit's defaults."""
        lo, hi = self.unit.default_bounds
        return (self.min if self.min is not None else lo, self.max if self.max is not None else hi)


class Catalogue(_Model):
    """`targets/indicators.yaml`."""

    indicators: list[Indicator]

    def by_id(self) -> dict[str, Indicator]:
        """Index the catalogue; ids are unique once `rules.check_catalogue` passed."""
        return {i.id: i for i in self.indicators}


class Province(_Model):
    """Who made the promises: a province, a centrally-run city, or the nation (`vietnam`)."""

    id: ProvinceId
    name: Name
    name_en: Name
    code: GsoCode | None = None
    merged_into: ProvinceId | None = None
    merged_on: PartialDate | None = None


class Source(_Model):
    """A document that states targets: a resolution, plan, decision or report."""

    id: KebabId
    title: Title
    title_vi: Title | None = Field(
        None,
        description="for a source written in English: its title in Vietnamese, a faithful "
        "translation (Vietnamese output shows it marked as translated; `title` stays the "
        "source's own)",
    )
    date: PartialDate | None = None
    url: HttpUrl | None = None
    publisher: str | None = None
    reliability: Literal["A", "B", "C", "D"] | None = None
    note: str | None = None

    def title_in(self, lang: str) -> str:
        """The title a reader of `lang` is shown: the source's own, or in Vietnamese the
        translation (`title_vi`) marked as one."""
        if lang == "vi" and self.title_vi:
            from dxgap.text import t

            return t("source.translated", lang, title=self.title_vi)
        return self.title


class Baseline(_Model):
    """The starting point a plan states; without it the engine uses the earliest observation."""

    year: Year
    value: Value
    source: KebabId | None = None
    note: str | None = None


class Target(_Model):
    """One promise: quantified (indicator, comparator, value, year) or qualitative (text only)."""

    id: KebabId
    indicator: IndicatorId | None = None
    comparator: Comparator | None = None
    value: Value | None = None
    range: Annotated[tuple[StrictFloat, StrictFloat], BeforeValidator(_range_shape)] | None = Field(
        None,
        description="a range target [low, high] instead of value (e.g. 25–30%); the comparator "
        "is optional (default >=) and picks the deciding end: low for >= and >, high for <= and <",
    )
    year: Year | None = Field(
        None,
        description="the deadline (an annual target: the last year of its window); "
        "none when the plan states none",
    )
    from_year: Year | None = Field(
        None, description="frequency annual only: the first year of a standing window to year"
    )
    out_of: Annotated[int, Field(ge=1, strict=True)] | None = Field(
        None, description="rank targets only: how many units the ranking has (top 10 of 63)"
    )
    baseline: Baseline | None = None
    milestones: dict[Year, Value] | None = None
    qualitative: NonEmpty | None = None
    source: KebabId
    quote: NonEmpty
    quote_vi: NonEmpty | None = Field(
        None,
        description="for a quote in English (a source written in English): a faithful "
        "Vietnamese translation (Vietnamese output shows it marked as translated; `quote` "
        "stays the source's own words, and machine formats keep it)",
    )
    approx: StrictBool = False
    kind: Literal["commitment", "recommendation"] = "commitment"
    frequency: Literal["once", "annual"] = "once"
    pillar: Pillar | None = None
    note: str | None = None

    @property
    def is_quantified(self) -> bool:
        """Whether the engine can compute a gap for this target."""
        return self.qualitative is None

    def quote_in(self, lang: str) -> str:
        """The quote a reader of `lang` is shown: the source's own words, or in Vietnamese the
        translation (`quote_vi`) marked as one."""
        if lang == "vi" and self.quote_vi:
            from dxgap.text import t

            return t("quote.translated", lang, quote=self.quote_vi)
        return self.quote


class DataFileOptions(_Model):
    """`data/<file>.yaml` beside a data file (e.g. `bd-2024.csv.yaml`): how to read that file."""

    decimal: Literal["point", "comma"] = Field(
        "point",
        description="point: 86.3 and 1586; comma (Vietnamese style): 86,3 and 1.586",
    )
    sheet: NonEmpty | None = Field(
        None, description="xlsx only: the sheet to read (default: first)"
    )
    separator: Annotated[Literal[",", ";", "\t", "|"], BeforeValidator(_separator)] | None = Field(
        None,
        description="CSV only: the column separator (default: the one the header uses: "
        "comma, semicolon, tab or |); a tab as \"\\t\" (a tab) or '\\t'",
    )
    note: str | None = None


class TargetFile(_Model):
    """`targets/<province-id>.yaml`: one province's promises and the documents they come from."""

    province: Province
    sources: list[Source] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
