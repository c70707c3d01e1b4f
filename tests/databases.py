"""The two database engines the storage tests run on: SQLite in a temp file, and PostgreSQL.

PostgreSQL comes from ``TEST_DATABASE_URL`` (``.ci/run`` starts a throwaway server and sets
it); without it, a throwaway cluster is started here when PostgreSQL's binaries are installed
(as the ``postgres`` user through ``runuser`` when the tests run as root: the server refuses
root). Otherwise only the PostgreSQL cases are skipped, saying why. A ``TEST_DATABASE_URL``
that does not answer fails the run instead: CI must not skip silently.

:class:`Cluster` is also a server a test may stop and start again (a real outage).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Literal


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def postgres_binaries_missing() -> str | None:
    """Why no private PostgreSQL can be started here, or None when one can."""
    if _binaries() is None:
        return "PostgreSQL is not installed (no pg_ctl; Debian: apt-get install postgresql)"
    if _as_root() and (shutil.which("runuser") is None or not _user_exists("postgres")):
        return "running as root without runuser and a 'postgres' user to run PostgreSQL as"
    return None


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


class Cluster:
    """A private PostgreSQL on a unix socket in a temp dir, which can be stopped and started."""

    def __init__(self) -> None:
        missing = postgres_binaries_missing()
        if missing:
            raise RuntimeError(missing)
        self.binaries = _binaries() or Path()
        self.folder = Path(tempfile.mkdtemp(prefix="rivalry-pg-"))
        self.data = self.folder / "data"
        self._prefix: list[str] = []
        if _as_root():  # the server refuses to run as root: it runs as postgres
            shutil.chown(self.folder, "postgres")
            self._prefix = ["runuser", "-u", "postgres", "--"]
        self.url = f"postgresql+asyncpg://postgres@/postgres?host={self.folder}"

    def _run(self, tool: str, *args: str | Path) -> None:
        subprocess.run(
            [*self._prefix, str(self.binaries / tool), *map(str, args)],
            check=True,
            capture_output=True,
        )

    def create(self) -> None:
        """initdb and the first start."""
        self._run("initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync")
        self.start()

    def start(self) -> None:
        """Start the server (again) and wait until it accepts connections."""
        options = f"-k {self.folder} -c listen_addresses='' -c fsync=off"
        self._run(
            "pg_ctl", "-D", self.data, "-l", self.folder / "log", "-w", "-o", options, "start"
        )

    def stop(self, mode: Literal["smart", "fast", "immediate"] = "fast") -> None:
        """Stop the server: ``fast`` ends every session, ``immediate`` is a crash."""
        self._run("pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def allow_by_password(self, role: str) -> None:
        """Ask ``role`` for its password on the socket (every other role is trusted)."""
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all {role} scram-sha-256\n" + hba.read_text())
        self._run("pg_ctl", "-D", self.data, "reload")

    def remove(self) -> None:
        """Stop (if running) and delete everything."""
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Start a private PostgreSQL on a unix socket in a temp dir; yield its URL; stop it."""
    cluster = Cluster()
    try:
        cluster.create()
    except (OSError, subprocess.CalledProcessError) as error:
        cluster.remove()
        raise RuntimeError(f"could not start a local PostgreSQL: {error}") from error
    try:
        yield cluster.url
    finally:
        cluster.remove()
