"""Languages of the answers: gettext catalogs kept as .po files, dates and numbers by Babel."""

from bot.i18n.catalog import (
    ENGLISH,
    LANGUAGES,
    Language,
    language,
    speak,
    speaking,
    speaking_in,
)

__all__ = ["ENGLISH", "LANGUAGES", "Language", "language", "speak", "speaking", "speaking_in"]
