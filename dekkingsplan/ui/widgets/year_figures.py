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



def year_table_rows(projection: Projection, *, prefix: str = "") -> list[FigureRow]:
    """Kosten, Dekking, Resultaat, Dekkingsgraad, Tekort and (for the whole plan) Reserve eind jaar."""
    years = projection.years
    money = i18n.amount
    gap_years = frozenset(y.year for y in years if y.gap > 0)
    rows = [
        FigureRow(f"{prefix}costs", YearFigures.tr("Kosten"), {y.year: money(y.costs, symbol=False) for y in years},
                  money(projection.totals.costs, symbol=False)),
        FigureRow(f"{prefix}income", YearFigures.tr("Inkomsten"), {y.year: money(y.income, symbol=False) for y in years},
                  money(projection.totals.income, symbol=False)),
        FigureRow(f"{prefix}result", YearFigures.tr("Resultaat"), {y.year: money(y.result, symbol=False) for y in years},
                  money(projection.totals.result, symbol=False), bold=True,
                  warn_years=frozenset(y.year for y in years if y.result < 0)),
        FigureRow(f"{prefix}coverage", YearFigures.tr("Dekkingsgraad"), {y.year: i18n.ratio(y.coverage) for y in years},
                  warn_years=gap_years),
        FigureRow(f"{prefix}gap", YearFigures.tr("Tekort"), {y.year: money(y.gap, symbol=False) if y.gap else "–"
                                                 for y in years}, warn_years=gap_years),
    ]
    if projection.project is None:
        rows.append(FigureRow(
            f"{prefix}reserve", YearFigures.tr("Reserve eind jaar"),
            {y.year: money(y.reserve_end or 0, symbol=False) for y in years}, bold=True,
            warn_years=frozenset(y.year for y in years if (y.reserve_end or 0) < 0)))
    return rows


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
