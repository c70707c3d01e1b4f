"""/quote declared: who said it, and an optional topic (a person, a tag or a word)."""

from __future__ import annotations

import re

from bot.answers.common import Refusal, Reply
from bot.features.quote.answer import QuoteQuery, find_quote
from bot.lookup import notes_of, resolve_athlete, speakers
from bot.registry import Context, Option, command
from bot.typed import words_of

MAX_TOPIC = 100  # characters of a typed topic kept
_ABOUT = re.compile(r"^(?:about|om)\s+", re.IGNORECASE)


@command(
    "quote",
    "What an athlete said, with its source",
    athlete=Option("Who said it, e.g. Ingebrigtsen", complete=speakers),
    topic=Option("About whom or what, e.g. Kerr, blindfolded, weaknesses"),
)
def quote(ctx: Context, athlete: str, topic: str | None = None) -> Reply:
    """/quote: what an athlete said, optionally about someone or something."""
    speaker = resolve_athlete(ctx, athlete, roles=None)  # anyone quoted: a coach, an official
    if isinstance(speaker, Refusal):
        return speaker
    # the option is already "about": a typed "about kerr" ("om kerr") means kerr
    topic = _ABOUT.sub("", (topic or "").strip())[:MAX_TOPIC] or None
    topic_athlete = None
    person = ctx.store.people.get(topic) if topic else None
    if person is not None:  # an id (autocomplete, /ask): shown as the person's name
        topic_athlete, topic = person.id, person.name
    elif topic and words_of(topic):
        # exact names only: a topic such as "Paris" is a word to search for, not a typo to fix
        topic_athlete = ctx.resolver.athlete_named(words_of(topic))
        if topic_athlete is not None:  # the words are a name: said as that person's name
            topic = ctx.store.people[topic_athlete].name
    query = QuoteQuery(speaker=speaker.id, topic=topic, topic_athlete=topic_athlete, seed=ctx.seed)
    return find_quote(ctx.store, query, notes_of(speaker), now=ctx.now)
