"""Why a plan file was refused or an edit not saved: one kind the UI can act on, one sentence per language."""

from __future__ import annotations

import errno
from enum import Enum
from pathlib import Path

from dekkingsplan.core.errors import DekkingsplanError


class StoreErrorKind(Enum):
    NOT_FOUND = "not_found"  # no such file, or a folder
    UNREADABLE = "unreadable"  # no permission to read the file
    NOT_SQLITE = "not_sqlite"  # some other kind of file
    NOT_A_PLAN = "not_a_plan"  # an SQLite database, but not ours
    DAMAGED = "damaged"  # truncated, corrupt, or failing the integrity check
    INVALID = "invalid"  # readable, but a value in its tables breaks the plan's rules (another tool edited it)
    NEWER = "newer"  # written by a newer version of the app
    IN_USE = "in_use"  # open for editing in another window or process
    READ_ONLY = "read_only"  # no write permission, or opened read-only
    EXISTS = "exists"  # create() would overwrite a file
    MIGRATION_FAILED = "migration_failed"  # an older file could not be brought up to date (left as it was)
    SAVE_FAILED = "save_failed"  # an edit could not be written (the plan in memory is unchanged)
    BACKUP_FAILED = "backup_failed"  # a backup that must precede a change could not be made
    CLOSED = "closed"  # the PlanFile was closed
    SERVER = "server"  # a plan server could not be reached, or refused the connection
    OUT_OF_DATE = "out_of_date"  # someone else changed the plan on the server since it was read


# The kinds after which the same file can still be opened read-only: the UI offers that instead.
READ_ONLY_POSSIBLE = frozenset({StoreErrorKind.IN_USE, StoreErrorKind.READ_ONLY})


class StoreError(DekkingsplanError):
    """A plan file refused (and left untouched) or an edit not saved; ``str()`` is English, ``text("nl")`` Dutch."""

    def __init__(self, kind: StoreErrorKind, en: str, nl: str | None = None, *, path: Path | str | None = None,
                 place: str = "", holder: str | None = None, detail: str | None = None) -> None:
        super().__init__(en, nl, place=place)
        self.kind = kind
        self.path = Path(path) if path is not None else None
        self.holder = holder  # who has the file open (IN_USE), as far as known
        self.detail = detail  # the underlying technical reason, for logs

    @property
    def read_only_possible(self) -> bool:
        """True when the UI can offer to open the same file read-only instead."""
        return self.kind in READ_ONLY_POSSIBLE

    def at(self, place: str) -> StoreError:
        joined = f"{place}.{self.place}" if self.place else place
        return StoreError(self.kind, self.en, self.nl, path=self.path, place=joined, holder=self.holder,
                          detail=self.detail)


def not_found(path: Path | str) -> StoreError:
    return StoreError(StoreErrorKind.NOT_FOUND, f"{path} does not exist", f"{path} bestaat niet", path=path)


def is_folder(path: Path | str) -> StoreError:
    return StoreError(StoreErrorKind.NOT_FOUND, f"{path} is a folder, not a plan file",
                      f"{path} is een map, geen planbestand", path=path)


def not_a_file(path: Path | str) -> StoreError:
    return StoreError(StoreErrorKind.NOT_FOUND,
                      f"{path} is not an ordinary file (but a pipe, a device or a socket), so not a plan",
                      f"{path} is geen gewoon bestand (maar een pipe, apparaat of socket) en dus geen plan", path=path)


def link_loop(path: Path | str) -> StoreError:
    return StoreError(StoreErrorKind.NOT_FOUND,
                      f"{path} is a symbolic link that leads round in a circle and reaches no file",
                      f"{path} is een symbolische koppeling die in een kring rondgaat en geen bestand bereikt",
                      path=path)


def no_folder(path: Path | str) -> StoreError:
    folder = Path(path).parent
    return StoreError(StoreErrorKind.NOT_FOUND, f"{path} cannot be made: the folder {folder} does not exist",
                      f"{path} kan niet worden gemaakt: de map {folder} bestaat niet", path=path)


def unreadable(path: Path | str, detail: str | None = None) -> StoreError:
    return StoreError(StoreErrorKind.UNREADABLE, f"{path} may not be read (no read permission)",
                      f"{path} mag niet worden gelezen (geen leesrechten)", path=path, detail=detail)


def not_sqlite(path: Path | str, *, empty: bool = False, what: tuple[str, str] | None = None) -> StoreError:
    """``what``: the kind of file it is instead, (English, Dutch), when its first bytes tell (a renamed document)."""
    if empty:
        return StoreError(StoreErrorKind.NOT_SQLITE, f"{path} is empty, not a Dekkingsplan file",
                          f"{path} is leeg en dus geen planbestand van Dekkingsplan", path=path)
    en, nl = what or ("another kind of file", "een ander soort bestand")
    return StoreError(StoreErrorKind.NOT_SQLITE, f"{path} is not a Dekkingsplan file but {en}",
                      f"{path} is geen planbestand van Dekkingsplan maar {nl}", path=path)


def not_a_plan(path: Path | str, detail: str | None = None) -> StoreError:
    return StoreError(StoreErrorKind.NOT_A_PLAN, f"{path} is a database, but not a Dekkingsplan plan",
                      f"{path} is een database, maar geen plan van Dekkingsplan", path=path, detail=detail)


def damaged(path: Path | str, detail: str | None = None) -> StoreError:
    return StoreError(StoreErrorKind.DAMAGED,
                      f"{path} is damaged or incomplete and was not opened; restore a backup instead",
                      f"{path} is beschadigd of onvolledig en is niet geopend; zet een reservekopie terug",
                      path=path, detail=detail)


def invalid(path: Path | str, where_en: str, where_nl: str, *, place: str = "") -> StoreError:
    """A value in the file's tables that breaks the rules of a plan JSON: one line naming table, row and field
    (``where_*``, with what is wrong); ``place`` is the same place as a plan JSON names it."""
    return StoreError(StoreErrorKind.INVALID, f"{path}: {where_en}; the file was left as it was",
                      f"{path}: {where_nl}; het bestand is ongewijzigd gelaten", path=path,
                      detail=place or None)


def newer(path: Path | str, detail: str | None = None) -> StoreError:
    return StoreError(StoreErrorKind.NEWER,
                      f"{path} was made by a newer version of Dekkingsplan; update the app to open it",
                      f"{path} is gemaakt met een nieuwere versie van Dekkingsplan; werk de app bij om het te openen",
                      path=path, detail=detail)


def in_use(path: Path | str, holder: str | None = None) -> StoreError:
    return StoreError(StoreErrorKind.IN_USE,
                      f"{path} is already open in another window or program; you can open it read-only",
                      f"{path} is al geopend in een ander venster of programma; alleen-lezen openen kan wel",
                      path=path, holder=holder)


def no_write_permission(path: Path | str, detail: str | None = None) -> StoreError:
    return StoreError(StoreErrorKind.READ_ONLY,
                      f"{path} may not be changed (no write permission on the file or its folder); "
                      "you can open it read-only",
                      f"{path} mag niet worden gewijzigd (geen schrijfrechten op het bestand of de map); "
                      "alleen-lezen openen kan wel", path=path, detail=detail)


def opened_read_only(path: Path | str) -> StoreError:
    return StoreError(StoreErrorKind.READ_ONLY, f"{path} is open read-only; the change was not made",
                      f"{path} is alleen-lezen geopend; de wijziging is niet doorgevoerd", path=path)


def exists(path: Path | str) -> StoreError:
    return StoreError(StoreErrorKind.EXISTS, f"{path} already exists; choose another name",
                      f"{path} bestaat al; kies een andere naam", path=path)


def migration_failed(path: Path | str, detail: str) -> StoreError:
    return StoreError(StoreErrorKind.MIGRATION_FAILED,
                      f"{path} could not be brought up to date for this version and was left as it was",
                      f"{path} kon niet worden bijgewerkt voor deze versie en is ongewijzigd gelaten",
                      path=path, detail=detail)


def save_failed(path: Path | str, detail: str) -> StoreError:
    return StoreError(StoreErrorKind.SAVE_FAILED,
                      f"The change could not be saved in {path} ({detail}); the plan is as it was before",
                      f"De wijziging kon niet in {path} worden opgeslagen ({detail}); het plan is zoals het was",
                      path=path, detail=detail)


_SQLITE_FULL = 13


def reason_of(exc: BaseException) -> str:
    """Why writing failed, in words a treasurer can act on (a full disk above all), else the system's own."""
    exc = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or getattr(exc, "sqlite_errorcode", None) == _SQLITE_FULL:
        return "the disk is full"
    if code == getattr(errno, "EDQUOT", None):
        return "the disk quota is used up"
    if code in (errno.EACCES, errno.EPERM):
        return "no permission to write"
    if code == errno.EROFS:
        return "the disk is read-only"
    return (getattr(exc, "strerror", None) or str(exc)).strip() or type(exc).__name__


_REASON_NL = {"the disk is full": "de schijf is vol", "the disk quota is used up": "het schijfquotum is op",
              "no permission to write": "geen toestemming om te schrijven", "the disk is read-only":
              "de schijf is alleen-lezen"}


def not_written(path: Path | str, exc: BaseException) -> StoreError:
    reason = reason_of(exc)
    return StoreError(StoreErrorKind.SAVE_FAILED, f"{path} could not be written ({reason}); nothing was changed",
                      f"{path} kon niet worden geschreven ({_REASON_NL.get(reason, reason)}); er is niets veranderd",
                      path=path, detail=str(exc))


def backup_failed(path: Path | str, detail: str | BaseException) -> StoreError:
    if isinstance(detail, BaseException):
        reason = reason_of(detail)
        return StoreError(StoreErrorKind.BACKUP_FAILED,
                          f"No backup of {path} could be made ({reason}), so it was left as it was",
                          f"Er kon geen reservekopie van {path} worden gemaakt ({_REASON_NL.get(reason, reason)}); "
                          "het bestand is ongewijzigd", path=path, detail=str(detail))
    return _backup_failed(path, detail)


def _backup_failed(path: Path | str, detail: str) -> StoreError:
    return StoreError(StoreErrorKind.BACKUP_FAILED,
                      f"No backup of {path} could be made ({detail}), so it was left as it was",
                      f"Er kon geen reservekopie van {path} worden gemaakt ({detail}); het bestand is ongewijzigd",
                      path=path, detail=detail)


def closed(path: Path | str) -> StoreError:
    return StoreError(StoreErrorKind.CLOSED, f"{path} has been closed", f"{path} is al gesloten", path=path)


def server_unreachable(where: str, detail: str) -> StoreError:
    return StoreError(StoreErrorKind.SERVER, f"{where}: the server could not be reached ({detail})",
                      f"{where}: de server is niet bereikbaar ({detail})", path=None, detail=detail)


def no_plan_on_server(where: str, plan: str) -> StoreError:
    return StoreError(StoreErrorKind.NOT_FOUND, f"{where}: the server holds no plan named '{plan}'",
                      f"{where}: op de server staat geen plan met de naam '{plan}'")


def plan_on_server_exists(where: str, plan: str) -> StoreError:
    return StoreError(StoreErrorKind.EXISTS,
                      f"{where}: the server already holds a plan named '{plan}'; choose another name",
                      f"{where}: op de server staat al een plan met de naam '{plan}'; kies een andere naam")


def out_of_date(where: str) -> StoreError:
    return StoreError(StoreErrorKind.OUT_OF_DATE,
                      f"{where}: someone else changed this plan in the meantime; your change was not saved and the "
                      "plan is shown as it now is",
                      f"{where}: iemand anders heeft dit plan intussen gewijzigd; uw wijziging is niet opgeslagen en "
                      "het plan wordt getoond zoals het nu is")
