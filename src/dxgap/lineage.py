"""What the 2025 reorganisation means for a name a user types: a current unit whose own target
file is not in the workspace, but whose predecessors' files are (`successor_hint`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from dxgap import places
from dxgap.errors import NotFoundError
from dxgap.names import Named, fold, resolve, suggest
from dxgap.text import Msg

if TYPE_CHECKING:
    from dxgap.targets.load import Targets


def predecessors_in(targets: Targets, unit_id: str) -> list[str]:
    """The workspace's provinces that merged into the current unit `unit_id` (by their target
    file's `merged_into`, or by the place reference), sorted."""
    return [
        p
        for p, tf in sorted(targets.files.items())
        if p != unit_id
        and (
            tf.province.merged_into == unit_id
            or getattr(places.successor(p), "id", None) == unit_id
        )
    ]


def place_names(targets: Targets) -> dict[str, str]:
    """Province names by id: a target file's, else the place reference's short name ('Yên Bái',
    'TP. Hồ Chí Minh';
    the current unit's where an id names a unit of both schemes) — for provinces measured with
    no plan (issue 21)."""
    ordered = sorted(places.units(), key=lambda u: u.scheme == places.CURRENT)
    names = {u.id: u.shown for u in ordered}
    return names | {pid: tf.province.name for pid, tf in targets.files.items()}


def successor_hint(targets: Targets, query: str) -> NotFoundError | None:
    """For `query` naming a current unit (id, name, English name or GSO code of the place
    reference) that has no target file here while provinces merged into it have: the
    `NotFoundError` that names them and `--with-predecessors`. None otherwise."""
    current = {
        u.id: Named(u.id, u.name, u.name_en, u.code)
        for u in places.units()
        if u.scheme == places.CURRENT
    }
    try:
        pid = resolve(query, current)
    except NotFoundError:
        return None
    merged = predecessors_in(targets, pid)
    if pid in targets.files or not merged:
        return None
    names = [targets.files[p].province.name for p in merged]
    formed = [u.shown for u in places.predecessors(pid)] or names  # every unit it absorbed
    return NotFoundError(
        Msg(
            "unknown.successor",
            id=pid,
            name=current[pid].name,
            formed_from=formed,
            predecessors=names,
        )
    )


def unplanned_hint(targets: Targets, query: str) -> NotFoundError | None:
    """For `query` naming a province or unit of the place reference (either map) that has no
    target file here: the `NotFoundError` that says there is no plan to check and where its
    figures are shown (`compare`, `list`) and how to start one (`dxgap init`). None otherwise."""
    known = {u.id: Named(u.id, u.name, u.name_en, u.code) for u in places.units()}
    try:
        pid = resolve(query, known)
    except NotFoundError:
        return None
    if pid in targets.files:
        return None
    unit = places.get(pid)
    return NotFoundError(Msg("unknown.no_plan", id=pid, name=unit.name if unit else pid))


def unknown_hint(query: str, planned: Iterable[str]) -> Msg:
    """The hint for a province no target file and no map knows: the closest ids (at most three)
    of the provinces with a plan here (`planned`) and of every unit of both maps, the 63
    provinces and the 34 units ("did you mean da-nang?"), or their names when a name was typed
    ("Bình Dươn": "có phải là Bình Dương, Bình Định, Bình Thuận?"); when none is close, the ids
    with a plan and that every unit of both maps is known."""
    ids = sorted(set(planned) | {u.id for u in places.units()})
    close = suggest(fold(query), ids, n=3)
    if close and query.strip() != fold(query):  # a name was typed: names, which work as well
        shown = [getattr(places.get(c), "short", c) for c in close]
        return Msg("hint.did_you_mean_any", names=list(dict.fromkeys(shown)))
    if close:
        return Msg("hint.did_you_mean_any", names=close)
    return Msg("hint.known_places", names=sorted(planned))


def unknown_province(targets: Targets, query: str) -> NotFoundError:
    """`unknown.province` for `query`, naming the closest ids of both maps (`unknown_hint`)."""
    return NotFoundError(
        Msg("unknown.province", query=query, hint=unknown_hint(query, targets.files))
    )


def name_hint(targets: Targets, query: str) -> NotFoundError | None:
    """What to say of a province name with no target file here that the place reference knows:
    `successor_hint`, else `unplanned_hint`; None for a name no map knows."""
    return successor_hint(targets, query) or unplanned_hint(targets, query)


__all__ = [
    "name_hint",
    "place_names",
    "predecessors_in",
    "successor_hint",
    "unknown_hint",
    "unknown_province",
    "unplanned_hint",
]
