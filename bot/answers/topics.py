"""What a speaker talks about: the topics of their quotes (/quote, /ask's examples)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bot.facts.models import Quote
from bot.facts.store import FactStore


def known_topics(
    store: FactStore, speaker: str, quotes: Sequence[Quote] | None = None, limit: int = 12
) -> list[str]:
    """The speaker's most used topics and the people they talk about.

    ``quotes`` limits them to those quotes (the ones said by the clock's now).
    """
    counts: Counter[str] = Counter()
    chosen = store.quotes_by_speaker.get(speaker, ()) if quotes is None else quotes
    for quote in chosen:
        counts.update(quote.topics)
        counts.update(store.people[a].name.split()[-1] for a in quote.about)
    return [topic for topic, _ in counts.most_common(limit)]
