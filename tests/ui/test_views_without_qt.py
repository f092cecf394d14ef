"""The view models under the screens load no Qt: what a screen shows can be computed and tested without a window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dekkingsplan.ui.views as views


def test_every_view_model_imports_without_pyside6():
    modules = sorted(f"dekkingsplan.ui.views.{p.stem}" for p in Path(views.__file__).parent.glob("*.py")
                     if p.stem != "__init__")
    assert "dekkingsplan.ui.views.projects" in modules
    code = ("import importlib, sys\n"
            f"for name in {modules!r}:\n"
            "    importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
