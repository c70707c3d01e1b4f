"""The knowledge a bot serves: the fact store and its resolver, loaded together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.facts import FactStore, KnowledgeError, load_store
from bot.resolve import Resolver
from bot.settings import Settings


@dataclass(frozen=True)
class Knowledge:
    """A validated store and the name resolution built over it."""

    store: FactStore
    resolver: Resolver

    @classmethod
    def of(cls, store: FactStore) -> Knowledge:
        """Index an already loaded store."""
        return cls(store, Resolver(store))


def load_knowledge(settings: Settings, *, reparse: bool = False) -> Knowledge:
    """Load, validate and index ``settings.knowledge_dir``; raise :class:`KnowledgeError`.

    ``reparse`` reads the YAML even when the store cache holds these files (``check`` does).
    """
    store = load_store(settings.knowledge_dir, cache_dir=settings.cache_dir, reparse=reparse)
    return Knowledge.of(store)


def summary(store: FactStore) -> str:
    """The store's counts in words, for logs: "68 races, 120 quotes, …; facts as of …"."""
    counts = ", ".join(f"{count} {kind}" for kind, count in store.counts().items())
    return f"{counts}; facts as of {store.facts_as_of}"


def describe(error: KnowledgeError, directory: Path, limit: int = 50) -> str:
    """How every surface reports invalid knowledge: where, how many problems, and which."""
    count = len(error.problems)
    return f"knowledge in {directory} is invalid ({count} problem(s)):\n{error.report(limit)}"
