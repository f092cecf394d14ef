"""One writer per plan file: an operating-system lock on the plan file itself, and one on a small lock file beside it.

The lock on the plan file itself belongs to the file, not to its name: a symbolic link, a hard link or another
spelling of the path reaches the same lock (issue 12). It is ``flock`` on Linux and macOS, which SQLite's own
``fcntl`` byte-range locks never meet, and on Windows a byte range far past anything SQLite locks or reads.
The lock file beside the plan (``.~lock.NAME#``, as office programs make) says who holds the plan, and guards
the name while a restore or an overwrite puts a new file in place. Both locks are held by open file handles, so
the operating system drops them when the process ends in any way, a crash or SIGKILL included: a lock file left
behind by a dead process is simply taken over. Where the file system cannot lock at all, the lock file's pid and
host decide instead (a dead pid on this host is stale). On an NFS share Linux carries ``flock`` out as a lock on
the whole file, so a reader there may wait for the writer; a plan on such a share is best opened by one person.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from dekkingsplan.store import errors

if sys.platform == "win32":  # pragma: no cover - each system's own locking
    import ctypes
    import msvcrt
else:
    import fcntl

_WINDOWS = sys.platform == "win32"
_LOCK_OFFSET = 0x7FFF0000  # Windows locks a byte range: one far past the text, so the text stays readable


def lock_path(path: Path) -> Path:
    """``.~lock.Begroting.dekkingsplan#`` beside the plan, as office programs do."""
    return path.with_name(f".~lock.{path.name}#")


def _os_lock(fd: int) -> bool:
    """Try to take the lock without waiting; False if someone holds it. Raises OSError if locking is unsupported."""
    if _WINDOWS:  # pragma: no cover - exercised on Windows only
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _lock_itself(fd: int) -> bool:
    """Lock the plan file through ``fd`` without waiting; False if another handle holds it. OSError: cannot lock.
    The same lock as the lock file's: ``flock`` belongs to the open file, so the two never meet."""
    return _os_lock(fd)


def _os_unlock(fd: int) -> None:
    if _WINDOWS:  # pragma: no cover
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if _WINDOWS:  # pragma: no cover
        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_holder(path: Path) -> dict | None:
    """What the lock file says about who holds the plan (pid, host, user, since), if anything."""
    try:
        text = lock_path(path).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def describe_holder(holder: dict | None) -> str | None:
    if not holder:
        return None
    who = holder.get("user") or "?"
    where = holder.get("host") or "?"
    return f"{who} on {where} (process {holder.get('pid', '?')}) since {holder.get('since', '?')}"


class PlanLock:
    """The exclusive right to write one plan file. ``acquire`` raises StoreError IN_USE or READ_ONLY."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self._fd: int | None = None
        self._itself: int | None = None  # a handle on the plan file, holding the lock on the file itself

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> PlanLock:
        for _ in range(5):  # the holder may delete the lock file between our open and our lock: try again
            try:
                fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o644)
            except PermissionError as exc:
                raise errors.no_write_permission(self.path, detail=str(exc)) from None
            except OSError as exc:
                if exc.errno == errno.EROFS:
                    raise errors.no_write_permission(self.path, detail=str(exc)) from None
                raise
            try:
                got = _os_lock(fd)
            except OSError:  # this file system cannot lock: judge by pid and host
                got = self._free_by_pid()
            if not got:
                os.close(fd)
                raise errors.in_use(self.path, describe_holder(read_holder(self.path)))
            if not _WINDOWS and not self._same_file(fd):
                _os_unlock(fd)
                os.close(fd)
                continue
            self._fd = fd
            try:
                self._lock_the_file_itself()
            except BaseException:
                self.release()
                raise
            self._write_holder()
            return self
        raise errors.in_use(self.path, describe_holder(read_holder(self.path)))

    def _lock_the_file_itself(self) -> None:
        """Lock the plan file (if there is one yet), whatever name it was reached by; IN_USE if held elsewhere."""
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:  # no file yet (create), or not ours to read: the lock file alone guards it
            return
        try:
            got = _lock_itself(fd)
        except OSError:  # a file system without locks: the lock file alone guards it
            os.close(fd)
            return
        if not got:
            os.close(fd)
            raise errors.in_use(self.path, describe_holder(read_holder(self.path)))
        self._itself = fd

    def _unlock_the_file_itself(self) -> None:
        if self._itself is None:
            return
        fd, self._itself = self._itself, None
        _os_unlock(fd)
        os.close(fd)

    @contextlib.contextmanager
    def replacing(self) -> Iterator[None]:
        """Around putting a new file in the plan's place: the lock moves from the old file to the new one.

        (Windows cannot replace a file that is open, and elsewhere a lock on the old file guards nothing.) The
        lock file keeps the name guarded meanwhile."""
        self._unlock_the_file_itself()
        try:
            yield
        finally:
            if self._fd is not None:
                self._lock_the_file_itself()

    def _same_file(self, fd: int) -> bool:
        try:
            on_disk = os.stat(self.lock_file)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)

    def _free_by_pid(self) -> bool:
        holder = read_holder(self.path)
        if not holder:
            return True
        if holder.get("host") != socket.gethostname():
            return False  # another computer's lock: we cannot tell whether it lives, so respect it
        pid = holder.get("pid")
        return not (isinstance(pid, int) and _pid_alive(pid))

    def _write_holder(self) -> None:
        assert self._fd is not None
        try:
            user = getpass.getuser()
        except Exception:  # no user name is no reason to refuse a lock
            user = None
        data = {"pid": os.getpid(), "host": socket.gethostname(), "user": user,
                "since": datetime.now(UTC).isoformat(timespec="seconds")}
        text = json.dumps(data).encode("utf-8")
        with contextlib.suppress(OSError):  # a full disk: the lock holds all the same, only without the "who"
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.ftruncate(self._fd, 0)
            os.write(self._fd, text)

    def release(self) -> None:
        """Remove the lock file, then let go of the lock (in that order, see ``acquire``)."""
        self._unlock_the_file_itself()
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if _WINDOWS:  # pragma: no cover - Windows cannot remove a file that is still open
            _os_unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(self.lock_file)
            return
        with contextlib.suppress(OSError):
            if self._same_file(fd):
                os.unlink(self.lock_file)
        _os_unlock(fd)
        os.close(fd)

    def __enter__(self) -> PlanLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
