"""A proposed target entry, as `dxgap extract` writes it (YAML or JSON)."""

from __future__ import annotations

from dataclasses import dataclass

from dxgap.text import Msg

JSON_KEYS = (
    "quote", "value", "value_max", "unit", "comparator", "approx", "year", "annual",
    "indicator", "indicator_score", "start", "end",
)  # fmt: skip
"""The keys of each object `dxgap extract --format json` writes, in order (issue 18)."""


@dataclass(frozen=True)
class Proposal:
    """One proposed target: the exact `quote` (`text[start:end]`), the figure (`value`, a
    range's `value_max`, in `unit`; True for a yes/no task), the `comparator` (`>=`, `>`, `<=`,
    `<`; None for a yes/no task or a qualitative one), `approx`, the deadline `year` (None when
    the text states none), `annual` (a rate of every year, or a standing window from
    `from_year`), a rank's `out_of`, the `indicator` (a catalogue id, or a proposed new one
    when `new_indicator`) with its `indicator_score` (0..1) and Vietnamese name, the `kind`
    (`commitment` or `recommendation`), the `qualitative` text of a task without a figure,
    and the `checks` a person should make (messages)."""

    quote: str
    start: int
    end: int
    value: float | bool | None
    value_max: float | None
    unit: str | None
    comparator: str | None
    approx: bool
    year: int | None
    annual: bool
    indicator: str | None
    indicator_score: float | None
    indicator_name: str | None = None
    new_indicator: bool = False
    from_year: int | None = None
    out_of: int | None = None
    kind: str = "commitment"
    qualitative: str | None = None
    checks: tuple[Msg, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The object `--format json` writes: exactly `JSON_KEYS`."""
        value: object = self.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        vmax: object = self.value_max
        if isinstance(vmax, float) and vmax.is_integer():
            vmax = int(vmax)
        row = {**self.__dict__, "value": value, "value_max": vmax}
        return {k: row[k] for k in JSON_KEYS}
