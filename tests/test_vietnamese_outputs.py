"""Every Vietnamese output of the bundled workspace reads as Vietnamese: terminal tables of every
command, the HTML report, the text of the SVG charts, the human sheets of the workbooks and the
Markdown export carry no English-style number (`7,000`, `11.3%`), no ISO date (`2025-07-01`),
no province or indicator id where a name exists, and none of the English words a translation
leaves behind.

What the workspace's files say in their own words — source titles, quotes, notes, qualitative
promises, publishers — is the documents' text and is taken out before the checks; a page in
English is named by the translation of its title its file gives (`title_vi`), and a quote in
English by its translation (`quote_vi`), so the English title or quote is a slip; everything else
is dxgap's.
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from tests.conftest import REPO, Cli

from dxgap.targets.load import load_targets

# the English words of dxgap's own phrases: any of them in Vietnamese output is a slip
_WORDS = """
    the of and or by to in on for with from as at is are was not no yes
    target targets goal latest gap progress pace status source sources quote note year years
    province provinces indicator indicators planned actual projected ahead plan method linear
    cagr achieved track acceleration needed limited deterioration pending insufficient data
    overdue missed quantified qualitative rank places place pp done about annual every
    merged successor former unchanged coverage summary trajectory chart charts generated
    report measured benchmark own area breakdown name names id unit percent count index
    people boolean billion bn vnd true false recommended recommendation commitment value values
    wrote rows files file valid errors warnings
    usage options option error such missing argument arguments command try help invalid
    choice choose extra translated title aims strives
"""
ENGLISH = frozenset(_WORDS.split())

ENGLISH_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])")
ENGLISH_DECIMAL = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.])")
ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}(?:-\d{2})?(?!\d)")

_LOADED = load_targets(REPO / "targets")
PROVINCES = sorted(_LOADED.files)
INDICATORS = sorted(_LOADED.indicators)


def _document_texts() -> list[str]:
    """The documents' own words in the workspace, longest first (so that a title is taken out
    whole before a shorter text inside it)."""
    texts: set[str] = set()
    for tf in _LOADED.files.values():
        for src in tf.sources:  # a source in English is named by its translated title
            texts |= {src.title_vi or src.title, src.publisher or "", src.note or ""}
        for target in tf.targets:
            # a quote in English is shown by its translation (`quote_vi`): the English is a slip
            texts |= {target.quote_vi or target.quote, target.qualitative or "", target.note or ""}
    for row in _data_rows():  # a row's note only in Vietnamese: its `note` is mostly English
        texts |= {row.get("source") or "", row.get("note_vi") or ""}
    return sorted((t for t in texts if t), key=len, reverse=True)


def _data_rows() -> Iterator[dict[str, str]]:
    """Every row of the workspace's data files, as text."""
    for path in sorted((REPO / "data").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(row for row in handle if not row.startswith("#"))


DOCUMENT_TEXTS = _document_texts()


def _ours(text: str) -> str:
    """`text` without the documents' own words (whitespace made single, as tables wrap) and
    without the options a message names (`--qualitative`: typed as they are)."""
    flat = " ".join(text.split())
    for words in DOCUMENT_TEXTS:
        flat = flat.replace(" ".join(words.split()), " ")
    return re.sub(r"(?<!\w)--[a-z][a-z-]*", " ", flat)


def _slips(text: str, ids: bool = False) -> list[str]:
    """Everything in `text` (dxgap's own words) that is not Vietnamese as officials write it;
    province ids are allowed where they are a column of their own (`ids`: `dxgap list`)."""
    ours = _ours(text)
    found = ENGLISH_THOUSANDS.findall(ours) + ENGLISH_DECIMAL.findall(ours) + ISO_DATE.findall(ours)
    words = re.findall(r"[^\W\d_]+", re.sub(r"\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b", " ", ours))
    found += [w for w in words if w.lower() in ENGLISH]
    for pid in [] if ids else PROVINCES:
        found += [pid] if re.search(rf"(?<![\w-]){re.escape(pid)}(?![\w-])", ours) else []
    for iid in INDICATORS:
        found += [iid] if re.search(rf"(?<![\w-]){re.escape(iid)}(?![\w-])", ours) else []
    return found


def test_the_check_finds_what_it_looks_for() -> None:
    """The checks can fail: each kind of slip is caught, Vietnamese forms are not."""
    assert _slips("mục tiêu 7,000 đến năm 2025") == ["7,000"]
    assert _slips("đạt 11.3%") == ["11.3"]
    assert _slips("từ 2025-07-01") == ["2025-07-01"]
    assert _slips("tỉnh binh-duong") == ["binh-duong"]
    assert _slips("chỉ số online_dossier_rate") == ["online_dossier_rate"]
    assert _slips("trạng thái on track") == ["on", "track"]
    assert _slips("7.000 người, 86,3%, 1.586,5 tỷ đồng, hạng 11, 01/7/2025") == []
    assert _slips("mã work-records-online-2025") == []  # a target's id is shown, dim, by design


def test_an_english_note_of_a_data_row_is_no_document_text() -> None:
    """A row's English note shown in Vietnamese output would be found: notes are not taken out,
    their Vietnamese (`note_vi`) is."""
    english = [r["note"] for r in _data_rows() if re.search(r"\bthe\b", r.get("note") or "")]
    assert english  # the bundled data notes are mostly English
    assert all(_slips(note) for note in english)


def _cli_outputs(cli: Cli, tmp: Path) -> Iterator[tuple[str, str]]:
    """(what was run, its Vietnamese output) for every command that prints."""
    base = ["--lang", "vi", "-w", str(REPO)]
    runs: list[list[str]] = [["list"], ["list", "-f", "markdown"], ["validate"]]
    runs += [["compare", "--summary"], ["compare", "--summary", "-f", "markdown"]]
    for pid in PROVINCES:
        runs += [["check", pid], ["check", pid, "--as-of", "2024"], ["check", pid, "-q"]]
        runs += [["trajectory", pid, "--as-of", "2024"], ["trajectory", pid, "--chart"]]
        runs += [["check", pid, "-f", "markdown"], ["trajectory", pid, "-f", "markdown"]]
        runs += [["check", pid, "--by", "area"], ["check", pid, "--tally"]]
    runs += [["compare", iid] for iid in INDICATORS]
    runs += [["compare", iid, "-f", "markdown"] for iid in INDICATORS]
    runs += [["compare", iid, "--against", "vietnam"] for iid in INDICATORS[:10]]
    # a province's name mistyped: the names it may be (an id typed gets ids, what was typed)
    runs += [["check", "Bình Dươn"], ["trajectory", "Binh Phuoc x"], ["report", "Bạc Liê"]]
    for args in runs:
        code, out, err = cli(*args, *base)
        assert code in (0, 1), (args, err)
        yield " ".join(args), out + err
    # a command line typer cannot parse (exit 2): told in Vietnamese too
    # (not a value outside the choices: the choices are named as they are typed, `linear`)
    mistyped = [["check", "--nonsense"], ["check"], ["check", "binh-duong", "--as-of", "abc"],
                ["chek"], ["check", "a", "b"]]  # fmt: skip
    for args in mistyped:
        code, out, err = cli(*args, *base)
        assert code == 2, (args, err)
        yield " ".join(args), out + err


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    from tests.conftest import run_cli

    tmp = tmp_path_factory.mktemp("vi")
    with pytest.MonkeyPatch.context() as env:
        # wide enough that no id is wrapped across lines (ids are allowed, halves are not)
        env.setenv("COLUMNS", "400")
        env.setenv("TERM", "dumb")
        env.setenv("DXGAP_NO_CACHE", "1")
        found = dict(_cli_outputs(run_cli, tmp))
    # the report, every province
    page = tmp / "r.html"
    code, _, err = run_cli("report", *PROVINCES, "--lang", "vi", "-o", page, "-w", REPO)
    assert code == 0, err
    text = page.read_text(encoding="utf-8")
    svgs = re.findall(r"<svg.*?</svg>", text, flags=re.S)
    body = re.sub(r"<svg.*?</svg>|<style.*?</style>", " ", text, flags=re.S)
    body = re.sub(r'<span class="id">[^<]*</span>', " ", body)  # the target's id, dim
    found["report"] = html.unescape(re.sub(r"<[^>]+>", " ", body))
    found["report charts"] = _svg_text("".join(svgs), right_titles=True)
    # a chart picture
    svg = tmp / "bp.svg"
    code, _, err = run_cli("plot", "binh-phuoc", "--lang", "vi", "-o", svg, "-w", REPO)
    assert code == 0, err
    found["plot"] = _svg_text(svg.read_text(encoding="utf-8"), right_titles=True)
    # the human sheets and the Markdown export
    for table in ("gaps", "trajectory", "targets", "observations"):
        book = tmp / f"{table}.xlsx"
        args = ["export", "--all", "-t", table, "--lang", "vi", "-o", book, "-w", REPO]
        code, _, err = run_cli(*args)
        assert code == 0, err
        sheet = openpyxl.load_workbook(book).worksheets[0]
        cells = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
        cells = [c for c in cells if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", c)]  # ids
        found[f"sheet {table}"] = "\n".join(cells)
    return found


def _svg_text(svg: str, right_titles: bool) -> str:
    """The words a chart shows (its <text> elements), without the small grey target ids."""
    texts = [html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)]
    if right_titles:
        texts = [t for t in texts if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", t)]
    return "\n".join(texts)


def test_every_vietnamese_output_reads_as_vietnamese(outputs: dict[str, str]) -> None:
    slips = {
        what: sorted(set(_slips(text, ids=what.startswith("list"))))
        for what, text in outputs.items()
    }
    assert {what: found for what, found in slips.items() if found} == {}


def test_the_outputs_were_all_made(outputs: dict[str, str]) -> None:
    # the test above cannot pass by looking at nothing
    assert len(outputs) > 8 * len(PROVINCES)
    assert all(text.strip() for text in outputs.values())
    assert "Đã đạt" in outputs["report"]  # Bình Dương's work records (no target is on track)
    assert "Trạng thái" in outputs["sheet gaps"]


COMMANDS = [["check"], ["trajectory"], ["compare"], ["list"], ["validate"], ["report"], ["plot"],
            ["export"], ["init"], ["extract"], ["import", "opensdg"]]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_vietnamese_help_writes_its_defaults_as_vietnamese_does(command: list[str]) -> None:
    """`--help --lang vi` shows a decimal default as Vietnamese writes it (`[mặc định: 0,95]`,
    typer wrote `0.95`), the kind of value in words (`<đường dẫn>...`, was `<list[Path]>` for
    validate's paths), and a text with brackets whole (`pip install "dxgap[charts]"`: rich
    read `[charts]` as markup and dropped it, in both languages)."""
    from tests.conftest import run_cli

    with pytest.MonkeyPatch.context() as env:
        env.setenv("COLUMNS", "400")  # one option on one line
        code, out, err = run_cli(*command, "--help", "--lang", "vi")
    assert code == 0, err
    defaults = re.findall(r"\[mặc định: ([^\]]*)\]", out)
    assert not [d for d in defaults if ENGLISH_DECIMAL.search(d) or ENGLISH_THOUSANDS.search(d)]
    assert not re.search(r"<(?:list\[|str|int|float|path|bool)", out, re.I)  # typer's types
    if command[0] in ("check", "plot", "export"):
        assert "[mặc định: 0,95]" in out
    if command[0] == "plot":
        assert 'pip install "dxgap[charts]"' in out


def test_a_mistyped_name_is_answered_with_names(outputs: dict[str, str]) -> None:
    """Who types a province's name is offered names (`Bình Dương`), not the ids (`binh-duong`)
    that the every-output check above would count as slips."""
    assert "có phải là Bình Dương, Bình Định, Bình Thuận?" in outputs["check Bình Dươn"]
    assert "có phải là Bình Phước," in outputs["trajectory Binh Phuoc x"]


THANH_HOA = REPO / "tests" / "fixtures" / "cases" / "report-vi-english-goals" / "ws"
"""../shared/cases/report-vi-english-goals (also export-lang-vi-english, vi-overdue-label: the
same workspace): Thanh Hóa's plan and reports, as a user tried them."""


def _page_text(page: Path) -> str:
    """The words a report shows: no chart, no style sheet, no dim target id."""
    body = re.sub(r"<svg.*?</svg>|<style.*?</style>", " ", page.read_text("utf-8"), flags=re.S)
    body = re.sub(r'<span class="id">[^<]*</span>', " ", body)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def test_case_report_vi_english_goals(cli: Cli, tmp_path: Path) -> None:
    # was: goal, latest and gap cells '≥ 100.0% by 2025', '+36.0 pp', 'rank 11 (2023)', 'linear'
    page = tmp_path / "r-vi.html"
    code, _, err = cli("report", "thanh-hoa", "--lang", "vi", "-o", page, "-w", THANH_HOA)
    assert code == 0, err
    text = _page_text(page)
    assert _slips(text) == []
    assert "phương pháp tuyến tính" in text
    assert "≤ hạng 10 đến năm 2025" in " ".join(text.split())


def test_case_export_lang_vi_english(cli: Cli, tmp_path: Path) -> None:
    # was: English names, snake_case headers and status codes (`overdue`) in the workbook
    book = tmp_path / "out.xlsx"
    code, _, err = cli("export", "thanh-hoa", "--lang", "vi", "-o", book, "-w", THANH_HOA)
    assert code == 0, err
    human, machine = openpyxl.load_workbook(book).worksheets[:2]
    header = [c.value for c in human[1]]
    assert "Trạng thái" in header
    assert not [h for h in header if re.fullmatch(r"[a-z]+(?:_[a-z]+)+", str(h))]
    cells = [c for row in human.iter_rows(min_row=2, values_only=True) for c in row]
    assert "Đã đến hạn, chờ số liệu" in cells
    assert "overdue" not in cells
    assert "status" in [c.value for c in machine[1]]  # the stable keys stay for scripts


def test_case_vi_overdue_label(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    # was: 'Quá hạn, chưa có số liệu' (late, failed) beside a figure, 'hạng 11 (2023)'
    monkeypatch.setenv("COLUMNS", "80")
    code, out, err = cli("check", "thanh-hoa", "--lang", "vi", "-w", THANH_HOA)
    assert code == 0, err
    flat = " ".join(out.split())
    assert "Quá hạn" not in flat
    assert "Đã đến hạn, chờ số liệu" in " ".join(re.sub(r"[│┃]", " ", out).split())
