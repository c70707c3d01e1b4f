"""The commands, one package each: declaration, answer, layouts, /ask reading, chart.

Each package exposes ``FEATURE`` (a :class:`bot.registry.Feature`); :mod:`bot.commands` finds
them. A feature imports the shared layers below it (facts, resolve, lookup, the render kit,
the /ask machinery, phrases), never another feature (an import-linter contract).
"""
