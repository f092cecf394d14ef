"""DESIGN.md "Architecture": core imports neither Qt nor SQLAlchemy nor openpyxl (nor matplotlib)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "sqlalchemy", "alembic", "openpyxl", "matplotlib")

SCRIPT = textwrap.dedent("""
    import importlib, json, pkgutil, sys
    import dekkingsplan.core as core

    names = sorted(m.name for m in pkgutil.walk_packages(core.__path__, "dekkingsplan.core."))
    for name in names:
        importlib.import_module(name)

    # use it as the app does, so that lazy imports (stdnum, babel) happen too
    from dekkingsplan.core.money import format_amount, parse_amount
    from dekkingsplan.core.planjson import dumps, loads
    from dekkingsplan.core.projection import project_plan
    plan = loads('''{"format": "dekkingsplan/1",
        "organisation": {"name": "X", "kvk": "12345678", "rsin": "111222333", "iban": "NL91ABNA0417164300",
                         "postcode": "2511 AB"},
        "plan": {"first_year": 2026, "last_year": 2027},
        "costs": [{"id": "c", "name": "c", "category": "personnel", "amount": "10.00", "basis": "monthly"}],
        "sources": [{"id": "s", "name": "s", "type": "fund", "status": "applied", "amount": "5.00",
                     "basis": "per_year"}]}''')
    project_plan(plan, "expected")
    dumps(plan)
    format_amount(parse_amount("1.234,56"))
    print(json.dumps({"modules": names, "loaded": sorted(sys.modules)}))
""")


def test_core_imports_no_qt_sqlalchemy_openpyxl_or_matplotlib() -> None:
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    # the walk found the core's modules (guards against a test that passes by importing nothing)
    assert {"dekkingsplan.core.money", "dekkingsplan.core.projection", "dekkingsplan.core.planjson",
            "dekkingsplan.core.validation", "dekkingsplan.core.edits"} <= set(report["modules"])
    heavy = [name for name in report["loaded"] if name.split(".")[0] in FORBIDDEN]
    assert heavy == []
