"""Alembic's entry point for plan files. The app runs migrations from code (``dekkingsplan.store.migrate``) and
hands over its open connection; developers may point ``sqlalchemy.url`` at a copy of a plan to try one out."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from dekkingsplan.store.schema import metadata

config = context.config


def _run(connection) -> None:
    # render_as_batch: SQLite alters most tables by copying them, which Alembic's batch mode does for us
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


_connection = config.attributes.get("connection")
if _connection is not None:
    _run(_connection)
else:
    with create_engine(config.get_main_option("sqlalchemy.url")).connect() as _own:
        _run(_own)
