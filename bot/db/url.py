"""Where the database is, and ``DATABASE_URL`` as hosts give it: no SQLAlchemy imported here.

Hosting platforms inject PostgreSQL URLs in libpq's forms (``postgres://``, ``postgresql://``,
``?sslmode=require``); the bot speaks asyncpg through SQLAlchemy, which reads none of them.
:func:`database_url` turns every usable form into the one the engine takes, and refuses any
other in one line that names the form expected, with the password masked.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

POSTGRES_SCHEMES = {"postgres", "postgresql"}
SQLITE_SCHEMES = {"sqlite"}
EXPECTED = (
    "expected postgresql://USER:PASSWORD@HOST:5432/DB (postgres:// and postgresql+asyncpg:// "
    "too) or sqlite:///PATH"
)
# libpq's sslmode values, which asyncpg's ``ssl`` takes as they are
SSL_MODES = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}
SSL_BOOLEANS = {"true": "require", "1": "require", "yes": "require", "on": "require"} | {
    "false": "disable",
    "0": "disable",
    "no": "disable",
    "off": "disable",
}
# query parameters that reach asyncpg.connect as strings and work there
KEPT = {"host", "port", "target_session_attrs", "prepared_statement_cache_size", "passfile"}
# libpq parameters managed hosts add that asyncpg has no use for: dropped rather than refused
# (Neon's URLs carry channel_binding; asyncpg authenticates with SCRAM without it)
DROPPED = {"channel_binding", "application_name", "connect_timeout", "gssencmode"}


class DatabaseUrlError(ValueError):
    """A ``DATABASE_URL`` the bot cannot use; its message is one line, password masked."""


def default_data_dir() -> Path:
    """``$XDG_DATA_HOME/rivalry-bot`` (``~/.local/share/rivalry-bot``), beside the cache's home."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "rivalry-bot"


def database_url(url: str | None, data_dir: Path | None = None) -> str:
    """The URL to use: the one given in the engine's form, else an SQLite file in the data folder.

    Raises :class:`DatabaseUrlError` for a URL that names no usable database.
    """
    if url and url.strip():
        return engine_url(url.strip())
    folder = data_dir or default_data_dir()
    return f"sqlite+aiosqlite:///{folder / 'rivalry.sqlite3'}"


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL in the engine's form (None for PostgreSQL or in-memory)."""
    scheme, _, rest = url.partition("://")
    if not scheme.startswith("sqlite"):
        return None
    path, _, query = rest[1:].partition("?")
    if path.startswith("file:") and "uri=true" in query:  # SQLite's URI form (read-only, …)
        path = path.removeprefix("file:")
    return Path(path).expanduser() if path and path != ":memory:" else None


def masked(url: str) -> str:
    """``url`` with its password (in the user part or a ``password=`` parameter) as ``***``."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    rest, question, query = rest.partition("?")
    if "@" in rest:  # the last @ ends the user part: a password may hold '@' or '/'
        userinfo, _, location = rest.rpartition("@")
        user, colon, _password = userinfo.partition(":")
        rest = f"{user}{':***' if colon else ''}@{location}"
    if question:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, "***" if k == "password" else v) for k, v in pairs], safe="/*")
    return f"{scheme}{sep}{rest}{question}{query}"


def engine_url(url: str) -> str:
    """``url`` in the form the engine takes (``postgresql+asyncpg://``, ``sqlite+aiosqlite://``)."""
    scheme, sep, _ = url.partition("://")
    base, _, driver = scheme.lower().partition("+")
    if not sep or not base:
        raise _refused(url, "is not a URL")
    if base in POSTGRES_SCHEMES:
        if driver not in ("", "asyncpg", "psycopg", "psycopg2", "pg8000"):
            raise _refused(url, f"names the driver {driver!r}, which is not installed")
        return _postgres(url)
    if base in SQLITE_SCHEMES:
        if driver not in ("", "aiosqlite", "pysqlite"):
            raise _refused(url, f"names the driver {driver!r}, which is not installed")
        return "sqlite+aiosqlite://" + url.partition("://")[2]
    raise _refused(url, f"uses {scheme!r}, a database the bot does not support")


def _postgres(url: str) -> str:
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a port that is not a number in range
    except ValueError:
        # urllib's message may quote part of a password that broke the parse: not shown
        why = "has a host or port that cannot be read (percent-encode / ? # @ in a password)"
        raise _refused(url, why) from None
    query, user, password = _query(url, parts.query, parts.username, parts.password)
    database = unquote(parts.path.lstrip("/"))
    if "/" in database:
        raise _refused(url, "names more than one database after the host")
    userinfo = ""
    if user is not None:
        userinfo = quote(user, safe="")
        if password is not None:
            userinfo += ":" + quote(password, safe="")
        userinfo += "@"
    host = parts.hostname or ""
    if host and ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    location = userinfo + host + (f":{port}" if port is not None else "")
    tail = f"?{urlencode(query, safe='/')}" if query else ""
    return f"postgresql+asyncpg://{location}/{quote(database, safe='')}{tail}"


def _query(
    url: str, text: str, user: str | None, password: str | None
) -> tuple[list[tuple[str, str]], str | None, str | None]:
    """The parameters asyncpg takes (``sslmode`` as ``ssl``), and the user and password."""
    user = unquote(user) if user is not None else None
    password = unquote(password) if password is not None else None
    query: list[tuple[str, str]] = []
    for key, value in parse_qsl(text, keep_blank_values=True):
        if key in ("sslmode", "ssl"):
            mode = SSL_BOOLEANS.get(value.lower(), value.lower())
            if mode not in SSL_MODES:
                modes = ", ".join(sorted(SSL_MODES))
                raise _refused(url, f"has {key}={value!r}; use one of {modes}")
            query.append(("ssl", mode))
        elif key in ("user", "password"):  # libpq takes them as parameters too
            user, password = (value, password) if key == "user" else (user, value)
        elif key in KEPT:
            query.append((key, value))
        elif key not in DROPPED:
            known = ", ".join(sorted({"sslmode", "ssl"} | KEPT))
            raise _refused(
                url, f"has the parameter {key!r}, which the bot cannot pass on ({known})"
            )
    return query, user, password


def _refused(url: str, why: str) -> DatabaseUrlError:
    return DatabaseUrlError(f"DATABASE_URL {masked(url)} {why}: {EXPECTED}")
