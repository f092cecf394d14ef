"""The coverage chart on screen: export's ``draw_coverage_chart`` on a matplotlib Qt canvas, kept fast.

matplotlib is heavy, so the canvas is made only after the window's first paint. The chart is drawn by export
(one picture for the screen and the PDF) whenever its shape changes — other years, another income type, a gap
year more or less; an edit that only changes figures moves the existing bars and lines instead and, while they
still fit the scale, repaints only them over a saved picture of the rest (matplotlib's blitting), which keeps
the overview within a tenth of a second of each edit. On screen the bars are plain colour and the legend is a row
of Qt labels under the canvas: the hatching and the drawn legend are for paper, and cost more than the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from dekkingsplan.ui import i18n
from dekkingsplan.ui.widgets.text_style import set_text_style

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.core.projection import Projection
    from dekkingsplan.export.chart import CoverageSeries


# QPainter and QBuffer are imported where the legend is drawn, after the canvas: reading them from PySide6 builds
# their enums, which the window's first paint does not need


def _data_uri(pixmap: QPixmap) -> str:
    from PySide6.QtCore import QBuffer, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return "data:image/png;base64," + bytes(data.toBase64().data()).decode("ascii")


def _swatch(kind: str, colour: str) -> QPixmap:
    """A small picture of a legend entry: a filled box, a solid line with a square, or a dashed line."""
    from PySide6.QtGui import QPainter

    pixmap = QPixmap(26, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if kind == "box":
        painter.setPen(QPen(QColor("#4D4D4D"), 0.8))
        painter.setBrush(QColor(colour))
        painter.drawRect(QRectF(3, 1.5, 20, 11))
    else:
        pen = QPen(QColor(colour), 1.8 if kind == "costs" else 1.4)
        if kind == "reserve":
            pen.setDashPattern([3, 2])
        painter.setPen(pen)
        painter.drawLine(QPointF(1, 7), QPointF(25, 7))
        painter.setPen(QPen(QColor(colour), 1.2))
        painter.setBrush(QColor(colour) if kind == "costs" else QColor("white"))
        if kind == "costs":
            painter.drawRect(QRectF(10.5, 4.5, 5, 5))
        else:
            painter.drawEllipse(QPointF(13, 7), 2.6, 2.6)
    painter.end()
    return pixmap


class CoverageChart(QWidget):
    """Income stacked by type against the costs and the reserve, gap years shaded."""

    drawn = Signal()  # after each redraw (tests and benchmarks wait on it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.legend.setContentsMargins(8, 0, 8, 4)
        set_text_style(self.legend, colour="#333")
        self._projection: Projection | None = None
        self._shape: tuple | None = None
        self._moving: list[Any] = []  # the bars and lines, drawn over the saved background
        self._background: Any = None
        self._legend_entries: list[tuple[str, str, str]] = []
        self.canvas: Any = None
        self.figure: Any = None
        self._scheduled = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.canvas is None and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self.ensure_canvas)

    def ensure_canvas(self) -> None:
        """Make the matplotlib canvas (after the first paint, or at once when asked) and draw."""
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(7, 3.2), dpi=96, facecolor="white")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setAccessibleName(self.tr("Grafiek: inkomsten per soort tegen de kosten en de reserve"))
        self.canvas.mpl_connect("resize_event", lambda _event: self._adjust())
        self.canvas.mpl_connect("draw_event", self._after_full_draw)
        self._layout.addWidget(self.canvas, 1)
        self._layout.addWidget(self.legend)
        self._draw()

    def show_projection(self, projection: Projection) -> None:
        self._projection = projection
        if self.canvas is not None:
            self._draw()

    def _adjust(self) -> None:
        """Margins in pixels whatever the size, so the axis labels are never cut off."""
        if self.figure is None:
            return
        width, height = self.figure.get_size_inches() * self.figure.dpi
        if width < 50 or height < 50:
            return
        self.figure.subplots_adjust(left=min(0.3, 82 / width), right=1 - 16 / width, top=1 - 12 / height,
                                    bottom=min(0.4, 28 / height))

    # --- drawing -----------------------------------------------------------------------------------------

    def _draw(self) -> None:
        if self.figure is None or self._projection is None:
            return
        from dekkingsplan.export.chart import coverage_series

        series = coverage_series(self._projection)
        shape = (tuple(series.years), tuple(series.income_by_type), series.reserve is None,
                 tuple(series.gap_years), bool(series.reserve) and min(series.reserve) < 0)
        if shape == self._shape and self._background is not None:
            fits = self._move(series)
            if fits is not None:
                if fits:
                    self._blit()
                else:
                    self.canvas.draw()
                self.drawn.emit()
                return
        self._build(series)
        self._shape = shape
        self.canvas.draw()
        self.drawn.emit()

    def _after_full_draw(self, _event: Any) -> None:
        """After matplotlib drew everything else: keep that picture, then put the bars and lines on it."""
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        for artist in self._moving:  # into the picture that the paint following every full draw shows
            artist.axes.draw_artist(artist)

    def _blit(self) -> None:
        self.canvas.restore_region(self._background)
        for artist in self._moving:
            artist.axes.draw_artist(artist)
        self.canvas.blit(self.figure.bbox)

    def _build(self, series: CoverageSeries) -> None:
        from dekkingsplan.export.chart import draw_coverage_chart

        ax = draw_coverage_chart(self.figure, series, lang=i18n.current_language())
        legend = ax.get_legend()
        if legend is not None:
            legend.remove()
        self._moving = []
        for container in ax.containers:
            for bar in container:
                bar.set_hatch(None)
                bar.set_animated(True)
                self._moving.append(bar)
        for line in ax.lines[:2]:  # the costs and the reserve; an axhline at 0 stays in the background
            line.set_animated(True)
            self._moving.append(line)
        self._background = None
        self._adjust()
        self._fill_legend(series)

    def _move(self, series: CoverageSeries) -> bool | None:
        """Put the new figures into the bars and lines drawn before. True when they still fit the scale (only they
        need drawing), False when the scale changed, None when the drawing does not match these series."""
        ax = self.figure.axes[0] if self.figure.axes else None
        if ax is None or len(ax.containers) != len(series.income_by_type) or len(ax.lines) < 1:
            return None
        bottoms = [0.0] * len(series.years)
        top = 0.0
        for container, values in zip(ax.containers, series.income_by_type.values(), strict=True):
            for i, (bar, cents) in enumerate(zip(container, values, strict=True)):
                height = cents / 100  # a drawing coordinate, never an amount computed with
                bar.set_y(bottoms[i])
                bar.set_height(height)
                bottoms[i] += height
                top = max(top, bottoms[i])
        lines = [series.costs] + ([series.reserve] if series.reserve is not None else [])
        low = 0.0
        for line, values in zip(ax.lines, lines, strict=False):
            points = [v / 100 for v in values]
            line.set_ydata(points)
            top, low = max(top, *points), min(low, *points)
        bottom, ceiling = ax.get_ylim()
        span = ceiling - bottom
        # keep the scale while everything fits and still fills most of it: then nothing but the bars moves
        if bottom <= low and top <= ceiling and (top - low) >= 0.75 * span:
            return True
        margin = (top - low) * 0.05 or 1.0
        ax.set_ylim(low - margin if low < 0 else 0, top + margin)
        return False

    def _fill_legend(self, series: CoverageSeries) -> None:
        import html

        from dekkingsplan.export.chart import COSTS_COLOUR, GAP_SHADE, RESERVE_COLOUR, TYPE_STYLE

        entries = [("box", TYPE_STYLE[kind][0], i18n.label(kind).capitalize())
                   for kind in series.income_by_type]
        entries.append(("costs", COSTS_COLOUR, self.tr("Kosten")))
        if series.reserve is not None:
            entries.append(("reserve", RESERVE_COLOUR, self.tr("Reserve eind jaar")))
        if series.gap_years:
            entries.append(("box", GAP_SHADE, self.tr("Jaar met tekort")))
        if entries == self._legend_entries:
            return
        self._legend_entries = entries
        # one label of rich text, so the legend wraps onto a second line in a narrow window
        items = [f'<span style="white-space:nowrap"><img src="{_data_uri(_swatch(kind, colour))}" '
                 f'style="vertical-align:middle">&nbsp;{html.escape(text)}</span>' for kind, colour, text in entries]
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(items))

    def legend_texts(self) -> list[str]:
        return [text for _kind, _colour, text in self._legend_entries]
