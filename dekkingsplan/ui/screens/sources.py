"""Dekking: the sources of money, editable, with status in colour and in words, and totals per year."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from dekkingsplan.core.deadlines import suggested_apply_by
from dekkingsplan.core.edits import Part
from dekkingsplan.core.model import (
    DEFAULT_LEAD_MONTHS,
    Base,
    Basis,
    Line,
    Source,
    SourceType,
    Status,
)
from dekkingsplan.core.totals import YearSums, sum_by_year
from dekkingsplan.ui import i18n
from dekkingsplan.ui.table_model import Column, Editor
from dekkingsplan.ui.widgets import line_columns as lc
from dekkingsplan.ui.widgets.lines_screen import LineFilter, LinesScreen

# soft backgrounds; the status is always written out too, so colour is never the only sign
STATUS_COLOURS = {
    Status.PLANNED: QColor("#e4ecf7"),
    Status.APPLIED: QColor("#fbefc6"),
    Status.COMMITTED: QColor("#d9efda"),
    Status.RECEIVED: QColor("#c3e4c5"),
    Status.REJECTED: QColor("#ececec"),
}


def status_text(status: Status) -> str:
    return i18n.label(status)


def type_text(kind: SourceType) -> str:
    return i18n.label(kind)


def probability_text(source: Source) -> str:
    weight = source.weight_expected
    return lc.percent_text(Decimal(weight.numerator) * 100 / Decimal(weight.denominator))


def _edit_probability(source: Source, text: object) -> Source:
    percent = lc.read_percentage(str(text))
    return replace(source, probability=None if percent is None else percent / 100)


class SourcesScreen(LinesScreen):
    TITLE = QT_TRANSLATE_NOOP("SourcesScreen", "Dekking")
    part = Part.SOURCES

    def intro(self) -> str:
        return self.tr("Waar het geld vandaan komt: subsidies, fondsen, giften, verhuur, eigen inkomsten en "
                       "opdrachten. De kans telt mee in het scenario Verwacht; afgewezen aanvragen tellen nergens mee.")

    def noun(self) -> str:
        return self.tr("dekkingsbron")

    def lines(self) -> list[Line]:
        return list(self.document.plan.sources)

    def row_foreground(self, line: Line) -> QColor | None:
        return lc.MUTED if line.in_kind or (isinstance(line, Source) and line.status == Status.REJECTED) else None

    def columns(self) -> list[Column]:
        kind = Column(key="type", title=self.tr("Soort"), editor=Editor.CHOICE, width=140,
                      text=lambda r: type_text(r.type), edit_text=lambda r: r.type,
                      choices=lambda: [(type_text(t), t) for t in SourceType],
                      edit=lambda r, v: replace(r, type=SourceType(v)),
                      tip=self.tr("Subsidie, fondsen, giften en donaties, verhuur, eigen inkomsten, opdrachten "
                                  "of overig"))
        funder = Column(key="funder", title=self.tr("Financier"), width=170, text=lambda r: r.funder or "",
                        edit=lambda r, v: replace(r, funder=str(v).strip() or None),
                        tip=self.tr("Wie het geld geeft, zoals Gemeente Den Haag of Oranje Fonds"))
        status = Column(key="status", title=self.tr("Status"), editor=Editor.CHOICE, width=140,
                        text=lambda r: status_text(r.status), edit_text=lambda r: r.status,
                        sort=lambda r: list(Status).index(r.status),
                        choices=lambda: [(status_text(s), s) for s in Status],
                        edit=lambda r, v: replace(r, status=Status(v)),
                        background=lambda r: STATUS_COLOURS[r.status],
                        tip=self.tr("Nog aan te vragen, aangevraagd, toegezegd, ontvangen of afgewezen"))
        probability = Column(
            key="probability", title=self.tr("Kans"), editor=Editor.PERCENT, numeric=True, width=70,
            text=probability_text, sort=lambda r: r.weight_expected,
            edit_text=lambda r: "" if r.probability is None else lc.number_text(r.probability * 100),
            edit=_edit_probability, derived=lambda r: r.probability is None,
            cell_tip=lambda r: (self.tr("Standaard voor de status ‘{status}’; typ een eigen kans om die te "
                                        "gebruiken").format(status=status_text(r.status))
                                if r.probability is None else None),
            tip=self.tr("De kans dat het geld komt, in procenten (zoals 60); leeg is de standaard voor de status"))
        def apply_by_text(r: Source) -> str:
            suggested = suggested_apply_by(r)
            if suggested is None:
                return lc.date_text(r.apply_by)
            return self.tr("{date} (voorgesteld)").format(date=lc.date_text(suggested))

        apply_by = Column(key="apply_by", title=self.tr("Aanvragen vóór"), editor=Editor.DATE, width=110,
                          text=apply_by_text, sort=lambda r: r.apply_by or suggested_apply_by(r),
                          edit_text=lambda r: lc.date_text(r.apply_by),
                          edit=lambda r, v: replace(r, apply_by=lc.read_date(str(v))),
                          derived=lambda r: suggested_apply_by(r) is not None,
                          cell_tip=lambda r: (self.tr("Voorgesteld: {n} maanden voor de start; typ een eigen datum "
                                                      "als de financier er een noemt").format(
                                                          n=DEFAULT_LEAD_MONTHS if r.lead_months is None
                                                          else r.lead_months)
                                              if suggested_apply_by(r) is not None else None),
                          tip=self.tr("De uiterste datum om aan te vragen, zoals 1 mrt 2026; leeg bij een fonds of "
                                      "subsidie die nog moet worden aangevraagd: voorgesteld, vier maanden voor de "
                                      "start"))
        decision = Column(key="decision_expected", title=self.tr("Besluit verwacht"), editor=Editor.DATE, width=120,
                          text=lambda r: lc.date_text(r.decision_expected), sort=lambda r: r.decision_expected,
                          edit=lambda r, v: replace(r, decision_expected=lc.read_date(str(v))),
                          tip=self.tr("Wanneer de financier naar verwachting beslist"))
        reports = Column(key="report_due", title=self.tr("Verantwoording"), editor=Editor.DATES, width=180,
                         text=lambda r: ", ".join(lc.date_text(d) for d in r.report_due),
                         sort=lambda r: r.report_due[0] if r.report_due else None,
                         edit=lambda r, v: replace(r, report_due=lc.read_dates(str(v))),
                         tip=self.tr("De data waarop verantwoording moet worden ingeleverd, gescheiden door komma's"))
        plan = lambda: self.document.plan  # noqa: E731 - read at the moment a cell is shown
        return [lc.name_column(), kind, funder, status, probability, lc.amount_column(), lc.basis_column(),
                lc.start_column(plan), lc.end_column(), lc.indexation_column(), lc.project_column(plan), apply_by,
                decision, reports, lc.specification_column(), lc.in_kind_column(), lc.note_column()]

    def detail_keys(self) -> list[str]:
        return ["type", "probability", "decision_expected", "report_due", "specification", "in_kind", "note"]

    def filters(self) -> list[LineFilter]:
        return [
            LineFilter("type", self.tr("Soort:"), lambda: [(type_text(t), t) for t in SourceType],
                       lambda line: line.type),
            LineFilter("status", self.tr("Status:"), lambda: [(status_text(s), s) for s in Status],
                       lambda line: line.status),
            LineFilter("project", self.tr("Project:"),
                       lambda: [(self.tr("(geen: exploitatie)"), None)] + [(p.name, p.id) for p in self.document.plan.projects],
                       lambda line: line.project),
        ]

    def new_line(self, line_id: str) -> Line:
        return Source(id=line_id, name=self.tr("Nieuwe dekkingsbron"), type=SourceType.OTHER, status=Status.PLANNED,
                      amount=0, basis=Basis.PER_YEAR)

    def totals_rows(self, shown: list[Line]) -> list[tuple[str, YearSums]]:
        years = self.document.plan.years
        rows = []
        for scenario, label in ((Base.MAXIMUM, self.tr("Volle waarde (zonder afgewezen)")),
                                (Base.EXPECTED, self.tr("Verwacht (× kans)")),
                                (Base.SECURED, self.tr("Zeker (toegezegd en ontvangen)"))):
            values = self.document.projection(scenario).source_values
            rows.append((label, sum_by_year((values.get(line.id, {}) for line in shown), years)))
        return rows
