"""The window's language: Dutch by default, English on request, through Qt's translation tools.

Source strings are Dutch inside ``self.tr("...")``; ``resources/translations/dekkingsplan_en.ts`` translates them to
English and ``dekkingsplan_en.qm`` is its compiled form. ``set_language`` installs the translator at once and
announces it (``notifier().language_changed``) so the window can rebuild its screens.

Regenerate the translations after changing strings in ``dekkingsplan/ui``::

    python -m dekkingsplan.ui.i18n update    # pyside6-lupdate: new strings into the .ts (unfinished)
    python -m dekkingsplan.ui.i18n release   # pyside6-lrelease: .ts -> .qm
    python -m dekkingsplan.ui.i18n check     # list strings without a finished English translation
"""

from __future__ import annotations

import shutil
import sys
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QWidget

from dekkingsplan.core import names
from dekkingsplan.core.model import Plan
from dekkingsplan.core.money import Cents, format_ratio
from dekkingsplan.core.months import MONTH_NAMES_NL, Month
from dekkingsplan.resources import resource_path
from dekkingsplan.ui.views import cells

LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
SETTINGS_KEY = "ui/language"
_LOCALES = {"nl": "nl_NL", "en": "en_GB"}

_state: dict[str, object] = {"language": DEFAULT_LANGUAGE, "translators": []}


class _Notifier(QObject):
    language_changed = Signal(str)  # "nl" or "en", after the translators are installed


_notifier: list[_Notifier] = []


def notifier() -> _Notifier:
    """The one object that announces a change of language."""
    if not _notifier:
        _notifier.append(_Notifier())
    return _notifier[0]


def settings() -> QSettings:
    """The user's settings (an ini file in the user's config directory; tests point it at a temp dir)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Dekkingsplan", "dekkingsplan")


def current_language() -> str:
    """The language the window speaks now: ``"nl"`` or ``"en"``."""
    return str(_state["language"])


def saved_language() -> str:
    value = str(settings().value(SETTINGS_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def translations_dir() -> Path:
    return resource_path("translations")


def qm_path(lang: str) -> Path:
    return translations_dir() / f"dekkingsplan_{lang}.qm"


def ts_path(lang: str = "en") -> Path:
    return translations_dir() / f"dekkingsplan_{lang}.ts"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own translations (qtbase_nl.qm ...) may be: where Qt says, else inside the PySide6 package
    (Qt/translations on Linux and macOS, translations on Windows), also in a frozen build's folder."""
    package = Path(PySide6.__file__).resolve().parent
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            package / "Qt" / "translations", package / "translations"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs += [Path(frozen) / "PySide6" / "Qt" / "translations", Path(frozen) / "PySide6" / "translations"]
    return dirs


def _install_translators(lang: str) -> None:
    app = QCoreApplication.instance()
    for old in _state["translators"]:  # type: ignore[union-attr]
        if app is not None:
            app.removeTranslator(old)
    installed: list[QTranslator] = []
    # Qt's own strings (Cancel, Yes, the file and print dialogs) in the same language, from PySide6's translations
    # folder; then what qtbase_nl leaves in English (qt_extra_nl, ours), searched first because installed later
    qt_dir = next((d for d in qt_translations_dirs() if (d / f"qtbase_{lang}.qm").exists()), None)
    candidates = [(f"qtbase_{lang}", str(qt_dir))] if qt_dir is not None else []
    if lang == "nl":
        candidates.append(("qt_extra_nl", str(translations_dir())))
    if lang != DEFAULT_LANGUAGE:
        candidates.append((f"dekkingsplan_{lang}", str(translations_dir())))
    for name, directory in candidates:
        translator = QTranslator()
        if translator.load(name, directory) and app is not None:
            app.installTranslator(translator)
            installed.append(translator)
    _state["translators"] = installed
    _state["language"] = lang
    QLocale.setDefault(QLocale(_LOCALES[lang]))


def install_language(lang: str | None = None) -> str:
    """At start-up: install the saved language (or ``lang``) without announcing it. Returns the language."""
    chosen = lang if lang in LANGUAGES else saved_language()
    _install_translators(chosen)
    return chosen


def set_language(lang: str) -> None:
    """Save the choice, install it at once and announce it, so the open window speaks it without a restart."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    settings().setValue(SETTINGS_KEY, lang)
    _install_translators(lang)
    notifier().language_changed.emit(lang)


def open_settings(parent: QWidget | None = None) -> bool:
    """Show the settings dialog; True when the treasurer pressed OK."""
    from dekkingsplan.ui.widgets.settings_dialog import SettingsDialog

    return SettingsDialog(parent).exec() == SettingsDialog.DialogCode.Accepted


# --- numbers, dates and core labels in the chosen language -----------------------------------------------------


# Amounts and dates on screen are formatted by Qt's locale data (QtCore is loaded anyway), not by Babel: Babel
# and its locale data cost tens of milliseconds before the window's first paint. core.money.format_amount (Babel)
# stays the form of the command line and the exports; a test keeps the two equal, character for character.
_QT_LOCALES: dict[str, QLocale] = {}


def _qt_locale(lang: str) -> QLocale:
    if lang not in _QT_LOCALES:
        _QT_LOCALES[lang] = (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if lang == "en"
                             else QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    return _QT_LOCALES[lang]


def amount(cents: Cents, *, symbol: bool = True) -> str:
    """``€ 1.234,56`` (nl) or ``€1,234.56`` (en); without symbol ``1.234,56``. Whole euros grouped by the
    locale, the cents appended as two digits: integers throughout, never a float. A negative amount has a
    hyphen-minus (``-1.234,56``, as a spreadsheet reads it back), and in Dutch a no-break space after the euro
    sign: a sentence never breaks a line between ``€`` and its figure."""
    lang = current_language()
    locale = _qt_locale(lang)
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    number = f"{locale.toString(euros)}{locale.decimalPoint()}{rest:02d}"
    if not symbol:
        return sign + number
    return f"€\u00a0{sign}{number}" if lang == "nl" else f"{sign}€{number}"


def ratio(value: Decimal | None) -> str:
    return format_ratio(value, current_language())


def day(value: date | None) -> str:
    """``1 mrt 2026`` or ``1 Mar 2026``."""
    if value is None:
        return ""
    return _qt_locale(current_language()).toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month(value: Month | None) -> str:
    """``sep 2026`` or ``Sep 2026``, as the workbook writes a month too."""
    if value is None:
        return ""
    names = _MONTHS_EN if current_language() == "en" else MONTH_NAMES_NL
    return f"{names[value.month - 1]} {value.year}"


def read_amount(text: str, *, allow_negative: bool = False) -> Cents:
    """An amount typed in the window: in Dutch a point marks thousands, so ``1.39`` is asked about (€ 1,39 or
    € 139?) rather than guessed; in English it is a decimal point."""
    return cells.read_amount(text, current_language(), allow_negative=allow_negative)  # as the view models read it


def sentence(text: str) -> str:
    """A refusal or a note as one sentence on screen: a capital first, a full stop last."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def reason(exc: BaseException) -> str:
    """Why something was refused, in the window's language: a DekkingsplanError's (StoreError's, ExportError's)
    own sentence, else the system's words (an OSError's strerror)."""
    text = getattr(exc, "text", None)
    if callable(text):
        return str(text(current_language()))
    return getattr(exc, "strerror", None) or str(exc)


def label(member: Enum) -> str:
    """What ``core.names`` calls an enum member (a status, a category ...), in the window's language."""
    return names.label(member, current_language())


def scenario_name(plan: Plan, scenario_id: str) -> str:
    """A scenario's name in the window's language: ``Verwacht``, or the name the treasurer gave it."""
    return names.scenario_name(plan, scenario_id, current_language())


def message(problem: object) -> str:
    """A core problem or error as one sentence in the current language, without its place."""
    nl, en = getattr(problem, "nl", None), getattr(problem, "en", None)
    if nl is None or en is None:
        return str(problem)
    return str(en if current_language() == "en" else nl)


# --- the translation tools -------------------------------------------------------------------------------------


def tool_path(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease`` on the PATH, else the binary inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    inside = Path(PySide6.__file__).parent / name
    if inside.exists():
        return str(inside)
    raise FileNotFoundError(f"pyside6-{name} not found; install PySide6-Essentials")


def ui_sources() -> list[Path]:
    return sorted(Path(__file__).resolve().parent.rglob("*.py"))


def run_lupdate(ts_file: Path, *, no_obsolete: bool = True) -> None:
    """Collect every ``tr()`` string of ``dekkingsplan/ui`` into ``ts_file`` (existing translations kept)."""
    args = [tool_path("lupdate"), *map(str, ui_sources()), "-source-language", "nl_NL",
            "-target-language", "en_GB", "-locations", "none", "-ts", str(ts_file)]
    if no_obsolete:
        args.insert(1, "-no-obsolete")
    import subprocess  # the translation tools only; kept out of the app's start-up

    subprocess.run(args, check=True, capture_output=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    import subprocess

    subprocess.run([tool_path("lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


def untranslated(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished, non-empty translation."""
    import xml.etree.ElementTree as ET  # the translation tools only

    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for msg in context.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = tr.findall("numerusform") if tr is not None else []
            texts = [f.text or "" for f in forms] if forms else [(tr.text or "") if tr is not None else ""]
            if kind == "unfinished" or not all(t.strip() for t in texts):
                missing.append((name, msg.findtext("source", "")))
    return missing


def main(argv: list[str] | None = None) -> int:
    command = (argv if argv is not None else sys.argv[1:] or ["check"])[0]
    if command == "update":
        run_lupdate(ts_path("en"))
    elif command == "release":
        run_lrelease(ts_path("en"), qm_path("en"))
        run_lrelease(translations_dir() / "qt_extra_nl.ts", translations_dir() / "qt_extra_nl.qm")
    elif command != "check":
        print("usage: python -m dekkingsplan.ui.i18n update|release|check", file=sys.stderr)
        return 2
    missing = untranslated(ts_path("en"))
    for context, source in missing:
        print(f"untranslated: [{context}] {source}")
    return 1 if (missing and command == "check") else 0


if __name__ == "__main__":
    raise SystemExit(main())
