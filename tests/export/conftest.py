"""The export tests draw with Qt without a screen, and write into folders that may refuse them."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A folder the user may not write in. Root may write anywhere, so there the operating system's refusal
    is imitated where the export first touches the folder."""
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    probe = folder / ".probe"
    try:
        probe.touch()
    except PermissionError:
        pass
    else:
        probe.unlink()
        from dekkingsplan.export import files

        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied", str(folder))

        monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    yield folder
    folder.chmod(stat.S_IRWXU)
