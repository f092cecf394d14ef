"""Where a plan lives on a shared PostgreSQL server: ``postgresql://USER@HOST:PORT/DATABASE?plan=NAME``, read and
written without a password. Light (the standard library's URL parsing): the server dialog and the command line read
an address before anything connects; ``server`` connects.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

from dekkingsplan.store import errors
from dekkingsplan.store.errors import StoreError
from dekkingsplan.store.paths import is_server_address


@dataclass(frozen=True)
class ServerAddress:
    """Where a plan lives on a server; ``str()`` is the address without any password."""

    user: str
    host: str
    port: int
    database: str
    plan: str

    @classmethod
    def parse(cls, text: str) -> ServerAddress:
        """Read ``postgresql://USER@HOST:PORT/DATABASE?plan=NAME``; StoreError NOT_FOUND naming what is missing."""
        def bad(en: str, nl: str) -> StoreError:
            return StoreError(errors.StoreErrorKind.NOT_FOUND, f"{_safe(text)}: {en}", f"{_safe(text)}: {nl}")

        if not is_server_address(text):
            raise bad("not a server address (postgresql://USER@HOST:PORT/DATABASE?plan=NAME)",
                      "geen serveradres (postgresql://GEBRUIKER@SERVER:POORT/DATABASE?plan=NAAM)")
        try:
            parts = urlsplit(text)
            port = parts.port or 5432
        except ValueError:
            raise bad("the port is not a number", "de poort is geen getal") from None
        if parts.password is not None:
            raise bad("leave the password out of the address; it is asked for, or read from PGPASSWORD or ~/.pgpass",
                      "laat het wachtwoord uit het adres; het wordt gevraagd, of gelezen uit PGPASSWORD of ~/.pgpass")
        query = parse_qs(parts.query)
        plan = (query.get("plan") or [""])[0]
        database = unquote(parts.path.lstrip("/"))
        if not parts.hostname:
            raise bad("no server named", "geen server genoemd")
        if not database:
            raise bad("no database named", "geen database genoemd")
        if not plan.strip():
            raise bad("no plan named (?plan=NAME)", "geen plan genoemd (?plan=NAAM)")
        return cls(unquote(parts.username or ""), parts.hostname, port, database, plan)

    def __str__(self) -> str:
        user = f"{quote(self.user)}@" if self.user else ""
        return f"postgresql://{user}{self.host}:{self.port}/{quote(self.database)}?plan={quote(self.plan)}"

    def with_plan(self, plan: str) -> ServerAddress:
        return ServerAddress(self.user, self.host, self.port, self.database, plan)

    def engine_url(self, password: str | None = None):  # -> sqlalchemy.URL
        from sqlalchemy import URL  # only to connect: reading an address needs no SQLAlchemy

        return URL.create("postgresql+psycopg", username=self.user or None, password=password, host=self.host,
                          port=self.port, database=self.database)


def _safe(text: str) -> str:
    """An address as it may be shown: a password typed into it is never repeated."""
    try:
        parts = urlsplit(text)
        if parts.password is not None:
            return text.replace(f":{parts.password}@", ":***@")
    except ValueError:
        pass
    return text
