"""A command line typer cannot parse is told in the language of the run (issue 15: under
`--lang vi` these were typer's English), from the catalogues, with exit code 2 and the
"did you mean" typer knows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.conftest import Cli, english_words

CHECK_USAGE = ["Cách dùng: dxgap check [TÙY CHỌN] {tỉnh}", "Xem hướng dẫn: 'dxgap check --help'"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["check", "--lang", "vi", "--nonsense"], "lỗi: không có tùy chọn --nonsense"),
        (["check", "--lang", "vi"], "lỗi: chưa ghi tham số bắt buộc 'tỉnh'"),
        # click's own did-you-mean: --year is not an option, --by is the one like it
        (["check", "binh-duong", "--lang", "vi", "--year", "abc"],
         "lỗi: không có tùy chọn --year (có phải là '--by'?)"),
        (["check", "binh-duong", "--lang", "vi", "--as-of", "abc"],
         "lỗi: --as-of nhận một số nguyên, không phải 'abc'"),
        (["check", "binh-duong", "--lang", "vi", "--as-of", "1900"],
         "lỗi: --as-of phải từ 2000 trở lên (đã ghi '1900')"),
        (["check", "binh-duong", "--lang", "vi", "--method", "linea"],
         "lỗi: --method không nhận giá trị 'linea' (có phải là 'linear'?); chọn một trong: "
         "'linear', 'cagr'"),
        (["check", "binh-duong", "hanoi", "--lang", "vi"], "lỗi: thừa tham số: 'hanoi'"),
    ],
)  # fmt: skip
def test_a_command_line_typer_cannot_parse_is_told_in_vietnamese(
    cli: Cli, repo_workspace: Path, args: list[str], said: str
) -> None:
    code, out, err = cli(*args, "-w", repo_workspace)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert lines == [*CHECK_USAGE, said]
    assert english_words(re.sub(r"--[\w-]+", "", err)) == []  # options are typed as they are


def test_the_language_may_come_first_or_from_the_environment(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = cli("--lang", "vi", "chek")
    assert code == 2
    assert (
        err.strip().splitlines()[-1] == "lỗi: không có lệnh 'chek' (có phải là 'check', 'schema'?)"
    )
    monkeypatch.setenv("DXGAP_LANG", "vi")
    code, _, err = cli("check", "binh-duong", "--as-of")
    assert code == 2
    assert err.strip() == "lỗi: tùy chọn --as-of cần một giá trị"


def test_english_keeps_the_same_facts(cli: Cli, repo_workspace: Path) -> None:
    code, _, err = cli("check", "binh-duong", "--statu", "achieved", "-w", repo_workspace)
    assert code == 2
    assert err.strip().splitlines() == [
        "Usage: dxgap check [OPTIONS] {province}",
        "Try 'dxgap check --help' for help.",
        "error: no such option: --statu (did you mean '--state', '--status'?)",
    ]
    code, _, err = cli("export", "--table", "gap", "--lang", "en")
    assert code == 2
    assert err.strip().splitlines()[-1] == (
        "error: invalid choice for --table: 'gap' (did you mean 'gaps'?); choose one of: 'gaps', "
        "'trajectory', 'targets', 'observations'"
    )


def test_help_for_no_arguments_is_still_typers(cli: Cli) -> None:
    code, out, err = cli("--lang", "vi")
    assert code == 2
    assert "lỗi: chưa ghi lệnh" in err
    code, out, err = cli()
    assert "dxgap" in out + err  # the help page, as before
