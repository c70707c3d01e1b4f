"""/quote declared: who said it, and an optional topic (a person, a tag or a word)."""

from __future__ import annotations

import re

from bot.answers.common import Refusal, Reply
from bot.features.quote.answer import QuoteQuery, find_quote
from bot.features.quote.moments import moment_of
from bot.lookup import notes_of, resolve_athlete, speakers
from bot.normalise import normalise
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
    # a meet's id in the topic (/ask's "after the Paris final") is its moment, shown by name
    moment, subject = moment_of(ctx.store, topic or "")
    topic_athlete = None
    person = ctx.store.people.get(subject) if subject else None
    if person is not None:  # an id (autocomplete, /ask): shown as the person's name
        topic_athlete, subject = person.id, person.name
    elif subject and words_of(subject):
        # exact names only: a topic such as "Paris" is a word to search for, not a typo to fix
        topic_athlete = ctx.resolver.athlete_named(words_of(subject))
        if topic_athlete is not None:  # the words are a name: said as that person's name
            subject = ctx.store.people[topic_athlete].name
    # shown by the meet's name, less the words of it typed ("tokyo final": "… Tokyo 2025 final")
    names = [ctx.store.meets[m].name for m in moment]
    said = set(normalise(" ".join(names)).split())
    rest = [w for w in subject.split() if normalise(w) not in said]
    shown = " ".join([*names, *rest]) or None
    query = QuoteQuery(
        speaker=speaker.id,
        topic=shown,
        topic_athlete=topic_athlete,
        moment=moment,
        words=subject if moment else None,
        seed=ctx.seed,
    )
    return find_quote(ctx.store, query, notes_of(speaker), now=ctx.now)
