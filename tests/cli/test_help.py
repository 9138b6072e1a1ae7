"""`--help` in the reader's language: Vietnamese with `--lang vi` or DXGAP_LANG=vi, English
otherwise, every text from the catalogues."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from dxgap.cli import app
from dxgap.text import catalogue

WIDE = {"COLUMNS": "200", "DXGAP_LANG": ""}


def _help(*args: str, **env: str) -> str:
    result = CliRunner().invoke(app, list(args), env={**WIDE, **env})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_application_help_in_vietnamese() -> None:
    out = _help("--help", "--lang", "vi")
    assert "Cách dùng: dxgap [TÙY CHỌN] LỆNH [THAM SỐ]..." in out
    assert "Đối chiếu các chỉ tiêu chuyển đổi số của tỉnh, thành phố" in out
    assert "─ Tùy chọn ─" in out
    assert "─ Lệnh ─" in out
    assert "In hướng dẫn này rồi kết thúc." in out  # the help option's own line
    assert "Liệt kê các tỉnh, thành phố trong thư mục làm việc" in out  # list's summary
    for english in ("Options", "OPTIONS", "COMMAND", "Commands", "Usage", "Show this message"):
        assert english not in out, english


def test_dxgap_lang_in_the_environment_is_enough() -> None:
    out = _help("check", "--help", DXGAP_LANG="vi")
    assert "Cách dùng: dxgap check [TÙY CHỌN] {tỉnh}" in out
    assert "Chỉ trụ cột này (dùng được nhiều lần)." in out
    assert "[mặc định: (thư mục hiện tại)]" in out  # --workspace's default, in words
    assert "[bắt buộc]" in out
    assert "Ví dụ: dxgap check binh-duong --as-of 2024" in out


@pytest.mark.parametrize("form", [["--lang", "vi"], ["--lang=vi"]])
def test_a_command_help_follows_its_lang_option(form: list[str]) -> None:
    out = _help("export", "--help", *form)
    assert "Mỗi tỉnh, thành phố một tệp, trong thư mục --output." in out
    assert "─ Tham số ─" in out


def test_the_kinds_of_values_in_the_readers_language() -> None:
    """The type column says what to type, in words: a text, a path, a number; a flag (`--all`,
    `--help`) takes no value and shows none (typer wrote `<bool>`); choices are the values."""
    vi = " ".join(_help("export", "--help", "--lang", "vi").split())
    assert "tỉnh <văn bản>... Các tỉnh, thành phố" in vi  # the argument, by its Vietnamese name
    assert "--workspace -w <đường dẫn>" in vi
    assert "--as-of <số nguyên> [2000<=x<=2100]" in vi
    assert "--on-track <số>" in vi
    assert "--table -t <gaps|trajectory|targets|observations>" in vi
    assert "--all Mọi tỉnh, thành phố" in vi
    for typer_word in ("<bool>", "<str>", "<path>", "<float>", "int range", "list[str]"):
        assert typer_word not in vi, typer_word
    en = " ".join(_help("export", "--help", "--lang", "en").split())
    assert "Usage: dxgap export [OPTIONS] [provinces]..." in en
    assert "--workspace -w <path>" in en
    assert "--on-track <number>" in en
    assert "<bool>" not in en


def test_english_after_vietnamese_in_one_process() -> None:
    """The page's words are set for each help shown, not left from the previous one."""
    _help("--help", "--lang", "vi")
    out = _help("check", "--help", "--lang", "en")
    assert "Usage: dxgap check [OPTIONS]" in out
    assert "─ Options ─" in out
    assert "─ Arguments ─" in out
    assert "Only this pillar (repeatable)." in out
    assert "[default: (current directory)]" in out
    assert "Tùy chọn" not in out


def test_a_group_without_a_command_shows_its_help_in_vietnamese() -> None:
    result = CliRunner().invoke(app, ["import"], env={**WIDE, "DXGAP_LANG": "vi"})
    assert "Chuyển số liệu ở định dạng khác thành tệp số liệu của dxgap." in result.output
    assert "opensdg" in result.output


def test_the_lang_option_before_the_command_sets_the_run() -> None:
    result = CliRunner().invoke(app, ["--lang", "vi", "list", "-w", "."], env=WIDE)
    assert "Các tỉnh, thành phố trong thư mục làm việc" in result.stdout


def _commands(command: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, f"{path}.{name}" if path else name)


def _code(path: str, name: str, text: dict[str, str]) -> str | None:
    own = f"help.{path or 'app'}.{name}"
    return own if own in text else (f"help.opt.{name}" if f"help.opt.{name}" in text else None)


def test_every_command_and_option_has_its_help_in_both_catalogues() -> None:
    """The English catalogue says what the code says (one source to translate from), and the
    Vietnamese one says it in Vietnamese: a new option without its help.* codes fails here."""
    en, vi = dict(catalogue("en")), dict(catalogue("vi"))
    for path, command in _commands(typer.main.get_command(app)):
        code = f"help.cmd.{path}" if path else "help.app"
        # the docstring's lines are wrapped as source is; a help text is one line a paragraph
        said = re.sub(r"(?<!\n)\n(?!\n)", " ", command.help or "")
        assert en.get(code) == said, code
        assert vi[code] != en[code], code
        for param in command.params:
            name = param.name or ""
            found = _code(path, name, en)
            assert found is not None, (path, name)
            assert en[found] == param.help, (path, name, found)
            assert vi[found] != en[found], found
