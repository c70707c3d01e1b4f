"""Discord's side of the languages: command names in the viewer's language, and who sees what.

Slash-command names, option names, descriptions and choices are English in the code; this
translator gives Discord their Norwegian names at sync (``name_localizations``). Answers are
written in the language of the person who sees them: ``interaction.locale``.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from bot.i18n import ENGLISH, LANGUAGES, Language, language


class CatalogTranslator(app_commands.Translator):
    """Looks command strings up in the catalogs, by where they appear (name, description …)."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        """The catalog's text for ``locale``, or None to let Discord show the English."""
        lang = language(locale.value)
        if lang.english:
            return None
        return lang.translated(string.message, context.location.name)


def viewer_language(interaction: discord.Interaction[Any]) -> Language:
    """The language of whoever is looking at this interaction (English when unsupported)."""
    return language(interaction.locale.value)


def server_language(guild: discord.Guild | None) -> Language:
    """The language of a post made for a whole server: its community language.

    Reminders, results posts, server events and answers to a mention are read by everyone there;
    in DMs Discord gives no locale, so English.
    """
    return language(guild.preferred_locale.value) if guild is not None else ENGLISH


def supported_locales() -> list[discord.Locale]:
    """The Discord locales with a language of their own."""
    return [discord.Locale(tag) for lang in LANGUAGES for tag in lang.discord]
