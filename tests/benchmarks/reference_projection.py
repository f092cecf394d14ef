"""A naive reference for the projection benchmark: one file, the standard library alone, DESIGN.md's rules
written out plainly with ``fractions`` — no checks beyond what it needs, no classes, no caching.

    python tests/benchmarks/reference_projection.py PLAN.json [SCENARIO]

prints what ``dekkingsplan projection PLAN.json --json [--scenario SCENARIO]`` prints (the benchmark compares
the two outputs before it compares their times). It reads only what the projection needs.
"""

import json
import sys
from decimal import Decimal
from fractions import Fraction

CATEGORIES = ["personnel", "volunteers", "housing", "activities", "organisation", "communication", "other"]
TYPES = ["subsidy", "fund", "donation", "rental", "own_income", "contract", "other"]
PROBABILITY = {"planned": Fraction(1, 4), "applied": Fraction(1, 2), "committed": Fraction(1),
               "received": Fraction(1)}


def half_up(x):
    x = Fraction(x)
    whole = (2 * x.numerator + x.denominator) // (2 * x.denominator) if x >= 0 else \
        -((-2 * x.numerator + x.denominator) // (2 * x.denominator))
    return whole


def cents(text):
    return int(Decimal(str(text)) * 100)


def money(c):
    sign = "-" if c < 0 else ""
    return f"{sign}{abs(c) // 100}.{abs(c) % 100:02d}"


def ratio(x):
    return None if x is None else f"{Decimal(half_up(x * 10000)) / 10000:.4f}"


def month(text):
    y, m = text.split("-")
    return int(y) * 12 + int(m) - 1


def values_of(line, first, last):
    """The line's value in each plan year (DESIGN.md, "Time and amounts")."""
    if line.get("amount") is not None:
        amount = cents(line["amount"])
    elif line.get("quantity") is not None:
        amount = half_up(Fraction(Decimal(str(line["quantity"]))) * cents(line["rate"]))
    else:
        amount = 0
    start = month(line["start"]) if line.get("start") else first * 12
    basis = line["basis"]
    if basis == "once":
        y = start // 12
        return {y: amount} if first <= y <= last else {}
    end = month(line["end"]) if line.get("end") else last * 12 + 11
    months = {}
    for m in range(start, end + 1):
        months[m // 12] = months.get(m // 12, 0) + 1
    if basis == "total":
        total_months = sum(months.values())
        share = {y: amount * n // total_months for y, n in months.items()}
        left = amount - sum(share.values())
        for y in sorted(months, key=lambda y: (-(amount * months[y] % total_months), y))[:left]:
            share[y] += 1
        return {y: v for y, v in share.items() if first <= y <= last}
    rate = 1 + Fraction(Decimal(str(line["indexation"]))) / 100 if line.get("indexation") else Fraction(1)
    out = {}
    for y, n in months.items():
        if first <= y <= last:
            per = Fraction(n, 12) if basis == "per_year" else n
            out[y] = half_up(amount * rate ** (y - start // 12) * per)
    return out


def matches(adjustment, line):
    return all(line.get(k) == v for k, v in adjustment.get("match", {}).items())


def main(path, scenario="expected"):
    with open(path, encoding="utf-8") as f:
        plan = json.load(f)
    first, last = plan["plan"]["first_year"], plan["plan"]["last_year"]
    years = list(range(first, last + 1))
    base, adjustments = scenario, []
    for s in plan.get("scenarios", []):
        if s["id"] == scenario:
            base, adjustments = s["base"], s.get("adjustments", [])

    def counted(line, target, weight):
        values = values_of(line, first, last)
        out = {}
        for y, v in values.items():
            factor = Fraction(1)
            for a in adjustments:
                if a["target"] == target and matches(a, line) and a.get("from_year", y) <= y <= a.get("to_year", y):
                    factor *= Fraction(Decimal(str(a["factor"])))
            out[y] = half_up(half_up(v * factor) * weight)
        return out

    costs = {y: dict.fromkeys(CATEGORIES, 0) for y in years}
    for line in plan.get("costs", []):
        if line.get("in_kind"):
            continue
        for y, v in counted(line, "costs", 1).items():
            costs[y][line["category"]] += v
    income = {y: dict.fromkeys(TYPES, 0) for y in years}
    groups, names, short = {}, {}, 0
    for line in plan.get("sources", []):
        group = ("funder", line["funder"]) if line.get("funder") else ("source", line["id"])
        if group not in groups:
            groups[group], names[group] = 0, line.get("funder") or line["name"]
        status = line["status"]
        if line.get("in_kind") or status == "rejected":
            continue
        if base == "secured":
            weight = 1 if status in ("committed", "received") else 0
        elif base == "maximum":
            weight = 1
        elif status in ("committed", "received"):
            weight = 1
        else:
            weight = Fraction(Decimal(str(line["probability"]))) if line.get("probability") is not None \
                else PROBABILITY[status]
        if weight == 0:
            continue
        values = counted(line, "sources", weight)
        for y, v in values.items():
            income[y][line["type"]] += v
        groups[group] += sum(values.values())
        start = month(line["start"]) if line.get("start") else first * 12
        if line["basis"] == "once" or (line.get("end") and month(line["end"]) - start + 1 <= 12):
            short += sum(values.values())

    target = cents(plan["plan"].get("reserve_target") or 0)
    reserve, cum, rows = cents(plan["plan"].get("opening_reserve") or 0), 0, []
    for y in years:
        c, i = sum(costs[y].values()), sum(income[y].values())
        reserve += i - c
        before, cum = cum, max(cum, target - reserve, 0)
        rows.append({"year": y, "costs": money(c), "costs_by_category": {k: money(v) for k, v in costs[y].items()},
                     "income": money(i), "income_by_type": {k: money(v) for k, v in income[y].items()},
                     "result": money(i - c), "reserve_end": money(reserve), "gap": money(max(0, c - i)),
                     "coverage": ratio(Fraction(i, c)) if c else None, "to_raise": money(cum - before)})
    total_c = {k: sum(costs[y][k] for y in years) for k in CATEGORIES}
    total_i = {k: sum(income[y][k] for y in years) for k in TYPES}
    tc, ti = sum(total_c.values()), sum(total_i.values())
    largest = None
    if ti:
        best = max(groups, key=lambda g: groups[g])  # max keeps the first of equals: the plan's order
        largest = {"name": names[best], "share": ratio(Fraction(groups[best], ti))}
    depleted = next((r["year"] for r in rows if r["reserve_end"].startswith("-")), None)
    out = {"scenario": scenario, "years": rows,
           "totals": {"costs": money(tc), "costs_by_category": {k: money(v) for k, v in total_c.items()},
                      "income": money(ti), "income_by_type": {k: money(v) for k, v in total_i.items()},
                      "result": money(ti - tc), "to_raise": money(cum)},
           "indicators": {"largest_funder": largest, "short_term_share": ratio(Fraction(short, ti)) if ti else None,
                          "depleted_year": depleted}}
    print(json.dumps(out, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main(*sys.argv[1:])
