"""The coverage chart: income stacked by type against costs and the reserve, gap years marked.

It draws plain series computed by core (``coverage_series`` takes them from a ``Projection``) onto a matplotlib
Figure or Axes, so the app's Overzicht screen and the PDF overview share one picture. Readable in black and
white: every income type has its own hatching, lines differ by dash and marker. The series and the colours are
``chart_series``'s (no matplotlib); this module draws.
"""

from __future__ import annotations

import io
import math
from typing import Any

import matplotlib
from matplotlib.axes import Axes
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from dekkingsplan.core.money import Cents
from dekkingsplan.export.chart_series import (
    COSTS_COLOUR,
    EDGE,
    GAP_SHADE,
    RESERVE_COLOUR,
    TYPE_STYLE,
    CoverageSeries,
)
from dekkingsplan.export.labels import capital, type_label

_WORDS = {
    "nl": {"costs": "Kosten", "reserve": "Reserve eind jaar", "gap": "Jaar met tekort", "empty": "Geen cijfers"},
    "en": {"costs": "Costs", "reserve": "Reserve at year end", "gap": "Year with a shortfall",
           "empty": "No figures"},
}


def _coordinate(cents: Cents) -> float:
    # a drawing coordinate in euros; never an amount that is computed with
    return cents / 100


def _euro_ticks(lang: str) -> Any:
    def label(value: float, _pos: int) -> str:
        whole = round(value)
        text = f"{abs(whole):,}"
        text = text.replace(",", ".") if lang != "en" else text
        sign = "-" if whole < 0 else ""  # as the tables beside and under the chart write a negative amount
        return f"€\u00a0{sign}{text}" if lang != "en" else f"{sign}€{text}"

    return FuncFormatter(label)


def draw_coverage_chart(target: Figure | Axes, series: CoverageSeries, *, lang: str = "nl") -> Axes:
    """Draw the chart on ``target``: a Figure (cleared, one Axes added) or an Axes (cleared). Returns the Axes."""
    words = _WORDS["en" if lang == "en" else "nl"]
    if isinstance(target, Axes):
        ax = target
        ax.clear()
    else:
        target.clear()
        ax = target.add_subplot(1, 1, 1)
    if not series.years:
        ax.text(0.5, 0.5, words["empty"], ha="center", va="center", transform=ax.transAxes, color=EDGE)
        ax.set_axis_off()
        return ax

    x = list(range(len(series.years)))
    handles: list[Any] = []
    for year_index, year in enumerate(series.years):
        if year in series.gap_years:
            ax.axvspan(year_index - 0.5, year_index + 0.5, color=GAP_SHADE, zorder=0, linewidth=0)
    if series.gap_years:
        handles.append(Patch(facecolor=GAP_SHADE, edgecolor="none", label=words["gap"]))

    bottom = [0.0] * len(x)
    with _hatch_width(0.5):
        for kind, values in series.income_by_type.items():
            colour, hatch = TYPE_STYLE[kind]
            heights = [_coordinate(v) for v in values]
            ax.bar(x, heights, bottom=bottom, width=0.62, color=colour, edgecolor=EDGE, hatch=hatch,
                   linewidth=0.6, zorder=2)
            handles.append(Patch(facecolor=colour, edgecolor=EDGE, hatch=hatch, linewidth=0.6,
                                 label=capital(type_label(kind, lang))))
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]

    ax.plot(x, [_coordinate(v) for v in series.costs], color=COSTS_COLOUR, linewidth=1.8, marker="s",
            markersize=4.5, zorder=4)
    handles.append(Line2D([], [], color=COSTS_COLOUR, linewidth=1.8, marker="s", markersize=4.5,
                          label=words["costs"]))
    if series.reserve is not None:
        ax.plot(x, [_coordinate(v) for v in series.reserve], color=RESERVE_COLOUR, linewidth=1.4,
                linestyle=(0, (4, 2)), marker="o", markersize=4, markerfacecolor="white", zorder=4)
        handles.append(Line2D([], [], color=RESERVE_COLOUR, linewidth=1.4, linestyle=(0, (4, 2)), marker="o",
                              markersize=4, markerfacecolor="white", label=words["reserve"]))
        if min(series.reserve) < 0:
            ax.axhline(0, color=EDGE, linewidth=0.8, zorder=3)

    ax.set_xticks(x, [str(y) for y in series.years])
    ax.set_xlim(-0.6, len(x) - 0.4)
    ax.yaxis.set_major_formatter(_euro_ticks(lang))
    ax.grid(axis="y", color="#D0D0D0", linewidth=0.6, zorder=1)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8, colors="#333333")
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=min(4, len(handles)),
              frameon=False, fontsize=7.5, handlelength=2.2, columnspacing=1.4)
    return ax


class _hatch_width:
    """matplotlib reads the hatch line width from its settings when a bar is drawn."""

    def __init__(self, width: float) -> None:
        self.width = width

    def __enter__(self) -> None:
        self._context = matplotlib.rc_context({"hatch.linewidth": self.width, "hatch.color": EDGE})
        self._context.__enter__()

    def __exit__(self, *exc: object) -> None:
        self._context.__exit__(*exc)


def chart_svg(series: CoverageSeries, *, width_px: float, height_px: float, lang: str = "nl") -> bytes:
    """The chart as SVG, text kept as text, at a size in CSS pixels (96 per inch): a vector picture for print.

    SVG hatch patterns reach a PDF as raster tiles (and slowly), so here each hatching is drawn as real line
    segments and dots clipped to its bar: the printed chart stays vector, sharp at any zoom."""
    settings = {"svg.fonttype": "none", "svg.hashsalt": "dekkingsplan", "font.size": 8,
                "font.family": "sans-serif",
                "font.sans-serif": ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]}
    with matplotlib.rc_context(settings):
        figure = Figure(figsize=(width_px / 96, height_px / 96), dpi=96)
        FigureCanvasSVG(figure)
        ax = draw_coverage_chart(figure, series, lang=lang)
        figure.subplots_adjust(left=0.13, right=0.99, top=0.97, bottom=0.22)
        figure.draw_without_rendering()  # lays out ticks and legend, so every label and patch has its place
        # room for the longest amount on the y axis (large plans have long ones), then lay out again
        widest = max((t.get_window_extent().width for t in ax.get_yticklabels()), default=0)
        left = (widest + 14) / (width_px * figure.dpi / 96)
        if abs(left - 0.13) > 0.005:
            figure.subplots_adjust(left=min(0.3, left))
            figure.draw_without_rendering()
        _hatch_as_lines(figure, ax)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


HATCH_SPACING_IN = 0.055  # between hatch lines, in inches (1.4 mm)
_FAMILIES = {"//": "/", "\\\\": "\\", "xx": "/\\", "--": "-", "++": "-|", "..": ".", "oo": "o"}


def _hatch_as_lines(figure: Any, ax: Any) -> None:
    width_in, height_in = figure.get_size_inches()
    # bars' hatching between the bars and the lines; the legend's on top of the legend
    patches = [(p, 2.5) for p in ax.patches if p.get_hatch()]
    legend = ax.get_legend()
    if legend is not None:
        patches += [(p, 5.5) for p in legend.legend_handles if hasattr(p, "get_hatch") and p.get_hatch()]
    for patch, zorder in patches:
        box = patch.get_window_extent()
        x0, x1 = sorted((box.x0 / figure.dpi, box.x1 / figure.dpi))
        y0, y1 = sorted((box.y0 / figure.dpi, box.y1 / figure.dpi))
        families = _FAMILIES.get(patch.get_hatch(), "/")
        patch.set_hatch(None)
        if x1 - x0 < 1e-6 or y1 - y0 < 1e-6:
            continue
        segments, dots = _hatch_segments(x0, y0, x1, y1, families, HATCH_SPACING_IN * (1.6 if len(families) > 1
                                                                                      else 1.0))
        to_fraction = [[(x / width_in, y / height_in) for x, y in seg] for seg in segments]
        if to_fraction:
            lines = LineCollection(to_fraction, transform=figure.transFigure, colors=EDGE, linewidths=0.45,
                                   zorder=zorder, clip_on=False)
            ax.add_collection(lines, autolim=False)
        if dots:
            size = 1.6 if "o" in families else 0.9
            ax.plot([x / width_in for x, _ in dots], [y / height_in for _, y in dots], linestyle="none",
                    marker="o", markersize=size, markeredgewidth=0.4, color=EDGE,
                    markerfacecolor="none" if "o" in families else EDGE, transform=figure.transFigure,
                    zorder=zorder, clip_on=False)


def _hatch_segments(x0: float, y0: float, x1: float, y1: float, families: str,
                    step: float) -> tuple[list[tuple[tuple[float, float], tuple[float, float]]],
                                          list[tuple[float, float]]]:
    """Line segments (and dot centres) of a hatching inside the box x0..x1 × y0..y1, on a grid shared by all
    boxes so that neighbouring bars line up."""
    segments = []
    dots: list[tuple[float, float]] = []
    for family in families:
        if family == "-":
            k = math.ceil(y0 / step)
            while k * step < y1:
                segments.append(((x0, k * step), (x1, k * step)))
                k += 1
        elif family == "|":
            k = math.ceil(x0 / step)
            while k * step < x1:
                segments.append(((k * step, y0), (k * step, y1)))
                k += 1
        elif family in "/\\":
            diagonal = step * math.sqrt(2)
            rising = family == "/"
            # rising lines: y = x + c; falling lines: y = -x + c
            low, high = (y0 - x1, y1 - x0) if rising else (y0 + x0, y1 + x1)
            k = math.ceil(low / diagonal)
            while k * diagonal <= high:
                c = k * diagonal
                if rising:
                    xs, xe = max(x0, y0 - c), min(x1, y1 - c)
                    if xe > xs:
                        segments.append(((xs, xs + c), (xe, xe + c)))
                else:
                    xs, xe = max(x0, c - y1), min(x1, c - y0)
                    if xe > xs:
                        segments.append(((xs, c - xs), (xe, c - xe)))
                k += 1
        else:  # dots or rings on a staggered grid, kept clear of the edges
            grid = step * 1.6
            margin = grid * 0.3
            j = math.ceil((y0 + margin) / grid)
            while j * grid <= y1 - margin:
                shift = grid / 2 if j % 2 else 0.0
                i = math.ceil((x0 + margin - shift) / grid)
                while i * grid + shift <= x1 - margin:
                    dots.append((i * grid + shift, j * grid))
                    i += 1
                j += 1
    return segments, dots
