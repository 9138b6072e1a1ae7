"""What a person reads in place of ids: a province's names, and the labels (indicator names,
units, what a target promises, source titles) that the human formats show beside a result's
stable keys. Re-exported by `dxgap.results`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Place:
    """A province (or the nation) as results name it."""

    id: str
    name: str
    name_en: str = ""


@dataclass(frozen=True)
class TargetLabel:
    """What a target's row in a table does not carry and a person reads: its indicator, its
    promise in words when it is qualitative, whether it is approximate or annual."""

    indicator: str | None = None
    qualitative: str | None = None
    approx: bool = False
    frequency: str = "once"
    quote_vi: str | None = None  # a quote in English, translated and marked (`quote_in`)


@dataclass(frozen=True)
class Labels:
    """What a person reads in place of ids, in both languages: province names, indicator names
    and units, what each target promises, and the title of each source (for the human formats:
    a workbook's first sheet, Markdown)."""

    provinces: dict[str, Place] = field(default_factory=dict)
    indicators: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # id → (en, vi)
    units: dict[str, str] = field(default_factory=dict)  # indicator id → unit id
    targets: dict[tuple[str, str], TargetLabel] = field(default_factory=dict)  # (pid, target id)
    sources: dict[tuple[str, str], str] = field(default_factory=dict)  # (pid, source id) → title
    sources_vi: dict[tuple[str, str], str] = field(default_factory=dict)  # translated, marked

    def province(self, pid: str, lang: str) -> str:
        """The province's name in `lang` (its id when unknown)."""
        place = self.provinces.get(pid)
        if place is None:
            return pid
        return place.name_en if lang == "en" and place.name_en else place.name

    def indicator(self, iid: str | None, lang: str) -> str | None:
        """The indicator's name in `lang` (English when no Vietnamese name is known; the id when
        the catalogue does not hold it)."""
        if iid is None:
            return None
        en, vi = self.indicators.get(iid, (iid, None))
        return vi if lang == "vi" and vi else en

    def source_titles(self, lang: str) -> dict[tuple[str, str], str]:
        """Each source's title as a reader of `lang` is shown it (`Source.title_in`)."""
        return {**self.sources, **self.sources_vi} if lang == "vi" else self.sources

    def target(self, pid: str, target_id: str | None) -> TargetLabel:
        """What is known of a province's target (nothing for an unknown one)."""
        return self.targets.get((pid, target_id or ""), TargetLabel())
