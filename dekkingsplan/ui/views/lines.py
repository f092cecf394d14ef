"""What Begroting and Dekking show: each line's fields as typed values (an amount in cents, a month, a status),
how what a treasurer types becomes a changed line, which fields are editable, derived or toned, the filters, the
totals per year of the lines shown, a new line and copies. No widgets here: the screen words each value, gives
each tone its colour and sends the edits through the document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from dekkingsplan.core.deadlines import suggested_apply_by
from dekkingsplan.core.edits import AddRecord, RemoveRecord
from dekkingsplan.core.model import (
    DEFAULT_LEAD_MONTHS,
    Base,
    Basis,
    Category,
    CostLine,
    Line,
    Plan,
    Source,
    SourceType,
    Status,
    new_id,
)
from dekkingsplan.core.money import Cents
from dekkingsplan.core.months import Month
from dekkingsplan.core.projection import Projection
from dekkingsplan.core.totals import YearSums, sum_by_year
from dekkingsplan.ui.views.cells import (
    Editor,
    blank,
    number_text,
    read_amount,
    read_date,
    read_dates,
    read_decimal,
    read_month,
    read_percentage,
)
from dekkingsplan.ui.views.paste import Paste, PasteField, paste_rows


class Tone(Enum):
    """How a cell reads: the screen turns a tone into a colour."""

    MUTED = "muted"  # in kind, rejected, or a value that is not there (open-ended)
    EARLY = "early"  # a start before the plan's first year: shown, and said in the cell's tip
    PLANNED = "planned"  # a source's status, as a soft background (the status is always written out too)
    APPLIED = "applied"
    COMMITTED = "committed"
    RECEIVED = "received"
    REJECTED = "rejected"


STATUS_TONES = {Status.PLANNED: Tone.PLANNED, Status.APPLIED: Tone.APPLIED, Status.COMMITTED: Tone.COMMITTED,
                Status.RECEIVED: Tone.RECEIVED, Status.REJECTED: Tone.REJECTED}


class Ongoing(Enum):
    """The end of a line without one: it runs through the plan's last month (the screen says "doorlopend")."""

    ONGOING = "ongoing"


@dataclass(frozen=True)
class Suggested:
    """A date the plan proposes (four months before the start) where the treasurer typed none."""

    date: date


@dataclass(frozen=True)
class Specification:
    """Quantity × unit × rate, as funders ask for it (``160 uur × 35,00``)."""

    quantity: Decimal | None
    unit: str | None
    rate: Cents | None


# --- edits: what typing makes of a line ---------------------------------------------------------------------------


def edit_amount(line: Line, text: Any, lang: str) -> Line:
    if blank(text):
        return replace(line, amount=None)
    cents = read_amount(str(text), lang)
    if line.amount is None and cents == line.specified_amount:
        return line  # the figure that quantity × rate already gives: nothing changes
    return replace(line, amount=cents)


def edit_specification(line: Line, value: Any, lang: str) -> Line:
    """Quantity × unit × rate; with a specification the amount follows from it, without one it keeps its value."""
    quantity_text, unit, rate_text = value if isinstance(value, tuple) else ("", "", "")
    if blank(quantity_text) and blank(unit) and blank(rate_text):
        return replace(line, quantity=None, unit=None, rate=None, amount=line.value)
    quantity = None if blank(quantity_text) else read_decimal(
        quantity_text, what_nl="aantal", what_en="a quantity", example="160")
    rate = None if blank(rate_text) else read_amount(rate_text, lang)
    return replace(line, quantity=quantity, unit=unit.strip() or None, rate=rate, amount=None)


def edit_probability(source: Source, text: Any) -> Source:
    """A percentage (``60``, ``60%``); empty is the default of the source's status."""
    percent = read_percentage(str(text))
    return replace(source, probability=None if percent is None else percent / 100)


def _text_or_none(value: Any) -> str | None:
    return str(value).strip() or None


# --- what a line shows --------------------------------------------------------------------------------------------


def specification(line: Line) -> Specification | None:
    return Specification(line.quantity, line.unit, line.rate) if line.has_specification else None


def probability_percent(source: Source) -> Decimal:
    """The chance that counts in Verwacht, in percent: the source's own, else the default of its status."""
    weight = source.weight_expected
    return Decimal(weight.numerator) * 100 / Decimal(weight.denominator)


def shown_apply_by(source: Source) -> date | Suggested | None:
    suggested = suggested_apply_by(source)
    return source.apply_by if suggested is None else Suggested(suggested)


def lead_months(source: Source) -> int:
    """How many months before its start a suggested apply-by date lies."""
    return DEFAULT_LEAD_MONTHS if source.lead_months is None else source.lead_months


def starts_before(line: Line, plan: Plan) -> bool:
    """A start before the plan's first year: valid, but only the plan's years count."""
    return line.start is not None and line.start.year < plan.first_year


def project_name(plan: Plan, project_id: str | None) -> str:
    """A line's project by name; a line whose project is no longer in the plan shows the id it still carries."""
    project = plan.project(project_id) if project_id else None
    return project.name if project else (project_id or "")


def row_tone(line: Line) -> Tone | None:
    """A whole row is muted when it is not cash (in kind) or never counts (a rejected source)."""
    if line.in_kind or (isinstance(line, Source) and line.status == Status.REJECTED):
        return Tone.MUTED
    return None


@dataclass(frozen=True, kw_only=True)
class Field:
    """One field of a line: what it shows (a typed value the screen words), how typing changes the line, and
    what the editor starts with. ``edit`` raises DekkingsplanError for text that is no value of the field."""

    key: str
    value: Callable[[Any], Any]
    editor: Editor = Editor.TEXT
    edit: Callable[[Any, Any], Any] | None = None  # (line, typed) -> changed line
    start: Callable[[Any], Any] | None = None  # what the editor starts with (default: the value)
    sort: Callable[[Any], Any] | None = None  # what sorting compares (default: the words shown)
    choices: Callable[[], list[Any]] | None = None  # the values of Editor.CHOICE
    derived: Callable[[Any], bool] | None = None  # a value that follows from others (shown in italics)
    tone: Callable[[Any], Tone | None] | None = None
    background: Callable[[Any], Tone | None] | None = None

    @property
    def editable(self) -> bool:
        return self.edit is not None


@dataclass(frozen=True)
class LineFilter:
    """A list to narrow the table by one field: the values to choose from (the screen adds "alle")."""

    key: str
    choices: Callable[[], list[Any]]
    value: Callable[[Line], Any]


@dataclass(frozen=True)
class TotalsRow:
    """One row under the table: ``key`` names it (``costs``, ``full``, ``expected``, ``secured``); the screen words
    it."""

    key: str
    sums: YearSums


class LinesView:
    """The fields, filters and totals of one kind of line, over a plan that changes with every edit (``plan`` is
    read at the moment a value is shown) and in the window's language (``language``, for what is typed)."""

    detail_keys: tuple[str, ...] = ()  # fields shown under the table (for the chosen line), not as columns

    def __init__(self, plan: Callable[[], Plan], projection: Callable[[str], Projection],
                 language: Callable[[], str] = lambda: "nl") -> None:
        self.plan = plan
        self.projection = projection
        self.language = language
        self.fields: list[Field] = self._fields()

    # --- what a kind of line says ------------------------------------------------------------------------

    def lines(self) -> list[Line]:
        raise NotImplementedError

    def _fields(self) -> list[Field]:
        raise NotImplementedError

    def filters(self) -> list[LineFilter]:
        raise NotImplementedError

    def new_line(self, line_id: str, name: str) -> Line:
        raise NotImplementedError

    def totals(self, shown: Iterable[Line]) -> list[TotalsRow]:
        raise NotImplementedError

    # --- shared --------------------------------------------------------------------------------------------

    def field(self, key: str) -> Field:
        found = next((f for f in self.fields if f.key == key), None)
        if found is None:
            raise KeyError(f"no field {key!r}")
        return found

    def value(self, line: Line, key: str) -> Any:
        return self.field(key).value(line)

    def edited(self, line: Line, key: str, typed: Any) -> Line:
        """The line as the typed value makes it; DekkingsplanError for text that is no value of the field."""
        field = self.field(key)
        if field.edit is None:
            raise KeyError(f"{key!r} is not editable")
        return field.edit(line, typed)

    def keeps(self, line: Line, filter_key: str, wanted: Any) -> bool:
        """Whether the filter ``filter_key`` set to ``wanted`` keeps the line."""
        return next(f for f in self.filters() if f.key == filter_key).value(line) == wanted

    def shown(self, lines: Iterable[Line], chosen: dict[str, Any]) -> list[Line]:
        """The lines every chosen filter value keeps (a filter not in ``chosen`` keeps every line)."""
        return [line for line in lines if all(self.keeps(line, k, v) for k, v in chosen.items())]

    def row_tone(self, line: Line) -> Tone | None:
        return row_tone(line)

    def starts_early(self, old: Line, new: Line) -> bool:
        """Whether an edit moved the start before the plan's first year: valid, but worth saying at once (only the
        plan's years count)."""
        return new.start != old.start and starts_before(new, self.plan())

    def project_choices(self) -> list[str | None]:
        """None (the exploitatie, no project) and every project's id."""
        return [None] + [p.id for p in self.plan().projects]

    def copies(self, chosen: Sequence[Line], name: Callable[[str], str]) -> list[AddRecord]:
        """Each chosen line copied, with a new id and ``name(old name)``, right after its original."""
        taken = [line.id for line in self.lines()]
        edits = []
        for line in chosen:
            copy = replace(line, id=new_id(taken, line.id), name=name(line.name))
            taken.append(copy.id)
            edits.append(AddRecord(copy, after=line.id))
        return edits

    def removals(self, chosen: Sequence[Line]) -> list[RemoveRecord]:
        return [RemoveRecord(line) for line in chosen]  # undo puts each back in its place

    def added(self, noun: str, name: str) -> Line:
        """A new line with an id made from ``noun`` not yet taken."""
        return self.new_line(new_id([line.id for line in self.lines()], noun), name)

    def paste(self, text: str, lines: Sequence[Line], keys: Sequence[str],
              choice_words: Callable[[str, Any], str]) -> Paste:
        """A block of cells from a spreadsheet (tab-separated ``text``) pasted on ``lines`` (the lines shown from
        the chosen one down) and the fields ``keys`` (the columns shown from the chosen one to the right), each
        cell read as that field's typed value, a choice by its words as the list shows them
        (``choice_words(key, value)``) or its value (``cells.paste_rows``). ``Pasted.edit()`` is the one
        undoable change."""
        fields = {f.key: f for f in self.fields}

        def pasting(key: str) -> PasteField:
            field = fields.get(key)
            if field is None:
                return PasteField(key, Editor.NONE, None)
            choices = None if field.choices is None else (
                lambda f=field: [(choice_words(f.key, value), value) for value in f.choices()])
            return PasteField(key, field.editor, field.edit, choices)

        return paste_rows(text, lines, [pasting(key) for key in keys], key=lambda line: line.id,
                          name=lambda line: line.name)

    def _sums(self, base: str, values: str, shown: Iterable[Line]) -> YearSums:
        by_line = getattr(self.projection(base), values)
        return sum_by_year((by_line.get(line.id, {}) for line in shown), self.plan().years)

    # --- the fields both kinds share -------------------------------------------------------------------------

    def _lang(self) -> str:
        return self.language()

    def name_field(self) -> Field:
        return Field(key="name", value=lambda r: r.name, edit=lambda r, v: replace(r, name=str(v).strip()))

    def amount_field(self) -> Field:
        return Field(key="amount", editor=Editor.AMOUNT, value=lambda r: r.value, sort=lambda r: r.value,
                     edit=lambda r, v: edit_amount(r, v, self._lang()), derived=lambda r: r.amount is None)

    def basis_field(self) -> Field:
        return Field(key="basis", editor=Editor.CHOICE, value=lambda r: r.basis, choices=lambda: list(Basis),
                     edit=lambda r, v: replace(r, basis=Basis(v)))

    def start_field(self) -> Field:
        return Field(key="start", editor=Editor.MONTH, value=lambda r: r.start, sort=lambda r: r.start,
                     edit=lambda r, v: replace(r, start=read_month(str(v))),
                     tone=lambda r: Tone.EARLY if starts_before(r, self.plan()) else None)

    def end_field(self) -> Field:
        def value(r: Line) -> Month | Ongoing | None:
            if r.end is not None:
                return r.end
            return None if r.basis == Basis.ONCE else Ongoing.ONGOING

        return Field(key="end", editor=Editor.MONTH, value=value, start=lambda r: r.end, sort=lambda r: r.end,
                     edit=lambda r, v: replace(r, end=read_month(str(v))), derived=lambda r: r.end is None,
                     tone=lambda r: Tone.MUTED if r.end is None else None)

    def indexation_field(self) -> Field:
        return Field(key="indexation", editor=Editor.PERCENT, value=lambda r: r.indexation,
                     start=lambda r: number_text(r.indexation, self._lang()), sort=lambda r: r.indexation,
                     edit=lambda r, v: replace(r, indexation=read_percentage(str(v), negative=True)))

    def project_field(self) -> Field:
        return Field(key="project", editor=Editor.CHOICE, value=lambda r: project_name(self.plan(), r.project),
                     start=lambda r: r.project, choices=self.project_choices,
                     edit=lambda r, v: replace(r, project=v or None))

    def specification_field(self) -> Field:
        return Field(key="specification", editor=Editor.SPECIFICATION, value=specification,
                     sort=lambda r: r.specified_amount, edit=lambda r, v: edit_specification(r, v, self._lang()))

    def in_kind_field(self) -> Field:
        return Field(key="in_kind", editor=Editor.CHECK, value=lambda r: r.in_kind, sort=lambda r: r.in_kind,
                     edit=lambda r, v: replace(r, in_kind=bool(v)))

    def note_field(self) -> Field:
        return Field(key="note", value=lambda r: r.note or "",
                     edit=lambda r, v: replace(r, note=_text_or_none(v)))

    def project_filter(self) -> LineFilter:
        return LineFilter("project", self.project_choices, lambda line: line.project)


class CostsView(LinesView):
    """Begroting: the cost lines."""

    detail_keys = ("in_kind", "note")

    def lines(self) -> list[Line]:
        return list(self.plan().costs)

    def _fields(self) -> list[Field]:
        category = Field(key="category", editor=Editor.CHOICE, value=lambda r: r.category,
                         choices=lambda: list(Category), edit=lambda r, v: replace(r, category=Category(v)))
        return [self.name_field(), category, self.amount_field(), self.basis_field(), self.start_field(),
                self.end_field(), self.indexation_field(), self.project_field(), self.specification_field(),
                self.in_kind_field(), self.note_field()]

    def filters(self) -> list[LineFilter]:
        return [LineFilter("category", lambda: list(Category), lambda line: line.category), self.project_filter()]

    def new_line(self, line_id: str, name: str) -> Line:
        return CostLine(id=line_id, name=name, category=Category.OTHER, amount=0, basis=Basis.PER_YEAR)

    def totals(self, shown: Iterable[Line]) -> list[TotalsRow]:
        """The costs at full value (in-kind lines are outside the cash figures)."""
        return [TotalsRow("costs", self._sums(Base.MAXIMUM, "cost_values", shown))]


class SourcesView(LinesView):
    """Dekking: the sources of money."""

    detail_keys = ("type", "probability", "decision_expected", "report_due", "specification", "in_kind", "note")

    def lines(self) -> list[Line]:
        return list(self.plan().sources)

    def _fields(self) -> list[Field]:
        kind = Field(key="type", editor=Editor.CHOICE, value=lambda r: r.type, choices=lambda: list(SourceType),
                     edit=lambda r, v: replace(r, type=SourceType(v)))
        funder = Field(key="funder", value=lambda r: r.funder or "",
                       edit=lambda r, v: replace(r, funder=_text_or_none(v)))
        status = Field(key="status", editor=Editor.CHOICE, value=lambda r: r.status,
                       sort=lambda r: list(Status).index(r.status), choices=lambda: list(Status),
                       edit=lambda r, v: replace(r, status=Status(v)), background=lambda r: STATUS_TONES[r.status])
        probability = Field(key="probability", editor=Editor.PERCENT, value=probability_percent,
                            sort=lambda r: r.weight_expected,
                            start=lambda r: "" if r.probability is None else number_text(r.probability * 100,
                                                                                         self._lang()),
                            edit=edit_probability, derived=lambda r: r.probability is None)
        apply_by = Field(key="apply_by", editor=Editor.DATE, value=shown_apply_by, start=lambda r: r.apply_by,
                         sort=lambda r: r.apply_by or suggested_apply_by(r),
                         edit=lambda r, v: replace(r, apply_by=read_date(str(v))),
                         derived=lambda r: suggested_apply_by(r) is not None)
        decision = Field(key="decision_expected", editor=Editor.DATE, value=lambda r: r.decision_expected,
                         sort=lambda r: r.decision_expected,
                         edit=lambda r, v: replace(r, decision_expected=read_date(str(v))))
        reports = Field(key="report_due", editor=Editor.DATES, value=lambda r: r.report_due,
                        sort=lambda r: r.report_due[0] if r.report_due else None,
                        edit=lambda r, v: replace(r, report_due=read_dates(str(v))))
        return [self.name_field(), kind, funder, status, probability, self.amount_field(), self.basis_field(),
                self.start_field(), self.end_field(), self.indexation_field(), self.project_field(), apply_by,
                decision, reports, self.specification_field(), self.in_kind_field(), self.note_field()]

    def filters(self) -> list[LineFilter]:
        return [LineFilter("type", lambda: list(SourceType), lambda line: line.type),
                LineFilter("status", lambda: list(Status), lambda line: line.status),
                self.project_filter()]

    def new_line(self, line_id: str, name: str) -> Line:
        return Source(id=line_id, name=name, type=SourceType.OTHER, status=Status.PLANNED, amount=0,
                      basis=Basis.PER_YEAR)

    def totals(self, shown: Iterable[Line]) -> list[TotalsRow]:
        """Full value (without rejected sources), expected (× probability) and secured (committed and received)."""
        shown = list(shown)
        return [TotalsRow(key, self._sums(base, "source_values", shown))
                for key, base in (("full", Base.MAXIMUM), ("expected", Base.EXPECTED), ("secured", Base.SECURED))]
