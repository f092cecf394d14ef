"""The start screen, shown when no plan is open: a new plan, open a file, the recent files, the demo plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.resources import resource_path
from dekkingsplan.ui.widgets.text_style import set_scaled_bold, set_text_style


class _RecentDelegate(QStyledItemDelegate):
    """A recent plan as its name, with its folder smaller and grey underneath."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        # the item view writes the line break as a Unicode line separator
        name, _, folder = option.text.replace("\u2028", "\n").partition("\n")
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(10, 6, -10, -6)
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(option.palette.highlightedText().color() if selected else option.palette.text().color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)
        small = QFont(option.font)
        small.setBold(False)
        if option.font.pointSizeF() > 0:
            small.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(option.palette.highlightedText().color() if selected else QColor("#666"))
        elided = QFontMetrics(small).elidedText(folder, Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 2 * line + 16)


def _shown_folder(folder: Path) -> str:
    """A folder as people recognise it: under the home folder written with ~."""
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)


class _RecentList(QListWidget):
    """Enter on a recent file opens it, as a double click does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class StartScreen(QWidget):
    """Welcome: what a treasurer can do before a plan is open. The main window does the work."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartScreen")

        title = QLabel(self.tr("Dekkingsplan"))
        title.setObjectName("startTitle")
        set_scaled_bold(title, 2.0)
        subtitle = QLabel(self.tr("Begroting en dekkingsplan voor uw organisatie: welke jaren zijn gedekt, "
                                  "waar zit het tekort, en wat als een subsidie wegvalt?"))
        subtitle.setWordWrap(True)

        self.new_button = self._button(self.tr("Nieuw plan…"),
                                       self.tr("Begin een nieuw plan: naam, jaren, beginreserve (Ctrl+N)"))
        self.open_button = self._button(self.tr("Plan openen…"),
                                        self.tr("Open een .dekkingsplan-bestand (Ctrl+O)"))
        self.demo_button = self._button(self.tr("Demoplan bekijken"),
                                        self.tr("Open een kopie van het voorbeeldplan van een buurtkamer; "
                                                "het origineel blijft onaangeroerd"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        actions = QVBoxLayout()
        actions.setSpacing(10)
        for button in (self.new_button, self.open_button, self.demo_button):
            actions.addWidget(button)
        actions.addStretch(1)

        recent_label = QLabel(self.tr("&Recent geopend"))
        self.recent = _RecentList()
        self.recent.setToolTip(self.tr("Dubbelklik of druk op Enter om een plan te openen"))
        self.recent.setItemDelegate(_RecentDelegate(self.recent))
        self.recent.itemActivated.connect(self._activated)
        recent_label.setBuddy(self.recent)
        self.no_recent = QLabel(self.tr("Nog geen plannen geopend."))
        set_text_style(self.no_recent, colour="#666")

        recent_box = QVBoxLayout()
        recent_box.setSpacing(6)
        recent_box.addWidget(recent_label)
        recent_box.addWidget(self.recent, 1)
        recent_box.addWidget(self.no_recent)
        recent_box.addStretch(0)
        self._recent_box = recent_box

        panel = QFrame()
        panel.setObjectName("startPanel")
        panel.setStyleSheet("#startPanel { background: white; border: 1px solid #d3d7dc; border-radius: 8px; }")
        panel.setMaximumWidth(820)
        panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(panel)
        grid.setContentsMargins(32, 28, 32, 28)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(16)
        logo = QLabel()
        icon = resource_path("icons", "dekkingsplan.png")
        if icon.exists():
            logo.setPixmap(QPixmap(str(icon)).scaled(48, 48, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation))
        heading = QHBoxLayout()
        heading.setSpacing(12)
        heading.addWidget(logo)
        heading.addWidget(title, 1)
        grid.addLayout(heading, 0, 0, 1, 2)
        grid.addWidget(subtitle, 1, 0, 1, 2)
        grid.addLayout(actions, 2, 0)
        grid.addLayout(recent_box, 2, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowMinimumHeight(2, 220)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.demo_button)
        QWidget.setTabOrder(self.demo_button, self.recent)
        self.set_recent([])

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setMinimumHeight(36)
        button.setMinimumWidth(200)
        return button

    def set_recent(self, paths: list[str]) -> None:
        """Show the recent files, newest first: the file's name, with its folder below."""
        self.recent.clear()
        for path in paths:
            p = Path(path)
            item = QListWidgetItem(f"{p.stem}\n{_shown_folder(p.parent)}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        self._recent_box.setStretch(3, 0 if paths else 1)
        if paths:
            self.recent.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def focus_first(self) -> None:
        self.new_button.setFocus()
