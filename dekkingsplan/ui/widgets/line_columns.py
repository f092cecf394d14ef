"""The columns of Begroting and Dekking: each field of ``ui.views.lines`` with its title, its tip and its value in
words; what a field holds and how typing changes a line is the view's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from dekkingsplan.core.model import Basis, Line, Plan
from dekkingsplan.core.months import Month
from dekkingsplan.ui import i18n
from dekkingsplan.ui.table_model import Column, Editor
from dekkingsplan.ui.views import lines as views
from dekkingsplan.ui.views.cells import number_text as view_number_text
from dekkingsplan.ui.views.lines import (
    Field,
    LinesView,
    Ongoing,
    Specification,
    Suggested,
    Tone,
    starts_before,
)

MUTED = QColor("#6b6b6b")
EARLY = QColor("#8a5a00")  # a start before the plan's first year: shown, and said in the cell's tip
# soft backgrounds; the status is always written out too, so colour is never the only sign
TONES = {
    Tone.MUTED: MUTED,
    Tone.EARLY: EARLY,
    Tone.PLANNED: QColor("#e4ecf7"),
    Tone.APPLIED: QColor("#fbefc6"),
    Tone.COMMITTED: QColor("#d9efda"),
    Tone.RECEIVED: QColor("#c3e4c5"),
    Tone.REJECTED: QColor("#ececec"),
}


def tr(text: str) -> str:
    # lupdate files a module-level tr("...") under the empty context, so the translation is looked up there
    return QCoreApplication.translate("", text)


def colour(tone: Tone | None) -> QColor | None:
    return None if tone is None else TONES[tone]


# --- showing -----------------------------------------------------------------------------------------------------


def number_text(value: Decimal | None) -> str:
    return view_number_text(value, i18n.current_language())


def percent_text(value: Decimal | None) -> str:
    return "" if value is None else f"{number_text(value)}%"


def basis_text(basis: Basis) -> str:
    return i18n.label(basis)


def date_text(value: date | None) -> str:
    """``1 okt 2026``, as a Dutch treasurer writes a date."""
    return i18n.day(value)


def spec_words(spec: Specification) -> str:
    unit = f" {spec.unit}" if spec.unit else ""
    return f"{number_text(spec.quantity)}{unit} × {i18n.amount(spec.rate or 0, symbol=False)}"


def spec_text(line: Line) -> str:
    spec = views.specification(line)
    return "" if spec is None else spec_words(spec)


def words(value: Any) -> str:
    """A field's typed value as the table shows it."""
    if value is None or isinstance(value, bool):
        return ""  # a check box shows no text
    if value is Ongoing.ONGOING:
        return tr("doorlopend")
    if isinstance(value, Enum):
        return i18n.label(value)
    if isinstance(value, Month):
        return i18n.month(value)
    if isinstance(value, Suggested):
        return date_text(value.date)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, tuple):
        return ", ".join(date_text(d) for d in value)
    if isinstance(value, Specification):
        return spec_words(value)
    if isinstance(value, Decimal):
        return percent_text(value)
    if isinstance(value, int):
        return i18n.amount(value, symbol=False)
    return str(value)


def editor_start(field: Field, row: Any) -> Any:
    """What an editor starts with: a choice's value, a specification's three parts, else text."""
    value = field.start(row) if field.start else field.value(row)
    if field.editor == Editor.CHOICE:
        return value
    if field.editor == Editor.SPECIFICATION:
        spec = views.specification(row)
        return ("", "", "") if spec is None else (number_text(spec.quantity), spec.unit or "",
                                                  i18n.amount(spec.rate or 0, symbol=False))
    return words(value)


def column(field: Field, title: str, *, tip: str = "", width: int | None = None,
           text: Callable[[Any], str] | None = None, cell_tip: Callable[[Any], str | None] | None = None,
           choice_text: Callable[[Any], str] = words) -> Column:
    """The table's column for one field of the view."""
    return Column(
        key=field.key, title=title, text=text or (lambda r: words(field.value(r))), sort=field.sort,
        edit=field.edit, edit_text=lambda r: editor_start(field, r), editor=field.editor,
        choices=(lambda: [(choice_text(v), v) for v in field.choices()]) if field.choices else None,
        checked=(lambda r: bool(field.value(r))) if field.editor == Editor.CHECK else None,
        numeric=field.editor in (Editor.AMOUNT, Editor.PERCENT), tip=tip, cell_tip=cell_tip,
        background=(lambda r: colour(field.background(r))) if field.background else None,
        foreground=(lambda r: colour(field.tone(r))) if field.tone else None,
        derived=field.derived, width=width)


def project_text(plan: Callable[[], Plan]) -> Callable[[str | None], str]:
    """A project choice in words: its name, or the exploitatie for no project."""
    return lambda value: tr("(geen: exploitatie)") if value is None else views.project_name(plan(), value)


def early_start_note(line: Line, plan: Plan) -> str:
    return tr("‘{name}’ begint in {month}, vóór {year}, het eerste jaar van het plan: alleen de bedragen in de "
              "planjaren tellen mee.").format(name=line.name, month=i18n.month(line.start), year=plan.first_year)


def _amount_tip(line: Line) -> str | None:
    if line.amount is None and line.has_specification:
        return tr("Berekend: aantal × tarief ({spec})").format(spec=spec_text(line))
    return None


def _period_tip(line: Line) -> str | None:
    if line.basis == Basis.ONCE:
        return tr("Eenmalig: het bedrag valt in de startmaand")
    return None


# --- the columns both kinds of line share --------------------------------------------------------------------------
# One function per column on purpose, though they look alike: each declares its own title, width and tip, and a
# screen lists the ones it shows by name.


def name_column(view: LinesView) -> Column:
    return column(view.field("name"), tr("Naam"), width=250, cell_tip=lambda r: r.name,
                  tip=tr("Waar het geld voor is of vandaan komt, zoals een financier het herkent"))


def amount_column(view: LinesView) -> Column:
    return column(view.field("amount"), tr("Bedrag"), width=110, cell_tip=_amount_tip,
                  tip=tr("Het bedrag in euro's, per de gekozen basis; typ bijvoorbeeld 1.234,56 of € 850"))


def basis_column(view: LinesView) -> Column:
    return column(view.field("basis"), tr("Basis"), width=125,
                  tip=tr("Eenmalig, per maand, per jaar (een deel van een jaar naar rato) of een totaal over de "
                         "hele periode"))


def start_column(view: LinesView) -> Column:
    def tip(r: Line) -> str | None:
        plan = view.plan()
        return early_start_note(r, plan) if starts_before(r, plan) else _period_tip(r)

    return column(view.field("start"), tr("Start"), width=80, cell_tip=tip,
                  tip=tr("De eerste maand, zoals sep 2026 of 2026-09; leeg is vanaf het begin van het plan"))


def end_column(view: LinesView) -> Column:
    return column(view.field("end"), tr("Einde"), width=90,
                  tip=tr("De laatste maand (meegeteld), zoals aug 2028 of 2028-08; leeg is doorlopend"))


def indexation_column(view: LinesView) -> Column:
    return column(view.field("indexation"), tr("Indexatie"), width=80,
                  tip=tr("Stijging per jaar in procenten, zoals 2,1; leeg is geen indexatie"))


def project_column(view: LinesView) -> Column:
    return column(view.field("project"), tr("Project"), width=160, choice_text=project_text(view.plan),
                  tip=tr("Het project waar de regel bij hoort; zonder project hoort hij bij de exploitatie"))


def specification_column(view: LinesView) -> Column:
    return column(view.field("specification"), tr("Specificatie"), width=150,
                  tip=tr("Aantal × eenheid × tarief, zoals 160 uur × 35,00; het bedrag volgt daar dan uit"))


def in_kind_column(view: LinesView) -> Column:
    return column(view.field("in_kind"), tr("In natura"), width=80,
                  tip=tr("Bijdrage in natura (zoals een gratis zaal): getoond, maar buiten de geldbedragen"))


def note_column(view: LinesView) -> Column:
    return column(view.field("note"), tr("Toelichting"), width=240, cell_tip=lambda r: r.note,
                  tip=tr("Een toelichting voor uzelf, de volgende penningmeester of de financier"))
