"""A calm bar that says, in one sentence, why a typed value was not accepted — floating over the bottom of the
table it concerns, so that it never moves a row the treasurer is about to click."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QSplitter, QToolButton, QWidget

from dekkingsplan.ui import i18n

MARGIN = 6


class MessageBar(QFrame):
    """Hidden until there is something to say; the treasurer closes it, or the next good edit does.

    ``float_over(table)`` lays it over that widget instead of in a layout: showing or hiding it then moves
    nothing (a bar pushing the table down one row made the next double click edit the row above). Floating, it
    lets every click through to the cell under it (only its close button is its own, and the bar keeps off the
    row being edited): a bar taking the click meant the next typing went into whatever cell was current."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet("#messageBar { background: #fdf1f0; border: 1px solid #e6b8b3; border-radius: 4px; }"
                           "#messageBar QLabel { color: #8a1f14; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Melding sluiten"))
        close.setAccessibleName(self.tr("Melding sluiten"))
        close.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        icon = QLabel("⚠")
        icon.setAccessibleName(self.tr("Let op"))
        row.addWidget(icon)
        row.addWidget(self.label, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._row = row
        self._over: QWidget | None = None
        self.hide()

    def float_over(self, widget: QWidget) -> None:
        """Lie over the bottom of ``widget`` (taken out of any layout), following it when it is resized. Over a
        splitter the bar is its parent's child: a splitter makes every child a pane of its own, which would push
        the others aside the moment the bar shows."""
        self._over = widget
        host = widget.parentWidget() if isinstance(widget, QSplitter) and widget.parentWidget() else widget
        self.setParent(host)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a click goes to the cell under it
        # the close button lies over the bar as the host's own child: a child of the bar would let clicks through
        self._row.removeWidget(self.close_button)
        self._row.addSpacing(self.close_button.sizeHint().width())
        self.close_button.setParent(host)
        self.close_button.setVisible(self.isVisible())
        widget.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._over and event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self._place()
        return False

    def _place(self) -> None:
        over = self._over
        if over is None:
            return
        width = max(0, over.width() - 2 * MARGIN)
        height = min(self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height(),
                     max(0, over.height() - 2 * MARGIN))
        host = self.parentWidget()
        corner = over.mapTo(host, QPoint(0, 0)) if host is not None and host is not over else QPoint(0, 0)
        place = QRect(corner.x() + MARGIN, corner.y() + over.height() - height - MARGIN, width, height)
        aimed = self._current_row(host)
        if aimed is not None and place.intersects(aimed):  # the foot covers the row being edited: lie at the top
            top = corner.y() + MARGIN
            if isinstance(over, QAbstractItemView):
                top = over.viewport().mapTo(host, QPoint(0, 0)).y() + MARGIN  # under the column headers
            place.moveTop(top)
        self.setGeometry(place)
        self.raise_()
        if self.close_button.parentWidget() is host and host is not self:
            hint = self.close_button.sizeHint()
            self.close_button.setGeometry(place.right() - 6 - hint.width(), place.top() + 6, hint.width(),
                                          hint.height())
            self.close_button.raise_()

    def _current_row(self, host: QWidget | None) -> QRect | None:
        """Where the current row of the table floated over lies, in the host's coordinates."""
        over = self._over
        if not isinstance(over, QAbstractItemView) or host is None or not over.currentIndex().isValid():
            return None
        index = over.currentIndex()
        cell = over.visualRect(index)
        if cell.isEmpty():
            return None
        viewport = over.viewport()
        return QRect(viewport.mapTo(host, QPoint(0, cell.top())), viewport.mapTo(host, QPoint(viewport.width() - 1,
                                                                                                cell.bottom())))

    def show_message(self, text: str) -> None:
        self.label.setText(i18n.sentence(text))  # a refusal or a note is a sentence: it ends with a full stop
        self._place()
        self.show()
        self._place()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.close_button.parentWidget() is not self:  # floating: the close button goes with the bar
            self.close_button.show()
            self.close_button.raise_()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        if self.close_button.parentWidget() is not self:
            self.close_button.hide()

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisible() or not self.isHidden() else ""
