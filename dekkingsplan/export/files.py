"""Writing an export safely: into a temporary file beside the target, moved into place only when complete."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dekkingsplan.core.errors import DekkingsplanError


class ExportError(DekkingsplanError):
    """An export that cannot be made: a bad choice (project, years) or a target that cannot be written."""


def _reason(exc: OSError, folder: Path) -> tuple[str, str]:
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM):
        return (f"no permission to write in the folder {folder}",
                f"geen toestemming om te schrijven in de map {folder}")
    if code == errno.EROFS:
        return f"the folder {folder} is read-only", f"de map {folder} is alleen-lezen"
    if code == errno.ENOSPC:
        return "the disk is full", "de schijf is vol"
    if code == errno.ENOENT and not folder.is_dir():
        return f"the folder {folder} does not exist", f"de map {folder} bestaat niet"
    if code == errno.ENOENT:
        return (f"no new file can be made in the folder {folder}",
                f"in de map {folder} kan geen nieuw bestand worden gemaakt")
    detail = exc.strerror or str(exc)
    return f"cannot write ({detail})", f"schrijven lukt niet ({detail})"


STALE_AFTER_S = 3600  # a temporary file this old is left by a process that was killed, whoever made it


def _alive(pid: int) -> bool:
    if os.name != "posix":  # pragma: no cover - Windows: age alone decides
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_temporaries(target: Path) -> None:
    """Remove the hidden temporary files an earlier export of ``target`` left when it was killed midway: those of
    a process that no longer runs, or older than an hour. Another export writing now keeps its own."""
    pattern = re.compile(re.escape(f".{target.name}.") + r"(?:(\d+)-)?[A-Za-z0-9_]+\.tmp")
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return
    now = time.time()
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if m is None:
            continue
        with contextlib.suppress(OSError):
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER_S
            dead = m.group(1) is not None and int(m.group(1)) != os.getpid() and not _alive(int(m.group(1)))
            if (old or dead) and entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file in the target's folder, then move it over the target in one step.

    A failure on the way leaves no half-written file: the target keeps its old content (or stays absent) and
    the temporary file is removed. Problems with the target raise ``ExportError`` naming the file.
    """
    target = Path(path)
    folder = target.parent
    place = str(target)
    if target.is_dir():
        raise ExportError("is a folder, not a file", "is een map, geen bestand", place=place)
    if not folder.is_dir():
        raise ExportError(f"the folder {folder} does not exist", f"de map {folder} bestaat niet", place=place)
    remove_stale_temporaries(target)
    try:  # the name carries our process id, so that a later export knows when it was left by a killed one
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        en, nl = _reason(exc, folder)
        raise ExportError(en, nl, place=place) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        # mkstemp makes a private file; give the result the permissions any new file of the user gets
        os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, target)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM) and target.exists():
            raise ExportError("cannot replace the file; is it open in another program?",
                              "het bestand kan niet worden vervangen; is het open in een ander programma?",
                              place=place) from None
        en, nl = _reason(exc, folder)
        raise ExportError(en, nl, place=place) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


# An export is made in memory first and then written in one go: a full disk then fails one plain write, which
# says so in one sentence, instead of failing inside openpyxl's ZipFile or Qt's PDF engine (which left an
# "Exception ignored in ZipFile.__del__" traceback, or a PDF of nothing without a reason).


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """``data`` as the file at ``path``, complete or not at all (``write_atomically``), flushed to the disk."""
    def write(tmp: Path) -> None:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())

    return write_atomically(path, write)


def workbook_bytes(workbook: Any) -> bytes:
    """An openpyxl workbook as the bytes of its .xlsx file."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
