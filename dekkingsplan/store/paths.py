"""Where a plan is: an address on a server, or a path that must be an ordinary file before anything opens it.

The standard library alone: a command on a plan JSON asks these before it reads, and needs neither sqlite3
(``db``) nor the server's code (``server``).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from dekkingsplan.store import errors

SCHEMES = ("postgresql://", "postgres://")


def is_server_address(text: str) -> bool:
    return text.startswith(SCHEMES)


def check_regular(path: Path) -> None:
    """Refuse what is not an ordinary file before anything opens it: opening a FIFO for reading waits forever
    for a writer, and a symbolic link that leads round in a circle is no file at all."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise errors.not_found(path) from None
    except PermissionError as exc:
        raise errors.unreadable(path, detail=str(exc)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise errors.link_loop(path) from None
        if exc.errno == errno.ENOTDIR:
            raise errors.not_found(path) from None
        raise errors.unreadable(path, detail=str(exc)) from None
    if stat.S_ISDIR(mode):
        raise errors.is_folder(path)
    if not stat.S_ISREG(mode):
        raise errors.not_a_file(path)
