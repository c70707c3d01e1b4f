"""One gettext catalog per language, compiled from its .po file when first used.

The catalogs live beside the code (``bot/locale/<lang>/LC_MESSAGES/rivalry.po``) and ship in
the package; they are compiled in memory with Babel, so no build step and no .mo file in git.
English is the language of the source text: it needs no catalog, and any phrase a catalog
lacks falls back to it.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from io import BytesIO

from babel import Locale
from babel.dates import format_skeleton
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

DOMAIN = "rivalry"


@cache
def read_catalog(code: str) -> Catalog | None:
    """The catalog of ``code`` as written in its .po file, or None when there is none."""
    path = resources.files("bot") / "locale" / code / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        return read_po(handle, locale=code, domain=DOMAIN)


@cache
def _translations(code: str) -> gettext.NullTranslations:
    catalog = read_catalog(code)
    if catalog is None:
        return gettext.NullTranslations()
    compiled = BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out, as msgfmt does
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


@dataclass(frozen=True)
class Language:
    """A language the bot answers in: its phrases, and its way of writing dates and numbers."""

    code: str  # the catalog's and Babel's name, e.g. "nb", "en_GB"
    discord: tuple[str, ...]  # the Discord locales served by it, e.g. ("no",)
    locale: Locale = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "locale", Locale.parse(self.code))

    @property
    def english(self) -> bool:
        """Whether the source text is already this language."""
        return self.locale.language == "en"

    def text(self, message: str, /, context: str | None = None, **values: object) -> str:
        """``message`` in this language (English when untranslated), with ``values`` filled in."""
        translations = _translations(self.code)
        found = (
            translations.pgettext(context, message) if context else translations.gettext(message)
        )
        return found.format(**values) if values else found

    def plural(self, singular: str, plural: str, count: int, /, **values: object) -> str:
        """The form for ``count`` in this language; ``{count}`` is written as a number."""
        found = _translations(self.code).ngettext(singular, plural, count)
        return found.format(count=self.number(count), **values)

    def translated(self, message: str, context: str | None = None) -> str | None:
        """The catalog's translation of ``message``, or None when it has none."""
        found = self.text(message, context)
        return None if found == message else found

    def date(self, day: dt.date, skeleton: str = "yMMMd") -> str:
        """A date the way this language writes it (a CLDR skeleton: yMMMd, yMMM, MMMd, y)."""
        return format_skeleton(skeleton, day, locale=self.locale)

    def number(self, value: float, decimals: int | None = None) -> str:
        """A number with this language's separators (``decimals`` fixed when given)."""
        if decimals is None:
            return format_decimal(value, locale=self.locale)
        pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
        return format_decimal(value, format=pattern, locale=self.locale)


ENGLISH = Language("en_GB", ("en-GB",))
LANGUAGES = (ENGLISH, Language("en_US", ("en-US",)), Language("nb", ("no",)))
_BY_DISCORD = {tag: lang for lang in LANGUAGES for tag in lang.discord}


def language(tag: str | None) -> Language:
    """The language for a Discord locale tag (``interaction.locale.value``); English otherwise."""
    return _BY_DISCORD.get(tag or "", ENGLISH)


# The language of whoever the bot is answering. It is set once where an interaction enters
# (the command tree, a button) and read where words are chosen (bot.phrases.say, dates):
# passing it down through every answer and wording helper would add a parameter to dozens of
# functions that otherwise know nothing about Discord. Each interaction runs in its own task,
# so one viewer's language never leaks into another's answer.
_SPEAKING: ContextVar[Language] = ContextVar("speaking", default=ENGLISH)


def speaking() -> Language:
    """The language the current answer is written in (English outside any interaction)."""
    return _SPEAKING.get()


def speak(lang: Language) -> None:
    """Answer in ``lang`` for the rest of the current task (an interaction's handler)."""
    _SPEAKING.set(lang)


@contextmanager
def speaking_in(lang: Language) -> Iterator[Language]:
    """Answer in ``lang`` inside the ``with`` block only."""
    token = _SPEAKING.set(lang)
    try:
        yield lang
    finally:
        _SPEAKING.reset(token)
