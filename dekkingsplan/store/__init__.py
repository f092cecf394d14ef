"""The plan file: SQLite tables (SQLAlchemy Core), Alembic migrations, backups, locking, and a shared server.

What the rest of the app uses, each from its own module::

    with planfile.PlanFile.open(path) as pf:  # checks, backs up, migrates an older file, takes the lock
        pf.apply(edit)                        # pf.plan and the file change together, one commit per edit
    plan = reader.read_plan(path)             # for the command line: no lock, no backup, no change
    plan = reader.load_any(path)              # a plan file or plan JSON
    backups.list_backups(path); backups.restore_backup(backup, path); backups.backup_dir()

Every refusal is an ``errors.StoreError`` with a ``kind`` and one sentence in English and Dutch naming the file.
Reading a plan (``reader``: plain sqlite3 and the plan-JSON rules) loads no SQLAlchemy, so a command on a plan
JSON and the window's first paint of a plan file stay light; ``planfile``, which edits, brings SQLAlchemy (and
Alembic for an older file) along. The window reaches all of it through ``ui/store_gateway.py``.
"""
