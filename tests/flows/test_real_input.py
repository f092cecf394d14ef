"""The program itself on a virtual 1366×768 screen, driven by real X key presses (xdotool): the print preview the
treasurer opens with Alt+X, V must show and close again without ending the program."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                                reason="needs Xvfb and xdotool (.ci/setup installs them)")


def _wait_for(what, *, seconds: float = 60, app: subprocess.Popen | None = None):
    """Poll until ``what()`` is true; the program ending meanwhile, or a hang, fails the test (no speed limit)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if app is not None and app.poll() is not None:
            pytest.fail(f"the program ended (exit {app.returncode}):\n{app.stdout.read()[-2000:]}")
        found = what()
        if found:
            return found
        time.sleep(0.2)
    pytest.fail(f"waited {seconds} s in vain")


def _windows(env: dict[str, str], name: str) -> list[str]:
    done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=env,
                          capture_output=True, text=True)
    return done.stdout.split()


def test_print_preview_by_real_keys_on_a_laptop_screen(tmp_path: Path):
    display = f":{400 + os.getpid() % 500}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "config"),
               DEKKINGSPLAN_DATA_DIR=str(tmp_path / "data"))
    app = None
    try:
        _wait_for(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists())
        app = subprocess.Popen([sys.executable, "-m", "dekkingsplan", "--demo"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        window = _wait_for(lambda: _windows(env, "Demoplan"), app=app)[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True)
        time.sleep(1)  # the screens are built right after the first paint
        for _ in range(2):
            subprocess.run(["xdotool", "key", "--delay", "200", "alt+x", "v"], env=env, check=True)
            preview = _wait_for(lambda: _windows(env, "Afdrukvoorbeeld"), app=app)[0]
            subprocess.run(["xdotool", "windowfocus", "--sync", preview, "key", "Escape"], env=env, check=True)
            _wait_for(lambda: not _windows(env, "Afdrukvoorbeeld"), app=app)
            subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True)
    finally:
        if app is not None:
            app.terminate()
            app.wait(timeout=30)
        server.terminate()
        server.wait(timeout=30)
