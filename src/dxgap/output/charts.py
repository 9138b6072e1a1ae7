"""Trajectory charts as SVG or PNG files (matplotlib, headless): plan, measurements, projection.

matplotlib is an optional dependency (`pip install "dxgap[charts]"`): it draws headlessly with the
Agg backend, writes SVG and PNG without a browser, and ships DejaVu Sans, a font with every
Vietnamese letter. The import happens inside the functions, so the rest of dxgap never pays for it.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from typing import Any

from dxgap.errors import DxgapError

FONT = "DejaVu Sans"
"""Bundled with matplotlib; covers Vietnamese (ư, ơ, đ and every tone mark on every vowel)."""

COLORS = {
    "planned": "#6b7280",
    "actual": "#1d4ed8",
    "projected": "#d97706",
    "target": "#b91c1c",
    "as_of": "#9ca3af",
}


def chart_words(lang: str) -> dict[str, str]:
    """The chart's words in `lang`, from the message catalogue (keys `chart.*`)."""
    from dxgap.text import catalogue

    return {k.removeprefix("chart."): v for k, v in catalogue(lang).items() if k.startswith("chart.")}


class ChartsMissing(DxgapError):
    """The charts extra is not installed."""

    def __init__(self) -> None:
        super().__init__(
            'charts need matplotlib: pip install "dxgap[charts]" (or pip install matplotlib)'
        )


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise ChartsMissing() from None
    matplotlib.use("Agg", force=True)  # headless: no display, no browser
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "font.family": FONT,
            "svg.fonttype": "none",  # text stays text in SVG: selectable, searchable
            "svg.hashsalt": "dxgap",  # stable ids: the same chart gives the same file
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    return plt


def _draw(
    ax: Any,
    info: Mapping[str, Any],
    rows: Sequence[Mapping[str, Any]],
    as_of: int,
    lang: str,
    title: str,
    status_label: str,
) -> None:
    words = chart_words(lang)
    years = [r["year"] for r in rows]
    planned = [(r["year"], r["planned"]) for r in rows if r.get("planned") is not None]
    actual = [(r["year"], r["actual"]) for r in rows if r.get("actual") is not None]
    latest = (info.get("latest_year"), info.get("latest_value"))
    projected = [(r["year"], r["projected"]) for r in rows if r.get("projected") is not None]
    if projected and latest[0] is not None and latest[1] is not None:
        projected = [latest, *projected]
    if planned:
        ax.plot(
            *zip(*planned, strict=True), color=COLORS["planned"], lw=1.5, label=words["planned"]
        )
    if projected:
        ax.plot(
            *zip(*projected, strict=True),
            color=COLORS["projected"],
            lw=1.5,
            ls="--",
            label=words["projected"],
        )
    if actual:
        xs, ys = zip(*actual, strict=True)
        ax.plot(xs, ys, "o", color=COLORS["actual"], ms=6, label=words["actual"], zorder=3)
        for x, y in actual:
            ax.annotate(
                f"{_short(y, info.get('unit'))}\n{x}",
                (x, y),
                textcoords="offset points",
                xytext=(0, 8),
                ha="center",
                fontsize=7,
                color=COLORS["actual"],
            )
    if info.get("target_year") is not None and info.get("target_value") is not None:
        ax.plot(
            [info["target_year"]],
            [info["target_value"]],
            "*",
            ms=13,
            color=COLORS["target"],
            label=words["target"],
            zorder=4,
        )
    if years and min(years) - 1 <= as_of <= max(years) + 1:
        ax.axvline(as_of, color=COLORS["as_of"], ls=":", lw=1)
        ax.annotate(
            words["as_of"].format(year=as_of),
            (as_of, 1),
            xycoords=("data", "axes fraction"),
            fontsize=7,
            color=COLORS["as_of"],
            ha="left",
            va="top",
            xytext=(3, -2),
            textcoords="offset points",
        )
    if info.get("unit") == "rank":
        ax.invert_yaxis()  # up is better
    if info.get("unit") == "percent":
        ax.set_ylim(bottom=max(0.0, ax.get_ylim()[0]), top=min(105.0, max(ax.get_ylim()[1], 1)))
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(f"{title}\n{words['status']}: {status_label}", fontsize=9, loc="left")
    ax.grid(axis="y", color="#e5e7eb", lw=0.6)
    ax.tick_params(labelsize=8)
    ax.legend(fontsize=7, frameon=False, loc="best")


def _short(value: float, unit: str | None) -> str:
    if unit == "percent":
        return f"{value:.1f}%"
    if unit == "rank":
        return f"#{value:.0f}"
    return f"{value:,.4g}"


def figure_bytes(
    charts: Sequence[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]], str, str]],
    as_of: int,
    fmt: str,
    lang: str = "en",
    columns: int = 2,
    title: str | None = None,
) -> bytes:
    """One chart per (gap row, trajectory rows, title, status label), in a grid; SVG or PNG bytes.

    `title` heads the whole figure (e.g. the province's name)."""
    plt = _pyplot()
    n = max(1, len(charts))
    cols = 1 if n == 1 else min(columns, n)
    rows = math.ceil(n / cols)
    fig, axes = plt.subplots(
        rows,
        cols,
        figsize=(6.2 * cols, 3.6 * rows + (0.4 if title else 0)),
        squeeze=False,
        layout="constrained",
    )
    for ax, (info, traj, chart_title, status_label) in zip(axes.flat, charts, strict=False):
        _draw(ax, info, traj, as_of, lang, chart_title, status_label)
    for ax in list(axes.flat)[len(charts) :]:
        ax.set_visible(False)
    if title:
        fig.suptitle(title, fontsize=12, x=0.01, ha="left", fontweight="bold")
    buf = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {}
    fig.savefig(buf, format=fmt, dpi=150, metadata=metadata)
    plt.close(fig)
    return buf.getvalue()


def svg_inline(
    info: Mapping[str, Any],
    traj: Sequence[Mapping[str, Any]],
    as_of: int,
    lang: str,
    title: str,
    status_label: str,
) -> str:
    """One chart as an `<svg>` element for embedding in HTML (no XML prolog, no external refs)."""
    raw = figure_bytes([(info, traj, title, status_label)], as_of, "svg", lang).decode("utf-8")
    start = raw.index("<svg")
    return raw[start:]


def chart_inputs(
    gaps: Any,
    trajectory: Any,
    names: Mapping[str, str] | None = None,
    lang: str = "en",
    include_empty: bool = True,
) -> list[tuple[dict[str, Any], list[dict[str, Any]], str, str]]:
    """Pair each target's gap row with its trajectory rows, titled in `lang`.

    `gaps` and `trajectory` are the engine's frames; `names` maps indicator ids to the name in
    `lang` (the English name is in the gap row already). `include_empty`: also targets with
    neither data nor a baseline (their chart shows only the target).
    """
    from dxgap.text import status_label

    out = []
    by_target: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in trajectory.iter_rows(named=True):
        by_target.setdefault((row["province"], row["target_id"]), []).append(row)
    for info in gaps.iter_rows(named=True):
        if info["status"] == "not_quantified":
            continue
        rows = by_target.get((info["province"], info["target_id"]), [])
        if not rows:
            if (
                not include_empty
                or info.get("target_year") is None
                or info.get("target_value") is None
            ):
                continue
            # nothing measured and no baseline: the chart shows where the target stands
            rows = [
                {"year": info["target_year"], "planned": None, "actual": None, "projected": None}
            ]
        name = (names or {}).get(info["indicator"]) or info.get("name") or info["indicator"]
        title = f"{info['target_id']} · {name}"
        out.append((info, rows, title, status_label(info["status"], lang)))
    return out
