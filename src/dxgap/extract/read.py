"""Reading a document to extract from: plain text, Markdown or HTML, from a file or from bytes
given on standard input.

The text is decoded as UTF-8 (a byte-order mark is fine) and normalised to NFC, so that a
letter typed with combining accents is one character; offsets and quotes refer to this text.
HTML has its markup removed with the standard library's `html.parser` (tolerant of broken
markup, entities decoded; `script`, `style` and the like dropped; block elements end a line), so
no dependency is added for it. Binary input (a NUL byte, as in a PDF, a Word file or an image),
text in another encoding, and input over `MAX_BYTES` are refused with a located message.
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
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff")) or looks_utf16(raw)
    if not utf16 and b"\x00" in raw:
        at = raw.index(b"\x00")
        line = raw.count(b"\n", 0, at) + 1
        raise InputError([Problem(shown, Msg("extract.binary", offset=at), line, 1)])
    text = decode(raw, shown)
    if html is None:
        html = re.match(r"\s*<(?:!doctype|html|head|body|p|div)\b", text[:512], re.I) is not None
    if html:
        text = strip_html(text)
    return Document(shown, unicodedata.normalize("NFC", text))


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


class _Text(HTMLParser):
    """Collects the text of an HTML document, a line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def strip_html(html: str) -> str:
    """The text of an HTML document: markup and scripts removed, entities decoded, a line per
    paragraph, runs of spaces made one."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"
