"""`dxgap extract` as a user runs it (issue 18's acceptance)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from dxgap.cli import app

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "fixtures" / "extract" / "003_57a534363e9e645b.txt"


def _workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    (ws / "targets").mkdir(parents=True)
    shutil.copy(REPO / "targets" / "indicators.yaml", ws / "targets" / "indicators.yaml")
    return ws


def test_the_acceptance_command_writes_yaml_that_validates(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    out = ws / "targets" / "binh-duong.yaml"
    args = ["extract", str(SEED), "--province", "binh-duong", "--source-id", "seed-003"]
    done = CliRunner().invoke(app, [*args, "-w", str(ws), "-o", str(out), "--lang", "en"])
    assert done.exit_code == 0, done.output
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["province"]["id"] == "binh-duong"
    assert data["sources"][0]["id"] == "seed-003"
    online = [t for t in data["targets"] if t.get("value") == 65]
    assert [t["indicator"] for t in online] == ["full_process_online_services_rate"]
    assert "cung cấp 65% dịch vụ công trực tuyến toàn trình" in online[0]["quote"]
    assert online[0]["source"] == "seed-003"
    assert "year" not in online[0]  # the text gives no deadline
    valid = CliRunner().invoke(app, ["validate", str(out), "-w", str(ws), "--lang", "en"])
    assert valid.exit_code == 0, valid.output


def test_json_on_stdout(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    done = CliRunner().invoke(app, ["extract", str(SEED), "-f", "json", "-w", str(ws)])
    assert done.exit_code == 0
    rows = json.loads(done.stdout)
    assert any(r["value"] == 65 and r["year"] is None for r in rows)


def test_standard_input_and_no_vietnamese(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    done = CliRunner().invoke(
        app, ["extract", "-", "-w", str(ws), "--lang", "en"], input="Reach 80% by 2025.\n"
    )
    assert done.exit_code == 0
    assert "no Vietnamese text found" in done.stderr
    assert "targets: []" in done.stdout


def test_a_binary_file_is_a_located_error_not_a_traceback(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    done = CliRunner().invoke(app, ["extract", str(path), "-w", str(ws), "--lang", "vi"])
    assert done.exit_code == 1
    assert f"{path}:1:1: không phải tệp văn bản (định dạng PNG)" in done.stderr
    assert "Traceback" not in done.output


@pytest.mark.parametrize("stdin", [False, True])
def test_a_program_is_not_a_text_file(tmp_path: Path, stdin: bool) -> None:
    """The review's instance: an ELF binary given as input was reported as UTF-16."""
    ws = _workspace(tmp_path)
    program = Path(sys.executable).resolve().read_bytes()[:65536]
    assert program.startswith(b"\x7fELF")
    path = tmp_path / "plan.txt"
    path.write_bytes(program)
    args = ["extract", "-" if stdin else str(path), "-w", str(ws), "--lang", "en"]
    done = CliRunner().invoke(app, args, input=program if stdin else None)
    assert done.exit_code == 1
    shown = "<stdin>" if stdin else str(path)
    assert f"{shown}:1:1: is not a text file (format: ELF)" in done.stderr
    assert "UTF-16" not in done.stderr
    assert "Traceback" not in done.output


def test_an_unknown_province_suggests(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    done = CliRunner().invoke(
        app, ["extract", str(SEED), "--province", "binh-duongg", "-w", str(ws), "--lang", "en"]
    )
    assert done.exit_code == 1
    assert "binh-duong" in done.stderr


def test_help_ends_with_an_example_that_runs_and_the_readme_lists_it(tmp_path: Path) -> None:
    import shlex

    shown = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "300"})
    assert shown.exit_code == 0
    example = next(line for line in shown.stdout.splitlines() if "Example: dxgap " in line)
    words = shlex.split(example.split("Example: dxgap ", 1)[1])
    words[1] = str(REPO / words[1])  # the example names the fixture from the repository's root
    done = CliRunner().invoke(app, [*words, "-w", str(REPO)])
    assert done.exit_code == 0, done.output
    assert "full_process_online_services_rate" in done.stdout
    assert "dxgap extract" in (REPO / "README.md").read_text(encoding="utf-8")


def test_html_and_qualitative_targets_validate(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    page = tmp_path / "plan.html"
    page.write_text(
        "<html><body><h2>Mục tiêu đến năm 2025</h2><ul>"
        "<li>Tối thiểu 80% thủ tục hành chính được chuyển đổi số hoàn toàn quy trình xử lý;</li>"
        "<li>Hình thành Trung tâm giám sát, điều hành thông minh của tỉnh;</li>"
        "<li>Phấn đấu 70% hợp tác xã bán hàng qua sàn thương mại điện tử.</li>"
        "</ul></body></html>",
        encoding="utf-8",
    )
    out = ws / "targets" / "lam-dong.yaml"
    args = ["extract", str(page), "-p", "Lâm Đồng", "--source-id", "kh-2025", "--qualitative"]
    done = CliRunner().invoke(app, [*args, "-w", str(ws), "-o", str(out)])
    assert done.exit_code == 0, done.output
    text = out.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["province"]["id"] == "lam-dong"
    (procedures,) = [t for t in data["targets"] if t.get("value") == 80]
    assert (procedures["comparator"], procedures["year"]) == (">=", 2025)
    assert any("qualitative" in t for t in data["targets"])
    assert "# - id:" in text  # the cooperatives' share: no such indicator, commented out
    valid = CliRunner().invoke(app, ["validate", str(out), "-w", str(ws), "--lang", "en"])
    assert valid.exit_code == 0, valid.output


def test_outside_a_workspace_the_shipped_catalogue_is_used(tmp_path: Path) -> None:
    done = CliRunner().invoke(
        app, ["extract", str(SEED), "-f", "json", "-w", str(tmp_path), "--lang", "en"]
    )
    assert done.exit_code == 0, done.output
    assert "the catalogue dxgap ships" in done.stderr
    rows = json.loads(done.stdout)
    assert "full_process_online_services_rate" in {r["indicator"] for r in rows}


def test_a_former_province_is_written_with_its_merger(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    done = CliRunner().invoke(app, ["extract", str(SEED), "-p", "Bình Dương", "-w", str(ws)])
    assert done.exit_code == 0, done.output
    province = yaml.safe_load(done.stdout)["province"]
    assert (province["id"], province["code"], province["merged_into"]) == (
        "binh-duong", "74", "ho-chi-minh-city",
    )  # fmt: skip


def test_a_source_id_a_target_file_would_refuse_is_a_usage_error(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    done = CliRunner().invoke(
        app, ["extract", str(SEED), "--source-id", "Seed 003", "-w", str(ws), "--lang", "en"]
    )
    assert done.exit_code == 2
    assert "seed-003" in done.stderr


def test_extract_loads_no_polars_and_runs_well_under_a_second() -> None:
    """The command a person runs on an article: no data engine, start-up included."""
    import subprocess
    import sys
    import time

    probe = (
        "import sys\nfrom dxgap.cli import app\n"
        f"try:\n    app(['extract', {str(SEED)!r}, '-f', 'json'], standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('polars', 'numpy', 'pandas') if m in sys.modules]\n"
        "print('HEAVY:' + ','.join(heavy), file=sys.stderr)\n"
    )
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    elapsed = time.perf_counter() - began
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "HEAVY:"
    assert elapsed < 5  # generous for a loaded CI machine; about 0.5 s on an idle one


def test_extract_has_no_decimal_option(tmp_path: Path) -> None:
    """--decimal says how data files write numbers; a document to extract from is read as
    Vietnamese writes numbers (an English-looking 7.5 is marked for checking), so extract
    does not take the option rather than take it and ignore it (issue 18 review)."""
    ws = _workspace(tmp_path)
    done = CliRunner().invoke(app, ["extract", str(SEED), "--decimal", "comma", "-w", str(ws)])
    assert done.exit_code == 2
    assert "--decimal" in done.output
    assert "--decimal" not in CliRunner().invoke(app, ["extract", "--help"]).stdout


def _draft_of_a_new_indicator(tmp_path: Path) -> tuple[Path, Path]:
    """A workspace and the draft `dxgap extract` wrote into it of a plan whose one target needs
    a new indicator (so its entry is commented out)."""
    ws = _workspace(tmp_path)
    doc = tmp_path / "plan.txt"
    doc.write_text(
        "Phấn đấu đến năm 2025 có 35 hợp tác xã nuôi tôm ứng dụng cảm biến độ mặn.\n",
        encoding="utf-8",
    )
    out = ws / "targets" / "binh-phuoc.yaml"
    args = ["extract", str(doc), "-p", "binh-phuoc", "--source-id", "doc", "-w", str(ws)]
    done = CliRunner().invoke(app, [*args, "-o", str(out), "--lang", "en"])
    assert done.exit_code == 0, done.output
    return ws, out


def test_a_draft_of_new_indicators_only_validates(tmp_path: Path) -> None:
    """Every entry proposes a new indicator, so every entry is commented out: the list is
    written empty (`targets: []`), not as a key with nothing under it, which validate refuses."""
    ws, out = _draft_of_a_new_indicator(tmp_path)
    text = out.read_text(encoding="utf-8")
    assert "targets: []" in text
    assert "  # - id: " in text
    valid = CliRunner().invoke(app, ["validate", str(out), "-w", str(ws), "--lang", "en"])
    assert valid.exit_code == 0, valid.output


def test_a_missing_document_is_a_usage_error(tmp_path: Path) -> None:
    # as `validate nofile.csv` is: exit 2, the path named, in the run's language
    for lang, said in (("en", "no such file or folder"), ("vi", "không có tệp hoặc thư mục này")):
        done = CliRunner().invoke(app, ["extract", str(tmp_path / "gone.txt"), "--lang", lang])
        assert done.exit_code == 2
        assert f"{tmp_path / 'gone.txt'}: {said}" in done.stderr


def test_a_draft_of_new_indicators_only_says_how_to_use_an_entry(tmp_path: Path) -> None:
    """Following the draft's notes — add the proposed indicator, uncomment the entry, change the
    empty list as its note says — gives a file validate accepts (uncommenting alone would leave
    `targets: []` above the entries)."""
    ws, out = _draft_of_a_new_indicator(tmp_path)
    lines = out.read_text(encoding="utf-8").splitlines()
    (head,) = [line for line in lines if line.startswith("targets:")]
    assert head.startswith("targets: []  # check: ")
    assert "change this line to `targets:`" in head
    kept = [line for line in lines if not line.startswith("  # check:")]
    edited = [
        "targets:" if line == head else "  " + line[4:] if line.startswith("  # ") else line
        for line in kept
    ]
    indicator = next(line.split(":", 1)[1].strip() for line in edited if "indicator:" in line)
    catalogue = ws / "targets" / "indicators.yaml"
    catalogue.write_text(
        catalogue.read_text(encoding="utf-8")
        + f"  - id: {indicator}\n    name: {{vi: Số hợp tác xã nuôi tôm dùng cảm biến, en: "
        + "Shrimp co-operatives using sensors}\n    unit: count\n    pillar: digital_economy\n",
        encoding="utf-8",
    )
    out.write_text("\n".join(edited) + "\n", encoding="utf-8")
    valid = CliRunner().invoke(app, ["validate", str(out), "-w", str(ws), "--lang", "en"])
    assert valid.exit_code == 0, valid.output


def test_the_run_s_language_reaches_extract(tmp_path: Path) -> None:
    """`dxgap --lang vi extract …` writes the draft in Vietnamese, as `dxgap extract --lang vi`."""
    doc = tmp_path / "plan.txt"
    doc.write_text("Phấn đấu đến năm 2025 đạt 90% hồ sơ trực tuyến toàn trình.\n", "utf-8")
    done = CliRunner().invoke(app, ["--lang", "vi", "extract", str(doc), "-p", "binh-duong"])
    assert done.exit_code == 0, done.output
    assert "Dự thảo do dxgap extract lập" in done.stdout


def test_a_folder_or_an_empty_document_is_told_as_such(tmp_path: Path) -> None:
    """A folder named where a document is expected is a usage error (exit 2, as a missing path
    is); an empty document is said to be empty, not to lack Vietnamese."""
    folder = CliRunner().invoke(app, ["extract", str(tmp_path), "--lang", "en"])
    assert folder.exit_code == 2
    assert "is a folder, expected a file" in folder.output
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    done = CliRunner().invoke(app, ["extract", str(empty), "--lang", "en"])
    assert done.exit_code == 0
    assert "the document is empty" in done.stderr
    assert "targets: []\n" in done.stdout  # no note about entries to uncomment: there are none
