"""Renderers: answers to Discord embeds and to console text."""
