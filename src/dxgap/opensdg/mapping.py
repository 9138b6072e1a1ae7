"""The import map (`MAP.yaml`): which rows of Open SDG indicator files become which dxgap rows.

```yaml
source: "Statistics Canada, Open SDG data, indicator_17-6-1.csv"   # optional: every row's source
series:                                  # rows of these series/units go to these indicators
  - indicator: household_broadband_50_10_rate
    series: "Proportion of households that have access to broadband …"   # optional
    units: "Percentage (%)"                                              # optional
    file: indicator_17-6-1.csv           # optional: only the rows of this file
province:                                # the column naming the province, and its values;
  column: Geography                      # the empty value is the file's headline (all of it)
  values: {"": canada, Canada: canada, Ontario: ontario}
breakdown: ["Population centres"]        # columns whose categories become `breakdown`
area: []                                 # columns whose categories become `area`
totals: {"Population centres": ["Total population centre"]}   # categories meaning "all"
ignore: [COMMENT_OBS]                    # columns that do not disaggregate (notes, flags)
```

`province` may instead be one id (`province: canada`): every row is that province's. The map is
read like a target file: YAML parsed safely, every problem located at its line and column.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from dxgap.errors import InputError, Problem
from dxgap.targets.models import INDICATOR_ID, PROVINCE_ID
from dxgap.text import Msg

ProvinceId = Annotated[str, Field(pattern=PROVINCE_ID)]
IndicatorId = Annotated[str, Field(pattern=INDICATOR_ID)]

YEAR = "Year"
VALUE = "Value"
SERIES = "Series"
UNITS = "Units"
GEOCODE = "GeoCode"
FIXED_COLUMNS = (YEAR, VALUE)
"""The columns every Open SDG indicator file has (docs/data-format.md of open-sdg)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class SeriesMap(_Model):
    """Rows of one series (and unit, and file) of the files, and the dxgap indicator they
    measure. A series, unit or file not given matches any (an Open SDG file without a Series
    column holds one indicator: name its `file`)."""

    indicator: IndicatorId
    series: str | None = None
    units: str | None = None
    file: str | None = None

    def matches(self, file: str, series: str, units: str) -> bool:
        """Whether a row of this file, series and unit belongs here."""
        return (
            (self.series is None or self.series == series)
            and (self.units is None or self.units == units)
            and (self.file is None or self.file == file)
        )


class ProvinceMap(_Model):
    """The column naming the province and its values (the empty value: the headline), or one
    province `id` for every row (`province: canada` is read as `{id: canada}`)."""

    id: ProvinceId | None = None
    column: str | None = None
    values: dict[str, ProvinceId] = Field(default_factory=dict)


def _one_province(value: object) -> object:
    """`province: canada` → `{id: canada}`: one model, so problems are located inside it."""
    return {"id": value} if isinstance(value, str) else value


class OpenSdgMap(_Model):
    """An import map: see the module's documentation for an example."""

    series: list[SeriesMap] = Field(min_length=1)
    province: Annotated[ProvinceMap, BeforeValidator(_one_province)]
    breakdown: list[str] = Field(default_factory=list)
    area: list[str] = Field(default_factory=list)
    totals: dict[str, list[str]] = Field(default_factory=dict)
    ignore: list[str] = Field(default_factory=list)
    source: str | None = None

    def indicator_of(self, file: str, series: str, units: str) -> str | None:
        """The indicator a row of `series` in `units` of the file named `file` measures (the
        first entry matching)."""
        return next((s.indicator for s in self.series if s.matches(file, series, units)), None)

    @property
    def province_column(self) -> str | None:
        """The column that names the province (None: every row is one province's)."""
        return self.province.column if self.province.id is None else None

    def province_of(self, category: str) -> str | None:
        """The province id of a category of the province column ('' = the headline)."""
        if self.province.id is not None:
            return self.province.id
        return self.province.values.get(category)

    def is_total(self, column: str, category: str) -> bool:
        """Whether a category of a disaggregation column means all of it (as blank does)."""
        return category == "" or category in self.totals.get(column, [])

    def used_columns(self) -> set[str]:
        """Columns the map places: fixed, series, units, province, breakdown, area, ignored."""
        used = {YEAR, VALUE, SERIES, UNITS, GEOCODE, *self.breakdown, *self.area, *self.ignore}
        if self.province_column is not None:
            used.add(self.province_column)
        return used


def load_map(path: str | os.PathLike[str]) -> OpenSdgMap:
    """Read and validate an import map; `InputError` with every problem at its line and column
    (YAML syntax, unknown keys with a did-you-mean, wrong types, ids that are no ids)."""
    from dxgap.targets.load import parse_yaml
    from dxgap.targets.located import pydantic_problems

    shown = str(path)
    parsed = parse_yaml(Path(path), shown)
    problems: list[Problem] = list(parsed.at.problems)
    if parsed.data is None:
        raise InputError(problems or [Problem(shown, Msg("yaml.empty"), 1, 1)])
    try:
        model = OpenSdgMap.model_validate(parsed.data)
    except ValidationError as e:
        pydantic_problems(e, OpenSdgMap, parsed.at)
        raise InputError(parsed.at.problems) from None
    where = model.province
    if (where.id is None) == (where.column is None):  # one province, or a column naming them
        parsed.at.add(("province",), Msg("opensdg.province_form"))
    errors = [p for p in parsed.at.problems if p.severity == "error"]
    if errors:
        raise InputError(errors)
    return model


__all__ = ["FIXED_COLUMNS", "OpenSdgMap", "ProvinceMap", "SeriesMap", "load_map"]
