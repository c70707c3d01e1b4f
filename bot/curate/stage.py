"""A change to ``knowledge/``: new file texts, checked as a whole store, shown, then written.

Nothing is written until the changed store passes the store's check in a scratch copy; then
every changed file is written beside itself and renamed over it, so a reader sees each file
either as it was or as it will be. A file edited by someone else meanwhile stops the write.
"""

from __future__ import annotations

import difflib
import gc
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.facts import FactStore, KnowledgeError, load_store
from bot.facts.evidence import check_evidence
from bot.facts.kinds import FILE_OF


class ChangeRefused(Exception):
    """The change cannot be written: the message says why, in one line (or a few problems)."""


@dataclass
class Change:
    """The texts of the knowledge files a curation command changes."""

    directory: Path
    original: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)

    def text(self, kind: str) -> str:
        """The current text of the file of ``kind`` ("races"), with this change's edits."""
        name = FILE_OF[kind]
        if name not in self.texts:
            content = (self.directory / name).read_text(encoding="utf-8")
            self.original[name] = content
            self.texts[name] = content
        return self.texts[name]

    def set(self, kind: str, text: str) -> None:
        """Replace the text of the file of ``kind`` in this change."""
        self.text(kind)
        self.texts[FILE_OF[kind]] = text

    @property
    def changed(self) -> list[str]:
        """The files this change alters, in a stable order."""
        return sorted(n for n, t in self.texts.items() if t != self.original[n])

    def diff(self) -> str:
        """The change as a unified diff of ``knowledge/``."""
        out: list[str] = []
        for name in self.changed:
            out.extend(
                difflib.unified_diff(
                    self.original[name].splitlines(keepends=True),
                    self.texts[name].splitlines(keepends=True),
                    f"a/knowledge/{name}",
                    f"b/knowledge/{name}",
                    n=2,
                )
            )
        return "".join(out)

    def check(self) -> FactStore:
        """The store as it will be, loaded and checked in a scratch copy; or refuse."""
        with tempfile.TemporaryDirectory(prefix="rivalry-add-") as scratch:
            copy = Path(scratch) / "knowledge"
            shutil.copytree(self.directory, copy, ignore=shutil.ignore_patterns(".*"))
            for name, text in self.texts.items():
                (copy / name).write_text(text, encoding="utf-8")
            return proven_store(copy)

    def write(self) -> list[str]:
        """Write every changed file (each renamed over the old one); the files written."""
        names = self.changed
        for name in names:
            now = (self.directory / name).read_text(encoding="utf-8")
            if now != self.original[name]:
                raise ChangeRefused(
                    f"knowledge/{name} changed while this was prepared: run it again"
                )
        staged: list[tuple[Path, Path]] = []
        try:
            for name in names:
                target = self.directory / name
                fd, scratch = tempfile.mkstemp(prefix=f".{name}.", dir=self.directory)
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(self.texts[name])
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(scratch, (target.stat().st_mode & 0o777) if target.exists() else 0o644)
                staged.append((Path(scratch), target))
        except OSError:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)
            raise
        for tmp, target in staged:
            os.replace(tmp, target)
        return names


def proven_store(directory: Path) -> FactStore:
    """The store of ``directory`` validated and proven as ``bot check`` does; or refuse."""
    try:
        store = load_quickly(directory, cache_dir=None, reparse=True)
        unproven = check_evidence(store)
        if unproven:
            raise KnowledgeError(unproven)
        return store
    except KnowledgeError as error:
        raise ChangeRefused(
            f"the store would not pass check ({len(error.problems)} problem(s)):\n"
            + error.report(10)
        ) from None


def load_quickly(directory: Path, **options: Any) -> FactStore:
    """``load_store``, with what the process holds already set aside from its collections.

    The loader collects garbage after each file; each collection walks every object alive,
    so with a store already loaded (the one before the change, a test's) it took 0.6 s of 1.8.
    """
    gc.freeze()
    try:
        return load_store(directory, **options)
    finally:
        gc.unfreeze()
