"""The coverage chart on screen: export's ``draw_coverage_chart`` on a matplotlib Qt canvas, kept fast.

matplotlib is heavy, so the canvas is made only after the window's first paint, through ``export_gateway``. The chart is drawn by export
(one picture for the screen and the PDF) whenever its shape changes — other years, another income type, a gap
year more or less; an edit that only changes figures moves the existing bars and lines instead and, while they
still fit the scale, repaints only them over a saved picture of the rest (matplotlib's blitting), which keeps
the overview within a tenth of a second of each edit. On screen the bars are plain colour and the legend is a row
of Qt labels under the canvas: the hatching and the drawn legend are for paper, and cost more than the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QSizePolicy, QVBoxLayout, QWidget

from dekkingsplan.ui import export_gateway, i18n
from dekkingsplan.ui.widgets.text_style import set_text_style

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.core.projection import Projection
    from dekkingsplan.export.chart_series import CoverageSeries


# QPainter is imported where the legend is drawn, after the canvas: reading it from PySide6 builds its enums,
# which the window's first paint does not need


def _legend_entry(swatch: QPixmap, text: str) -> QWidget:
    """A legend entry: its picture and its words side by side, one widget (so never apart on two lines)."""
    entry = QWidget()
    row = QHBoxLayout(entry)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    picture = QLabel()
    picture.setPixmap(swatch)
    row.addWidget(picture)
    row.addWidget(QLabel(text))
    return entry


class _Rows(QLayout):
    """Widgets side by side in centred rows, a new row when the width runs out (Qt's flow layout example)."""

    GAP_X, GAP_Y = 18, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """All entries on one row."""
        margins = self.contentsMargins()
        hints = [item.sizeHint() for item in self._items]
        width = sum(h.width() for h in hints) + self.GAP_X * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest entry on a row of its own."""
        margins = self.contentsMargins()
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the entries out in ``rect`` (or only measure): the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            hint = item.sizeHint()
            if rows[-1] and used + self.GAP_X + hint.width() > area.width():
                rows.append([])
                used = 0
            used += (self.GAP_X if rows[-1] else 0) + hint.width()
            rows[-1].append((item, hint))
        y = area.y()
        for row in rows:
            if not row:
                continue
            width = sum(h.width() for _i, h in row) + self.GAP_X * (len(row) - 1)
            height = max(h.height() for _i, h in row)
            x = area.x() + max(0, (area.width() - width) // 2)
            for item, hint in row:
                if place:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self.GAP_X
            y += height + self.GAP_Y
        return y - self.GAP_Y - area.y() + margins.top() + margins.bottom() if self._items else 0


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
        # the legend's entries in rows that wrap in a narrow window — between entries, never inside one
        self.legend = QWidget()
        self.legend.setObjectName("chartLegend")
        self._legend_rows = _Rows(self.legend)
        self._legend_rows.setContentsMargins(8, 0, 8, 4)
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
        self.figure, self.canvas = export_gateway.chart_canvas()
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
        series = export_gateway.coverage_series(self._projection)
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
        ax = export_gateway.draw_coverage_chart(self.figure, series, lang=i18n.current_language())
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
        colours = export_gateway.chart_colours()
        entries = [("box", colours["types"][kind], i18n.label(kind).capitalize())
                   for kind in series.income_by_type]
        entries.append(("costs", colours["costs"], self.tr("Kosten")))
        if series.reserve is not None:
            entries.append(("reserve", colours["reserve"], self.tr("Reserve eind jaar")))
        if series.gap_years:
            entries.append(("box", colours["gap"], self.tr("Jaar met tekort")))
        if entries == self._legend_entries:
            return
        self._legend_entries = entries
        while (item := self._legend_rows.takeAt(0)) is not None:
            item.widget().deleteLater()
        for kind, colour, text in entries:
            self._legend_rows.addWidget(_legend_entry(_swatch(kind, colour), text))
        self.legend.setAccessibleName(", ".join(text for _kind, _colour, text in entries))

    def legend_texts(self) -> list[str]:
        return [text for _kind, _colour, text in self._legend_entries]
