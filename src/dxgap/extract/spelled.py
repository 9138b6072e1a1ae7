"""Small cardinal numbers written in words, as plans and news write them where a figure is
expected: `nhóm ba địa phương dẫn đầu`, `top mười`, `gấp hai lần`, `tăng ba bậc`, `xếp thứ tư`,
`một trăm phần trăm`.

Vietnamese counts in words so: `một` … `chín`, `mười` (10), `mười một` … `mười chín` with `lăm`
for five (`mười lăm`, 15), `hai mươi` … `chín mươi` with `mốt`, `tư`, `lăm` for one, four, five
(`hai mươi mốt`, `hai mươi tư`, `hai mươi lăm`), `một trăm` (100). Only these, and only in the
contexts `numbers` names: the same words are ordinary words elsewhere (`một số`, `một cửa`, `năm`
the year, `ba` a father, `tư` private, `mười năm` ten years), so no word is read as a figure
alone.
"""

from __future__ import annotations

_UNIT = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
         "chín": 9}  # fmt: skip
_AFTER_TENS = {**_UNIT, "mốt": 1, "tư": 4, "lăm": 5}
_TENS = "hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín"
_UNITS = "một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín"

TENS = (
    rf"(?:{_TENS})\s+mươi(?:\s+(?:mốt|hai|ba|bốn|tư|lăm|sáu|bảy|bẩy|tám|chín)(?!\w))?"
    r"|mười(?:\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|bẩy|tám|chín)(?!\w))?"
)
"""A number from 10 to 99 in words (`mười lăm`, `hai mươi tư`); a regex to embed."""
SPELLED = rf"(?:(?:(?:{_UNITS})\s+)?trăm|{TENS}|{_UNITS})(?!\w)(?!\s*\d)"
"""A cardinal from 1 to 99, or a whole hundred (`bảy trăm`, 700), in words (not followed by
digits: `nhóm năm 2025` is no five); a regex to embed, case-blind where it is used."""
MANY = rf"(?:(?:{_UNITS})\s+trăm(?:\s+(?:linh|lẻ)\s+(?:{_UNITS})|\s+(?:{TENS}))?|{TENS})"
"""A number of ten or more in words, up to 999 (`mười lăm`, `bảy trăm`, `một trăm hai mươi`, `ba
trăm linh năm`): words no sentence uses but as a number, unlike `ba` or `năm` alone."""
ORDINAL = rf"(?:nhất|tư|{SPELLED})"
"""An ordinal in words after `thứ`: `thứ nhất` (1st), `thứ tư` (4th), `thứ mười`."""


def value(words: str) -> int:
    """The number `SPELLED`, `MANY` or `ORDINAL` matched: `ba` → 3, `mười lăm` → 15, `hai mươi
    tư` → 24, `một trăm` → 100, `bảy trăm` → 700, `một trăm hai mươi` → 120, `ba trăm linh năm` →
    305, `nhất` → 1."""
    parts = words.lower().split()
    if "trăm" in parts:
        at = parts.index("trăm")
        rest = [w for w in parts[at + 1 :] if w not in ("linh", "lẻ")]
        return 100 * (_UNIT[parts[0]] if at else 1) + (value(" ".join(rest)) if rest else 0)
    if parts == ["nhất"]:
        return 1
    if parts == ["tư"]:
        return 4
    if parts[0] == "mười":
        return 10 + (_AFTER_TENS[parts[1]] if len(parts) > 1 else 0)
    if len(parts) >= 2 and parts[1] == "mươi":
        return 10 * _UNIT[parts[0]] + (_AFTER_TENS[parts[2]] if len(parts) > 2 else 0)
    return _UNIT[parts[0]]
