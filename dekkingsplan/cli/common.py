"""What every command shares: the exit codes, the one-line refusal, and reading the plan a command names."""

from __future__ import annotations

from pathlib import Path

from dekkingsplan.core.errors import DekkingsplanError

EXIT_OK, EXIT_BAD_INPUT = 0, 2


class BadInput(Exception):
    """One clear line for stderr; the command exits 2."""


def load_plan(path_text: str):
    """A plan from a ``.dekkingsplan`` file, a plan JSON or a server (``postgresql://…?plan=NAME``); BadInput
    naming the file or address otherwise."""
    from dekkingsplan.store.paths import is_server_address
    from dekkingsplan.store.reader import load_any

    if is_server_address(path_text):
        from dekkingsplan.store.server import read_server_plan

        try:
            return read_server_plan(path_text)
        except DekkingsplanError as exc:
            raise BadInput(str(exc)) from None
    path = Path(path_text)
    if not path.exists() and not path.is_symlink():  # a symbolic link that reaches nothing: load_any says why
        raise BadInput(f"{path}: no such file")
    if path.is_dir():
        raise BadInput(f"{path}: is a folder, not a plan")
    try:
        return load_any(path)
    except DekkingsplanError as exc:
        message = str(exc)
        raise BadInput(message if message.startswith(str(path)) else f"{path}: {message}") from None
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not a plan (neither plan JSON nor a plan file)") from None
    except OSError as exc:
        raise BadInput(f"{path}: {exc.strerror or exc}") from None


def no_scenario(name: str, scenario: str, plan) -> BadInput:
    """The refusal of ``--scenario`` naming no scenario of the plan."""
    return BadInput(f"{name}: --scenario: no scenario '{scenario}' (choose from {', '.join(plan.scenario_ids())})")
