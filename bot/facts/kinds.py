"""The kinds of fact the store holds: one row per knowledge file, the only list of them."""

from __future__ import annotations

from dataclasses import dataclass

from bot.facts.models import (
    LexiconWord,
    Meet,
    Person,
    PublishedTally,
    Quote,
    Race,
    Rivalry,
    Series,
    Source,
    TimelineEvent,
)


@dataclass(frozen=True)
class FactKind:
    """One kind of record: the file it lives in, its model, and its name in the export."""

    key: str  # the store's keyword and the export's key: "races"
    file: str  # the file in knowledge/: "races.yaml"
    model: type  # the record type each item of the file is validated as


KINDS: tuple[FactKind, ...] = (
    FactKind("sources", "sources.yaml", Source),
    FactKind("athletes", "athletes.yaml", Person),
    FactKind("meets", "meets.yaml", Meet),
    FactKind("races", "races.yaml", Race),
    FactKind("quotes", "quotes.yaml", Quote),
    FactKind("timeline", "timeline.yaml", TimelineEvent),
    FactKind("series", "series.yaml", Series),
    FactKind("rivalries", "rivalries.yaml", Rivalry),
    FactKind("lexicon", "lexicon.yaml", LexiconWord),
    FactKind("tallies", "tallies.yaml", PublishedTally),
)
FILE_OF: dict[str, str] = {kind.key: kind.file for kind in KINDS}
