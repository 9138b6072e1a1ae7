"""Ctrl-C during `dxgap export` to a file, for real: a `dxgap` process is sent SIGINT while it
is held at a chosen point of writing, and the README's promise is checked — before the new file
is renamed into place, an existing file stays byte-identical, no temporary file is left and
nothing is said about rows written; after it, the file is the whole new one. Either way the
exit code is 130.

The process is held, not raced against a clock: a hook in the child says "paused" at its point
and waits for a line on its standard input, which the test sends only after the signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import openpyxl
import polars as pl
import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is a POSIX signal")

OLD = b"an export the user keeps\n" * 100

CHILD = """
import os, sys
from pathlib import Path

import dxgap.output.export as exp

point = sys.argv[1]


def pause():
    sys.stdout.write("paused\\n")
    sys.stdout.flush()
    sys.stdin.readline()


if point == "encoding":  # the file's bytes are made (Polars, xlsxwriter), none written yet
    made = exp.encode

    def encode(*args, **kwargs):
        data = made(*args, **kwargs)
        pause()
        return data

    exp.encode = encode
elif point == "created":  # the temporary file has just appeared, empty
    real_open = os.open

    def opened(path, *args, **kwargs):
        fd = real_open(path, *args, **kwargs)
        if str(path).endswith(".tmp"):
            pause()
        return fd

    os.open = opened
elif point == "written":  # the temporary file is whole, not yet renamed
    real_write = Path.write_bytes

    def written(self, data):
        n = real_write(self, data)
        if self.name.endswith(".tmp"):
            pause()
        return n

    Path.write_bytes = written
elif point == "renamed":  # the new file is in place
    real_replace = os.replace

    def replaced(*args, **kwargs):
        real_replace(*args, **kwargs)
        pause()

    os.replace = replaced

from dxgap.cli import main

sys.argv = ["dxgap", *sys.argv[2:]]
try:
    main()
finally:
    if point == "finished":  # the command is over, the interpreter about to shut down
        pause()
"""

CATALOGUE = """indicators:
  - id: online_dossier_rate
    name: {vi: "Tỷ lệ hồ sơ trực tuyến", en: "Online dossier rate"}
    unit: percent
    pillar: digital_government
"""

PLAN = """province: {id: tinh-a, name: "Tỉnh A", name_en: "Province A", code: "01"}
sources:
  - id: src-1
    title: "Nghị quyết số 1"
    date: 2022-05-19
    url: "https://example.org/nq1"
    reliability: A
targets:
  - id: online-dossier-2025
    indicator: online_dossier_rate
    comparator: ">="
    value: 80
    year: 2025
    source: src-1
    quote: "80% hồ sơ trực tuyến"
"""

YEARS = range(2015, 2025)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One province, one indicator, a figure a year for 2015–2024: 10 observations."""
    ws = tmp_path_factory.mktemp("ws")
    (ws / "targets").mkdir()
    (ws / "data").mkdir()
    (ws / "targets" / "indicators.yaml").write_text(CATALOGUE, encoding="utf-8")
    (ws / "targets" / "tinh-a.yaml").write_text(PLAN, encoding="utf-8")
    rows = [f"tinh-a,online_dossier_rate,{y},{30 + 5 * (y - 2015)}" for y in YEARS]
    text = "province,indicator,year,value\n" + "\n".join(rows) + "\n"
    (ws / "data" / "tinh-a.csv").write_text(text, encoding="utf-8")
    return ws


def interrupted(ws: Path, out: Path, point: str) -> tuple[int, str]:
    """Run `dxgap export --all -t observations -o OUT`, send SIGINT once it is held at `point`,
    then let it go on: (exit code, stderr)."""
    args = ["export", "--all", "-t", "observations", "-w", str(ws), "-o", str(out)]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, point, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "DXGAP_NO_CACHE": "1", "DXGAP_LANG": "en"},
    )
    assert child.stdout is not None
    paused = child.stdout.readline()
    if paused != b"paused\n":  # never reached its point: show why
        child.kill()
        pytest.fail(f"no pause at {point}: {paused!r} {child.communicate()[1].decode()}")
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(b"go\n", timeout=120)
    return child.returncode, err.decode()


def rows_in(path: Path, fmt: str) -> list[int]:
    """The years of the observations in an exported file (one per row)."""
    if fmt == "csv":
        return pl.read_csv(path)["year"].to_list()
    if fmt == "parquet":
        return pl.read_parquet(path)["year"].to_list()
    machine = openpyxl.load_workbook(path).worksheets[1]
    header = [c.value for c in machine[1]]
    years = header.index("year")
    return [row[years] for row in machine.iter_rows(min_row=2, values_only=True)]


FORMATS = ("csv", "parquet", "xlsx")


@pytest.mark.parametrize("point", ["encoding", "created", "written"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_ctrl_c_before_the_rename_leaves_the_old_file(
    workspace: Path, tmp_path: Path, fmt: str, point: str
) -> None:
    out = tmp_path / f"out.{fmt}"
    out.write_bytes(OLD)
    code, err = interrupted(workspace, out, point)
    assert code == 130, err
    assert out.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file
    assert "wrote" not in err
    assert "rows" not in err
    assert "Traceback" not in err
    assert "interrupted (Ctrl-C)" in err  # said, not a silent exit 130


@pytest.mark.parametrize("fmt", FORMATS)
def test_ctrl_c_after_the_rename_leaves_the_whole_new_file(
    workspace: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"out.{fmt}"
    out.write_bytes(OLD)
    code, err = interrupted(workspace, out, "renamed")
    assert code == 130, err
    assert rows_in(out, fmt) == list(YEARS)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    assert "wrote" not in err  # interrupted: the run does not report success
    assert "Traceback" not in err


@pytest.mark.parametrize("fmt", FORMATS)
def test_ctrl_c_once_the_run_is_over_changes_nothing(
    workspace: Path, tmp_path: Path, fmt: str
) -> None:
    # A Ctrl-C during the interpreter's shutdown, after the run has reported success, leaves
    # the run's exit code: no "wrote …" line beside an exit 130.
    out = tmp_path / f"out.{fmt}"
    out.write_bytes(OLD)
    code, err = interrupted(workspace, out, "finished")
    assert code == 0, err
    assert rows_in(out, fmt) == list(YEARS)
    assert "wrote" in err
    assert "Traceback" not in err
