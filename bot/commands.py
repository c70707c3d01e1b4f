"""Every command, discovered: each package under ``bot/features`` is one command.

Importing this module imports every feature package and files its ``FEATURE`` in
:mod:`bot.registry`; Discord, the console and ``ask`` then read :data:`COMMANDS`. A new
command is a new package: nothing here lists them.
"""

from __future__ import annotations

import importlib
import pkgutil

import bot.features
from bot.registry import COMMANDS, FEATURES, Context, Feature, register

__all__ = ["COMMANDS", "FEATURES", "Context", "discover"]


def discover() -> dict[str, Feature]:
    """Import every feature package not yet filed and register its ``FEATURE``."""
    for info in pkgutil.iter_modules(bot.features.__path__, f"{bot.features.__name__}."):
        module = importlib.import_module(info.name)
        feature = getattr(module, "FEATURE", None)
        if not isinstance(feature, Feature):
            raise TypeError(f"{info.name} declares no FEATURE")
        if FEATURES.get(feature.command.name) is not feature:
            register(feature)
    return FEATURES


discover()
