"""The rows of a comparison across provinces (`dxgap compare`) and the figures set aside as not
like the others; re-exported by `dxgap.results`, where the rest of the typed results live."""

from __future__ import annotations

from dataclasses import dataclass

from dxgap.text import fmt


@dataclass(frozen=True)
class SetAside:
    """A measured figure left out of an analysis or a comparison because it is not like the
    others: a rank out of another number of units (`reason` "out_of", docs/methodology.md §12)
    or a figure of part of a year (`reason` "period", §14), or a rank of a year ranked out of
    two numbers of units when the target says not which (`reason` "rankings": `sizes`, §12), or
    the latest figure of a rank target out of 63 due after the rankings of 63 ended (`reason`
    "ended", §12)."""

    province: str
    year: int
    value: float
    reason: str
    out_of: int | None = None
    period: str | None = None
    target_id: str | None = None
    sizes: list[int] | None = None  # "rankings": the year's numbers of units, smallest first


@dataclass(frozen=True)
class ComparisonRow:
    """One province on one indicator: its latest value and rank (1 = best in the indicator's
    good direction), the target that matters now and its status, and the gap to a benchmark
    province's target when one was asked for."""

    province: str
    indicator: str
    rank: int | None = None
    latest_year: int | None = None
    latest_value: float | None = None
    target_id: str | None = None
    comparator: str | None = None
    target_year: int | None = None
    target_value: float | None = None
    status: str | None = None
    benchmark_target_id: str | None = None
    benchmark_target_year: int | None = None
    benchmark_target_value: float | None = None
    gap_to_benchmark: float | None = None
    benchmark_comparator: str | None = None
    period: str | None = None  # what the latest figure measures: "2024", "2024-W03", …
    mixed_periods: bool = False  # the provinces' latest figures are of mixed periods
    source: str | None = None  # the data row's source (address or title) of the latest figure
    out_of: int | None = None  # a rank's number of ranked units (63, 34)
    target_out_of: int | None = None  # the own target's: "≤ rank 10 of 63"
    from_year: int | None = None  # the own target's standing window starts
    frequency: str | None = None  # "annual": a level every year (or a per-year rate)
    target_low: float | None = None  # the own target's range
    target_high: float | None = None
    approx: bool | None = None  # "khoảng 30%"
    definition: str | None = None  # the definition the latest figure's row states
    other_definition: bool = False  # it differs from most of its ranking's stated ones
    benchmark_out_of: int | None = None  # the benchmark target's, as the own target's above
    benchmark_from_year: int | None = None
    benchmark_frequency: str | None = None
    benchmark_target_low: float | None = None
    benchmark_target_high: float | None = None
    benchmark_approx: bool | None = None

    def goal(self, unit: str | None, lang: str) -> str:
        """The own target as `dxgap check` writes it: `≤ rank 10 of 63 every year 2025–2030`."""
        return fmt.format_target(
            self.comparator,
            self.target_value,
            self.target_year,
            unit,
            lang,
            approx=bool(self.approx),
            annual=self.frequency == "annual",
            low=self.target_low,
            high=self.target_high,
            from_year=self.from_year,
            out_of=self.target_out_of,
        )

    def benchmark_goal(self, unit: str | None, lang: str) -> str:
        """The benchmark's target as `dxgap check` writes it (see `goal`)."""
        return fmt.format_target(
            self.benchmark_comparator,
            self.benchmark_target_value,
            self.benchmark_target_year,
            unit,
            lang,
            approx=bool(self.benchmark_approx),
            annual=self.benchmark_frequency == "annual",
            low=self.benchmark_target_low,
            high=self.benchmark_target_high,
            from_year=self.benchmark_from_year,
            out_of=self.benchmark_out_of,
        )
