"""The words of the exports, in Dutch and English, and the small text helpers they share."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from babel.dates import format_date
from babel.numbers import format_decimal
from stdnum import iban

from dekkingsplan.core.model import (
    Basis,
    Category,
    Line,
    Organisation,
    Plan,
    SourceType,
    Status,
)
from dekkingsplan.core.money import Cents, format_amount, round_half_up
from dekkingsplan.core.months import MONTH_NAMES_NL, Month
from dekkingsplan.core.names import label

LANGS = ("nl", "en")
MONTH_NAMES_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "sheet_budget": "Begroting",
        "sheet_coverage": "Dekkingsplan",
        "title_budget": "Begroting {years}",
        "title_coverage": "Dekkingsplan {years}",
        "project": "Project: {name}",
        "whole_plan": "Hele organisatie, alle projecten",
        "made_on": "Opgesteld op {date}",
        "amounts_in": "Bedragen in euro's",
        "col_name": "Omschrijving",
        "col_spec": "Specificatie",
        "col_funder": "Financier",
        "col_type": "Soort",
        "col_total": "Totaal",
        "subtotal": "Subtotaal {what}",
        "total_costs": "Totaal kosten",
        "total_costs_ref": "Totaal kosten (zie Begroting)",
        "total_coverage": "Totaal dekking",
        "gap": "Tekort (kosten − dekking)",
        "surplus": "Overschot (dekking − kosten)",
        "gap_committed": "Tekort na toezeggingen (kosten − toegezegd)",
        "surplus_committed": "Overschot na toezeggingen (toegezegd − kosten)",
        "shortfall_word": "tekort",
        "surplus_word": "overschot",
        "group_committed": "Toegezegd",
        "group_applied": "Aangevraagd",
        "group_planned": "Nog aan te vragen",
        "in_kind_costs": "Bijdragen in natura (buiten de totalen)",
        "in_kind_sources": "Bijdragen in natura (buiten de totalen)",
        "in_kind_total": "Totaal in natura",
        "rejected": "Afgewezen aanvragen (niet meegeteld)",
        "none": "geen",
        "no_costs": "geen kosten in deze jaren",
        "notes": "Toelichting",
        "footnote_coverage": ("Alle bronnen staan tegen hun volle bedrag. Ontvangen bedragen staan bij toegezegd. "
                              "Bijdragen in natura en afgewezen aanvragen tellen niet mee in de totalen."),
        "footnote_budget": "Bijdragen in natura tellen niet mee in de totalen.",
        "application_to": "Aanvraag bij {funder}",
        "period": "Periode: {start} – {end}",
        "contingency": "Onvoorzien {pct}%",
        "asked_of": "Gevraagd van {funder}",
        "own_contribution": "Eigen bijdrage (eigen inkomsten)",
        "vat_excluded": "Bedragen exclusief btw: de organisatie is btw-plichtig en trekt de btw af als voorbelasting.",
        "vat_included": "Bedragen inclusief btw: de organisatie kan de btw niet terugvragen, dus de btw is een kostenpost.",
        "vat_compensable": "Bedragen exclusief btw: de btw wordt gecompenseerd en is geen kostenpost.",
        "footnote_year_surplus": "Een bedrag met een minteken bij een tekort is een overschot in dat jaar.",
        "page": "Pagina &P van &N",
        "kvk": "KvK {v}",
        "rsin": "RSIN {v}",
        "iban": "IBAN {v}",
        "anbi_yes": "ANBI",
        "anbi_no": "geen ANBI",
        "received": "ontvangen",
        "in_kind": "in natura",
        "per": "à",
        "index": "indexatie {pct}% per jaar",
        "from": "vanaf {m}",
        "until": "t/m {m}",
        "doc_title": "Begroting en dekkingsplan {years}",
        "doc_keywords": "begroting; dekkingsplan",
    },
    "en": {
        "sheet_budget": "Budget",
        "sheet_coverage": "Funding plan",
        "title_budget": "Budget {years}",
        "title_coverage": "Funding plan {years}",
        "project": "Project: {name}",
        "whole_plan": "Whole organisation, all projects",
        "made_on": "Prepared on {date}",
        "amounts_in": "Amounts in euros",
        "col_name": "Description",
        "col_spec": "Specification",
        "col_funder": "Funder",
        "col_type": "Type",
        "col_total": "Total",
        "subtotal": "Subtotal {what}",
        "total_costs": "Total costs",
        "total_costs_ref": "Total costs (see Budget)",
        "total_coverage": "Total funding",
        "gap": "Shortfall (costs − funding)",
        "surplus": "Surplus (funding − costs)",
        "gap_committed": "Shortfall after commitments (costs − committed)",
        "surplus_committed": "Surplus after commitments (committed − costs)",
        "shortfall_word": "short",
        "surplus_word": "surplus",
        "group_committed": "Committed",
        "group_applied": "Applied for",
        "group_planned": "To apply for",
        "in_kind_costs": "Contributions in kind (outside the totals)",
        "in_kind_sources": "Contributions in kind (outside the totals)",
        "in_kind_total": "Total in kind",
        "rejected": "Rejected applications (not counted)",
        "none": "none",
        "no_costs": "no costs in these years",
        "notes": "Notes",
        "footnote_coverage": ("Every source is shown at its full amount. Amounts received are shown as committed. "
                              "Contributions in kind and rejected applications are not counted in the totals."),
        "footnote_budget": "Contributions in kind are not counted in the totals.",
        "application_to": "Application to {funder}",
        "period": "Period: {start} – {end}",
        "contingency": "Contingency {pct}%",
        "asked_of": "Asked of {funder}",
        "own_contribution": "Own contribution (own income)",
        "vat_excluded": "Amounts excluding VAT: the organisation is registered for VAT and deducts it.",
        "vat_included": "Amounts including VAT: the organisation cannot reclaim VAT, so VAT is a cost.",
        "vat_compensable": "Amounts excluding VAT: VAT is compensated and is not a cost.",
        "footnote_year_surplus": "An amount with a minus sign in a shortfall row is a surplus in that year.",
        "page": "Page &P of &N",
        "kvk": "KvK {v}",
        "rsin": "RSIN {v}",
        "iban": "IBAN {v}",
        "anbi_yes": "ANBI",
        "anbi_no": "no ANBI",
        "received": "received",
        "in_kind": "in kind",
        "per": "×",
        "index": "indexation {pct}% a year",
        "from": "from {m}",
        "until": "until {m}",
        "doc_title": "Budget and funding plan {years}",
        "doc_keywords": "budget; funding plan",
    },
}

def pick(words: dict[str, dict[str, str]], lang: str, key: str, **values: object) -> str:
    """``key``'s text from a table of Dutch and English words (English for ``en``, else Dutch), filled in."""
    text = words["en" if lang == "en" else "nl"][key]
    return text.format(**values) if values else text


def word(lang: str, key: str, **values: object) -> str:
    return pick(_WORDS, lang, key, **values)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def category_label(category: Category, lang: str) -> str:
    return capital(label(category, lang))


def type_label(kind: SourceType, lang: str) -> str:
    return label(kind, lang)


def status_label(status: Status, lang: str) -> str:
    return label(status, lang)


def year_span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def month_label(month: Month, lang: str) -> str:
    names = MONTH_NAMES_EN if lang == "en" else MONTH_NAMES_NL
    return f"{names[month.month - 1]} {month.year}"


def long_date(day: date, lang: str) -> str:
    return format_date(day, format="long", locale="en_GB" if lang == "en" else "nl_NL")


def short_date(day: date, lang: str) -> str:
    return format_date(day, format="d MMM y", locale="en_GB" if lang == "en" else "nl_NL")


def number(value: Decimal, lang: str) -> str:
    """A quantity as people write it: ``2,5`` or ``1.500`` in Dutch."""
    return format_decimal(value, format="#,##0.##", locale="en_GB" if lang == "en" else "nl_NL")


def whole_euros(cents: Cents, lang: str) -> str:
    """An amount rounded half up to whole euros, for a summary people read at a glance: ``-6.750``."""
    euros = round_half_up(Fraction(cents, 100))
    return format_decimal(euros, format="#,##0", locale="en_GB" if lang == "en" else "nl_NL")


def percentage(value: Decimal, lang: str) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if lang != "en" else text


def describe_line(line: Line, plan: Plan, lang: str) -> str:
    """How a line's amount comes about, for the specification column: ``160 uur à € 35,00 per jaar``,
    ``€ 1.395,00 per maand, indexatie 2,1% per jaar``, ``€ 30.000,00 totaal over periode, sep 2026 – aug 2028``."""
    if line.has_specification:
        quantity = number(line.quantity, lang)  # type: ignore[arg-type]
        unit = f" {line.unit}" if line.unit else ""
        head = f"{quantity}{unit} {word(lang, 'per')} {format_amount(line.rate, lang)}"  # type: ignore[arg-type]
    else:
        head = format_amount(line.value, lang)
    parts = [f"{head} {label(line.basis, lang)}"]
    if line.basis == Basis.ONCE:
        if line.start is not None:
            parts.append(month_label(line.start, lang))
    else:
        start = line.start if line.start is not None and line.start != plan.first_month else None
        if start is not None and line.end is not None:
            parts.append(f"{month_label(start, lang)} – {month_label(line.end, lang)}")
        elif start is not None:
            parts.append(word(lang, "from", m=month_label(start, lang)))
        elif line.end is not None:
            parts.append(word(lang, "until", m=month_label(line.end, lang)))
    if line.indexation:
        parts.append(word(lang, "index", pct=percentage(line.indexation, lang)))
    return ", ".join(parts)


def organisation_lines(org: Organisation, lang: str) -> list[str]:
    """The organisation header below its name: registration details, then address and contact."""
    ids: list[str] = []
    if org.legal_form is not None:
        ids.append(capital(label(org.legal_form, lang)))
    if org.kvk:
        ids.append(word(lang, "kvk", v=org.kvk))
    if org.rsin:
        ids.append(word(lang, "rsin", v=org.rsin))
    if org.iban:
        ids.append(word(lang, "iban", v=iban.format(org.iban)))
    if org.anbi is not None:
        ids.append(word(lang, "anbi_yes" if org.anbi else "anbi_no"))
    place = " ".join(p for p in (org.postcode, org.city) if p)
    contact = [p for p in (org.address, place, org.email, org.website, org.contact) if p]
    return [line for line in (" · ".join(ids), " · ".join(contact)) if line]
