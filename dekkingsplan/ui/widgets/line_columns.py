"""The columns that cost lines and sources share (name, amount, basis, period, indexation, project, the
specification, in kind, note): how each shows and how what a treasurer types becomes a changed line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import Basis, Line, Plan
from dekkingsplan.core.money import parse_amount
from dekkingsplan.core.months import Month, parse_date, parse_month
from dekkingsplan.ui import i18n
from dekkingsplan.ui.table_model import Column, Editor

MUTED = QColor("#6b6b6b")


def tr(text: str) -> str:
    # lupdate files a module-level tr("...") under the empty context, so the translation is looked up there
    return QCoreApplication.translate("", text)


# --- reading what was typed (the edge: the rules themselves are checked by core when the edit is applied) -------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_month(text: str) -> Month | None:
    return None if _blank(text) else parse_month(text)


def read_date(text: str) -> date | None:
    return None if _blank(text) else parse_date(text)


def read_dates(text: str) -> tuple[date, ...]:
    """Dates separated by commas or semicolons (``1 okt 2027, 1 nov 2028``); dates without spaces in them may
    also be separated by spaces (``2027-10-01 2028-11-01``)."""
    found: list[date] = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        try:
            found.append(parse_date(part))
        except DekkingsplanError:
            if " " not in part:
                raise
            found.extend(parse_date(p) for p in part.split())
    return tuple(sorted(found))


def read_decimal(text: str, *, what_nl: str, what_en: str, example: str, negative: bool = False) -> Decimal:
    """A number as people type it (``2,5``, ``2.5``, ``2,5%``), with at most two decimals."""
    cleaned = text.strip().removesuffix("%").strip()
    try:
        hundredths = parse_amount(cleaned, allow_negative=negative)
    except DekkingsplanError:
        raise DekkingsplanError(f"'{text.strip()}' is not {what_en} like {example}",
                                f"'{text.strip()}' is geen {what_nl} zoals {example}") from None
    return Decimal(hundredths) / 100


def read_percentage(text: str, *, negative: bool = False) -> Decimal | None:
    if _blank(text):
        return None
    return read_decimal(text, what_nl="percentage", what_en="a percentage", example="2,5", negative=negative)


# --- showing -----------------------------------------------------------------------------------------------------


def number_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if i18n.current_language() == "nl" else text


def percent_text(value: Decimal | None) -> str:
    return "" if value is None else f"{number_text(value)}%"


def basis_text(basis: Basis) -> str:
    return i18n.label(basis)


def spec_text(line: Line) -> str:
    if not line.has_specification:
        return ""
    unit = f" {line.unit}" if line.unit else ""
    return f"{number_text(line.quantity)}{unit} × {i18n.amount(line.rate or 0, symbol=False)}"


def date_text(value: date | None) -> str:
    """``1 okt 2026``, as a Dutch treasurer writes a date."""
    return i18n.day(value)


# --- edits ---------------------------------------------------------------------------------------------------------


def edit_amount(line: Line, text: Any) -> Line:
    if _blank(text):
        return replace(line, amount=None)
    cents = i18n.read_amount(str(text))
    if line.amount is None and cents == line.specified_amount:
        return line  # the figure that quantity × rate already gives: nothing changes
    return replace(line, amount=cents)


def edit_specification(line: Line, value: Any) -> Line:
    """Quantity × unit × rate; with a specification the amount follows from it, without one it keeps its value."""
    quantity_text, unit, rate_text = value if isinstance(value, tuple) else ("", "", "")
    if _blank(quantity_text) and _blank(unit) and _blank(rate_text):
        return replace(line, quantity=None, unit=None, rate=None, amount=line.value)
    quantity = None if _blank(quantity_text) else read_decimal(
        quantity_text, what_nl="aantal", what_en="a quantity", example="160")
    rate = None if _blank(rate_text) else i18n.read_amount(rate_text)
    return replace(line, quantity=quantity, unit=unit.strip() or None, rate=rate, amount=None)


def spec_edit_text(line: Line) -> tuple[str, str, str]:
    if not line.has_specification:
        return ("", "", "")
    return (number_text(line.quantity), line.unit or "", i18n.amount(line.rate or 0, symbol=False))


def _amount_tip(line: Line) -> str | None:
    if line.amount is None and line.has_specification:
        return tr("Berekend: aantal × tarief ({spec})").format(spec=spec_text(line))
    return None


def _period_tip(line: Line) -> str | None:
    if line.basis == Basis.ONCE:
        return tr("Eenmalig: het bedrag valt in de startmaand")
    return None


# --- the columns -----------------------------------------------------------------------------------------------


def name_column() -> Column:
    return Column(key="name", title=tr("Naam"), text=lambda r: r.name, width=250, cell_tip=lambda r: r.name,
                  edit=lambda r, v: replace(r, name=str(v).strip()),
                  tip=tr("Waar het geld voor is of vandaan komt, zoals een financier het herkent"))


def amount_column() -> Column:
    return Column(key="amount", title=tr("Bedrag"), numeric=True, editor=Editor.AMOUNT, width=110,
                  text=lambda r: i18n.amount(r.value, symbol=False), sort=lambda r: r.value,
                  edit=edit_amount, derived=lambda r: r.amount is None, cell_tip=_amount_tip,
                  tip=tr("Het bedrag in euro's, per de gekozen basis; typ bijvoorbeeld 1.234,56 of € 850"))


def basis_column() -> Column:
    return Column(key="basis", title=tr("Basis"), editor=Editor.CHOICE, width=125,
                  text=lambda r: basis_text(r.basis), edit_text=lambda r: r.basis,
                  choices=lambda: [(basis_text(b), b) for b in Basis],
                  edit=lambda r, v: replace(r, basis=Basis(v)),
                  tip=tr("Eenmalig, per maand, per jaar (een deel van een jaar naar rato) of een totaal over de "
                         "hele periode"))


EARLY = QColor("#8a5a00")  # a start before the plan's first year: shown, and said in the cell's tip


def starts_before(line: Line, plan: Plan) -> bool:
    return line.start is not None and line.start.year < plan.first_year


def early_start_note(line: Line, plan: Plan) -> str:
    return tr("‘{name}’ begint in {month}, vóór {year}, het eerste jaar van het plan: alleen de bedragen in de "
              "planjaren tellen mee.").format(name=line.name, month=i18n.month(line.start), year=plan.first_year)


def start_column(plan: Callable[[], Plan] | None = None) -> Column:
    def tip(r: Line) -> str | None:
        if plan is not None and starts_before(r, plan()):
            return early_start_note(r, plan())
        return _period_tip(r)

    def colour(r: Line) -> QColor | None:
        return EARLY if plan is not None and starts_before(r, plan()) else None

    return Column(key="start", title=tr("Start"), editor=Editor.MONTH, width=80,
                  text=lambda r: i18n.month(r.start), sort=lambda r: r.start,
                  edit=lambda r, v: replace(r, start=read_month(str(v))), cell_tip=tip, foreground=colour,
                  tip=tr("De eerste maand, zoals sep 2026 of 2026-09; leeg is vanaf het begin van het plan"))


def end_column() -> Column:
    def text(r: Line) -> str:
        if r.end is not None:
            return i18n.month(r.end)
        return "" if r.basis == Basis.ONCE else tr("doorlopend")

    return Column(key="end", title=tr("Einde"), editor=Editor.MONTH, width=90, text=text,
                  edit_text=lambda r: i18n.month(r.end), sort=lambda r: r.end,
                  edit=lambda r, v: replace(r, end=read_month(str(v))), derived=lambda r: r.end is None,
                  foreground=lambda r: MUTED if r.end is None else None,
                  tip=tr("De laatste maand (meegeteld), zoals aug 2028 of 2028-08; leeg is doorlopend"))


def indexation_column() -> Column:
    return Column(key="indexation", title=tr("Indexatie"), editor=Editor.PERCENT, numeric=True, width=80,
                  text=lambda r: percent_text(r.indexation), edit_text=lambda r: number_text(r.indexation),
                  sort=lambda r: r.indexation,
                  edit=lambda r, v: replace(r, indexation=read_percentage(str(v), negative=True)),
                  tip=tr("Stijging per jaar in procenten, zoals 2,1; leeg is geen indexatie"))


def project_column(plan: Callable[[], Plan]) -> Column:
    def name(r: Line) -> str:
        project = plan().project(r.project) if r.project else None
        return project.name if project else (r.project or "")

    return Column(key="project", title=tr("Project"), editor=Editor.CHOICE, width=160, text=name,
                  edit_text=lambda r: r.project,
                  choices=lambda: [(tr("(geen: exploitatie)"), None)] + [(p.name, p.id) for p in plan().projects],
                  edit=lambda r, v: replace(r, project=v or None),
                  tip=tr("Het project waar de regel bij hoort; zonder project hoort hij bij de exploitatie"))


def specification_column() -> Column:
    return Column(key="specification", title=tr("Specificatie"), editor=Editor.SPECIFICATION, width=150,
                  text=spec_text, edit_text=spec_edit_text, edit=edit_specification,
                  sort=lambda r: r.specified_amount,
                  tip=tr("Aantal × eenheid × tarief, zoals 160 uur × 35,00; het bedrag volgt daar dan uit"))


def in_kind_column() -> Column:
    return Column(key="in_kind", title=tr("In natura"), editor=Editor.CHECK, width=80, text=lambda r: "",
                  checked=lambda r: r.in_kind, sort=lambda r: r.in_kind,
                  edit=lambda r, v: replace(r, in_kind=bool(v)),
                  tip=tr("Bijdrage in natura (zoals een gratis zaal): getoond, maar buiten de geldbedragen"))


def note_column() -> Column:
    return Column(key="note", title=tr("Toelichting"), width=240, text=lambda r: r.note or "",
                  edit=lambda r, v: replace(r, note=str(v).strip() or None), cell_tip=lambda r: r.note,
                  tip=tr("Een toelichting voor uzelf, de volgende penningmeester of de financier"))
