"""Reading a document to extract from: plain text, Markdown or HTML, from a file or from bytes
given on standard input.

The text is decoded as UTF-8 (a byte-order mark is fine) and normalised to NFC, so that a
letter typed with combining accents is one character; offsets and quotes refer to this text.
HTML has its markup removed with the standard library's `html.parser` (tolerant of broken
markup, entities decoded; `script`, `style` and the like dropped; block elements end a line), so
no dependency is added for it. A file that is no text — a program, a PDF, a Word file, an image,
an archive (by its first bytes), or bytes with NULs or control characters that are no UTF-16
text — is refused as "not a text file" with its place; text in another encoding and input over
`MAX_BYTES` are refused with a located message.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from dxgap.errors import InputError, Problem
from dxgap.files import decode, looks_utf16, reading
from dxgap.text import Msg

MAX_BYTES = 2 * 1024 * 1024
"""Input above 2 MiB is refused: a province's plan is tens of kB as text, the national
programme a few hundred; the limit keeps a hostile input from running for minutes."""

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")

_VIETNAMESE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]"
)


@dataclass(frozen=True)
class Document:
    """A document's text as extracted from (`text`: NFC, markup removed) and the name messages
    give it (`shown`)."""

    shown: str
    text: str

    @property
    def vietnamese(self) -> bool:
        """Whether the text has any letter only Vietnamese writes (ă, ơ, đ, ạ …)."""
        return _VIETNAMESE.search(self.text) is not None


def read_path(path: Path, shown: str | None = None) -> Document:
    """The document at `path` (.txt, .md, .html, .htm). Raises `InputError` for another
    suffix, a missing or unreadable file, a file over `MAX_BYTES`, binary or non-UTF-8 bytes."""
    name = shown or str(path)
    suffix = path.suffix.lower()
    if path.is_dir():
        raise InputError.single(name, Msg("file.is_folder"))
    if suffix not in SUFFIXES:
        raise InputError.single(name, Msg("extract.suffix", suffix=suffix or path.name))
    with reading(name):
        if path.is_dir():
            raise IsADirectoryError(path)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError.single(name, Msg("extract.too_big", size=size, limit=MAX_BYTES), 1, 1)
        raw = path.read_bytes()
    return from_bytes(raw, name, html=suffix in HTML_SUFFIXES)


def from_bytes(raw: bytes, shown: str, html: bool | None = None) -> Document:
    """A document from its bytes (standard input: `html` None sniffs `<html`/`<!doctype`).
    Raises `InputError` as `read_path` does."""
    if len(raw) > MAX_BYTES:
        raise InputError.single(shown, Msg("extract.too_big", size=len(raw), limit=MAX_BYTES), 1, 1)
    _refuse_binary(raw, shown)
    text = decode(raw, shown)
    if html is None:
        html = re.match(r"\s*<(?:!doctype|html|head|body|p|div)\b", text[:512], re.I) is not None
    if html:
        text = strip_html(text)
    return Document(shown, unicodedata.normalize("NFC", text))


_SIGNATURES = (
    (b"\x7fELF", "ELF"),
    (b"MZ", "EXE"),
    (b"\xcf\xfa\xed\xfe", "Mach-O"),
    (b"\xca\xfe\xba\xbe", "Mach-O"),
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP (docx, xlsx, odt …)"),
    (b"\xd0\xcf\x11\xe0", "OLE (doc, xls)"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"RIFF", "RIFF"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ", "xz"),
    (b"7z\xbc\xaf", "7z"),
    (b"Rar!", "RAR"),
    (b"SQLite format 3", "SQLite"),
)
"""The first bytes of the binary files a user may give by mistake, with the format's name."""


def _refuse_binary(raw: bytes, shown: str) -> None:
    """Raise `InputError` ("not a text file") for bytes that are no text: a known binary
    format by its first bytes (a program, a PDF, a Word file, an image, an archive), NUL bytes
    that are not UTF-16 text, or control characters where text has none. UTF-16 text itself
    is left to `decode`, which says to save it as UTF-8."""
    kind = next((name for magic, name in _SIGNATURES if raw.startswith(magic)), None)
    if kind is not None:
        raise InputError([Problem(shown, Msg("extract.not_text", kind=kind), 1, 1)])
    head = raw[:4096]
    if (raw.startswith((b"\xff\xfe", b"\xfe\xff")) or looks_utf16(raw)) and _utf16_text(head):
        return
    at = raw.find(b"\x00")
    if at == -1:
        controls = re.search(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]", head)
        if controls is None or len(re.findall(rb"[\x01-\x08\x0e-\x1f\x7f]", head)) < 8:
            return
        at = controls.start()
    line = raw.count(b"\n", 0, at) + 1
    raise InputError([Problem(shown, Msg("extract.binary", offset=at), line, 1)])


def _utf16_text(head: bytes) -> bool:
    """Whether bytes read as UTF-16 (either order) are text: letters, digits, punctuation and
    spaces, no control characters (an ELF program has NULs every other byte too)."""
    for codec in ("utf-16", "utf-16-le", "utf-16-be"):
        if codec != "utf-16" and head.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        chars = head[: len(head) // 2 * 2].decode(codec, errors="replace")
        good = sum(1 for c in chars if c.isprintable() or c in "\r\n\t")
        if chars and good >= 0.95 * len(chars):
            return True
    return False


_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "figcaption",
        "caption",
        "dd",
        "dt",
        "hr",
        "title",
    ]
)


_CELLS = frozenset({"td", "th"})


class _Text(HTMLParser):
    """Collects the text of an HTML document, a line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _CELLS:
            self.parts.append(" | ")  # a table's row stays one line, its cells parted by |
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK and tag not in _CELLS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def strip_html(html: str) -> str:
    """The text of an HTML document: markup and scripts removed, entities decoded, a line per
    paragraph and per table row (its cells parted by ` | `, as `dxgap.extract.table` reads
    them), runs of spaces made one."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip(" |") for line in text.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


_KIND = re.compile(
    r"(?:KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|ĐỀ ÁN|CHỈ THỊ|THÔNG TƯ|"
    r"BÁO CÁO|THÔNG BÁO(?: KẾT LUẬN)?|CHIẾN LƯỢC)"
)
_HEADER = re.compile(
    r"(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐẢNG|"
    r"BAN CHẤP HÀNH|BAN THƯỜNG VỤ|TỈNH ỦY|TỈNH UỶ|BỘ |SỞ |Số\s*:|[-_*=\s]*$|.*,\s*ngày\s+\d)"
)
TITLE_LINES = 20
"""Lines at a document's head where its title is looked for."""


def title(text: str, shown: str) -> str:
    """A document's title for its `sources:` entry: the kind of a document and the line naming
    it (`KẾ HOẠCH` / `Chuyển đổi số tỉnh … giai đoạn 2026 - 2030` → `Kế hoạch Chuyển đổi số tỉnh
    … giai đoạn 2026 - 2030`), else its first line that is no issuer's header, number or
    dateline (`ỦY BAN NHÂN DÂN TỈNH …`, `Số: …`, `…, ngày 15 tháng 01 năm 2026`) and reads as a
    title (20 words at most), else `shown` (the file's name)."""
    lines = [line.strip() for line in text.splitlines()[: TITLE_LINES * 2] if line.strip()]
    lines = lines[:TITLE_LINES]
    for i, line in enumerate(lines):
        if _KIND.fullmatch(line) and i + 1 < len(lines) and not _HEADER.match(lines[i + 1]):
            name = lines[i + 1]
            return f"{line.capitalize()} {name}" if len(name.split()) <= 40 else line.capitalize()
    first = next((line for line in lines if not _HEADER.match(line)), "")
    return first if first and len(first.split()) <= 20 else shown
