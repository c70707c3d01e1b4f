"""Truth audit: every answer, for every pair that raced and every meet, says only what its
records say.

Each answer is rendered both ways (console text and Discord embeds) and every printed time,
place, margin, quote and entry is checked against the store records the answer cites. A time
printed anywhere must be a time (or the words) of a record the answer shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import discord
import pytest

from bot.answers.common import Reply, race_run_by
from bot.answers.meetings import decide, places_given
from bot.answers.next_race import (
    NextRaceAnswer,
    NextRaceQuery,
    known_entries,
    meet_page,
    next_race,
)
from bot.answers.results import ResultsAnswer, ResultsQuery, meet_results
from bot.facts.models import Race, ResultRow
from bot.facts.store import FactStore
from bot.features.about.answer import about
from bot.features.athlete.answer import ProfileAnswer, profile
from bot.features.h2h.answer import H2HAnswer, H2HQuery, head_to_head
from bot.features.quote.answer import QuoteAnswer, QuoteQuery, find_quote, quote_at
from bot.features.timeline.answer import TimelineAnswer, TimelineQuery, timeline
from bot.render import format as fmt
from bot.render.embeds import render_embeds
from bot.render.text import render_text

from .conftest import NOW

MARK = re.compile(r"(?<![\d:.])\d{1,2}:\d{2}\.\d{2}(?!\d)")
MARGIN = re.compile(r"\bby (\d+\.\d{2}) s\b")
# the words an entry of each kind must be printed with, and words none may use
ENTRY_WORDS = {"plan": "planned to run", "withdrawal": "withdrew", "confirmed": "entry confirmed"}


def embed_text(embed: discord.Embed) -> str:
    """Everything an embed shows, as one string."""
    parts = [embed.title or "", embed.description or "", embed.footer.text or ""]
    for field in embed.fields:
        parts += [field.name or "", field.value or ""]
    # embeds escape Markdown in stored words ("\\[and\\]"): compare the words a reader sees
    return re.sub(r"\\([\\*_~`|>\[\]()#-])", r"\1", "\n".join(parts))


def both_ways(reply: Reply) -> list[str]:
    """The reply as console text, and each of its embed pages."""
    return [render_text(reply), *(embed_text(page) for page in render_embeds(reply))]


def marks_in(texts: Iterable[str | None]) -> set[str]:
    """The m:ss.hh marks written in record text (times, notes, summaries)."""
    return {m for text in texts if text for m in MARK.findall(text)}


def row_of(race: Race, athlete: str) -> ResultRow:
    return next(r for r in race.results if r.athlete == athlete)


def pairs_that_raced(store: FactStore) -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for race in store.races.values():
        ids = sorted({row.athlete for row in race.results})
        pairs.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])
    return sorted(pairs)


def record_texts(race: Race) -> list[str | None]:
    return [race.note, *(r.time for r in race.results), *(r.note for r in race.results)]


# ---------------------------------------------------------------------------------- /h2h
def test_every_head_to_head(store: FactStore) -> None:
    pairs = pairs_that_raced(store)
    assert len(pairs) > 300
    for a, b in pairs:
        answer = head_to_head(store, H2HQuery(athlete=a, opponent=b), now=NOW)
        assert isinstance(answer, H2HAnswer)
        allowed: set[str] = set()
        margins: set[str] = set()
        for m in answer.meetings:
            race = store.races[m.race_id]
            assert race_run_by(store, race, NOW)
            ra, rb = row_of(race, a), row_of(race, b)
            for line, row in ((m.athlete, ra), (m.opponent, rb)):
                assert (line.place, line.time, line.status) == (row.place, row.time, row.status)
                assert line.source.id == (row.source or race.source)
            assert (m.winner, m.decided_by) == decide(ra, rb, places_given(race)), race.id
            if ra.seconds is not None and rb.seconds is not None:
                assert m.margin == round(abs(ra.seconds - rb.seconds), 2)
                margins.add(f"{m.margin:.2f}")
            else:
                assert m.margin is None
            allowed |= marks_in(record_texts(race))
        counted = [m.winner for m in answer.meetings]
        assert answer.tally.athlete == counted.count("athlete")
        assert answer.tally.opponent == counted.count("opponent")
        assert answer.tally.no_result == counted.count(None)
        for text in both_ways(answer):
            assert set(MARK.findall(text)) <= allowed, (a, b, set(MARK.findall(text)) - allowed)
            assert set(MARGIN.findall(text)) <= margins, (a, b)
        text = render_text(answer)
        for m in answer.meetings:
            race = store.races[m.race_id]
            for athlete in (a, b):
                row = row_of(race, athlete)
                assert fmt.result(row.place, row.time, row.status) in text, (race.id, athlete)


# ------------------------------------------------------------------------------ /results
def test_every_race_result(store: FactStore) -> None:
    shown = 0
    for meet in store.meets.values():
        for race in store.races_by_meet.get(meet.id, ()):
            query = ResultsQuery(meet=meet.id, event=race.event, round=race.round)
            answer = meet_results(store, query, now=NOW)
            assert isinstance(answer, ResultsAnswer)
            record = store.races[answer.race.id]
            assert (record.meet, record.event, record.round) == (meet.id, race.event, race.round)
            assert answer.source.id == record.source
            for line, row in zip(answer.rows, record.results, strict=True):
                assert (line.athlete.id, line.place) == (row.athlete, row.place)
                assert (line.time, line.status, line.note) == (row.time, row.status, row.note)
                assert (line.source.id if line.source else None) == row.source
            allowed = marks_in(record_texts(record))
            for text in both_ways(answer):
                assert set(MARK.findall(text)) <= allowed, record.id
                for row in record.results:
                    assert row.note is None or row.note in text, (record.id, row.athlete)
            shown += 1
    assert shown == len(store.races)


# -------------------------------------------------------------------------- /next-race
@pytest.mark.parametrize("days_before", [None, 10, 400])
def test_every_meet_and_its_entries(store: FactStore, days_before: int | None) -> None:
    import datetime as dt

    for meet in store.meets.values():
        now = NOW
        if days_before is not None:
            start = meet.start_date or dt.date(meet.year, 1, 1)
            now = dt.datetime.combine(start, dt.time(12), tzinfo=dt.UTC)
            now -= dt.timedelta(days=days_before)
        answer = next_race(store, NextRaceQuery(meet=meet.id), now)
        assert isinstance(answer, NextRaceAnswer)
        if meet_page(store, meet, now) is None:
            # no page had named the meet by then: nothing of it is shown
            assert answer.meet is None, meet.id
            continue
        assert answer.meet
        known = known_entries(store, meet, now)
        assert [(e.athlete.id, e.kind, e.reported, e.source.id) for e in answer.meet.entries] == [
            (e.athlete, e.kind, e.reported, e.source) for e in known
        ]
        for text in both_ways(answer):
            assert "Announced" not in text
            for kind, words in ENTRY_WORDS.items():
                count = sum(1 for e in known if e.kind == kind)
                assert text.count(words) == count, (meet.id, kind)
            for entry in known:
                if entry.reported:
                    assert fmt.partial_date(entry.reported) in text


def test_every_athletes_next_meet_has_him(store: FactStore) -> None:
    import datetime as dt

    clocks = [dt.datetime(y, m, 1, 12, tzinfo=dt.UTC) for y in range(2023, 2027) for m in (3, 9)]
    for pid in store.races_by_athlete:
        for now in clocks:
            answer = next_race(store, NextRaceQuery(athlete=pid), now)
            if answer.athlete_not_entered or answer.meet is None:
                continue
            meet = store.meets[answer.meet.id]
            raced = any(r.meet == meet.id for r in store.races_by_athlete[pid])
            his = [e for e in known_entries(store, meet, now) if e.athlete == pid]
            assert raced or (his and his[-1].kind != "withdrawal"), (pid, meet.id, now)


# ------------------------------------------------------------------------------ /quote
def test_every_quote_word_for_word(store: FactStore) -> None:
    seen: set[str] = set()
    for speaker in store.quotes_by_speaker:
        answer = find_quote(store, QuoteQuery(speaker=speaker), now=NOW)
        assert isinstance(answer, QuoteAnswer)
        for position in range(len(answer.order)):
            moved = quote_at(store, answer, position)
            stored = store.quotes[moved.quote.id]
            assert stored.speaker == speaker and moved.quote.source.id == stored.source
            for text in both_ways(moved):
                assert stored.text in text, stored.id
                # nothing between quotation marks that the record does not hold
                for quoted in re.findall(r"“(.+?)”", text, flags=re.S):
                    assert quoted == stored.text or quoted in (moved.topic or ""), stored.id
            seen.add(stored.id)
    assert seen == set(store.quotes)


# ----------------------------------------------------------------------------- /athlete
def test_every_profile(store: FactStore) -> None:
    for person in store.people.values():
        answer = profile(store, person.id, now=NOW)
        assert isinstance(answer, ProfileAnswer)
        stored = {n.text: n.source for n in person.notable}
        assert all(stored[n.text] == n.source.id for n in answer.notable)
        races = [r for r in store.races_by_athlete.get(person.id, ()) if race_run_by(store, r, NOW)]
        allowed = marks_in(n.text for n in person.notable)
        for mark in answer.best:
            rows = [
                (row_of(r, person.id), r)
                for r in races
                if r.event == mark.event and row_of(r, person.id).status == "finished"
            ]
            timed = [(row, r) for row, r in rows if row.seconds is not None]
            row, race = min(timed, key=lambda pair: pair[0].seconds or 0.0)
            assert mark.time == row.time and mark.source.id == (row.source or race.source)
            allowed.add(mark.time)
        if answer.latest:
            race = races[-1]
            row = row_of(race, person.id)
            assert (answer.latest.place, answer.latest.time) == (row.place, row.time)
            allowed |= {row.time} if row.time else set()
        for text in both_ways(answer):
            assert set(MARK.findall(text)) <= allowed, (person.id, set(MARK.findall(text)))


# ---------------------------------------------------------------------------- /timeline
def test_every_timeline(store: FactStore) -> None:
    people = sorted({a for e in store.timeline for a in e.athletes})
    queries = [TimelineQuery(), *(TimelineQuery(athletes=[p]) for p in people)]
    queries += [TimelineQuery(athletes=list(pair)) for pair in pairs_that_raced(store)[:60]]
    events = {e.id: e for e in store.timeline}
    for query in queries:
        answer = timeline(store, query, now=NOW)
        assert isinstance(answer, TimelineAnswer)
        allowed: set[str] = set()
        for item in answer.items:
            event = events[item.id]
            assert (item.title, item.summary, item.source.id) == (
                event.title,
                event.summary,
                event.source,
            )
            assert set(query.athletes) <= set(event.athletes)
            allowed |= marks_in([event.title, event.summary])
        for text in both_ways(answer):
            assert set(MARK.findall(text)) <= allowed, query


def test_about(store: FactStore) -> None:
    answer = about(store, "https://example.org/issues")
    assert answer.counts == store.counts()
    earliest = min(store.races.values(), key=store.race_key)
    assert (answer.first_race, answer.first_year) == (
        earliest.date,
        store.meets[earliest.meet].year,
    )
    for text in both_ways(answer):
        assert fmt.day(answer.first_race, answer.first_year) in text
