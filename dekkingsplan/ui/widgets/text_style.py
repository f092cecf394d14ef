"""Text size, weight and colour of a label set on its font and palette rather than by a style sheet.

A widget with a style sheet is drawn through Qt's style-sheet engine, which parses the sheet and polishes the
widget and its children: a few milliseconds for the overview alone before the window's first paint. Headings and
plain coloured text need only a font and a palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

HEADING_PT = 16


def set_text_style(widget: QWidget, *, point_size: float | None = None, bold: bool = False,
                   colour: QColor | str | None = None) -> None:
    """The widget's text in ``point_size`` points, semi-bold (CSS weight 600) if ``bold``, in ``colour``."""
    font = widget.font()
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    widget.setFont(font)
    if colour is None:
        widget.setPalette(QPalette())  # no colour of its own: the one it inherits
    else:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        widget.setPalette(palette)


def set_scaled_bold(widget: QWidget, scale: float) -> None:
    """The widget's own font ``scale`` times as large and bold (weight 700): a title that stands out."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)


def note_label(text: str, colour: str, parent: QWidget | None = None) -> QLabel:
    """A few words that wrap, in a quieter ``colour``: a screen's intro, a hint, what an empty list means."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_text_style(label, colour=colour)
    return label


def set_selection_colours(widget: QWidget, background: QColor | str, text: QColor | str) -> None:
    """The colours of selected items in a view, focused or not."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(background))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(text))
    widget.setPalette(palette)
