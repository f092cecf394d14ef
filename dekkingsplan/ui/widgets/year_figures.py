"""Core's projection as a small table of years (costs, coverage, result, coverage ratio, gap, reserve), and the
list to choose the scenario it is shown under. Shared by Projecten, Scenario's and Realisatie."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from dekkingsplan.core.model import Plan
from dekkingsplan.core.projection import Projection
from dekkingsplan.ui import i18n
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.table_model import Column
from dekkingsplan.ui.views.year_figures import Tone, YearRow, year_rows

GAP_COLOUR = QColor("#b3261e")
GAP_BACKGROUND = QColor("#fbeae8")


class YearFigures:
    """The translation context of this module's texts: lupdate reads ``YearFigures.tr("...")``."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("YearFigures", text)


@dataclass(frozen=True)
class FigureRow:
    """One measure over the years, already as text: what the table shows."""

    key: str
    label: str
    by_year: dict[int, str]
    total: str = ""
    bold: bool = False
    warn_years: frozenset[int] = field(default_factory=frozenset)  # shown in red: a gap, a depleted reserve


def _labels() -> dict[str, str]:
    return {"costs": YearFigures.tr("Kosten"), "income": YearFigures.tr("Inkomsten"),
            "result": YearFigures.tr("Resultaat"), "coverage": YearFigures.tr("Dekkingsgraad"),
            "gap": YearFigures.tr("Tekort"), "reserve": YearFigures.tr("Reserve eind jaar")}


def figure_row(row: YearRow, label: str | None = None) -> FigureRow:
    """A view's row of figures in words: amounts without the euro sign, a ratio as a percentage, no gap as a dash."""
    def text(value: object) -> str:
        if row.key == "coverage":
            return i18n.ratio(value)  # type: ignore[arg-type]
        if row.key == "gap" and not value:
            return "–"
        return i18n.amount(value, symbol=False)  # type: ignore[arg-type]

    return FigureRow(row.key, label or _labels()[row.key], {y: text(v) for y, v in row.values.items()},
                     "" if row.total is None else i18n.amount(row.total, symbol=False), bold=row.strong,
                     warn_years=frozenset(y for y in row.values if row.tone(y) == Tone.WARN))


def year_table_rows(projection: Projection) -> list[FigureRow]:
    """Kosten, Inkomsten, Resultaat, Dekkingsgraad, Tekort and (for the whole plan) Reserve eind jaar
    (``views.year_figures``), in words."""
    return [figure_row(row) for row in year_rows(projection)]


def year_table_columns(plan: Plan, total_title: str | None = None, *, label_title: str = "",
                       label_width: int = 170) -> list[Column]:
    """A label column, one column per plan year and (when titled) a total column."""
    def warn(year: int) -> Callable[[FigureRow], QColor | None]:
        return lambda r: GAP_COLOUR if year in r.warn_years else None

    columns = [Column(key="label", title=label_title, text=lambda r: r.label, bold=lambda r: r.bold,
                      width=label_width)]
    for year in plan.years:
        columns.append(Column(key=str(year), title=str(year), numeric=True, text=lambda r, y=year: r.by_year.get(y, ""),
                              foreground=warn(year), bold=lambda r: r.bold))
    if total_title:
        columns.append(Column(key="total", title=total_title, numeric=True, text=lambda r: r.total,
                              bold=lambda r: True))
    return columns


class ScenarioChooser(QWidget):
    """“Scenario: [Verwacht]”: the scenario the figures are shown under, shared with the overview."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.combo = QComboBox(self)
        self.combo.setObjectName("scenarioChooser")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(self.tr("Zeker: alleen toegezegd en ontvangen. Verwacht: elke bron maal haar kans. "
                                      "Maximaal: alles wat niet is afgewezen. Of een eigen scenario."))
        label = QLabel(self.tr("&Scenario:"), self)
        label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.combo.activated.connect(self._chosen)
        document.scenario_changed.connect(lambda _s: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        plan = self.document.plan
        self.combo.blockSignals(True)
        self.combo.clear()
        for scenario_id in plan.scenario_ids():
            self.combo.addItem(i18n.scenario_name(plan, scenario_id), scenario_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.document.scenario)))
        self.combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        self.document.set_scenario(str(self.combo.itemData(index)))
