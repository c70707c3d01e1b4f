"""Packaging hook: the fact store ships inside the wheel, found after any install.

``knowledge/`` stays at the top of the repository, where curators edit it; a build copies its
files into the package as ``bot/knowledge_files/`` (``bot.settings`` looks there when the
repository's own folder is not beside the package). Everything else is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

STORE = Path(__file__).resolve().parent / "knowledge"
PACKAGED = Path("bot") / "knowledge_files"


class BuildWithStore(build_py):
    """``build_py`` that also copies ``knowledge/*.yaml`` into the built package."""

    def run(self) -> None:
        """Build the package afresh, then add the store beside its modules."""
        if not self.editable_mode:
            # pip builds in the source tree and setuptools never empties build/lib: a module
            # deleted since the last build would otherwise still ship in the wheel
            shutil.rmtree(Path(self.build_lib) / "bot", ignore_errors=True)
        super().run()
        if self.editable_mode:  # an editable install reads knowledge/ in place
            return
        target = Path(self.build_lib) / PACKAGED
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted(STORE.glob("*.yaml")):
            shutil.copyfile(path, target / path.name)


setup(cmdclass={"build_py": BuildWithStore})
