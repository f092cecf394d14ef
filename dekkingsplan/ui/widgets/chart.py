"""The coverage chart on screen: export's ``draw_coverage_chart`` on a matplotlib Qt canvas.

matplotlib is heavy, so the canvas is made only after the window's first paint; until then (and in the
moment before) the widget is an empty, calm panel of the same size. The series always come from core's
projection through ``export.chart.coverage_series``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from dekkingsplan.ui import i18n

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.core.projection import Projection


class CoverageChart(QWidget):
    """Income stacked by type against the costs and the reserve, gap years shaded."""

    drawn = Signal()  # after each redraw (tests and benchmarks wait on it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._projection: Projection | None = None
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
        self._layout.addWidget(self.canvas)
        self.canvas.mpl_connect("resize_event", lambda _event: self._adjust())
        self._draw()

    def show_projection(self, projection: Projection) -> None:
        self._projection = projection
        if self.canvas is not None:
            self._draw()

    def _adjust(self) -> None:
        """Margins in pixels whatever the size, so the axis labels and the legend are never cut off."""
        if self.figure is None:
            return
        width, height = self.figure.get_size_inches() * self.figure.dpi
        if width < 50 or height < 50:
            return
        self.figure.subplots_adjust(left=min(0.3, 82 / width), right=1 - 16 / width, top=1 - 12 / height,
                                    bottom=min(0.6, 96 / height))

    def _draw(self) -> None:
        if self.figure is None or self._projection is None:
            return
        from dekkingsplan.export.chart import coverage_series, draw_coverage_chart

        draw_coverage_chart(self.figure, coverage_series(self._projection), lang=i18n.current_language())
        self._adjust()
        self.canvas.draw()
        self.drawn.emit()
