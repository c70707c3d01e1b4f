"""The two database engines the storage tests run on: SQLite in a temp file, and PostgreSQL.

PostgreSQL comes from ``TEST_DATABASE_URL`` (``.ci/run`` starts a throwaway server and sets
it); without it, a throwaway cluster is started here when PostgreSQL's binaries are installed
and the tests do not run as root. Otherwise only the PostgreSQL cases are skipped, saying why.
A ``TEST_DATABASE_URL`` that does not answer fails the run instead: CI must not skip silently.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


@contextlib.contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Start a private PostgreSQL on a unix socket in a temp dir; yield its URL; stop it."""
    binaries = _binaries()
    if binaries is None:
        raise RuntimeError(
            "PostgreSQL is not installed (no pg_ctl; Debian: apt-get install postgresql)"
        )
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        raise RuntimeError(
            "PostgreSQL refuses to run as root; set TEST_DATABASE_URL (.ci/run does)"
        )
    folder = Path(tempfile.mkdtemp(prefix="rivalry-pg-"))
    data = folder / "data"
    try:
        subprocess.run(
            [binaries / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync"],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                binaries / "pg_ctl",
                "-D",
                data,
                "-l",
                folder / "log",
                "-w",
                "start",
                "-o",
                f"-k {folder} -c listen_addresses='' -c fsync=off",
            ],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"could not start a local PostgreSQL: {error}") from error
    try:
        yield f"postgresql+asyncpg://postgres@/postgres?host={folder}"
    finally:
        subprocess.run(
            [binaries / "pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(folder, ignore_errors=True)
