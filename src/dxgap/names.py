"""Province names as people type them: ids, Vietnamese names with or without diacritics, GSO codes."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping

from dxgap.errors import NotFoundError


def fold(text: str) -> str:
    """'Bình Dương' / 'binh_duong' / 'BINH DUONG' → 'binh-duong' (diacritics off, đ → d)."""
    text = unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
    )
    return re.sub(r"[^a-z0-9]+", "-", stripped.lower()).strip("-")


def resolve(
    query: str, provinces: Mapping[str, tuple[str, str, str | None]], what: str = "province"
) -> str:
    """Find a province id from an id, a name (either language) or a GSO code; else suggest."""
    if query in provinces:
        return query
    key = fold(query)
    for pid, (name, name_en, code) in provinces.items():
        if key in (fold(pid), fold(name), fold(name_en)) or (
            code is not None and query.strip() == code
        ):
            return pid
    for pid, (name, _en, _code) in provinces.items():
        # "tỉnh Bình Dương" / "thành phố Hồ Chí Minh"
        if key.endswith("-" + fold(name)) or key.endswith("-" + fold(pid)):
            return pid
    close = difflib.get_close_matches(key, list(provinces), n=3, cutoff=0.5)
    hint = (
        f"did you mean {', '.join(close)}?" if close else f"known: {', '.join(sorted(provinces))}"
    )
    raise NotFoundError(f"unknown {what} {query!r}; {hint}")
