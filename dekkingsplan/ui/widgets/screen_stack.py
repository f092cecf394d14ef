"""The open plan's screens: the navigation list on the left and the screens beside it, built when first needed.

Every title of the registry is listed at once; a screen is imported and built only when it is shown or asked
for, or when ``build_all`` runs (the main window calls it right after its first paint).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.screens.registry import SCREEN_ENTRIES
from dekkingsplan.ui.widgets.text_style import set_scaled_bold


class ScreenStack(QWidget):
    """``nav`` lists the screens, ``pages`` holds them; one screen of each registry entry per open plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self._screens: list[Screen | None] = []
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(165)
        self.nav.setMinimumWidth(150)
        self.nav.setAccessibleName(self.tr("Onderdelen van het plan"))
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; } "
                               "QListWidget#navigation::item { padding: 6px 8px; }")
        self.pages = _Pages()
        self.nav.currentRowChanged.connect(self._nav_changed)
        # A plan opened read-only (in use elsewhere, or a folder without write permission) says so above every
        # screen, so that nobody types into a table that cannot keep what they type.
        self.read_only_bar = QLabel(self.tr("Alleen-lezen: dit plan is elders geopend of staat in een map zonder "
                                            "schrijfrechten. U kunt alles bekijken en exporteren, maar niets "
                                            "wijzigen."))
        self.read_only_bar.setObjectName("readOnlyBar")
        self.read_only_bar.setWordWrap(True)
        self.read_only_bar.setStyleSheet("#readOnlyBar { background: #eef2f7; border: 1px solid #b9c6d6; "
                                         "border-radius: 4px; padding: 6px 10px; color: #1f3550; }")
        self.read_only_bar.hide()
        self.next_step = NextStep()
        self.next_step.button.clicked.connect(self.add_first_cost)
        self.next_step.hide()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.read_only_bar)
        right.addWidget(self.next_step)
        # A screen taller or wider than the window can be (a 1366×768 laptop with the reminder showing) scrolls
        # inside it: the window itself, status bar included, always fits the screen.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("screenScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(_Holder(self.pages))
        right.addWidget(self.scroll, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 6, 6, 6)
        row.addWidget(self.nav)
        row.addLayout(right, 1)

    def set_document(self, document: PlanDocument | None) -> None:
        """Drop the screens of the previous plan; list those of ``document`` and build the first."""
        self.commit_pending()
        for screen in self._screens:
            if screen is not None:
                screen.deleteLater()
        while self.pages.count():
            self.pages.removeWidget(self.pages.widget(0))
        self._screens = []
        self.nav.clear()
        self.document = document
        self.read_only_bar.setVisible(document is not None and document.read_only)
        if document is None:
            self.next_step.hide()
            return
        document.changed.connect(self._update_next_step)
        for index, entry in enumerate(SCREEN_ENTRIES):
            screen = entry.load()(document, self.pages) if index == 0 else None
            self._screens.append(screen)
            self.pages.addWidget(screen if screen is not None else QWidget())
            self.nav.addItem(entry.nav_title())
        self._update_next_step()

    @property
    def waiting(self) -> bool:
        return None in self._screens

    def build(self, index: int) -> Screen:
        screen = self._screens[index]
        if screen is None:
            assert self.document is not None
            screen = SCREEN_ENTRIES[index].load()(self.document, self.pages)
            current = self.pages.currentIndex()
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, screen)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages.setCurrentIndex(current)
            self._screens[index] = screen
        return screen

    def build_all(self) -> None:
        for index in range(len(self._screens)):
            self.build(index)

    @property
    def screens(self) -> list[Screen]:
        """Every screen of the open plan (those still waiting are built now)."""
        self.build_all()
        return [s for s in self._screens if s is not None]

    def screen(self, screen_class: type[Screen]) -> Screen:
        index = next(i for i, entry in enumerate(SCREEN_ENTRIES) if entry.is_for(screen_class))
        return self.build(index)

    def show_screen(self, screen_class: type[Screen]) -> Screen:
        screen = self.screen(screen_class)
        self.nav.setCurrentRow(self._screens.index(screen))
        return screen

    def commit_pending(self) -> None:
        for screen in self._screens:
            if screen is not None:
                screen.commit_pending()

    def unsaved(self) -> list[tuple[Screen, str]]:
        """Every sentence about something typed that could not be saved, with the screen it is on."""
        return [(screen, text) for screen in self._screens if screen is not None for text in screen.unsaved()]

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self._screens):
            self.build(row)
            self.pages.setCurrentIndex(row)
        self._update_next_step()

    # --- the next step of a plan still empty -------------------------------------------------------------

    def _update_next_step(self, *_args: object) -> None:
        """On the Overzicht of a plan without any cost line (a plan the wizard just made), the next step is
        offered instead of an empty year table: "Voeg uw eerste kosten toe"."""
        doc = self.document
        show = (doc is not None and not doc.read_only and not doc.plan.costs and self.nav.currentRow() == 0)
        if show and self.next_step.isHidden():
            QTimer.singleShot(0, self.next_step.button.setFocus)  # Enter takes the next step
        self.next_step.setVisible(show)

    def add_first_cost(self) -> None:
        """Go to Begroting and add a line, its name open for typing."""
        index = next(i for i, entry in enumerate(SCREEN_ENTRIES) if entry.name == "CostsScreen")
        screen = self.build(index)
        self.nav.setCurrentRow(index)
        screen.add_line()


class _Pages(QStackedWidget):
    """The screens, one shown at a time: only the one shown says how small it can be (a screen not shown, say
    Scenario's, never makes the Overzicht scroll)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        return QSize(0, 0) if shown is None else shown.minimumSizeHint().expandedTo(shown.minimumSize())

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return QSize(0, 0) if shown is None else shown.sizeHint()


class _Holder(QWidget):
    """The screens inside the scroll area, at the size the area gives and never smaller than the screen shown
    needs. Not a layout: a layout would ask every screen's height for the width, the tallest one's, and the
    Overzicht would scroll for Scenario's sake."""

    def __init__(self, pages: QStackedWidget) -> None:
        super().__init__()
        self.pages = pages
        pages.setParent(self)

    def minimumSizeHint(self) -> QSize:
        return self.pages.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self.pages.sizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # another screen shown, or the shown one changed
            self.updateGeometry()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.pages.setGeometry(self.rect())
        super().resizeEvent(event)


class NextStep(QFrame):
    """What to do first in a new plan, with the button that does it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextStep")
        self.setStyleSheet("#nextStep { background: #eaf4ea; border: 1px solid #9cc59c; border-radius: 6px; }")
        title = QLabel(self.tr("Uw plan is gemaakt. Begin met de kosten."))
        title.setObjectName("nextStepTitle")
        set_scaled_bold(title, 1.25)
        text = QLabel(self.tr("Zet in de Begroting wat de organisatie per jaar uitgeeft: de coördinator, de huur, de "
                              "activiteiten. Daarna vult u bij Dekking in waar het geld vandaan komt; het Overzicht "
                              "laat dan per jaar zien of alles gedekt is."))
        text.setWordWrap(True)
        self.button = QPushButton(self.tr("&Voeg uw eerste kosten toe"))
        self.button.setDefault(True)
        self.button.setToolTip(self.tr("Naar de Begroting, met een nieuwe kostenregel om in te typen"))
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addLayout(column, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
