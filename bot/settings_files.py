"""Where settings come from on disk: the ``.env`` files read and the fact store's folder."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# a source checkout: the repository beside the package (absent after a non-editable install)
PROJECT = PACKAGE.parent
REPO_KNOWLEDGE = PROJECT / "knowledge"
# where a build copies knowledge/ inside the package (setup.py)
PACKAGED_KNOWLEDGE = PACKAGE / "knowledge_files"
ENV_FILE_VARIABLE = "ENV_FILE"


def is_checkout() -> bool:
    """True when the package runs from the repository (editable install or plain checkout)."""
    return (PROJECT / "pyproject.toml").is_file() and (PACKAGE / "__main__.py").is_file()


def default_knowledge_dir() -> Path:
    """The repository's ``knowledge/`` in a checkout (curators edit it), else the packaged copy."""
    if is_checkout() and REPO_KNOWLEDGE.is_dir():
        return REPO_KNOWLEDGE
    return PACKAGED_KNOWLEDGE


def env_files() -> tuple[Path, ...]:
    """The ``.env`` files to read, later ones winning; the environment wins over them all.

    ``ENV_FILE`` names the one file to read. Otherwise: the user's config folder
    (``~/.config/rivalry-bot/.env``), the project's folder in a checkout, and the working
    folder, so ``python -m bot`` finds the project's ``.env`` wherever it is started.
    """
    chosen = os.environ.get(ENV_FILE_VARIABLE, "").strip()
    if chosen:
        return (Path(chosen).expanduser(),)
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    files = [config / "rivalry-bot" / ".env"]
    if is_checkout():
        files.append(PROJECT / ".env")
    files.append(Path(".env"))
    # one file once, even when the working folder is the project's
    unique: list[Path] = []
    for path in files:
        if all(path.resolve() != seen.resolve() for seen in unique):
            unique.append(path)
    return tuple(unique)


def env_files_found() -> list[Path]:
    """The ``.env`` files that exist, as read (for ``doctor``)."""
    return [path for path in env_files() if path.is_file()]
