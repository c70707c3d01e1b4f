"""The curated fact store: models, loader and in-memory indexes."""

from bot.facts.load import KnowledgeError, Problem, load_store
from bot.facts.store import FactStore, settle

__all__ = ["FactStore", "KnowledgeError", "Problem", "load_store", "settle"]
