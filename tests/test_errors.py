"""Problems as data: a code and parameters, rendered in either language, never parsed back."""

from __future__ import annotations

from dxgap.errors import InputError, Problem
from dxgap.text import Msg


def test_a_message_renders_in_both_languages_from_the_same_code() -> None:
    msg = Msg(
        "unknown.indicator", query="dti", hint=Msg("hint.did_you_mean_any", names=["dti_rank"])
    )
    assert msg.render("en") == "unknown indicator 'dti'; did you mean dti_rank?"
    assert msg.render("vi") == "không có chỉ số 'dti'; có phải là dti_rank?"


def test_numbers_in_parameters_follow_the_language() -> None:
    msg = Msg("bounds.above", value=100.5, limit=100.0, owner=Msg("owner.unit", unit="percent"))
    assert msg.render("en") == "100.5 is above 100, the maximum for unit 'percent'"
    assert msg.render("vi") == "100,5 lớn hơn 100, mức tối đa của đơn vị phần trăm (%)"
    size = Msg("file.too_big", size=2_000_000, limit=1_048_576)
    assert size.render("en") == "file is 2,000,000 bytes; the limit is 1,048,576 bytes"
    assert size.render("vi") == "tệp có 2.000.000 byte; giới hạn là 1.048.576 byte"


def test_a_problem_is_located_and_carries_its_code() -> None:
    p = Problem("data/x.csv", Msg("file.not_utf8", byte="0xff"), 3, 7, "value")
    assert (
        p.format("en")
        == "data/x.csv:3:7: value: not valid UTF-8 (byte 0xff); save the file as UTF-8"
    )
    assert p.to_dict() == {
        "path": "data/x.csv",
        "line": 3,
        "column": 7,
        "location": "value",
        "message": "not valid UTF-8 (byte 0xff); save the file as UTF-8",
        "severity": "error",
        "code": "file.not_utf8",
        "sheet": None,
        "record": None,
    }


def test_warnings_and_whole_rows_are_labelled_in_the_language() -> None:
    p = Problem("data/x.csv", Msg("file.utf16"), 2, 1, "row", "warning")
    assert p.format("en").startswith("data/x.csv:2:1: row: warning: ")
    assert p.format("vi").startswith("data/x.csv:2:1: dòng: cảnh báo: ")


def test_messages_survive_a_round_trip_as_plain_data() -> None:
    msg = Msg("unknown.target", query="x", province="bd", hint=Msg("hint.known", names=["a", "b"]))
    assert Msg.from_dict(msg.to_dict()) == msg


def test_an_input_error_lists_every_problem_in_the_language() -> None:
    error = InputError(
        [Problem("a.yaml", Msg("file.not_found")), Problem("b.csv", Msg("file.utf16"), 1, 1)]
    )
    assert error.lines("vi") == [
        "a.yaml: không có tệp này",
        "b.csv:1:1: tệp được mã hóa UTF-16; hãy lưu lại dạng UTF-8",
    ]
    assert str(error) == "a.yaml: no such file\nb.csv:1:1: file is UTF-16 encoded; save it as UTF-8"


def test_names_a_user_must_type_stay_quoted_in_vietnamese() -> None:
    msg = Msg("data.unknown_column", column="comment", hint=None, allowed=["province", "year"])
    assert msg.render("en") == "unknown column 'comment'; allowed: province, year"
    assert msg.render("vi") == "cột 'comment' không hợp lệ; các cột được phép: 'province', 'year'"


def test_a_workbook_problem_is_located_as_spreadsheets_name_cells() -> None:
    from dxgap.errors import cell_ref

    p = Problem("data/bd.xlsx", Msg("data.province_empty"), 5, 3, "province", sheet="Số liệu 2024")
    assert p.format("en") == "data/bd.xlsx:'Số liệu 2024'!C5: province: province is empty"
    assert Problem("x.xlsx", Msg("file.utf16"), 2, 1, sheet="Data").where == "x.xlsx:Data!A2"
    assert (cell_ref(1, 26), cell_ref(1, 27), cell_ref(9, 703)) == ("Z1", "AA1", "AAA9")
    assert p.to_dict()["sheet"] == "Số liệu 2024"
