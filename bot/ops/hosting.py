"""Is the SQLite file somewhere the platform wipes? Follows and reminders would vanish there."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

# hosts whose own disk is reset at every deploy and restart, by the variable each one sets
PLATFORMS = {
    "DYNO": "Heroku",
    "RENDER": "Render",
    "RAILWAY_ENVIRONMENT": "Railway",
    "FLY_APP_NAME": "Fly.io",
    "K_SERVICE": "Cloud Run",
    "KOYEB_APP_NAME": "Koyeb",
}
TEMPORARY = ("/tmp", "/var/tmp", "/dev/shm")


def in_container() -> bool:
    """True inside Docker or Podman (each leaves a marker file at the root)."""
    return Path("/.dockerenv").exists() or Path("/run/.containerenv").exists()


def reset_folder(
    database: Path, environ: Mapping[str, str] | None = None, container: bool | None = None
) -> str | None:
    """Why ``database``'s folder is reset (who resets it, and when), or None if it lasts."""
    env = os.environ if environ is None else environ
    container = in_container() if container is None else container
    path = database.expanduser().absolute()
    temporary = {Path(t) for t in TEMPORARY} | {Path(tempfile.gettempdir())}
    if any(path.is_relative_to(t) for t in temporary):
        return "a temporary folder, emptied at restarts"
    volume = env.get("RAILWAY_VOLUME_MOUNT_PATH")
    if volume and path.is_relative_to(volume):
        return None
    platform = next((name for var, name in PLATFORMS.items() if env.get(var)), None)
    if on_volume(path):
        return None
    if platform:
        return f"the app's own disk, which {platform} resets at every deploy and restart"
    if container:
        return "the container's own disk, lost whenever the container is re-created"
    return None


def on_volume(path: Path) -> bool:
    """True when a folder between ``path`` and ``/`` is a mount point (a volume or disk)."""
    folder = path if path.is_dir() else path.parent
    for candidate in (folder, *folder.parents):
        if candidate == Path(candidate.anchor):
            return False
        if candidate.exists() and os.path.ismount(candidate):
            return True
    return False


def sqlite_warning(
    database: Path | None, environ: Mapping[str, str] | None = None, container: bool | None = None
) -> str | None:
    """The start-up warning for an SQLite file in a reset folder (None: nothing to say)."""
    if database is None:
        return None
    why = reset_folder(database, environ, container)
    if why is None:
        return None
    return (
        f"the SQLite database {database} is in {why}: follows and reminders will vanish. "
        "Set DATABASE_URL to a PostgreSQL database (or DATA_DIR to a persistent volume)."
    )
