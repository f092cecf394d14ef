"""Putting whole files in place durably: copy and flush, then rename, then flush the folder."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import uuid
from pathlib import Path

from dekkingsplan.store import db, errors


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_beside(path: Path, purpose: str) -> Path:
    """A hidden temporary name in the same folder, so the final rename stays on one file system."""
    return path.with_name(f".{path.name}.{purpose}-{uuid.uuid4().hex[:8]}")


def remove_stale_temporaries(path: Path) -> None:
    """Remove the hidden files ``temp_beside`` made for this plan that a killed process left behind. Only while
    holding the plan's lock: whoever makes them holds it, so none of them is in use."""
    prefix = f".{path.name}."
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        rest = entry.name[len(prefix):] if entry.name.startswith(prefix) else ""
        purpose, _, tag = rest.partition("-")
        if purpose in ("new", "restoring") and len(tag) == 8 and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def copy_durably(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb+") as f:
        os.fsync(f.fileno())


def recover_journal(path: Path) -> None:
    """Let SQLite roll back a commit a crashed process left half done, so the file on its own is whole.

    Whoever calls this holds the plan's lock. A file too damaged for SQLite keeps its journal."""
    if not db.has_journal(path):
        return
    with contextlib.suppress(sqlite3.Error, OSError):
        raw = db.connect_raw(path, read_only=False)
        try:
            raw.execute("PRAGMA schema_version").fetchone()
        finally:
            raw.close()


def put_in_place(new: Path, path: Path, *, overwrite: bool) -> None:
    """Move the finished file ``new`` to ``path``; without ``overwrite`` an existing ``path`` is refused.

    A journal left beside an old file is removed first: rolled back onto the new file it would corrupt it.
    """
    if overwrite:
        recover_journal(path)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(db.journal_path(path))
        os.replace(new, path)
    else:
        if not path.exists():  # a journal whose file is gone belongs to nothing; it must not meet the new file
            with contextlib.suppress(FileNotFoundError):
                os.unlink(db.journal_path(path))
        try:
            os.link(new, path)  # atomic: fails if the name is taken, even in a race
        except FileExistsError:
            raise errors.exists(path) from None
        except OSError:  # pragma: no cover - file systems without hard links (FAT, some shares)
            if path.exists():
                raise errors.exists(path) from None
            os.replace(new, path)
        else:
            os.unlink(new)
    fsync_dir(path.parent)
