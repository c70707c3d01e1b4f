"""Pieces every answer shares: references to people, meets and sources, and refusals."""

from __future__ import annotations

import datetime as dt
import functools
from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from bot.facts.models import Person, Source
from bot.facts.store import FactStore


class Answer(BaseModel):
    """Base of every answer model: plain data, no Discord types."""

    model_config = ConfigDict(frozen=True)
    # a refusal ("not understood", "nothing fits") is shown only to the person who asked
    refusal: ClassVar[bool] = False


class PersonRef(Answer):
    """Who an answer is about."""

    id: str
    name: str
    country: str | None = None

    @classmethod
    def of(cls, person: Person) -> PersonRef:
        """Reference to a stored person."""
        return _person_ref(person.id, person.name, person.country)

    @property
    def label(self) -> str:
        """Name with country, e.g. "Josh Kerr (GBR)"."""
        return f"{self.name} ({self.country})" if self.country else self.name


class SourceRef(Answer):
    """Where a fact comes from, as shown to users."""

    id: str
    url: str | None = None
    publisher: str
    published: str | None = None
    title: str | None = None

    @classmethod
    def of(cls, source: Source) -> SourceRef:
        """Reference to a stored source."""
        return _source_ref(source)


class Problem(Answer):
    """A refusal: what was not understood, and what the user might have meant."""

    refusal: ClassVar[bool] = True
    kind: str = "problem"
    message: str
    suggestions: list[str] = []


# References are immutable and asked for on every answer: build each once per stored record.
@functools.lru_cache(maxsize=65536)
def _person_ref(person_id: str, name: str, country: str | None) -> PersonRef:
    return PersonRef(id=person_id, name=name, country=country)


@functools.lru_cache(maxsize=65536)
def _source_ref(source: Source) -> SourceRef:
    return SourceRef(
        id=source.id,
        url=source.url,
        publisher=source.publisher or "Unattributed article",
        published=source.published,
        title=source.title,
    )


def source_ref(store: FactStore, source_id: str) -> SourceRef:
    """The reference for a source id of the store."""
    return SourceRef.of(store.sources[source_id])


def unique_sources(refs: list[SourceRef]) -> list[SourceRef]:
    """Sources in first-seen order, each once."""
    seen: dict[str, SourceRef] = {}
    for ref in refs:
        seen.setdefault(ref.id, ref)
    return list(seen.values())


def local_today(now: dt.datetime) -> dt.date:
    """The UTC calendar day of an aware ``now``."""
    return now.astimezone(dt.UTC).date()
