"""Names as people type them: ids, Vietnamese names with or without diacritics, GSO codes, and
the one "did you mean" every message uses."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dxgap.errors import NotFoundError
from dxgap.text import Msg

SUGGEST_CUTOFF = 0.6
"""How alike (difflib's ratio, 0..1) a known name must be to be suggested for a mistyped one."""


def fold(text: str) -> str:
    """'Bình Dương' / 'binh_duong' / 'BINH DUONG' → 'binh-duong' (diacritics off, đ → d)."""
    text = unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
    )
    return re.sub(r"[^a-z0-9]+", "-", stripped.lower()).strip("-")


def suggest(word: str, choices: Iterable[str], n: int = 1) -> list[str]:
    """The known names most like `word` (at most `n`, best first; none when nothing is close)."""
    return difflib.get_close_matches(word, list(choices), n=n, cutoff=SUGGEST_CUTOFF)


def did_you_mean(word: str, choices: Iterable[str]) -> Msg | None:
    """The hint " (did you mean 'x'?)" for a message, when a known name is close to `word`."""
    close = suggest(word, choices)
    return Msg("hint.did_you_mean", name=close[0]) if close else None


_UNIT_WORDS = ("thanh-pho-", "tinh-", "tp-")
"""What precedes a province's own name in its official one, folded: "Thành phố Hà Nội", "Tỉnh
Yên Bái", "TP. Hồ Chí Minh"."""


def _bare(folded: str) -> str:
    """A folded name without its "thành phố" / "tỉnh" / "TP." in front."""
    for word in _UNIT_WORDS:
        if folded.startswith(word):
            return folded[len(word) :]
    return folded


@dataclass(frozen=True)
class Named:
    """Something a user may name: its id, its names in both languages, its code if any."""

    id: str
    name: str
    name_en: str = ""
    code: str | None = None


def resolve(
    query: str, known: Mapping[str, Named], what: str = "province", **context: object
) -> str:
    """The id of the entry `query` names — by id, by a name in either language (with or without
    diacritics, with or without "tỉnh"/"thành phố"), or by code; `NotFoundError` naming the
    closest ids otherwise. `what` is the kind of thing looked for (`unknown.<what>` in the
    catalogues: province, target, indicator), `context` the message's other parameters."""
    if query in known:
        return query
    key = fold(query)
    for entry in known.values():
        names = (fold(entry.id), fold(entry.name), fold(entry.name_en))
        if key in names or (entry.code is not None and query.strip() == entry.code):
            return entry.id
    for entry in known.values():  # "tỉnh Bình Dương" / "thành phố Hồ Chí Minh" / "TP. Hồ Chí Minh"
        if key.endswith("-" + fold(entry.name)) or key.endswith("-" + fold(entry.id)):
            return entry.id
        if _bare(key) == _bare(fold(entry.name)):  # "Hồ Chí Minh" for "Thành phố Hồ Chí Minh"
            return entry.id
    close = suggest(key, known, n=3)
    hint = (
        Msg("hint.did_you_mean_any", names=close)
        if close
        else Msg("hint.known", names=sorted(known))
    )
    raise NotFoundError(Msg(f"unknown.{what}", query=query, hint=hint, **context))
