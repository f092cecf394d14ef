"""Files the app must not open for editing are refused with one clear Dutch sentence, and left untouched."""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from store_plans import FIXTURES, sha256

from dekkingsplan.core.model import Plan
from dekkingsplan.store.backups import list_backups
from dekkingsplan.store.errors import StoreError, StoreErrorKind
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import load_any, read_plan
from dekkingsplan.store.schema import SCHEMA_VERSION


@pytest.fixture
def plan_path(tmp_path: Path, rich_plan: Plan) -> Path:
    path = tmp_path / "wissel.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    return path


def refused(path: Path, opener: Callable[[Path], object] = PlanFile.open) -> StoreError:
    """Open ``path``, expect a refusal, and check that neither the file nor its folder changed."""
    before = sha256(path) if path.is_file() else None
    folder_before = sorted(os.listdir(path.parent))
    backups_before = list_backups(path)
    with pytest.raises(StoreError) as caught:
        opener(path)
    if before is not None:
        assert sha256(path) == before
    assert sorted(os.listdir(path.parent)) == folder_before  # no lock file or journal left behind
    assert list_backups(path) == backups_before
    return caught.value


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "weg.dekkingsplan"
    for opener in (PlanFile.open, read_plan, load_any):
        error = refused(path, opener)
        assert error.kind == StoreErrorKind.NOT_FOUND
        assert error.text("nl") == f"{path} bestaat niet"


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "map.dekkingsplan"
    folder.mkdir()
    error = refused(folder)
    assert error.kind == StoreErrorKind.NOT_FOUND
    assert error.text("nl") == f"{folder} is een map, geen planbestand"


@pytest.mark.parametrize("content", [b"Begroting 2026;41000\n", b"PK\x03\x04" + bytes(300)])
def test_not_an_sqlite_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "iets.dekkingsplan"
    path.write_bytes(content)
    for opener in (PlanFile.open, read_plan):
        error = refused(path, opener)
        assert error.kind == StoreErrorKind.NOT_SQLITE
        assert error.text("nl") == f"{path} is geen planbestand van Dekkingsplan maar een ander soort bestand"


def office_document(folder: str) -> bytes:
    """A real (tiny) Office Open XML zip: Word keeps its parts under word/, Excel under xl/."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(f"{folder}/document.xml", "<document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("content", "what"), [
    (office_document("word"), "een Word-document"),
    (office_document("xl"), "een Excel-werkmap"),
    (b"%PDF-1.7\n" + bytes(5000), "een PDF-document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "een ouder Word- of Excel-document (.doc of .xls)"),
])
def test_a_renamed_document_is_named_for_what_it_is(tmp_path: Path, content: bytes, what: str) -> None:
    path = tmp_path / "Notulen.dekkingsplan"
    path.write_bytes(content)
    for opener in (PlanFile.open, read_plan):
        error = refused(path, opener)
        assert error.kind == StoreErrorKind.NOT_SQLITE
        assert error.text("nl") == f"{path} is geen planbestand van Dekkingsplan maar {what}"


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leeg.dekkingsplan"
    path.touch()
    error = refused(path)
    assert error.kind == StoreErrorKind.NOT_SQLITE
    assert error.text("nl") == f"{path} is leeg en dus geen planbestand van Dekkingsplan"


def test_an_sqlite_database_that_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "adressen.dekkingsplan"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE adres (naam TEXT, straat TEXT)")
    raw.execute("INSERT INTO adres VALUES ('Fatima', 'Wisselstraat 12')")
    raw.commit()
    raw.close()
    for opener in (PlanFile.open, read_plan):
        error = refused(path, opener)
        assert error.kind == StoreErrorKind.NOT_A_PLAN
        assert error.text("nl") == f"{path} is een database, maar geen plan van Dekkingsplan"


DAMAGED_NL = "is beschadigd of onvolledig en is niet geopend; zet een reservekopie terug"


def test_a_truncated_file(plan_path: Path) -> None:
    data = plan_path.read_bytes()
    for size in (50, len(data) // 2 + 100, len(data) - 4096):  # mid-header, mid-page, a whole page short
        plan_path.write_bytes(data[:size])
        for opener in (PlanFile.open, read_plan):
            error = refused(plan_path, opener)
            assert error.kind == StoreErrorKind.DAMAGED
            assert error.text("nl") == f"{plan_path} {DAMAGED_NL}"


def test_a_file_with_a_damaged_page_fails_the_integrity_check(plan_path: Path) -> None:
    raw = sqlite3.connect(plan_path)
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_cost_line_1'").fetchone()[0]
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    data = bytearray(plan_path.read_bytes())
    start = (root - 1) * page_size + 8  # past the page header: the cells of the index on cost_line.id
    data[start:start + 200] = bytes(range(200))
    plan_path.write_bytes(bytes(data))
    error = refused(plan_path)
    assert error.kind == StoreErrorKind.DAMAGED
    assert error.detail  # what SQLite found, for the log


def test_a_row_the_core_cannot_read(plan_path: Path) -> None:
    raw = sqlite3.connect(plan_path)
    raw.execute("UPDATE cost_line SET basis = 'weekly' WHERE id = 'huur'")
    raw.commit()
    raw.close()
    error = refused(plan_path)
    assert error.kind == StoreErrorKind.INVALID
    assert "table cost_line, row 'huur', field basis: 'weekly' is not one of" in str(error)
    assert "tabel cost_line, rij 'huur', veld basis: 'weekly' is niet een van" in error.text("nl")


NEWER_NL = "is gemaakt met een nieuwere versie van Dekkingsplan; werk de app bij om het te openen"


@pytest.mark.parametrize("sql", [f"PRAGMA user_version = {SCHEMA_VERSION + 1}",
                                 "UPDATE alembic_version SET version_num = '0099'",
                                 f"PRAGMA user_version = {SCHEMA_VERSION + 1}; DROP TABLE alembic_version; "
                                 "DROP TABLE project"])
def test_a_file_from_a_newer_version(plan_path: Path, sql: str) -> None:
    raw = sqlite3.connect(plan_path)
    raw.executescript(sql)
    raw.close()
    for opener in (PlanFile.open, read_plan, lambda p: PlanFile.open(p, read_only=True)):
        error = refused(plan_path, opener)
        assert error.kind == StoreErrorKind.NEWER
        assert error.text("nl") == f"{plan_path} {NEWER_NL}"


IN_USE_NL = "is al geopend in een ander venster of programma; alleen-lezen openen kan wel"


def test_a_file_open_in_another_window(plan_path: Path, rich_plan: Plan) -> None:
    with PlanFile.open(plan_path) as first:
        before = sha256(plan_path)
        with pytest.raises(StoreError) as caught:
            PlanFile.open(plan_path)
        error = caught.value
        assert error.kind == StoreErrorKind.IN_USE and error.read_only_possible
        assert error.text("nl") == f"{plan_path} {IN_USE_NL}"
        assert str(os.getpid()) in error.holder
        assert sha256(plan_path) == before
        with PlanFile.open(plan_path, read_only=True) as second:  # what the UI offers instead
            assert second.plan == first.plan == rich_plan
    with PlanFile.open(plan_path):  # closed: free again
        pass


def _in_child(fn: Callable[[], object], *, as_nobody: bool = False) -> object:
    """Run ``fn`` in a forked child (optionally as user nobody) and return its result or its StoreError."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(read_end)
            if as_nobody:
                os.setgid(65534)
                os.setuid(65534)
            try:
                result: object = ("ok", fn())
            except StoreError as exc:
                result = ("refused", exc.kind.name, exc.text("nl"))
            except BaseException as exc:  # noqa: B036 - report anything to the parent
                result = ("error", repr(exc))
            os.write(write_end, pickle.dumps(result))
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as f:
        data = f.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


def test_a_file_open_in_another_process(plan_path: Path) -> None:
    ready_r, ready_w = os.pipe()
    done_r, done_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the other process holds the plan until told to stop
        try:
            with PlanFile.open(plan_path):
                os.write(ready_w, b"x")
                os.read(done_r, 1)
        finally:
            os._exit(0)
    try:
        assert os.read(ready_r, 1) == b"x"
        error = refused(plan_path)
        assert error.kind == StoreErrorKind.IN_USE and error.read_only_possible
        assert str(pid) in error.holder
        assert read_plan(plan_path).organisation.name == "Stichting Buurtkamer De Wissel"
    finally:
        os.write(done_w, b"x")
        os.waitpid(pid, 0)
    with PlanFile.open(plan_path):
        pass


@pytest.fixture
def shared_folder(rich_plan: Plan) -> Iterator[Path]:
    """A folder another user can reach (pytest's own temporary folders are private to us)."""
    folder = Path(tempfile.mkdtemp(prefix="dekkingsplan-perm-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


READ_ONLY_NL = ("mag niet worden gewijzigd (geen schrijfrechten op het bestand of de map); "
                "alleen-lezen openen kan wel")


def _check_read_only(path: Path) -> None:
    before = sha256(path)
    folder_before = sorted(os.listdir(path.parent))
    as_nobody = os.geteuid() == 0  # root may write anywhere: ask as an ordinary user instead

    def try_both() -> object:
        try:
            PlanFile.open(path)
        except StoreError as exc:
            with PlanFile.open(path, read_only=True) as pf:
                return exc.kind.name, exc.read_only_possible, exc.text("nl"), pf.plan.organisation.name
        return "opened for writing"

    outcome = _in_child(try_both, as_nobody=as_nobody) if as_nobody else ("ok", try_both())
    assert outcome == ("ok", ("READ_ONLY", True, f"{path} {READ_ONLY_NL}", "Stichting Buurtkamer De Wissel"))
    assert sha256(path) == before
    assert sorted(os.listdir(path.parent)) == folder_before


def test_a_file_without_write_permission(shared_folder: Path, rich_plan: Plan) -> None:
    path = shared_folder / "wissel.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    shared_folder.chmod(0o777)
    path.chmod(0o444)
    _check_read_only(path)


def test_a_folder_without_write_permission(shared_folder: Path, rich_plan: Plan) -> None:
    path = shared_folder / "wissel.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    path.chmod(0o666)
    shared_folder.chmod(0o555)
    _check_read_only(path)


def test_create_refuses_an_existing_file(plan_path: Path, rich_plan: Plan) -> None:
    error = refused(plan_path, lambda p: PlanFile.create(p, rich_plan))
    assert error.kind == StoreErrorKind.EXISTS
    assert error.text("nl") == f"{plan_path} bestaat al; kies een andere naam"


def test_create_in_a_missing_folder(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "nergens" / "plan.dekkingsplan"
    with pytest.raises(StoreError) as caught:
        PlanFile.create(path, rich_plan)
    assert caught.value.kind == StoreErrorKind.NOT_FOUND
    assert not path.parent.exists()


def test_every_refusal_has_a_dutch_and_an_english_sentence_naming_the_file(tmp_path: Path) -> None:
    from dekkingsplan.store import errors

    path = tmp_path / "x.dekkingsplan"
    made = [errors.not_found(path), errors.is_folder(path), errors.no_folder(path), errors.unreadable(path),
            errors.not_sqlite(path), errors.not_sqlite(path, empty=True), errors.not_a_plan(path),
            errors.damaged(path), errors.newer(path), errors.in_use(path), errors.no_write_permission(path),
            errors.opened_read_only(path), errors.exists(path), errors.migration_failed(path, "x"),
            errors.save_failed(path, "x"), errors.backup_failed(path, "x"), errors.closed(path),
            errors.invalid(path, "table plan, field first_year: x", "tabel plan, veld first_year: x")]
    where = "postgresql://ann@db.example.nl:5432/initiatieven?plan=wissel"  # a plan on a server
    on_server = [errors.server_unreachable(where, "timeout"), errors.no_plan_on_server(where, "wissel"),
                 errors.plan_on_server_exists(where, "wissel"), errors.out_of_date(where)]
    assert {e.kind for e in made + on_server} == set(StoreErrorKind)
    for error in made:
        assert str(path) in error.text("nl") and str(path) in str(error)
        assert error.text("nl") != str(error)
        assert error.path == path
    for error in on_server:
        assert where in error.text("nl") and where in str(error) and error.text("nl") != str(error)


def test_the_v1_fixture_is_refused_nowhere(tmp_path: Path) -> None:
    """The committed fixture itself must stay a readable plan (a guard for the migration tests)."""
    copy = tmp_path / "v1.dekkingsplan"
    shutil.copyfile(FIXTURES / "plan_v1.dekkingsplan", copy)
    assert read_plan(copy).organisation.name == "Stichting Buurtkamer De Wissel"
