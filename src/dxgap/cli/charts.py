"""`dxgap plot` and `dxgap report`: pictures and the one-file HTML report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dxgap.cli.app import app, progress, stderr
from dxgap.cli.options import AllProvinces, Common, Provinces, command
from dxgap.errors import UsageError
from dxgap.text import Msg, t


@command(app)
def plot(
    province: Annotated[str, typer.Argument(help="Province id, name or GSO code.")],
    target_ids: Annotated[
        list[str] | None, typer.Argument(help="Targets to draw (default: all with data or a plan).")
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="FILE.svg or FILE.png.")] = Path(
        "chart.png"
    ),
    columns: Annotated[int, typer.Option("--columns", min=1, max=4, help="Charts per row.")] = 2,
    *,
    common: Common,
) -> None:
    """Draw trajectory charts (plan, measurements, projection, target) to an SVG or PNG file.

    Needs the charts extra: pip install "dxgap[charts]".

    Example: dxgap plot binh-phuoc --output bp.png --lang vi
    """
    from dxgap import api
    from dxgap.files import write_bytes
    from dxgap.output import charts, views

    fmt = output.suffix.lower().lstrip(".")
    if fmt not in ("svg", "png"):
        raise UsageError(Msg("usage.chart_suffix", path=str(output)))
    options = common.options
    place, paths = api.chart_paths(common.ws, province, options, target_ids or [])
    heading = views.check_title(place.name, place.id, options, common.lang)
    figure = charts.figure_bytes(paths, options.as_of, fmt, common.lang, columns, heading)
    write_bytes(output, figure)
    n = len(paths)
    charts_drawn = Msg("n.chart" if n == 1 else "n.charts", n=n)
    done = t("wrote.plot", common.lang, charts=charts_drawn, output=str(output))
    stderr().print(done, style="dim", markup=False)


@command(app)
def report(
    provinces: Provinces = None,
    all_provinces: AllProvinces = False,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path(
        "report.html"
    ),
    *,
    common: Common,
) -> None:
    """Write a one-file HTML progress report: summary, gap table, a chart per target, sources.

    Opens offline (inline CSS and SVG); prints to PDF from a browser. Needs the charts extra.

    Example: dxgap report binh-duong --output bd.html
    """
    from dxgap import api
    from dxgap.files import write_bytes
    from dxgap.output.report import chart_count, render_report
    from dxgap.output.views import named_provinces

    pids = api.choose_provinces(common.ws, provinces or [], all_provinces)
    content = api.report(common.ws, pids, common.options)
    n = chart_count(content)
    with progress(False, t("progress.charts", common.lang, n=n), n) as advance:
        page = render_report(content, common.lang, progress=advance)
    write_bytes(output, page.encode("utf-8"))
    names = named_provinces([s.file.province.name for s in content.sections])
    done = t("wrote.report", common.lang, provinces=names, output=str(output))
    stderr().print(done, style="dim", markup=False)
