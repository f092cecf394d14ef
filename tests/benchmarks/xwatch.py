"""Watching an X server from outside a process: when is a window with a given title mapped and drawn?

The start-up benchmark times a launch the way a treasurer sees it: from the moment the process is started until
a top-level window whose title holds the organisation's name is on screen with something drawn in it. This
module asks the X server (a private Xvfb) and nothing in the process under test: it listens for windows being
created and mapped on the root window (SubstructureNotify), reads their title (``_NET_WM_NAME``, else
``WM_NAME``) at the map and at every change of it (PropertyNotify), and waits for the first drawing into the
window (a DAMAGE extension report). No polling: every step is an event the server sends, read with select().

Uses libX11 and libXdamage through ctypes (both are part of every X desktop and of the Xvfb package).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

_CREATE_NOTIFY, _MAP_NOTIFY, _PROPERTY_NOTIFY = 16, 19, 28
_SUBSTRUCTURE_NOTIFY_MASK, _PROPERTY_CHANGE_MASK, _STRUCTURE_NOTIFY_MASK = 1 << 19, 1 << 22, 1 << 17
_DAMAGE_REPORT_NON_EMPTY = 3


class _Event(ctypes.Structure):  # XEvent is a union of 24 longs; the fields needed are read by offset
    _fields_ = [("pad", ctypes.c_long * 24)]


def _load(name: str) -> ctypes.CDLL:
    found = ctypes.util.find_library(name)
    if found is None:
        raise RuntimeError(f"lib{name} is not installed")
    return ctypes.CDLL(found)


class Watcher:
    """One connection to the X server ``display``, watching every top-level window from now on."""

    def __init__(self, display: str) -> None:
        self.x11 = x11 = _load("X11")
        self.xdamage = xdamage = _load("Xdamage")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x11.XPending.argtypes = [ctypes.c_void_p]
        x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
        x11.XFlush.argtypes = [ctypes.c_void_p]
        x11.XInternAtom.restype = ctypes.c_ulong
        x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x11.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
            ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
        x11.XFree.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x11.XSetErrorHandler.restype = ctypes.c_void_p
        xdamage.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                                  ctypes.POINTER(ctypes.c_int)]
        xdamage.XDamageCreate.restype = ctypes.c_ulong
        xdamage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]

        # a window may vanish between an event and our question about it: X errors are expected, not fatal
        self._on_error = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda _d, _e: 0)
        x11.XSetErrorHandler(self._on_error)
        self.dpy = x11.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open the X display {display}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xdamage.XDamageQueryExtension(self.dpy, ctypes.byref(event_base), ctypes.byref(error_base)):
            raise RuntimeError("the X server has no DAMAGE extension")
        self.damage_notify = event_base.value
        self.net_wm_name = x11.XInternAtom(self.dpy, b"_NET_WM_NAME", 0)
        self.wm_name = x11.XInternAtom(self.dpy, b"WM_NAME", 0)
        self.root = x11.XDefaultRootWindow(self.dpy)
        x11.XSelectInput(self.dpy, self.root, _SUBSTRUCTURE_NOTIFY_MASK)
        x11.XFlush(self.dpy)
        self.fd = x11.XConnectionNumber(self.dpy)

    def close(self) -> None:
        self.x11.XCloseDisplay(self.dpy)

    def title(self, window: int) -> str:
        for atom in (self.net_wm_name, self.wm_name):
            kind, fmt = ctypes.c_ulong(), ctypes.c_int()
            count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
            status = self.x11.XGetWindowProperty(self.dpy, window, atom, 0, 4096, 0, 0, ctypes.byref(kind),
                                                 ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after),
                                                 ctypes.byref(data))
            if status == 0 and data.value:
                text = ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
                self.x11.XFree(data)
                if text:
                    return text
        return ""

    def drain(self) -> None:
        """Forget events from before (a previous run's windows)."""
        event = _Event()
        while self.x11.XPending(self.dpy):
            self.x11.XNextEvent(self.dpy, ctypes.byref(event))

    def wait_for_window(self, title_part: str, timeout: float = 30.0) -> float:
        """Block until a mapped top-level window whose title holds ``title_part`` has been drawn into; return the
        perf_counter time at which the last of the three (map, title, drawing) was seen."""
        event = _Event()
        longs = event.pad
        mapped: set[int] = set()
        titled: dict[int, float] = {}
        drawn: dict[int, float] = {}
        deadline = time.perf_counter() + timeout
        while True:
            while self.x11.XPending(self.dpy):
                self.x11.XNextEvent(self.dpy, ctypes.byref(event))
                now = time.perf_counter()
                kind = longs[0] & 0xFFFFFFFF
                if kind == _CREATE_NOTIFY:  # watch its title from the start
                    window = longs[5]
                    self.x11.XSelectInput(self.dpy, window, _PROPERTY_CHANGE_MASK | _STRUCTURE_NOTIFY_MASK)
                elif kind == _MAP_NOTIFY and longs[4] == self.root:
                    window = longs[5]
                    mapped.add(window)
                    self.xdamage.XDamageCreate(self.dpy, window, _DAMAGE_REPORT_NON_EMPTY)
                    if title_part in self.title(window):
                        titled.setdefault(window, now)
                elif kind == _PROPERTY_NOTIFY:
                    window = longs[4]
                    if window in mapped and title_part in self.title(window):
                        titled.setdefault(window, now)
                elif kind == self.damage_notify:
                    drawn.setdefault(longs[4], now)
                for window in mapped:
                    if window in titled and window in drawn:
                        return max(titled[window], drawn[window])
            self.x11.XFlush(self.dpy)
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"no window titled '{title_part}' appeared within {timeout:g} s")
            select.select([self.fd], [], [], left)


@contextmanager
def xvfb(width: int = 1440, height: int = 900):
    """A private Xvfb server for the duration of the block; yields its display name (``:123``)."""
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb is not installed (apt-get install xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
                               "-nolisten", "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        number = b""
        while not number.endswith(b"\n"):
            chunk = os.read(read, 16)
            if not chunk:
                raise RuntimeError("Xvfb did not start")
            number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=10)


def time_to_window(command: list[str], title_part: str, *, watcher: Watcher, env: dict[str, str],
                   cwd: Path | None = None, timeout: float = 30.0) -> float:
    """Milliseconds from starting ``command`` until its window titled with ``title_part`` is on screen."""
    watcher.drain()
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        seen = watcher.wait_for_window(title_part, timeout=timeout)
    except TimeoutError:
        child.kill()
        _out, err = child.communicate(timeout=10)
        raise RuntimeError(f"{' '.join(command[-2:])}: no window ({err.decode(errors='replace')[-400:]})") from None
    child.terminate()
    child.communicate(timeout=10)
    return (seen - start) * 1000
