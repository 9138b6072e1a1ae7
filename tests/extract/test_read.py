"""Reading documents: HTML stripped, NFC, and hostile input refused with a located message."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from dxgap.errors import InputError
from dxgap.extract import from_bytes, read, read_path
from dxgap.extract.read import MAX_BYTES


def test_html_loses_its_markup_and_scripts(tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    page.write_text(
        "<html><head><title>x</title><script>var a = '80%';</script></head><body>"
        "<p>Phấn đấu đến năm 2025 đạt <b>80%</b> &amp; hơn.</p><p>Dòng hai</p></body></html>",
        encoding="utf-8",
    )
    doc = read_path(page)
    assert doc.text == "Phấn đấu đến năm 2025 đạt 80% & hơn.\nDòng hai\n"


def test_text_is_nfc(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(unicodedata.normalize("NFD", "Bình Dương"), encoding="utf-8")
    assert read_path(path).text == "Bình Dương"


def test_binary_is_refused_at_its_place(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    with pytest.raises(InputError) as e:
        read_path(path)
    (problem,) = e.value.problems
    assert problem.code == "extract.not_text"
    assert (problem.line, problem.column) == (1, 1)
    assert problem.format("en") == (
        f"{path}:1:1: is not a text file (format: PDF): convert it to text first "
        "(.txt, .md or .html)"
    )
    assert "không phải tệp văn bản (định dạng PDF)" in problem.format("vi")


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x03\x00>\x00", "ELF"),  # a program
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP (docx, xlsx, odt …)"),  # a Word file
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE (doc, xls)"),
    ],
)
def test_a_binary_format_is_named_not_called_utf16(tmp_path: Path, head: bytes, kind: str) -> None:
    """An ELF program has NUL bytes every other byte, as UTF-16 text has: the review found it
    reported as UTF-16. It is not a text file, and the message says its format."""
    path = tmp_path / "plan.txt"
    path.write_bytes(head + bytes(range(256)) * 4)
    with pytest.raises(InputError) as e:
        read_path(path)
    (problem,) = e.value.problems
    assert (problem.code, problem.msg.params["kind"]) == ("extract.not_text", kind)


def test_nul_bytes_that_are_no_utf16_text(tmp_path: Path) -> None:
    """No known format, NULs among bytes that do not read as UTF-16 text: refused at the first
    NUL's line."""
    path = tmp_path / "plan.txt"
    path.write_bytes(b"abc\ndef\n\x00\x01\x02\x03\xfe\xfe\x00\x00\x9b\x00\x07\x00" * 40)
    with pytest.raises(InputError) as e:
        read_path(path)
    (problem,) = e.value.problems
    assert (problem.code, problem.line) == ("extract.binary", 3)
    assert "is not a text file" in problem.format("en")


def test_utf16_text_is_still_told_to_be_saved_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes("Phấn đấu đến năm 2025 đạt 80%.\n".encode("utf-16-le") * 20)
    with pytest.raises(InputError) as e:
        read_path(path)
    assert e.value.problems[0].code == "file.utf16"


def test_other_encodings_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes("Bình Dương".encode("cp1258", errors="replace") + b"\xff")
    with pytest.raises(InputError) as e:
        read_path(path)
    assert e.value.problems[0].code == "file.not_utf8"


def test_a_pdf_by_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(InputError) as e:
        read_path(path)
    assert e.value.problems[0].code == "extract.suffix"


def test_50_mb_of_text_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as fh:
        line = "The quick brown fox jumps over the lazy dog 12345.\n"
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    with pytest.raises(InputError) as e:
        read_path(path)
    (problem,) = e.value.problems
    assert problem.code == "extract.too_big"
    assert problem.msg.params["limit"] == MAX_BYTES
    with pytest.raises(InputError):
        from_bytes(b"x" * (MAX_BYTES + 1), "<stdin>")


def test_text_without_vietnamese_is_told(tmp_path: Path) -> None:
    doc = from_bytes(b"Target: 80% of services online by 2025.\n", "<stdin>")
    assert not doc.vietnamese
    assert from_bytes("Phấn đấu đạt 80%".encode(), "<stdin>").vietnamese


def test_a_folder_is_told_as_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError) as e:
        read_path(tmp_path)
    assert e.value.problems[0].code == "file.is_folder"


def test_a_documents_title_is_its_kind_and_name_not_its_issuer() -> None:
    # a new user's draft named its source "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG", the issuer's header
    text = (
        "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG\n"
        "Số: 12/KH-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Bình Dương, ngày 15 tháng 01 năm 2026\n\n"
        "KẾ HOẠCH\n"
        "Chuyển đổi số tỉnh Bình Dương giai đoạn 2026 - 2030\n\n"
        "I. MỤC TIÊU\n"
    )
    assert read.title(text, "plan.txt") == (
        "Kế hoạch Chuyển đổi số tỉnh Bình Dương giai đoạn 2026 - 2030"
    )
    news = "Bình Dương đặt mục tiêu 80% hồ sơ trực tuyến\n\nNgày 5/3, UBND tỉnh …\n"
    assert read.title(news, "news.txt") == "Bình Dương đặt mục tiêu 80% hồ sơ trực tuyến"
    assert read.title("ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH\n", "x.txt") == "x.txt"
