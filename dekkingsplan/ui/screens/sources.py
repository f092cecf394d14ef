"""Dekking: the sources of money, editable, with status in colour and in words, and totals per year. What the
table holds is ``ui.views.lines.SourcesView``'s; this module words it."""

from __future__ import annotations

from dekkingsplan.core.edits import Part
from dekkingsplan.core.model import Source, SourceType, Status
from dekkingsplan.ui import i18n
from dekkingsplan.ui.table_model import Column
from dekkingsplan.ui.views.lines import STATUS_TONES, LinesView, SourcesView, Suggested, lead_months
from dekkingsplan.ui.widgets import line_columns as lc
from dekkingsplan.ui.widgets.lines_screen import LinesScreen

# soft backgrounds; the status is always written out too, so colour is never the only sign
STATUS_COLOURS = {status: lc.TONES[tone] for status, tone in STATUS_TONES.items()}


def status_text(status: Status) -> str:
    return i18n.label(status)


def type_text(kind: SourceType) -> str:
    return i18n.label(kind)


class SourcesScreen(LinesScreen):
    part = Part.SOURCES

    def intro(self) -> str:
        return self.tr("Waar het geld vandaan komt: subsidies, fondsen, giften, verhuur, eigen inkomsten en "
                       "opdrachten. De kans telt mee in het scenario Verwacht; afgewezen aanvragen tellen nergens mee.")

    def noun(self) -> str:
        return self.tr("dekkingsbron")

    def make_view(self) -> LinesView:
        return SourcesView(lambda: self.document.plan, self.document.projection, i18n.current_language)

    def columns(self) -> list[Column]:
        view = self.view
        kind = lc.column(view.field("type"), self.tr("Soort"), width=140,
                         tip=self.tr("Subsidie, fondsen, giften en donaties, verhuur, eigen inkomsten, opdrachten "
                                     "of overig"))
        funder = lc.column(view.field("funder"), self.tr("Financier"), width=170,
                           tip=self.tr("Wie het geld geeft, zoals Gemeente Den Haag of Oranje Fonds"))
        status = lc.column(view.field("status"), self.tr("Status"), width=140,
                           tip=self.tr("Nog aan te vragen, aangevraagd, toegezegd, ontvangen of afgewezen"))
        probability = lc.column(
            view.field("probability"), self.tr("Kans"), width=70,
            cell_tip=lambda r: (self.tr("Standaard voor de status ‘{status}’; typ een eigen kans om die te "
                                        "gebruiken").format(status=status_text(r.status))
                                if r.probability is None else None),
            tip=self.tr("De kans dat het geld komt, in procenten (zoals 60); leeg is de standaard voor de status"))

        def apply_by_text(r: Source) -> str:
            shown = view.value(r, "apply_by")
            if isinstance(shown, Suggested):
                return self.tr("{date} (voorgesteld)").format(date=lc.date_text(shown.date))
            return lc.date_text(shown)

        def apply_by_tip(r: Source) -> str | None:
            if not isinstance(view.value(r, "apply_by"), Suggested):
                return None
            return self.tr("Voorgesteld: {n} maanden voor de start; typ een eigen datum als de financier er een "
                           "noemt").format(n=lead_months(r))

        apply_by = lc.column(view.field("apply_by"), self.tr("Aanvragen vóór"), width=110, text=apply_by_text,
                             cell_tip=apply_by_tip,
                             tip=self.tr("De uiterste datum om aan te vragen, zoals 1 mrt 2026; leeg bij een fonds "
                                         "of subsidie die nog moet worden aangevraagd: voorgesteld, vier maanden "
                                         "voor de start"))
        decision = lc.column(view.field("decision_expected"), self.tr("Besluit verwacht"), width=120,
                             tip=self.tr("Wanneer de financier naar verwachting beslist"))
        reports = lc.column(view.field("report_due"), self.tr("Verantwoording"), width=180,
                            tip=self.tr("De data waarop verantwoording moet worden ingeleverd, gescheiden door "
                                        "komma's"))
        return [lc.name_column(view), kind, funder, status, probability, lc.amount_column(view),
                lc.basis_column(view), lc.start_column(view), lc.end_column(view), lc.indexation_column(view),
                lc.project_column(view), apply_by, decision, reports, lc.specification_column(view),
                lc.in_kind_column(view), lc.note_column(view)]

    def filter_labels(self) -> dict[str, str]:
        return {"type": self.tr("Soort:"), "status": self.tr("Status:"), "project": self.tr("Project:")}

    def no_project(self) -> str:
        return self.tr("(geen: exploitatie)")

    def new_name(self) -> str:
        return self.tr("Nieuwe dekkingsbron")

    def totals_labels(self) -> dict[str, str]:
        return {"full": self.tr("Volle waarde (zonder afgewezen)"), "expected": self.tr("Verwacht (× kans)"),
                "secured": self.tr("Zeker (toegezegd en ontvangen)")}
