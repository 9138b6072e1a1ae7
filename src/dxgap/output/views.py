"""What each command shows in the terminal, composed from the library's results: titles,
notices, tables and summary lines, as lists of rich renderables (printing is the caller's)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import RenderableType
from rich.text import Text

from dxgap import places
from dxgap.engine import Options
from dxgap.output import tables, tasks
from dxgap.output.tables import plain
from dxgap.output.termchart import trajectory_chart
from dxgap.results import (
    Check,
    CheckBy,
    Comparison,
    ComparisonRow,
    GapRow,
    Lineage,
    Listing,
    Merger,
    SetAside,
    StatusSummary,
    Trajectory,
)
from dxgap.text import Msg, t
from dxgap.text.fmt import (
    PUBLISHED_DECIMALS,
    format_date,
    format_latest,
    format_period,
    format_target,
    format_value,
    in_sentence,
)


def _dim(text: str) -> Text:
    return plain(text, "dim")


def named_provinces(names: Sequence[str]) -> str | Msg:
    """Which provinces a file holds, for a "wrote …" line: their names when there are up to
    three ("Bình Dương", "Bình Dương, Việt Nam"), else how many ("12 tỉnh, thành phố")."""
    if 0 < len(names) <= 3:
        return ", ".join(names)
    return Msg("n.province" if len(names) == 1 else "n.provinces", n=len(names))


def check_title(name: str, pid: str, options: Options, lang: str) -> str:
    """'Bình Dương (binh-duong) · as of 2026 · method linear'."""
    method = t(f"method.{options.method}", lang)
    return t("title.check", lang, name=name, id=pid, year=options.as_of, method=method)


def merger_text(merger: Merger, lang: str, recommendations: bool = False) -> str:
    """What the 2025 reorganisation did to a former province, as the resolution words it: the
    units it joined (from the place reference), the unit they became, when its authorities began
    (the target file's `merged_on`); then what is shown: the province's own targets, and the
    recommendations made to it when there are any. The successor's id, a slug, only in English
    ("Thành phố Hồ Chí Minh (ho-chi-minh-city)")."""
    successor = t(
        "notice.successor",
        lang,
        name=in_sentence(merger.successor.name, lang),
        id=merger.successor.id,
    )

    def named(unit: places.Unit) -> str:  # "tỉnh Bình Dương"; English: "Bình Dương"
        return in_sentence(unit.name, lang) if lang == "vi" else unit.short

    own = places.get(merger.province.id, places.PREVIOUS)
    name = named(own) if own else merger.province.name
    others = places.predecessors(merger.successor.id)
    units = [name, *(named(u) for u in others if u.id != merger.province.id)]
    date = format_date(merger.date, lang) if merger.date else "?"
    shown = Msg("notice.merged_recommendations" if recommendations else "notice.merged_targets",
                name=name)  # fmt: skip
    return t("notice.merged", lang, units=units, successor=successor, date=date, shown=shown)


def check_view(
    result: Check, lang: str, width: int, qualitative: bool, filtered: bool = True
) -> list[RenderableType]:
    """`dxgap check`: the merger notice, the gap table by pillar, the tasks with their state
    (those with a reported state; every task with `qualitative`, or when there is nothing
    else to show) and their tally in the provinces' report form, and the summary line.
    `filtered`: whether --status, --pillar or --state was given (an empty table then says the
    filters left nothing; otherwise that the province has no targets yet)."""
    out: list[RenderableType] = []
    if result.merger is not None:
        merger = result.merger
        recommended = any(r.kind == "recommendation" for r in result.rows)
        notice = t("notice.note", lang) + merger_text(merger, lang, recommended)
        out.append(plain(notice, "italic"))
    title = check_title(result.province.name, result.province.id, result.options, lang)
    if result.predecessors:
        names = ", ".join(p.name for p in result.predecessors)
        title += " · " + t("title.predecessors", lang, names=names)
    measured = [r for r in result.rows if not tasks.is_task(r)]
    work = [r for r in result.rows if tasks.is_task(r)]
    if measured:
        method = result.options.method
        out.append(tables.gap_table(measured, title, lang, method, width, result.row_labels))
    else:
        out.append(plain(title, "bold"))
    rows = {(r.province, r.target_id): r for r in measured}
    for a in result.set_aside:  # why a target is not comparable: what its figures are
        if row := rows.get((a.province, a.target_id or "")):
            out.append(_dim(f"{row.target_id}: {set_aside_text(a, row, lang)}"))
    if not result.rows:  # say why there is nothing, not "0 targets: ·"
        pid = result.province.id
        out.append(
            plain(t("notice.no_match", lang) if filtered else t("notice.no_targets", lang, id=pid))
        )
        return out
    if work:
        everything = qualitative or not measured
        shown = work if everything else [r for r in work if r.task_state is not None]
        if shown:
            out.append(tasks.tasks_table(shown, lang, width))
        if len(shown) < len(work):
            out.append(_dim(t("notice.tasks_hidden", lang, n=len(work) - len(shown))))
        out.append(tasks.tally_line(tasks.count_states(work), lang))
    out.append(tables.summary_line(result.summary, lang))
    return out


def tally_view(result: Check, lang: str, width: int = 200) -> list[RenderableType]:
    """`dxgap check PROVINCE --tally`: the tasks counted by state, by pillar and by plan
    document, in the provinces' report form."""
    title = check_title(result.province.name, result.province.id, result.options, lang)
    return tasks.tally_view(result.rows, title, lang, result.labels.source_titles(lang), width)


def check_by_view(result: CheckBy, lang: str) -> list[RenderableType]:
    """`dxgap check --by area`: per target, its areas from furthest behind."""
    name, by = result.province.name, t(f"by.{result.by}", lang)
    if not result.rows:
        return [plain(t("notice.no_area", lang, name=name, by=by))]
    title = t(
        "title.check_by",
        lang,
        name=name,
        id=result.province.id,
        by=by,
        year=result.options.as_of,
        method=t(f"method.{result.options.method}", lang),
    )
    return [tables.by_table(result.rows, result.by, title, lang)]


def trajectory_view(result: Trajectory, lang: str, chart: bool) -> list[RenderableType]:
    """`dxgap trajectory`: per target a title line, then a terminal chart or a year table (a
    task: its reported states)."""
    drawn = [p for p in result.paths if p.points or p.set_aside or p.states]
    if not drawn:
        return [plain(t("notice.no_trajectory", lang))]
    out: list[RenderableType] = []
    for path in drawn:
        row = path.row
        title = t(
            "title.trajectory",
            lang,
            target=row.target_id,
            name=row.qualitative or row.indicator_name(lang),
            goal=format_target(None, None, row.target_year, "boolean", lang)
            if path.states  # a task: done by its deadline
            else row.goal(lang),
            status=t(f"summary.status.{row.status}", lang),  # mid-line: "trạng thái đúng tiến độ"
        )
        out.append(plain(title, "bold"))
        if path.states:  # a task: its reported states, in order
            out.append(tasks.history_table(path.states, lang))
            continue
        if path.set_aside:  # its figures are of another ranking, or of part of a year
            out.append(_dim(set_aside_text(path.set_aside, row, lang)))
        if not path.points:
            continue
        if chart:
            out.append(trajectory_chart(path.points, row, lang))
        else:
            annual = row.frequency == "annual"
            out.append(tables.trajectory_table(path.points, row.unit, lang, annual))
    return out


def set_aside_text(aside: SetAside, row: GapRow, lang: str) -> str:
    """Why `row`'s figures cannot judge it (docs/methodology.md §12, §14): "Not comparable:
    the figures are ranks out of 34 units (latest: rank 5 of 34, 2024); the target is a rank out
    of 63." """
    value = format_value(aside.value, row.unit, lang, aside.out_of, decimals=PUBLISHED_DECIMALS)
    when = format_period(aside.period, aside.year, lang)
    match aside.reason:
        case "out_of":
            n, target_n = aside.out_of, row.out_of
            return t("aside.out_of", lang, n=n, target_n=target_n, value=value, when=when)
        case "rankings":
            return t("aside.rankings", lang, year=aside.year, sizes=aside.sizes or [])
        case "ended":
            last = places.LAST_YEAR_OF_PREVIOUS
            return t("aside.ended", lang, due=row.due, last=last, value=value, when=when)
        case _:
            return t("aside.period", lang, value=value, when=when)


def lineage_text(lineage: Lineage, lang: str) -> str:
    """Where a province went in 2025, or what it absorbed: '→ Tỉnh Đồng Nai (75) from …'; the
    former unit whose name the new one took is marked as such ("Tỉnh Cà Mau (cũ)")."""
    date = format_date(lineage.date, lang) if lineage.date else "?"
    code = lineage.code or "?"

    def named(name: str) -> str:
        former = t("lineage.former", lang) if name == lineage.namesake else ""
        return in_sentence(name, lang) + former

    match lineage.kind:
        case "merged" if lineage.others:
            partners = [named(n) for n in lineage.others]
            return t(
                "lineage.merged",
                lang,
                successor=in_sentence(lineage.successor or "?", lang),
                code=code,
                date=date,
                partners=partners,
            )
        case "merged":
            return t(
                "lineage.merged_alone",
                lang,
                successor=in_sentence(lineage.successor or "?", lang),
                code=code,
                date=date,
            )
        case "absorbed":
            names = [in_sentence(n, lang) for n in lineage.others]
            return t("lineage.absorbed", lang, predecessors=names)
        case "unchanged":
            return t("lineage.unchanged", lang)
        case _:
            return ""


def _years(first: int | None, last: int | None) -> str | None:
    """The years a province's figures span: '2020–2024', or '2022' for one year."""
    if not first:
        return None
    return str(first) if last in (None, first) else f"{first}–{last}"


def listing_records(listings: Sequence[Listing], lang: str) -> list[dict[str, object]]:
    """`dxgap list` as records (for the table and the machine formats)."""
    return [
        {
            "province": item.province.id,
            "name": item.province.name,
            "targets": item.targets,
            "quantified": item.quantified,
            "observations": item.observations,
            "years": _years(item.first_year, item.last_year),
            "merged_into": item.merged_into,
            "merged_on": item.merged_on,
            "lineage": lineage_text(item.lineage, lang),
            "planned": item.planned,
        }
        for item in listings
    ]


NARROW = 100
"""Terminal columns below which wide tables are stacked: nothing is cut, nothing lost."""


def listing_view(listings: Sequence[Listing], lang: str, width: int = 200) -> list[RenderableType]:
    """`dxgap list`: one row per province; in a narrow terminal the 2025 lineage goes under the
    table, one line per province, rather than into a column too narrow for its dates."""
    rows = [
        [
            str(r["province"]),
            str(r["name"]),
            str(r["targets"]),
            str(r["quantified"]),
            str(r["observations"]),
            str(r["years"] or "–"),
            str(r["lineage"]),
        ]
        for r in listing_records(listings, lang)
    ]
    out: list[RenderableType] = []
    for planned in (True, False):  # provinces measured with no plan apart, last (issue 21)
        part = [r for r, i in zip(rows, listings, strict=True) if i.planned is planned]
        if not planned:  # no target counts: always 0
            part = [[r[0], r[1], *r[4:]] for r in part]
        if not part:
            continue
        if width >= NARROW:
            out.append(tables.province_table(part, lang, planned=planned))
            continue
        out.append(tables.province_table([r[:-1] for r in part], lang, False, planned))
        lead = 1 if lang == "vi" else 0  # Vietnamese reads the name, not the slug
        out += [plain(f"{r[lead]} {r[-1]}") for r in part if r[-1]]
    return out


def compare_title(result: Comparison, lang: str) -> str:
    """'Share of dossiers filed online (online_dossier_rate) · as of 2026 · against vietnam'."""
    ind = result.indicator
    name = ind.name.vi if lang == "vi" else ind.name.en
    title = t("title.compare", lang, name=name, id=ind.id, year=result.options.as_of)
    if result.benchmark is not None:
        title += t("title.against", lang, benchmark=result.benchmark.name)
    return title


def compare_view(result: Comparison, lang: str) -> list[RenderableType]:
    """`dxgap compare INDICATOR`: the provinces ranked."""
    title = compare_title(result, lang)
    if not result.rows and result.left_out:  # figures there are: of part of a year only
        return [plain(title, "bold"), *(plain(n, "italic") for n in comparison_notes(result, lang))]
    if not result.rows:
        return [plain(t("notice.no_compare", lang, title=title))]
    unit = result.indicator.unit.value
    bench = result.benchmark is not None
    lists = rankings(result, lang)
    out: list[RenderableType] = [
        tables.compare_table(rows, title + label, unit, lang, bench, names)
        for rows, label, names in lists
    ]
    out += _rank_years(lists, unit, lang)
    if any(r.mixed_periods for r in result.rows):  # a week's figure ranked with a year's
        out.append(plain(t("notice.note", lang) + t("notice.mixed_periods", lang), "italic"))
    out += [plain(line, "italic") for line in comparison_notes(result, lang)]
    sources = list(dict.fromkeys(r.source for r in result.rows if r.source))
    if sources:  # where the figures come from (issue 21): each row's in --format json
        out.append(plain(f"{t('report.source', lang)}: " + "; ".join(sources)))
    return out


def comparison_notes(result: Comparison, lang: str) -> list[str]:
    """The footnotes of a comparison (docs/methodology.md §14): the figures on another
    definition than most of their ranking's ("† On another definition (QĐ 766) than …"), and
    the figures of part of a year left out of a ranking of whole years, with how to rank them."""
    notes = []
    common = {
        r.out_of: r.definition for r in result.rows if r.definition and not r.other_definition
    }
    others = list(
        dict.fromkeys(
            (r.definition, common.get(r.out_of)) for r in result.rows if r.other_definition
        )
    )
    for definition, usual in others:
        notes.append(t("compare.other_definition", lang, definition=definition, usual=usual))
    if result.left_out:
        unit = result.indicator.unit.value
        figures = [
            f"{result.names.get(a.province, a.province)} "
            + format_latest(a.value, a.year, unit, lang, " ", a.out_of, a.period)
            for a in result.left_out
        ]
        code = "compare.left_out" if len(figures) == 1 else "compare.left_out_many"
        notes.append(t(code, lang, figures="; ".join(figures)))
    return notes


def _rank_years(
    lists: list[tuple[list[ComparisonRow], str, dict[str, str]]], unit: str, lang: str
) -> list[RenderableType]:
    """A note when a list holds latest figures of different years (a province's latest is of
    2022, another's of 2024): a rank is a place in its own year's ranking, and any other figure
    is compared with another year's, so their order is only indicative."""
    years = [[r.latest_year for r in rows if r.latest_year is not None] for rows, _, _ in lists]
    mixed = [y for y in years if len(set(y)) > 1]
    if not mixed:
        return []
    first, last = min(min(y) for y in mixed), max(max(y) for y in mixed)
    code = "notice.rank_years" if unit == "rank" else "notice.value_years"
    note = t("notice.note", lang) + t(code, lang, first=first, last=last)
    return [plain(note, "italic")]


def rankings(
    result: Comparison, lang: str
) -> list[tuple[list[ComparisonRow], str, dict[str, str]]]:
    """The compared rows by ranking, each with its title's label and its provinces' names: ranks
    out of different numbers of units are two lists, never one ("bảng xếp hạng 63 tỉnh, thành
    phố trước khi sắp xếp", "… 34 tỉnh, thành phố sau sắp xếp"). The place reference's scheme is
    the number of units, so a rank out of 34 is of the unit formed in 2025: there a unit that
    absorbed others is named with them ("Đà Nẵng ← Quảng Nam"), not taken for its namesake of
    the 63. One list (or no ranks) has no label."""
    sizes = list(dict.fromkeys(r.out_of for r in result.rows))
    if len(sizes) < 2:
        return [(result.rows, "", result.names)]
    out = []
    for size in sizes:
        rows = [r for r in result.rows if r.out_of == size]
        names = dict(result.names)
        if size is None:
            label = ""
        elif str(size) in (places.CURRENT, places.PREVIOUS):
            label = t(f"title.ranking_{size}", lang)
        else:
            label = t("title.ranking_of", lang, n=size)
        if str(size) == places.CURRENT:
            for r in rows:
                absorbed = [u.short for u in places.predecessors(r.province) if u.id != r.province]
                if absorbed:
                    shown = names.get(r.province, r.province)
                    names[r.province] = f"{shown} " + t(
                        "lineage.absorbed", lang, predecessors=absorbed
                    )
        out.append((rows, label, names))
    return out


def status_summary_view(result: StatusSummary, lang: str, width: int = 200) -> list[RenderableType]:
    """`dxgap compare --summary`: who is behind — a table, or in a narrow terminal one block
    per province (its counts as a sentence), so that no label or figure is cut."""
    title = t("title.summary", lang, year=result.options.as_of)
    if not result.rows:
        return [plain(t("notice.no_compare", lang, title=title))]
    if width >= NARROW:
        return [tables.status_summary_table(result.rows, title, lang, result.names)]
    return [plain(title, "bold"), *tables.status_summary_lines(result.rows, lang, result.names)]


def markdown_frame(result: Check | CheckBy | Trajectory, lang: str) -> tuple[list[str], list[str]]:
    """What `--format markdown` writes around a table, as the terminal shows it: above, the
    merger notice (in italics) and the title (province · as of · method, in bold); below,
    `check`'s summary line."""
    if isinstance(result, CheckBy):
        by = t(f"by.{result.by}", lang)
        method = t(f"method.{result.options.method}", lang)
        title = t("title.check_by", lang, name=result.province.name, id=result.province.id,
                  by=by, year=result.options.as_of, method=method)  # fmt: skip
        return [f"**{title}**"], []
    title = check_title(result.province.name, result.province.id, result.options, lang)
    above: list[str] = []
    below: list[str] = []
    if isinstance(result, Check):
        if result.merger is not None:
            recommended = any(r.kind == "recommendation" for r in result.rows)
            notice = merger_text(result.merger, lang, recommended)
            above.append(f"*{t('notice.note', lang)}{notice}*")
        if result.predecessors:
            names = ", ".join(p.name for p in result.predecessors)
            title += " · " + t("title.predecessors", lang, names=names)
        below.append(tables.summary_line(result.summary, lang).plain)
    return [*above, f"**{title}**"], below
