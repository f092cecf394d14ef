"""Plans on a shared PostgreSQL server: ``postgresql://USER@HOST:PORT/DATABASE?plan=NAME``.

One database holds many plans in the plan file's own tables, each with a ``plan`` column (``server_schema``),
brought up to date by the same Alembic migrations. Reading goes through the same rules as a plan JSON
(``rows``). Two people may edit one plan: every edit carries the version of the plan it was made on; in one
transaction the server's version is locked and compared, the plan's rows are written anew and the version goes
up by one, so a plan is never half-written and an edit made on an out-of-date copy is refused (OUT_OF_DATE) —
the caller reloads. ``version()`` is a cheap look-up for a window that wants to show others' edits.

The password is never part of the address: it comes from the ``password`` argument (the window asks for it),
``PGPASSWORD`` or the user's ``~/.pgpass``, as libpq does.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, MetaData, create_engine, delete, insert, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from dekkingsplan.store import errors
from dekkingsplan.store.address import ServerAddress
from dekkingsplan.store.mapping import plan_rows
from dekkingsplan.store.rows import plan_from_table_rows
from dekkingsplan.store.server_schema import server_metadata

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.core.edits import Change, Edit
    from dekkingsplan.core.model import Plan

NOTIFY_CHANNEL = "dekkingsplan"


# --- connecting ---------------------------------------------------------------------------------------------

_ENGINES: dict[tuple[ServerAddress, str | None], Engine] = {}
_TABLES: MetaData | None = None


def _tables() -> MetaData:
    global _TABLES
    if _TABLES is None:
        _TABLES = server_metadata()
    return _TABLES


def _engine(address: ServerAddress, password: str | None) -> Engine:
    key = (address.with_plan(""), password)
    if key not in _ENGINES:
        _ENGINES[key] = create_engine(address.engine_url(password), pool_pre_ping=True,
                                      connect_args={"connect_timeout": 5})
    return _ENGINES[key]


def _connect(address: ServerAddress, password: str | None) -> Connection:
    try:
        return _engine(address, password).connect()
    except SQLAlchemyError as exc:
        raise errors.server_unreachable(str(address), _reason(exc)) from None


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def prepare_database(address: ServerAddress, password: str | None = None) -> None:
    """Bring the database's tables up to date (the same Alembic migrations as a plan file), one client at a
    time: an advisory lock keeps two first users from migrating at once."""
    from alembic import command  # Alembic (some 100 ms) only when a database is prepared, not for every read

    from dekkingsplan.store.migrate import alembic_config

    with _connect(address, password) as conn:
        try:
            with conn.begin():
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4474206956)")  # "Dkpl" as a number
                command.upgrade(alembic_config(conn), "head")
        except SQLAlchemyError as exc:
            raise errors.migration_failed(str(address), _reason(exc)) from None


# --- reading and writing whole plans ----------------------------------------------------------------------


def _version(conn: Connection, plan: str, *, lock: bool = False) -> int | None:
    table = _tables().tables["plan_revision"]
    query = select(table.c.version).where(table.c.plan == plan)
    if lock:
        query = query.with_for_update()
    return conn.execute(query).scalar()


def _read(conn: Connection, address: ServerAddress) -> Plan:
    tables = _tables().tables

    def table(name: str, order: str = "") -> list[dict[str, Any]]:
        t = tables[name]
        query = select(t).where(t.c.plan == address.plan)
        if order:
            query = query.order_by(*(text(f'"{part.strip()}"') for part in order.split(",")))
        return [{k: v for k, v in row._mapping.items() if k != "plan"} for row in conn.execute(query)]

    return plan_from_table_rows(table, str(address))


def _write(conn: Connection, address: ServerAddress, plan: Plan) -> None:
    tables = _tables().tables
    rows = plan_rows(plan)
    for table, _ in reversed(rows):  # children first
        server_table = tables[table.name]
        conn.execute(delete(server_table).where(server_table.c.plan == address.plan))
    for table, values in rows:
        if values:
            conn.execute(insert(tables[table.name]), [{"plan": address.plan, **v} for v in values])


def _notify(conn: Connection, address: ServerAddress, version: int) -> None:
    conn.exec_driver_sql(f"SELECT pg_notify('{NOTIFY_CHANNEL}', %(payload)s)",
                         {"payload": f"{address.plan}\t{version}"})


def plan_names(address: ServerAddress, password: str | None = None) -> list[str]:
    """The plans in the address's database, by name."""
    prepare_database(address, password)
    table = _tables().tables["plan_revision"]
    with _connect(address, password) as conn:
        try:
            return list(conn.execute(select(table.c.plan).order_by(table.c.plan)).scalars())
        except SQLAlchemyError as exc:
            raise errors.server_unreachable(str(address), _reason(exc)) from None


def read_server_plan(address: ServerAddress | str, password: str | None = None) -> Plan:
    """The plan at ``address``, read by the rules of a plan JSON; StoreError when it cannot be."""
    return ServerPlan.open(address, password=password, read_only=True).plan


def create_server_plan(address: ServerAddress | str, plan: Plan, *, password: str | None = None,
                       overwrite: bool = False) -> ServerPlan:
    """Put ``plan`` on the server under the address's plan name (EXISTS unless ``overwrite``) and open it."""
    address = address if isinstance(address, ServerAddress) else ServerAddress.parse(address)
    prepare_database(address, password)
    revisions = _tables().tables["plan_revision"]
    with _connect(address, password) as conn:
        try:
            with conn.begin():
                version = _version(conn, address.plan, lock=True)
                if version is not None and not overwrite:
                    raise errors.plan_on_server_exists(str(address), address.plan)
                _write(conn, address, plan)
                if version is None:
                    version = 1
                    conn.execute(insert(revisions).values(plan=address.plan, version=version))
                else:
                    version += 1
                    conn.execute(update(revisions).where(revisions.c.plan == address.plan).values(version=version))
                _notify(conn, address, version)
        except SQLAlchemyError as exc:
            raise errors.save_failed(str(address), _reason(exc)) from None
    return ServerPlan(address, plan, version, password=password, read_only=False)


class ServerPlan:
    """A plan on a server and the version it was read at: ``apply`` changes both, or neither."""

    def __init__(self, address: ServerAddress, plan: Plan, version: int, *, password: str | None,
                 read_only: bool) -> None:
        # the attributes a window or command reads of a PlanFile, declared again on purpose: the two share no code
        self.address = address
        self.plan = plan
        self.version = version
        self.read_only = read_only
        self._password = password
        self._closed = False

    @property
    def path(self) -> str:  # what a window shows where a file has its path
        return str(self.address)

    @property
    def name(self) -> str:
        return self.address.plan

    @classmethod
    def open(cls, address: ServerAddress | str, *, password: str | None = None,
             read_only: bool = False) -> ServerPlan:
        """Read the plan at ``address`` (migrating the database's tables first when they are older)."""
        address = address if isinstance(address, ServerAddress) else ServerAddress.parse(address)
        prepare_database(address, password)
        with _connect(address, password) as conn:
            try:
                with conn.begin():
                    version = _version(conn, address.plan)
                    if version is None:
                        raise errors.no_plan_on_server(str(address), address.plan)
                    plan = _read(conn, address)
            except SQLAlchemyError as exc:
                raise errors.server_unreachable(str(address), _reason(exc)) from None
        return cls(address, plan, version, password=password, read_only=read_only)

    def server_version(self) -> int | None:
        """The plan's version on the server now: a cheap look-up, for a window that polls for others' edits."""
        with _connect(self.address, self._password) as conn:
            try:
                return _version(conn, self.address.plan)
            except SQLAlchemyError as exc:
                raise errors.server_unreachable(str(self.address), _reason(exc)) from None

    def reload(self) -> Plan:
        """Read the plan as the server holds it now; ``.plan`` and ``.version`` follow."""
        fresh = ServerPlan.open(self.address, password=self._password, read_only=self.read_only)
        self.plan, self.version = fresh.plan, fresh.version
        return self.plan

    def apply(self, edit: Edit) -> Change:
        """Apply ``edit`` to ``.plan`` and to the server in one transaction, if the server still holds the
        version this copy was read at; else OUT_OF_DATE and nothing changes (the caller reloads)."""
        where = str(self.address)
        if self._closed:
            raise errors.closed(where)
        if self.read_only:
            raise errors.opened_read_only(where)
        working = copy.copy(self.plan)
        for name in ("projects", "costs", "sources", "scenarios", "bank_rules", "bank_transactions"):
            setattr(working, name, list(getattr(self.plan, name)))
        change = edit.apply(working)  # a refused edit (ValueError) leaves .plan as it was
        if change.parts and not getattr(change, "records", True):
            raise errors.save_failed(where, f"{type(edit).__name__} lists no steps, so it cannot be undone")
        revisions = _tables().tables["plan_revision"]
        with _connect(self.address, self._password) as conn:
            try:
                with conn.begin():
                    version = _version(conn, self.address.plan, lock=True)
                    if version is None:
                        raise errors.no_plan_on_server(where, self.address.plan)
                    if version != self.version:
                        raise errors.out_of_date(where)
                    _write(conn, self.address, working)
                    conn.execute(update(revisions).where(revisions.c.plan == self.address.plan)
                                 .values(version=version + 1))
                    _notify(conn, self.address, version + 1)
            except SQLAlchemyError as exc:
                raise errors.save_failed(where, _reason(exc)) from None
        self._adopt(working)
        self.version += 1
        return change

    def _adopt(self, working: Plan) -> None:
        """The edited copy becomes the plan, in the same object (screens hold a reference to it)."""
        for name, value in vars(working).items():
            if isinstance(value, list):  # the same list objects: views holding them stay right
                getattr(self.plan, name)[:] = value
            else:
                setattr(self.plan, name, value)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True

    def __enter__(self) -> ServerPlan:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<ServerPlan {self.address} v{self.version}>"
