"""Proposals written out: a target-file skeleton (YAML) that `dxgap validate` accepts once its
source is filled in, or JSON with exactly the keys of `JSON_KEYS`.

In the YAML, each entry carries the document's exact quote, and a `# check:` comment says what
a person should verify (a year taken from a heading, approximate wording, a low indicator
score, a number written ambiguously). An entry whose indicator is not in the catalogue, or
whose value the catalogue's bounds would refuse, is written commented out, with the proposed
indicator's id and name, so that the file stays valid and nothing is lost.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from dxgap.extract.proposal import Proposal
from dxgap.names import fold
from dxgap.text import Msg, t

Entry = list[tuple[str, str]]


def to_json(proposals: Sequence[Proposal]) -> str:
    """A JSON list of objects with exactly the keys `quote, value, value_max, unit,
    comparator, approx, year, annual, indicator, indicator_score, start, end` (UTF-8 text,
    indented)."""
    return json.dumps([p.to_json() for p in proposals], ensure_ascii=False, indent=2) + "\n"


def number(value: float) -> str:
    """A plain decimal as target files write numbers: `65`, `86.3`, `0.5` (never `1e-05`)."""
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    if "e" in text:
        text = f"{value:.9f}".rstrip("0").rstrip(".")
    return text


def quoted(text: str) -> str:
    """A double-quoted YAML scalar (JSON's escapes, which YAML reads the same)."""
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class Part:
    """The proposals drawn from one document: its name in messages (`shown`), its title (its
    first line), the source id its targets cite (None: to be filled in)."""

    shown: str
    title: str
    source_id: str | None
    proposals: Sequence[Proposal]


def to_yaml(parts: Sequence[Part], *, lang: str, province: str | None) -> str:
    """The target-file skeleton: header comments, `province` (the line given, `province: {id:
    …}`, or one to fill in), `sources` (one entry per document with a source id; none to fill
    in otherwise), and one target per proposal, in document order."""
    n = sum(len(part.proposals) for part in parts)
    shown = ", ".join(part.shown for part in parts)
    lines = [
        "# yaml-language-server: $schema=../schema/targets.schema.json",
        f"# {t('extract.yaml.header', lang, path=shown, n=n)}",
        *_province(province, lang),
    ]
    cited = [part for part in parts if part.source_id]
    if cited:
        lines.append("sources:")
        for part in cited:
            lines += [
                f"  - id: {part.source_id}",
                f"    title: {quoted(part.title)}  # check: {t('extract.check.source', lang)}",
            ]
    else:
        lines.append(f"sources: []  # check: {t('extract.check.no_source', lang)}")
    ids: set[str] = set()
    entries = [_target(p, lang, part.source_id, ids) for part in parts for p in part.proposals]
    active = any(not line.startswith("  # ") for entry in entries for line in entry)
    # every entry commented out (new indicators only): the list is empty, the entries kept
    empty = (
        f"targets: []  # check: {t('extract.check.empty_list', lang)}" if entries else "targets: []"
    )
    lines.append("targets:" if active else empty)
    for entry in entries:
        lines += entry
    return "\n".join(lines) + "\n"


def _province(province: str | None, lang: str) -> list[str]:
    if province is not None:
        return [province]
    return [
        'province: {id: province-id, name: "?", name_en: "?"}'
        f"  # check: {t('extract.check.province', lang)}"
    ]


def _target(p: Proposal, lang: str, source_id: str | None, ids: set[str]) -> list[str]:
    fields = _fields(p, source_id, ids)
    checks = list(p.checks)
    off = p.new_indicator or _out_of_bounds(p)
    if _out_of_bounds(p):
        checks.append(Msg("extract.check.bounds"))
    if p.annual and p.year is None and p.qualitative is None:
        checks.append(Msg("extract.check.annual_no_year"))
    # a comment is one line: a text quoted in it may span the lines a PDF broke
    out = [f"  # check: {' '.join(m.render(lang).split())}" for m in checks]
    prefix = "  # " if off else "  "
    first = True
    for key, value in fields:
        lead = "- " if first else "  "
        out.append(f"{prefix}{lead}{key}: {value}")
        first = False
    return out


def _out_of_bounds(p: Proposal) -> bool:
    values = [v for v in (p.value, p.value_max) if isinstance(v, float)]
    if p.unit == "percent":
        return any(v < 0 or v > 100 for v in values)
    if p.unit == "rank":
        return any(v < 1 for v in values)
    return any(v < 0 for v in values)


def _fields(p: Proposal, source_id: str | None, ids: set[str]) -> Entry:
    fields: Entry = [("id", _id(p, ids))]
    if p.qualitative is not None:
        fields.append(("qualitative", quoted(p.qualitative)))
    else:
        fields.append(("indicator", str(p.indicator)))
        if p.comparator is not None:
            fields.append(("comparator", quoted(p.comparator)))
        if isinstance(p.value, bool):
            fields.append(("value", "true"))
        elif p.value is not None and p.value_max is not None:
            fields.append(("range", f"[{number(p.value)}, {number(p.value_max)}]"))
        elif p.value is not None:
            fields.append(("value", number(p.value)))
    if p.year is not None:
        fields.append(("year", str(p.year)))
    fields += _frequency(p)
    if p.approx:
        fields.append(("approx", "true"))
    if p.kind != "commitment":
        fields.append(("kind", p.kind))
    fields.append(("source", source_id or "null"))
    fields.append(("quote", quoted(p.quote)))
    return fields


def _frequency(p: Proposal) -> Entry:
    out: Entry = []
    if p.annual and p.qualitative is None and p.year is not None:
        out.append(("frequency", "annual"))
        if p.from_year is not None and p.year is not None and p.from_year <= p.year:
            out.append(("from_year", str(p.from_year)))
    if p.unit == "rank" and p.out_of and isinstance(p.value, float) and p.value <= p.out_of:
        out.append(("out_of", str(p.out_of)))
    return out


def _id(p: Proposal, ids: set[str]) -> str:
    """A kebab-case id, unique in the file: the indicator's words, the value, the year."""
    if p.qualitative is not None:
        words = fold(" ".join(p.qualitative.split()[:5])) or "task"
    else:
        base = str(p.indicator or "target")
        for tail in ("_rate", "_count", "_rank", "_done", "_people"):
            base = base.removesuffix(tail)
        words = fold(base)
        if isinstance(p.value, float):
            words += "-" + fold(number(p.value))
    if p.year is not None:
        words += f"-{p.year}"
    candidate, n = words, 2
    while candidate in ids:
        candidate, n = f"{words}-{n}", n + 1
    ids.add(candidate)
    return candidate
