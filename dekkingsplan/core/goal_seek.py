"""Still to raise: the least extra income, raised as late as possible, that keeps every year's reserve at or
above the reserve the board wants to keep (DESIGN.md, "Still to raise"). Exact cents, no rounding."""

from __future__ import annotations

from collections.abc import Sequence

from dekkingsplan.core.model import Basis, Plan
from dekkingsplan.core.money import Cents
from dekkingsplan.core.projection import Projection, line_values
from dekkingsplan.core.records import Record


def to_raise_per_year(reserve_ends: Sequence[Cents], target: Cents) -> list[Cents]:
    """``cum[y] = max(cum[y−1], target − reserve_end[y], 0)`` and ``to_raise[y] = cum[y] − cum[y−1]``.

    Money raised in a year lifts that year's reserve and every later one, so a year only needs what the
    earlier years' raising has not already brought above the target."""
    raised, result = 0, []
    for reserve_end in reserve_ends:
        needed = max(raised, target - reserve_end, 0)
        result.append(needed - raised)
        raised = needed
    return result


class StillToRaise(Record, kw_only=False):
    """What must still come in, per plan year and in total, to keep the reserve at ``target``."""

    target: Cents
    by_year: dict[int, Cents]
    total: Cents

    @property
    def years(self) -> list[int]:
        """The years in which something must be raised, in order."""
        return [year for year, amount in self.by_year.items() if amount]


def still_to_raise(projection: Projection, target: Cents) -> StillToRaise:
    """The goal seek over a whole-plan projection (a project's projection has no reserve: ValueError)."""
    if projection.project is not None:
        raise ValueError("a project has no reserve, so nothing to raise to keep it")
    ends = [y.reserve_end for y in projection.years]
    amounts = to_raise_per_year([e if e is not None else 0 for e in ends], target)
    return StillToRaise(target, {y.year: a for y, a in zip(projection.years, amounts, strict=True)},
                        sum(amounts))


def _euros(euros: int, lang: str) -> str:
    """Whole euros grouped by thousands: ``€ 12.400`` (nl, a no-break space: the sentence never breaks between
    the sign and the figure), ``€12,400`` (en). Plain Python, no locale library: the Overzicht says this sentence
    at the first paint."""
    grouped = f"{euros:,}"
    return f"€{grouped}" if lang == "en" else "€\u00a0" + grouped.replace(",", ".")


def _whole(cents: Cents) -> int:
    """Cents as whole euros, rounded half up, as every printed summary rounds."""
    return (cents + 50) // 100


def to_raise_sentence(result: StillToRaise, lang: str = "nl") -> str:
    """The indicator sentence: "Om de reserve op € 15.000 te houden moet er in 2027 nog € 12.400 bij."

    Whole euros, each rounded half up as the tables beside it round them."""
    en = lang == "en"
    target = _euros(_whole(result.target), lang)
    if en:
        keep = f"To keep the reserve at {target}" if result.target > 0 else "To keep the reserve above zero"
    else:
        keep = (f"Om de reserve op {target} te houden" if result.target > 0
                else "Om de reserve boven nul te houden")
    parts = [(year, _euros(_whole(amount), lang)) for year, amount in result.by_year.items() if _whole(amount)]
    if not parts:
        if en:
            return (f"The reserve stays at or above {target} in every year: nothing more to raise."
                    if result.target > 0 else "The reserve stays above zero in every year: nothing more to raise.")
        return (f"De reserve blijft in alle jaren op of boven {target}: er hoeft niets bij."
                if result.target > 0 else "De reserve blijft in alle jaren boven nul: er hoeft niets bij.")
    if len(parts) == 1:
        year, amount = parts[0]
        return (f"{keep}, {amount} more must come in in {year}." if en
                else f"{keep} moet er in {year} nog {amount} bij.")
    listed = [f"{amount} in {year}" for year, amount in parts]
    joined = ", ".join(listed[:-1]) + (" and " if en else " en ") + listed[-1]
    total = _euros(_whole(result.total), lang)
    return (f"{keep}, {total} more must come in: {joined}." if en
            else f"{keep} moet er nog {total} bij: {joined}.")


RESERVE_MONTHS = 6


def six_months_of_fixed_costs(plan: Plan) -> Cents:
    """A reserve target boards often keep: six months of the plan's monthly costs (the cost lines paid per month
    that run in the plan's first year, in kind left out), each at its monthly amount."""
    year = plan.first_year
    monthly = [c for c in plan.costs if c.basis == Basis.MONTHLY and not c.in_kind
               and line_values(c, year, year).get(year)]
    return RESERVE_MONTHS * sum(c.value for c in monthly)
