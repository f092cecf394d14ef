"""Flow tests: the real main window driven only by keyboard and mouse, as the people of USERS.md use it.

``user`` types, clicks cells at their place on screen, opens menus by their mnemonics and answers dialogs with
Enter and Escape; nothing calls a screen's methods. A test marked ``crash_guard`` runs in its own Python process:
a segfault (print preview, exports, dialogs opened again and again) then fails that test instead of ending the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from flow_user import User
from PySide6.QtCore import QSettings

CHILD = "DEKKINGSPLAN_FLOW_CHILD"
ROOT = Path(__file__).resolve().parents[2]
HANG = 120  # seconds: not a speed limit, only how long a stuck dialog may keep the run waiting


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "crash_guard: runs the test in its own process, so a crash fails only it")


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """A ``crash_guard`` test runs again in a child pytest; here only its exit status is judged."""
    if pyfuncitem.get_closest_marker("crash_guard") is None or os.environ.get(CHILD):
        return None
    env = dict(os.environ, **{CHILD: "1"})
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    command = [sys.executable, "-m", "pytest", pyfuncitem.nodeid, "-q", "-p", "no:cacheprovider",
               "-p", "no:randomly", "-x"]
    try:
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=HANG)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{pyfuncitem.nodeid} hung: still running after {HANG} s (a dialog nobody could close?)",
                    pytrace=False)
    if done.returncode != 0:
        how = (f"crashed (signal {-done.returncode})" if done.returncode < 0
               else f"failed (exit {done.returncode})")
        lines = [line for line in (done.stdout + done.stderr).splitlines() if "site-packages" not in line]
        tail = "\n".join(lines[-40:])
        pytest.fail(f"{pyfuncitem.nodeid} {how} in its own process:\n{tail}", pytrace=False)
    return True


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory):
    """Settings go to a temporary folder, never the user's; the language starts Dutch."""
    where = str(tmp_path_factory.mktemp("settings"))
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, where)
    yield where
    from dekkingsplan.ui import i18n

    if i18n.current_language() != i18n.DEFAULT_LANGUAGE:
        i18n.install_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The demo plan as a plan file in the test's folder."""
    from dekkingsplan.core.planjson import loads
    from dekkingsplan.resources import demo_plan_path
    from dekkingsplan.store.planfile import PlanFile

    path = tmp_path / "De Wissel.dekkingsplan"
    PlanFile.create(path, loads(demo_plan_path().read_text(encoding="utf-8"))).close()
    return path


@pytest.fixture
def app_window(qtbot, tmp_path: Path):
    """The main window as the program opens it, on a laptop screen of 1366×768, active and in front."""
    from dekkingsplan.ui.main_window import MainWindow

    def make(plan: Path | None = None):
        window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        if plan is not None:
            assert window.open_path(plan)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def user(qtbot) -> User:
    return User(qtbot)


HARMLESS = ("This plugin does not support",)  # the offscreen platform has no window manager to ask


@pytest.fixture(autouse=True)
def no_qt_warnings(qtlog):
    """A warning from Qt (an editor committed twice, a cell that does not belong to its view) fails the flow."""
    yield
    from PySide6.QtCore import QtMsgType

    warnings = [r.message for r in qtlog.records
                if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg)
                and not r.message.startswith(HARMLESS)]
    assert not warnings, f"Qt warned: {warnings}"
