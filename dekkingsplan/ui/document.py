"""The open plan as the screens see it: one place where edits are checked, saved, undone and announced.

Every change goes through ``PlanDocument.apply``: it is checked against the plan's rules (core validation), written
to the plan file at once (through ``store``), pushed on the undo stack, and announced with ``changed(Change)`` so
each screen refreshes only what concerns it. Screens never change ``document.plan`` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from dekkingsplan.core.changes import Change, Part
from dekkingsplan.core.model import Base, Plan
from dekkingsplan.core.projection import Projection, project_plan
from dekkingsplan.ui import i18n

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.core.edits import Edit  # the edits load at the first edit, not before the first paint


class PlanFileLike(Protocol):
    """What the document needs of a ``store.PlanFile``."""

    plan: Plan
    path: Path
    read_only: bool

    def apply(self, edit: Edit) -> Change: ...

    def close(self) -> None: ...


class _NotYetSaved:
    """A plan shown before its file exists (the demo, in the moment after the window first appears)."""

    read_only = False

    def __init__(self, plan: Plan, path: Path) -> None:
        self.plan = plan
        self.path = path

    def apply(self, edit: Edit) -> Change:  # pragma: no cover - the document makes the file before any edit
        raise RuntimeError("the plan file is not made yet")

    def close(self) -> None:
        pass


class _EditCommand(QUndoCommand):
    """One edit on the undo stack. The first redo makes the edit and keeps the change it lists; undo replays
    that change backwards and redo forwards, so each runs only on the state it was made from. A step that
    cannot be saved ends the history (``PlanDocument._history_broken``): an older step would run on a state
    it was not made for."""

    def __init__(self, document: PlanDocument, edit: Edit, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._edit = edit
        self._change: Change | None = None

    def redo(self) -> None:
        if self._change is None:
            change = self._document._run(self._edit)
        else:
            change = self._document._run(self._change.again(), in_history=True)
        if change is None:
            self.setObsolete(True)
        else:
            self._change = change

    def undo(self) -> None:
        if self._change is None or self._document._run(self._change.inverse(), in_history=True) is None:
            self.setObsolete(True)


class PlanDocument(QObject):
    """A plan open in the window, backed by a plan file."""

    changed = Signal(object)  # Change: what an edit, undo or redo touched (already saved)
    scenario_changed = Signal(str)  # the scenario chosen in the overview
    failed = Signal(str)  # an edit was refused or could not be saved: one clear sentence
    reloaded = Signal()  # a shared plan was read again as others left it (the undo history is gone)

    def __init__(self, plan_file: PlanFileLike, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = plan_file
        self.undo_stack = QUndoStack(self)
        self._scenario: str = Base.EXPECTED
        self._cache: dict[tuple[str, str | None], Projection] = {}
        self._error: str | None = None
        self._make_file: Callable[[], PlanFileLike] | None = None
        self._problems: list | None = None  # check_plan of the plan as it is, until the next edit
        self._problems_after: list | None = None  # check_plan of the edit being made, tried on a copy
        self._history_broken = False  # a step failed: the undo stack is cleared once Qt is done with it

    @classmethod
    def before_file(cls, plan: Plan, path: Path, make_file: Callable[[], PlanFileLike],
                    parent: QObject | None = None) -> PlanDocument:
        """A document that shows ``plan`` at once and makes its file only when ``ensure_file`` is called — at
        the latest before the first edit. The window appears without waiting for the plan-file layer."""
        document = cls(_NotYetSaved(plan, path), parent)
        document._make_file = make_file
        return document

    def ensure_file(self) -> None:
        """Make the plan file now if it was put off (``before_file``); the plan stays the same object.
        Raises what the store raises (StoreError) and then leaves the document without a file."""
        if self._make_file is None:
            return
        make, self._make_file = self._make_file, None
        self.file = make()

    def forget_file_maker(self) -> None:
        """The caller opens the file itself (and then sets ``file``); ``ensure_file`` no longer will."""
        self._make_file = None

    @property
    def has_file(self) -> bool:
        return self._make_file is None

    @property
    def plan(self) -> Plan:
        return self.file.plan

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.file, "read_only", False))

    @property
    def path(self) -> Path | None:
        """The plan file's path; None for a plan on a server (``file.address`` says where it is)."""
        if self.shared:
            return None
        path = getattr(self.file, "path", None)
        return Path(path) if path is not None else None

    # --- edits -------------------------------------------------------------------------------------------

    def try_apply(self, edit: Edit, text: str | None = None) -> str | None:
        """Check, save and record an edit for undo. None when it is done; else the Dutch (or English) sentence
        saying why not — the plan is then unchanged, and ``failed`` has been emitted with the same sentence.
        ``text`` is the undo step's name as the Edit menu shows it (default: the edit's label)."""
        if self.read_only:
            return self._refuse(self.tr("Dit plan is alleen-lezen geopend; wijzigingen kunnen niet worden bewaard."))
        try:
            self.ensure_file()
        except Exception as exc:  # noqa: BLE001 - the file could not be made: say so, change nothing
            return self._refuse(self.tr("Niet bewaard: {reason}").format(reason=_sentence(exc)))
        if self._history_broken:
            self._end_history()
        reason = self.refusal(edit)
        if reason is not None:
            return self._refuse(reason)
        self._error = None
        self.undo_stack.push(_EditCommand(self, edit, text or edit.label))
        return self._error

    def apply(self, edit: Edit, text: str | None = None) -> bool:
        """``try_apply`` for callers that only need to know whether it worked."""
        return self.try_apply(edit, text) is None

    def refusal(self, edit: Edit) -> str | None:
        """Why the plan's rules refuse this edit (``core.edits.check_edit``: a problem it brings anywhere, or
        leaves in what it touches), or None. The edit is tried on a copy, so a refused edit never reaches the
        file or the undo stack."""
        from dekkingsplan.core.edits import try_edit  # at the first edit, not before the first paint
        from dekkingsplan.core.validation import check_plan

        if self._problems is None:
            self._problems = check_plan(self.plan)
        try:
            found = try_edit(self.plan, edit, self._problems)
        except Exception as exc:  # noqa: BLE001 - a refused edit becomes a sentence, never a crash
            return _sentence(exc)
        problem = found.problem
        self._problems_after = found.problems_after if problem is None else None
        if problem is not None:
            return f"{field_label(problem.place).capitalize()}: {i18n.message(problem)}"
        return None

    def _refuse(self, reason: str) -> str:
        self.failed.emit(reason)
        return reason

    def _run(self, edit: Edit, *, in_history: bool = False) -> Change | None:
        """Save ``edit`` and announce its change; None when it failed (said through ``failed``). When an undo
        or redo (``in_history``) fails, the history ends: the steps around it were made for a state the plan
        no longer holds. Qt is inside the stack then, so it is cleared just after."""
        if self._history_broken:
            return None
        try:
            change = self.file.apply(edit)
        except Exception as exc:  # noqa: BLE001 - a failed save becomes a sentence; the file keeps the old plan
            self._error = self.tr("Niet bewaard: {reason}").format(reason=_sentence(exc))
            if in_history:
                self._error += " " + self.tr("Eerdere stappen kunnen niet meer ongedaan worden gemaakt.")
                self._history_broken = True
                QTimer.singleShot(0, self._end_history)
            self.failed.emit(self._error)
            if getattr(getattr(exc, "kind", None), "name", "") == "OUT_OF_DATE":
                # someone else changed the plan on the server: show it as it now is, once this undo step is done
                QTimer.singleShot(0, self.reload)
            return None
        self._cache.clear()
        # the plan's problems as the rule check found them on its trial copy (a new edit), else found again
        self._problems, self._problems_after = (None if in_history else self._problems_after), None
        if self._scenario not in self.plan.scenario_ids():
            self.set_scenario(Base.EXPECTED)
        self.changed.emit(change)
        return change

    def _end_history(self) -> None:
        self.undo_stack.clear()
        self._history_broken = False

    # --- what the screens read ---------------------------------------------------------------------------

    @property
    def scenario(self) -> str:
        return self._scenario

    def set_scenario(self, scenario_id: str) -> None:
        if scenario_id != self._scenario:
            self._scenario = scenario_id
            self.scenario_changed.emit(scenario_id)

    def scenario_ids(self) -> list[str]:
        return self.plan.scenario_ids()

    def projection(self, scenario: str | None = None, project: str | None = None) -> Projection:
        """The projection under a scenario (default: the chosen one), cached until the next edit."""
        key = (scenario or self._scenario, project)
        if key not in self._cache:
            self._cache[key] = project_plan(self.plan, key[0], key[1])
        return self._cache[key]

    # --- a plan others edit too (on a server) ----------------------------------------------------------

    @property
    def shared(self) -> bool:
        """True for a plan on a server, which others may change while it is open here."""
        return callable(getattr(self.file, "server_version", None))

    def reload(self) -> None:
        """Show the plan as its server holds it now. The undo history goes: its steps were made on another
        version of the plan. Every screen refreshes."""
        reload = getattr(self.file, "reload", None)
        if reload is None:
            return
        try:
            reload()
        except Exception as exc:  # noqa: BLE001 - the server is out of reach: say so, keep what is shown
            self.failed.emit(_sentence(exc))
            return
        self.undo_stack.clear()
        self._cache.clear()
        self._problems = self._problems_after = None
        if self._scenario not in self.plan.scenario_ids():
            self.set_scenario(Base.EXPECTED)
        self.reloaded.emit()
        self.changed.emit(Change(frozenset(Part)))

    def watch(self, interval_ms: int = 2000) -> None:
        """Look every ``interval_ms`` whether others changed the shared plan, and reload when they did."""
        if not self.shared:
            return
        self._watch = QTimer(self)
        self._watch.setInterval(interval_ms)
        self._watch.timeout.connect(self.look_for_others)
        self._watch.start()

    def look_for_others(self) -> bool:
        """Reload when the server holds a newer version than this copy; True when it did."""
        try:
            newest = self.file.server_version()  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - out of reach for a moment: look again at the next tick
            return False
        if newest is not None and newest != getattr(self.file, "version", newest):
            self.reload()
            return True
        return False

    def close(self) -> None:
        watch = getattr(self, "_watch", None)
        if watch is not None:
            watch.stop()
        self.undo_stack.clear()
        self._make_file = None
        self.file.close()


# the names of a record's fields as a treasurer knows them, for "Einde: ligt vóór de start"
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Field", "naam"), "amount": QT_TRANSLATE_NOOP("Field", "bedrag"),
    "basis": QT_TRANSLATE_NOOP("Field", "basis"), "start": QT_TRANSLATE_NOOP("Field", "start"),
    "end": QT_TRANSLATE_NOOP("Field", "einde"), "indexation": QT_TRANSLATE_NOOP("Field", "indexatie"),
    "project": QT_TRANSLATE_NOOP("Field", "project"), "note": QT_TRANSLATE_NOOP("Field", "toelichting"),
    "quantity": QT_TRANSLATE_NOOP("Field", "aantal"), "unit": QT_TRANSLATE_NOOP("Field", "eenheid"),
    "rate": QT_TRANSLATE_NOOP("Field", "tarief"), "category": QT_TRANSLATE_NOOP("Field", "categorie"),
    "type": QT_TRANSLATE_NOOP("Field", "soort"), "funder": QT_TRANSLATE_NOOP("Field", "financier"),
    "status": QT_TRANSLATE_NOOP("Field", "status"), "probability": QT_TRANSLATE_NOOP("Field", "kans"),
    "apply_by": QT_TRANSLATE_NOOP("Field", "aanvragen vóór"),
    "decision_expected": QT_TRANSLATE_NOOP("Field", "besluit verwacht"),
    "report_due": QT_TRANSLATE_NOOP("Field", "verantwoording"), "actuals": QT_TRANSLATE_NOOP("Field", "realisatie"),
    "id": QT_TRANSLATE_NOOP("Field", "id"),
}


def field_label(place: str) -> str:
    """``costs[3].amount`` -> ``bedrag``: the field a problem is about, in the window's language."""
    parts = [p.split("[", 1)[0] for p in place.split(".")]
    name = next((p for p in reversed(parts) if p in _FIELDS), parts[-1])
    return QCoreApplication.translate("Field", _FIELDS[name]) if name in _FIELDS else name


def _sentence(exc: Exception) -> str:
    text = getattr(exc, "text", None)
    if callable(text):
        return str(text(i18n.current_language()))
    return str(exc)


__all__ = ["Change", "PlanDocument", "PlanFileLike"]
