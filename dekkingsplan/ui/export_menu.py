"""The Exporteren menu and toolbar: Excel for a funder, the PDF overview, print preview and printing, the agenda.

Each export asks where to save (``ask``), writes through ``export_gateway`` (complete or not at all) and offers to
open the folder. The exports (and their heavy libraries) load through that gateway when first used, and the export
dialogs' module (its widgets' classes: reading a class from PySide6 builds its enums) when one is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QToolBar

from dekkingsplan.core.deadlines import deadlines
from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import Plan
from dekkingsplan.ui import ask, export_gateway, i18n
from dekkingsplan.ui.actions import WindowActions, make_action


def _safe_name(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in text)
    return " ".join(keep.split()) or "Dekkingsplan"


class ExportActions(WindowActions):
    """The export actions of a main window; enabled while a plan is open."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.last_written: Path | None = None
        self.workbook_action = make_action(
            self.window, self.tr("&Excel voor een fonds…"), self.export_workbook, "Ctrl+E",
            self.tr("Begroting en dekkingsplan als Excel-werkmap voor een aanvraag"))
        self.pdf_action = make_action(self.window, self.tr("&PDF-overzicht…"), self.export_pdf, "Ctrl+Shift+E",
                                      self.tr("Het financieringsoverzicht voor het bestuur of de gemeente als PDF"))
        self.preview_action = make_action(self.window, self.tr("Afdruk&voorbeeld…"), self.print_preview, None,
                                          self.tr("Het financieringsoverzicht bekijken zoals het wordt afgedrukt"))
        self.print_action = make_action(
            self.window, self.tr("Af&drukken…"), self.print_overview, QKeySequence.StandardKey.Print,
            self.tr("Het financieringsoverzicht afdrukken"))
        self.ics_action = make_action(self.window, self.tr("&Agenda (iCalendar)…"), self.export_ics, None,
                                      self.tr("Alle deadlines als agenda-bestand voor telefoon of computer"))
        self.realisation_action = make_action(self.window,
            self.tr("Ve&rantwoording…"), self.export_realisation, None,
            self.tr("Begroot tegen werkelijk van een jaar, met toelichting: voor gemeente of fonds (Excel of PDF)"))
        self.summary_action = make_action(self.window,
            self.tr("Aanvraag&samenvatting…"), self.export_summary, None,
            self.tr("Eén A4-pagina bovenop een aanvraag bij een fonds, als PDF"))
        self.costs_print_action = make_action(self.window, self.tr("&Begroting afdrukken…"), self.print_costs, None,
                                              self.tr("De kostenregels van de Begroting met hun bedrag per jaar op "
                                                       "papier, eerst in een afdrukvoorbeeld"))
        self.actions = [self.costs_print_action, self.summary_action, self.workbook_action, self.pdf_action, self.preview_action, self.print_action,
                        self.ics_action, self.realisation_action]
        self.set_enabled(False)

    def install(self, menu_bar, before=None) -> None:
        """Add the Exporteren menu (before ``before``'s menu, if given) and a toolbar."""
        menu = menu_bar.addMenu(self.tr("E&xporteren")) if before is None else None
        if menu is None:
            menu = QMenu(self.tr("E&xporteren"), menu_bar)
            menu_bar.insertMenu(before.menuAction(), menu)
        for action in (self.workbook_action, self.summary_action, self.pdf_action, self.realisation_action,
                       self.ics_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.preview_action)
        menu.addAction(self.print_action)
        menu.addAction(self.costs_print_action)
        self.menu = menu
        toolbar = getattr(self.window, "export_toolbar", None)
        if toolbar is None:
            toolbar = QToolBar(self.tr("Exporteren"), self.window)
            toolbar.setObjectName("export_toolbar")
            self.window.addToolBar(toolbar)
            self.window.export_toolbar = toolbar
        toolbar.clear()
        for action in (self.workbook_action, self.pdf_action, self.print_action, self.ics_action):
            toolbar.addAction(action)

    # --- helpers -----------------------------------------------------------------------------------------

    def _target(self, title: str, suffix: str, filter_text: str, stem: str) -> Path | None:
        doc = self.document
        folder = Path(doc.path).parent if doc is not None and doc.path else Path.home()
        if not folder.exists() or "dekkingsplan-demo-" in str(folder):
            folder = Path.home()
        suggestion = str(folder / f"{_safe_name(stem)}{suffix}")
        path = ask.file_to_save(self.window, title, suggestion, filter_text)
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)

    def _save(self, title: str, suffix: str, filter_text: str, stem: str, write: Callable[[Path], object]) -> bool:
        """Ask where to save (``_target``), then ``write`` there (``_write``); False: cancelled or not saved."""
        target = self._target(title, suffix, filter_text, stem)
        return False if target is None else self._write(target, lambda: write(target))

    def _write(self, target: Path, write: Callable[[], object]) -> bool:
        try:
            write()
        except (DekkingsplanError, OSError) as exc:
            ask.warn(self.window, self.tr("Niet opgeslagen"),
                     self.tr("{name} is niet opgeslagen.\n\n{reason}").format(name=target.name,
                                                                            reason=i18n.reason(exc)))
            return False
        self.last_written = target
        self._done(target)
        return True

    def _done(self, target: Path) -> None:
        if ask.done_with_action(self.window, self.tr("Opgeslagen"),
                                self.tr("{name} is opgeslagen in {folder}.").format(name=target.name,
                                                                                   folder=target.parent),
                                self.tr("&Map openen")):
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices  # only to open the folder: not at start-up

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))

    # --- the exports -------------------------------------------------------------------------------------

    def _application_options(self, plan: Plan, *, summary: bool) -> dict | None:
        """What the treasurer chose in the workbook dialog (or its summary version); None: cancelled."""
        from dekkingsplan.ui.widgets.export_dialogs import WorkbookDialog

        dialog = WorkbookDialog(plan, self.window, summary=summary)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def export_workbook(self) -> bool:
        doc = self.document
        if doc is None:
            return False
        options = self._application_options(doc.plan, summary=False)
        if options is None:
            return False
        stem = self.tr("Begroting en dekkingsplan {name}").format(
            name=doc.plan.project(options["project"]).name if options["project"] else doc.plan.organisation.name)
        return self._save(self.tr("Excel voor een fonds opslaan"), ".xlsx", self.tr("Excel-werkmap (*.xlsx)"), stem,
                          lambda target: export_gateway.write_workbook(doc.plan, target, **options))

    def export_summary(self) -> bool:
        """Exporteren › Aanvraagsamenvatting…: the one page on top of an application, as PDF."""
        doc = self.document
        if doc is None:
            return False
        options = self._application_options(doc.plan, summary=True)
        if options is None:
            return False
        options.pop("include_rejected")
        stem = self.tr("Aanvraag {name}").format(name=options["funder"] or doc.plan.organisation.name)
        return self._save(self.tr("Aanvraagsamenvatting opslaan"), ".pdf", self.tr("PDF-document (*.pdf)"), stem,
                          lambda target: export_gateway.write_summary(doc.plan, target, **options))

    def export_pdf(self) -> bool:
        doc = self.document
        if doc is None:
            return False
        return self._save(self.tr("PDF-overzicht opslaan"), ".pdf", self.tr("PDF-document (*.pdf)"),
                          self.tr("Financieringsoverzicht {name}").format(name=doc.plan.organisation.name),
                          lambda target: export_gateway.write_overview(doc.plan, target, scenario=doc.scenario,
                                                                       lang=i18n.current_language()))

    def export_realisation(self) -> bool:
        doc = self.document
        if doc is None:
            return False
        from dekkingsplan.ui.widgets.export_dialogs import RealisationDialog

        pages = getattr(getattr(self.window, "stack", None), "pages", None)
        shown = getattr(pages.currentWidget(), "year", None) if pages is not None else None  # Realisatie's year
        dialog = RealisationDialog(doc.plan, self.window, year=shown if isinstance(shown, int) else None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        options, suffix = dialog.options(), dialog.suffix
        scope = doc.plan.project(options["project"]).name if options["project"] else doc.plan.organisation.name
        stem = self.tr("Verantwoording {year} {name}").format(year=options["year"], name=options["funder"] or scope)
        filter_text = self.tr("Excel-werkmap (*.xlsx)") if suffix == ".xlsx" else self.tr("PDF-document (*.pdf)")
        return self._save(self.tr("Verantwoording opslaan"), suffix, filter_text, stem,
                          lambda target: export_gateway.write_realisation(doc.plan, target, **options,
                                                                          lang=i18n.current_language()))

    def export_ics(self) -> bool:
        doc = self.document
        if doc is None:
            return False
        if not deadlines(doc.plan):  # an empty calendar is no calendar (RFC 5545): say so, write nothing
            ask.inform(
                self.window, self.tr("Geen agenda gemaakt"),
                self.tr("Dit plan heeft nog geen data voor een agenda. Vul bij Dekking in wanneer u moet "
                        "aanvragen, wanneer het besluit komt of wanneer de verantwoording moet worden ingeleverd."))
            return False
        return self._save(self.tr("Agenda opslaan"), ".ics", self.tr("iCalendar (*.ics)"),
                          self.tr("Deadlines {name}").format(name=doc.plan.organisation.name),
                          lambda target: export_gateway.write_calendar(doc.plan, target, lang=i18n.current_language()))

    def print_preview(self) -> bool:
        doc = self.document
        if doc is None:
            return False
        self._preview_printer = export_gateway.preview_overview(self.window, doc.plan, doc.scenario)
        return True

    def print_costs(self) -> bool:
        """Exporteren › Begroting afdrukken…: the lines the Begroting shows, in a print preview."""
        if self.document is None:
            return False
        self.costs_preview = export_gateway.preview_costs(self.window)
        return True

    def print_overview(self) -> bool:
        doc = self.document
        if doc is None:
            return False
        return export_gateway.print_overview(self.window, doc.plan, doc.scenario)
