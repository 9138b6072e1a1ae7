"""Helpers shared by the extract tests."""

from __future__ import annotations

from dxgap.extract import Proposal


def triples(found: list[Proposal]) -> list[tuple[object, str | None, int | None]]:
    """What a proposal says, for comparing with an answer: (value, comparator, year) each."""
    return [(p.value, p.comparator, p.year) for p in found]
