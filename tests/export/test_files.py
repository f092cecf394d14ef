"""Writing an export never leaves half a file: a temporary file beside the target, moved into place at the end."""

from __future__ import annotations

import os
import stat

import pytest

from dekkingsplan.export.files import ExportError, write_atomically
from dekkingsplan.export.ics import write_ics
from dekkingsplan.export.workbook import write_workbook
from tests.plans.examples import anker

from .test_overview import with_deadlines


def test_a_read_only_folder_gives_a_clear_message_and_no_file(read_only_folder):
    target = read_only_folder / "begroting.xlsx"
    with pytest.raises(ExportError) as caught:
        write_workbook(anker(), target)
    assert str(caught.value) == f"{target}: no permission to write in the folder {read_only_folder}"
    assert caught.value.text("nl") == f"{target}: geen toestemming om te schrijven in de map {read_only_folder}"
    assert os.listdir(read_only_folder) == []


def test_a_failure_halfway_keeps_the_old_file_and_leaves_nothing_behind(tmp_path):
    target = tmp_path / "begroting.xlsx"
    target.write_bytes(b"the workbook sent last week")

    def fail_halfway(tmp):
        tmp.write_bytes(b"half a workb")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="the disk is full"):
        write_atomically(target, fail_halfway)
    assert target.read_bytes() == b"the workbook sent last week"
    assert os.listdir(tmp_path) == ["begroting.xlsx"]


def test_a_folder_that_does_not_exist_or_a_target_that_is_a_folder(tmp_path):
    with pytest.raises(ExportError, match="the folder .*nergens does not exist"):
        write_ics(with_deadlines(), tmp_path / "nergens" / "deadlines.ics")
    with pytest.raises(ExportError, match="is a folder, not a file"):
        write_workbook(anker(), tmp_path)


def test_the_written_file_gets_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_workbook(anker(), tmp_path / "begroting.xlsx")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_writing_again_replaces_the_file(tmp_path):
    target = tmp_path / "begroting.xlsx"
    write_workbook(anker(), target, years=(2026, 2026))
    first = target.read_bytes()
    write_workbook(anker(), target)
    assert target.read_bytes() != first
    assert os.listdir(tmp_path) == ["begroting.xlsx"]
