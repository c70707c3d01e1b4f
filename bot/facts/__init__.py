"""The curated fact store: models, loader and in-memory indexes."""

from bot.facts.load import load_store
from bot.facts.problems import KnowledgeError, Problem
from bot.facts.store import FactStore, settle

__all__ = ["FactStore", "KnowledgeError", "Problem", "load_store", "settle"]
