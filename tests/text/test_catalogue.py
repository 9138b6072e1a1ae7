"""Both catalogues hold the same codes with the same placeholders, and every code the code
base renders exists in them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dxgap import text
from dxgap.frames import STATUSES

SRC = Path(__file__).resolve().parents[2] / "src" / "dxgap"


def test_every_code_exists_in_both_languages() -> None:
    assert set(text.catalogue("en")) == set(text.catalogue("vi"))
    assert all(v.strip() for v in text.catalogue("vi").values())


def test_placeholders_match_across_languages() -> None:
    # Vietnamese may leave out `{id}`: a slug English readers type, which a Vietnamese title
    # replaces by the name alone
    vi = text.catalogue("vi")
    for code, english in text.catalogue("en").items():
        assert text.placeholders(english) - {"id"} == text.placeholders(vi[code]) - {"id"}, code
        assert text.placeholders(vi[code]) <= text.placeholders(english), code


def _literal_codes() -> set[tuple[str, str]]:
    """(file, code) of every string literal given as a code: `Msg("x", …)`, `t("x", …)`."""
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            first = node.args[0]
            if (
                name in ("Msg", "t")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.add((str(path.relative_to(SRC)), first.value))
    return found


def test_every_code_in_the_source_is_in_the_catalogue() -> None:
    codes = _literal_codes()
    assert len(codes) > 50  # the scan finds them
    missing = sorted(
        f"{where}: {code}" for where, code in codes if code not in text.catalogue("en")
    )
    assert missing == []


def test_no_english_text_travels_as_a_message() -> None:
    # the transition wrapper for English sentences is gone from the code base
    assert [f for f, code in _literal_codes() if code == "legacy.text"] == []
    assert "legacy.text" not in text.catalogue("en")


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_has_a_label_in_both_languages(status: str) -> None:
    assert text.status_label(status, "en") != text.status_label(status, "vi")


def test_status_labels_in_vietnamese() -> None:
    assert text.status_label("achieved", "vi") == "Đã đạt"
    assert text.status_label("on_track", "vi") == "Đúng tiến độ"
    assert text.status_label("no_data", "vi") == "Chưa có số liệu"


def test_a_missing_code_is_an_error_not_english() -> None:
    with pytest.raises(KeyError):
        text.t("no.such.code", "vi")


@pytest.mark.parametrize(
    "hostile",
    ["\x1b]0;owned\x07", "\x1b[2J", "\x1b[31mred", "\x9b31m", "\u202eesrever", "\u2066x\u2069",
     "\u061cmark", "nul\x00", "bell\x07", "cr\roverwrite"],
)  # fmt: skip
def test_text_from_files_never_carries_control_or_bidi_characters(hostile: str) -> None:
    # ../shared/cases/hostile-y-ansi: names and cells set the terminal title, cleared the
    # screen, recoloured and reversed text
    from dxgap.text import Msg, printable

    for shown in (
        printable(f"Tỉnh {hostile}"),
        Msg(
            "data.unknown_province", province=hostile, hint=Msg("hint.known_places", names=["a"])
        ).render("vi"),
    ):
        assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in shown if c != "\n")
        assert not any(
            c in shown for c in "\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        )
    assert printable("Tỉnh Bình Dương\nmột dòng nữa") == "Tỉnh Bình Dương\nmột dòng nữa"


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_help_texts_break_lines_only_between_paragraphs(lang: str) -> None:
    # A lone line break inside a paragraph is kept by the help page as written, and at another
    # terminal width leaves a stray short line ("counted on stderr with / every other row").
    import importlib
    import re

    help_text = importlib.import_module(f"dxgap.text.{lang}.help").TEXT
    lone = {code for code, words in help_text.items() if re.search(r"(?<!\n)\n(?!\n)", words)}
    assert lone == set()
