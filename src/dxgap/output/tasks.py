"""Tasks — a plan's qualitative targets, and yes/no targets reported by state — as people read
them: each with its state (done, in progress, not started, dropped, or no information), the year
or date of the report and its evidence; and the tally in the provinces' own report form,
"hoàn thành 23/34; chưa hoàn thành 2; không thực hiện 2; chưa có thông tin 7", by state, by
pillar and by plan document (docs/methodology.md, tasks).

Counting here is counting the rows a command shows; the states themselves come from the engine.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from rich.table import Table
from rich.text import Text

from dxgap.frames import TASK_STATES
from dxgap.output.fit import break_id, id_room, widest
from dxgap.output.tables import STATUS_STYLE, _table, add_row, by_pillar, plain
from dxgap.results import GapRow, StateReport
from dxgap.text import pillar_label, printable, status_label, t
from dxgap.text.fmt import MISSING, format_date

STATES: tuple[str, ...] = (*TASK_STATES, "no_information")
"""A task's state as a tally counts it: the four reported states, and no report at all."""

STATE_STYLE = {
    "done": "bold green",
    "in_progress": "cyan",
    "not_started": "yellow",
    "dropped": "bold red",
    "no_information": "dim",
}

NARROW = 100
"""Terminal columns below which the evidence goes under the task rather than beside it."""


def is_task(row: GapRow) -> bool:
    """Whether a target is a task, followed by its completion state: the engine's rule
    (`GapRow.is_task`: a qualitative target, or a yes/no target with state rows)."""
    return row.is_task


def state_of(row: GapRow) -> str:
    """The task's latest reported state, or `no_information`."""
    return row.task_state or "no_information"


def state_label(state: str, lang: str) -> str:
    """A state in words ("Done", "Hoàn thành")."""
    return t(f"state.{state}", lang)


def count_states(rows: Sequence[GapRow]) -> dict[str, int]:
    """The tasks among `rows` counted by state, every state of `STATES` present (0 when none),
    plus `tasks`, their number."""
    found = Counter(state_of(r) for r in rows if is_task(r))
    counts = {s: found.get(s, 0) for s in STATES}
    return {"tasks": sum(counts.values()), **counts}


def tally_line(counts: Mapping[str, int], lang: str, head: bool = True) -> Text:
    """The provinces' report form: 'Nhiệm vụ: hoàn thành 23/34; chưa hoàn thành 2 (đang thực
    hiện 1; chưa thực hiện 1); không thực hiện 2; chưa có thông tin 7'. Done is always
    given (of the total); the other parts only when not zero. Without `head`, no 'Nhiệm vụ: '
    (a group's line under its name)."""
    text = Text(t("tally.head", lang) if head else "")
    total = counts["tasks"]
    text.append(t("tally.done", lang, n=counts["done"], total=total), style=STATE_STYLE["done"])
    progress, idle = counts["in_progress"], counts["not_started"]
    parts: list[tuple[str, str]] = []
    if progress + idle:
        detail = (
            t("tally.not_done_detail", lang, in_progress=progress, not_started=idle)
            if progress and idle
            else ""
        )
        parts.append((t("tally.not_done", lang, n=progress + idle) + detail, "yellow"))
    if counts["dropped"]:
        parts.append((t("tally.dropped", lang, n=counts["dropped"]), STATE_STYLE["dropped"]))
    if counts["no_information"]:
        parts.append((t("tally.no_information", lang, n=counts["no_information"]), "dim"))
    for part, style in parts:
        text.append(t("tally.separator", lang))
        text.append(part, style=style)
    return text


def reported(row: GapRow, lang: str) -> str:
    """When the task's state was reported: its date as the language writes it, else its year."""
    if row.state_date:
        return format_date(row.state_date, lang)
    return str(row.state_year) if row.state_year is not None else MISSING


def state_cell(row: GapRow, lang: str, when: bool = False) -> Text:
    """The state in words; with `when`, the report's date under it; a due task that is not
    done says so too ('Chưa thực hiện' / '(Không đạt)')."""
    state = state_of(row)
    text = Text(state_label(state, lang), style=STATE_STYLE[state])
    if when and row.task_state is not None:
        text.append(f"\n{reported(row, lang)}", style="dim")
    if row.status in ("missed", "overdue"):
        text.append(f"\n({status_label(row.status, lang)})", style=STATUS_STYLE[row.status])
    return text


def _promise(row: GapRow, lang: str) -> Text:
    promise = plain(row.qualitative or row.indicator_name(lang) or row.target_id)
    if row.kind == "recommendation":
        promise.append(f" ({t('recommended', lang)})", style="italic")
    return promise


def tasks_table(rows: Sequence[GapRow], lang: str, width: int = 120) -> Table:
    """Tasks with their deadline, their state (the date of the report under it) and the
    evidence. Vietnamese leads with the promise and keeps the id, dimmer, in the last column;
    English leads with the id. The evidence has a column when some task has one and the
    terminal is at least `NARROW` wide; else it goes under the promise. The evidence is the
    row's note in `lang` (`GapRow.evidence_in`: in Vietnamese only the Vietnamese note)."""
    evidence = [r.evidence_in(lang) for r in rows]
    beside = width >= NARROW and any(evidence)
    vi = lang == "vi"
    # the ids' room (fit.id_room): what the other columns leave, the evidence (wrapping) 16
    # cells at least, and in Vietnamese the promise 20; an English task column beside the
    # evidence is made as wide as its ids, or half the room the two share
    by = widest([t("col.by", lang), "2025"])
    state = widest([t("col.state", lang), *(state_cell(r, lang, when=True) for r in rows)])
    others = [by, state] + ([16] if beside else []) + ([20] if vi else [])
    room = id_room([r.target_id for r in rows], width, others)
    if beside and not vi:
        room = max(room, (width - 13 - by - state) // 2)
    table = _table(t("title.tasks", lang), title_justify="left", title_style="bold")
    fixed = room if beside and not vi else None
    head = t("col.promise" if vi else "col.task", lang)
    table.add_column(head, overflow="fold", ratio=3, width=fixed)
    table.add_column(t("col.by", lang), no_wrap=True)
    table.add_column(t("col.state", lang), no_wrap=width >= NARROW)
    if beside:
        table.add_column(t("col.evidence", lang), overflow="fold", ratio=2)
    if vi:
        table.add_column(t("col.id", lang), width=room, overflow="fold", style="dim")
    for row, said in zip(rows, evidence, strict=True):
        task = _promise(row, lang)
        if not vi:
            task = plain(break_id(row.target_id, room), "bold").append("\n").append_text(task)
        if said and not beside:
            task.append("\n").append_text(plain(said, "italic"))
        year = row.target_year
        cells: list[str | Text] = [task, str(year) if year else MISSING]
        cells.append(state_cell(row, lang, when=True))
        if beside:
            cells.append(said or "")
        if vi:
            cells.append(break_id(row.target_id, room))
        add_row(table, *cells)
    return table


Group = tuple[str, dict[str, int]]
K = TypeVar("K")


def tally_groups(
    rows: Sequence[GapRow], key: Callable[[GapRow], K]
) -> list[tuple[K, dict[str, int]]]:
    """The tasks counted by state in each group `key` gives (in order of first appearance)."""
    groups: dict[K, list[GapRow]] = {}
    for row in rows:
        if is_task(row):
            groups.setdefault(key(row), []).append(row)
    return [(name, count_states(items)) for name, items in groups.items()]


def by_pillar_groups(rows: Sequence[GapRow]) -> list[Group]:
    """The tally per pillar, pillars in the national programme's order."""
    tasks = [r for r in rows if is_task(r)]
    return [(pillar, count_states(items)) for pillar, items in by_pillar(tasks)]


def tally_table(groups: Sequence[Group], title: str, first: str, lang: str) -> Table:
    """Tasks by state in groups (pillars, plan documents): a row per group, a column per state,
    and the total."""
    table = _table(title, title_justify="left", title_style="bold")
    table.add_column(first, overflow="fold", ratio=1)
    table.add_column(t("col.total", lang), justify="right")
    for s in STATES:
        label = Text(state_label(s, lang), style=STATE_STYLE[s])
        table.add_column(label, justify="right")
    for name, counts in groups:
        add_row(
            table,
            name,
            str(counts["tasks"]),
            *[str(counts[s]) if counts[s] else "·" for s in STATES],
        )
    return table


def tally_records(
    rows: Sequence[GapRow], sources: Mapping[tuple[str, str], str]
) -> list[dict[str, Any]]:
    """The tally for machines (`check --tally --format json|csv`), per province: one record of
    all its tasks (`by` "all"), one per pillar (`by` "pillar", `pillar` its id) and one per plan
    document (`by` "source", `source` its id, `title` its title); each with `tasks` and a
    count per state (`done`, `in_progress`, `not_started`, `dropped`, `no_information`),
    which sum to `tasks`. The count keys are those of `api.tally`."""
    records: list[dict[str, Any]] = []
    for pid in dict.fromkeys(r.province for r in rows if is_task(r)):
        mine = [r for r in rows if r.province == pid]
        empty = {"pillar": None, "source": None, "title": None}
        records.append({"province": pid, "by": "all", **empty, **count_states(mine)})
        for pillar, counts in by_pillar_groups(mine):
            records.append({"province": pid, "by": "pillar", **empty, "pillar": pillar, **counts})
        for sid, counts in tally_groups(mine, lambda r: r.source or ""):
            title = sources.get((pid, sid))
            group = {"pillar": None, "source": sid or None, "title": title}
            records.append({"province": pid, "by": "source", **group, **counts})
    return records


TALLY_TABLE_FROM = 120
"""Terminal columns from which the tally by group is a table (a column per state); narrower,
each group is one line in the report form."""


def tally_view(
    rows: Sequence[GapRow],
    title: str,
    lang: str,
    sources: Mapping[tuple[str, str], str],
    width: int = 200,
) -> list[Any]:
    """`dxgap check PROVINCE --tally`: the report-form line, then the tasks by pillar and by
    plan document (the document's title, else its id): tables in a wide terminal, one
    report-form line per group in a narrow one."""
    counts = count_states(rows)
    if not counts["tasks"]:
        return [plain(title, "bold"), plain(t("notice.no_tasks", lang))]
    pillars = [(pillar_label(p, lang), c) for p, c in by_pillar_groups(rows)]
    documents = [
        (printable(sources.get(key, key[1] or MISSING)), c)
        for key, c in tally_groups(rows, lambda r: (r.province, r.source or ""))
    ]
    out: list[Any] = [plain(title, "bold"), tally_line(counts, lang)]
    for groups, code, first in (
        (pillars, "title.tally_pillar", "col.pillar"),
        (documents, "title.tally_source", "col.document"),
    ):
        if width >= TALLY_TABLE_FROM:
            out.append(tally_table(groups, t(code, lang), t(first, lang), lang))
            continue
        out.append(plain(t(code, lang), "bold"))
        for name, group in groups:
            line = Text("  ").append_text(tally_line(group, lang, head=False))
            out += [plain(name, "italic"), line]
    return out


def history_table(reports: Sequence[StateReport], lang: str) -> Table:
    """`dxgap trajectory` of a task: every reported state up to the as-of year, in order, with
    its date (else its year), the document it was reported in and its evidence (the note in
    `lang`: `StateReport.note_in`)."""
    table = _table()
    table.add_column(t("col.reported", lang), justify="right", no_wrap=True)
    table.add_column(t("col.state", lang))
    table.add_column(t("col.evidence", lang))
    for r in reports:
        when = format_date(r.date, lang) if r.date else str(r.year)
        state = Text(state_label(r.state, lang), style=STATE_STYLE.get(r.state, ""))
        evidence = "; ".join(printable(x) for x in (r.note_in(lang), r.source) if x) or MISSING
        add_row(table, when, state, evidence)
    return table
