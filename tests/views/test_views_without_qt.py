"""The view models are read without a window: no module of ``dekkingsplan.ui.views`` loads Qt, even indirectly."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import dekkingsplan.ui.views as views

ROOT = Path(__file__).resolve().parents[2]


def test_every_view_module_imports_without_pyside6():
    names = [f"dekkingsplan.ui.views.{m.name}" for m in pkgutil.iter_modules(views.__path__)]
    assert "dekkingsplan.ui.views.lines" in names
    script = ("import sys\n" + "".join(f"import {name}\n" for name in names) +
              "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')}))")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
