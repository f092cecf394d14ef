"""Bestand › Plannen vergelijken…: many plans side by side, for an umbrella organisation's advisor.

The same table as ``dekkingsplan portfolio``: per plan the largest funder and its share, the subsidy share, the
short-term share, the year the reserve runs out, the years with a gap and what must still be raised. Sortable by
every column; a double click opens the plan. A plan that cannot be read is named below the table, not fatal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import Base, Plan
from dekkingsplan.core.names import label
from dekkingsplan.core.portfolio import (
    PLAN_SUFFIXES,
    PortfolioRow,
    plans_in_folder,
    portfolio_row,
    portfolio_totals,
)
from dekkingsplan.ui import i18n, store_gateway
from dekkingsplan.ui.table_model import Column, FilterProxy, TableModel, source_index
from dekkingsplan.ui.widgets.tables import table_view


def load_plans(paths: list[Path]) -> tuple[list[tuple[str, Plan]], list[str]]:
    """The plans that could be read, and one sentence for each that could not, in the window's language."""
    plans, problems = [], []
    for path in paths:
        try:
            plans.append((str(path), store_gateway.load_any(path)))
        except (DekkingsplanError, OSError, UnicodeDecodeError, ValueError) as exc:
            reason = i18n.reason(exc)
            problems.append(reason if str(path) in reason else f"{path.name}: {reason}")  # the file named once
    return plans, problems


def _columns() -> list[Column]:
    def largest(row: PortfolioRow):
        return row.indicators.largest_funder

    return [
        Column(key="organisation", title=PortfolioDialog.tr("Organisatie"), text=lambda r: r.organisation, width=220,
               cell_tip=lambda r: str(r.file)),  # two files of one organisation are told apart
        Column(key="years", title=PortfolioDialog.tr("Jaren"), text=lambda r: f"{r.first_year}–{r.last_year}",
               sort=lambda r: (r.first_year, r.last_year)),
        Column(key="funder", title=PortfolioDialog.tr("Grootste financier"),
               text=lambda r: largest(r).name if largest(r) else "–", width=170),
        Column(key="share", title=PortfolioDialog.tr("Aandeel"), numeric=True,
               text=lambda r: i18n.ratio(largest(r).share) if largest(r) else "–",
               sort=lambda r: largest(r).share if largest(r) else -1,
               tip=PortfolioDialog.tr("Het aandeel van de grootste financier in alle inkomsten")),
        Column(key="subsidy", title=PortfolioDialog.tr("Subsidie"), numeric=True, text=lambda r: i18n.ratio(r.subsidy_share),
               sort=lambda r: r.subsidy_share if r.subsidy_share is not None else -1,
               tip=PortfolioDialog.tr("Het aandeel van subsidies in alle inkomsten: de afhankelijkheid van de gemeente")),
        Column(key="short", title=PortfolioDialog.tr("Kortlopend"), numeric=True,
               text=lambda r: i18n.ratio(r.indicators.short_term_share),
               sort=lambda r: r.indicators.short_term_share if r.indicators.short_term_share is not None else -1,
               tip=PortfolioDialog.tr("Het aandeel van inkomsten die hoogstens twaalf maanden lopen")),
        Column(key="depleted", title=PortfolioDialog.tr("Reserve op in"), numeric=True,
               text=lambda r: str(r.indicators.depleted_year or "–"),
               sort=lambda r: r.indicators.depleted_year or 10_000),
        Column(key="gaps", title=PortfolioDialog.tr("Jaren met tekort"),
               text=lambda r: ", ".join(str(y) for y in r.gap_years) or "–", sort=lambda r: len(r.gap_years)),
        Column(key="to_raise", title=PortfolioDialog.tr("Nog te werven"), numeric=True,
               text=lambda r: i18n.amount(r.to_raise_total), sort=lambda r: r.to_raise_total,
               tip=PortfolioDialog.tr("Wat er nog bij moet om de reserve op het doel van elk plan te houden")),
    ]


class PortfolioDialog(QDialog):
    """Choose a folder or files; see their plans side by side; double-click to open one."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, start_folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plannen vergelijken"))
        self._start_folder = start_folder
        self._paths: list[Path] = []
        self.model = TableModel(_columns(), row_key=lambda r: r.file, parent=self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.folder_button = QPushButton(self.tr("&Map kiezen…"))
        self.files_button = QPushButton(self.tr("&Bestanden kiezen…"))
        self.scenario = QComboBox()
        for base in Base:
            self.scenario.addItem(label(base, i18n.current_language()), base.value)
        self.scenario.setCurrentIndex(self.scenario.findData(Base.EXPECTED.value))
        scenario_label = QLabel(self.tr("&Scenario:"))
        scenario_label.setBuddy(self.scenario)
        top = QHBoxLayout()
        for widget in (self.folder_button, self.files_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(scenario_label)
        top.addWidget(self.scenario)

        self.table = table_view(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_row)
        self.table.activated.connect(self._open_row)  # Enter on a row, as a keyboard user expects

        self.summary = QLabel(self.tr("Kies een map met plannen of enkele planbestanden."))
        self.summary.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.addButton(self.tr("Plan &openen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.open_button.setEnabled(current.isValid()))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(1100, 520)

        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button.clicked.connect(self.choose_files)
        self.scenario.currentIndexChanged.connect(lambda _i: self.show_paths(self._paths))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map met plannen kiezen"), self._start_folder)
        if folder:
            self._start_folder = folder
            self.show_paths(plans_in_folder(Path(folder)))

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in PLAN_SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Plannen kiezen"), self._start_folder,
                                                self.tr("Plannen ({patterns})").format(patterns=patterns))
        if files:
            self._start_folder = str(Path(files[0]).parent)
            self.show_paths([Path(f) for f in files])

    def show_paths(self, paths: list[Path]) -> None:
        """Read the plans and show their rows for the chosen scenario."""
        self._paths = list(paths)
        plans, problems = load_plans(self._paths)
        scenario = self.scenario.currentData()
        self.model.set_rows([portfolio_row(plan, file, scenario) for file, plan in plans])
        if not self._paths:
            self.summary.setText(self.tr("Deze map bevat geen plannen (.dekkingsplan of .json)."))
        else:
            totals = portfolio_totals(self.model.rows)
            self.summary.setText(self.tr("{n} plannen; bij {k} raakt de reserve op; samen nog te werven: {total}. "
                                         "Dubbelklik op een plan om het te openen.")
                                 .format(n=totals.plans, k=totals.run_out, total=i18n.amount(totals.to_raise)))
        self.problems.setVisible(bool(problems))
        self.problems.setText(self.tr("Niet te lezen:") + "\n" + "\n".join(problems) if problems else "")

    def _open_row(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        model, source = source_index(index)
        self.open_requested.emit(model.row(source).file)
        self.accept()
