"""``python -m bot check`` proves every fact against the evidence it carries.

The store is checked against its own evidence strings (the product never sees the source pack);
one test, skipped where ``../shared`` is absent, checks those strings are the pages' own words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from bot.facts import FactStore
from bot.facts.evidence import check_evidence
from bot.facts.models import (
    Meet,
    Person,
    Quote,
    Race,
    ResultRow,
    ScheduledEvent,
    Source,
    TimelineEvent,
)
from bot.facts.proof import (
    place_or_order_stated,
    quote_missing,
    time_printed,
)
from bot.facts.proof_dates import clock_printed, date_printed

PACK = Path(__file__).resolve().parents[1].parent / "shared" / "sources"

ROW = ResultRow(
    place=1,
    athlete="josh-kerr",
    time="3:29.38",
    evidence="Josh Kerr surged past Jakob Ingebrigtsen to win gold in 3:29.38",
)
QUOTE = Quote(
    id="kerr-words",
    speaker="josh-kerr",
    said_on="2023-08-23",
    text="I just couldn’t be happier",
    context="after the final",
    source="report",
    evidence="“I just couldn't be happier,” Kerr said on 23 August 2023.",
)


def _store(**changes: Any) -> FactStore:
    """A one-race store whose every fact is proven; ``changes`` replace parts of it."""
    race = Race(
        id="final",
        meet="worlds",
        event="1500m",
        round="final",
        date=dt.date(2023, 8, 23),
        source="report",
        evidence="the 1500m final on Wednesday, August 23, 2023",
        results=(changes.pop("row", ROW),),
    )
    meet = Meet(
        id="worlds",
        name="World Championships Budapest 2023",
        city="Budapest",
        country="Hungary",
        timezone="Europe/Budapest",
        year=2023,
        start_date=dt.date(2023, 8, 19),
        end_date=dt.date(2023, 8, 27),
        status="completed",
        source="report",
        evidence="from 19 to 27 August in Budapest",
        events=(
            ScheduledEvent(
                event="1500m",
                date=dt.date(2023, 8, 23),
                local_time=dt.time(21, 16),
                source="report",
                evidence="the final, Aug. 23 at 9:16pm",
            ),
        ),
    )
    sources = [
        changes.pop("source", Source(id="report", published="2023-08-24")),
    ]
    return FactStore(
        sources=sources,
        athletes=[Person(id="josh-kerr", name="Josh Kerr", source="report")],
        meets=[changes.pop("meet", meet)],
        races=[changes.pop("race", race)],
        quotes=[changes.pop("quote", QUOTE)],
        timeline=[
            changes.pop(
                "event",
                TimelineEvent(
                    id="gold",
                    date="2023-08",
                    title="Kerr wins",
                    summary="Kerr won.",
                    source="report",
                    evidence="Kerr won the world title in August",
                ),
            )
        ],
    )


def _problems(**changes: Any) -> list[str]:
    return [str(p) for p in check_evidence(_store(**changes))]


def test_a_proven_store_has_no_problem() -> None:
    assert _problems() == []


def test_a_quote_with_one_word_changed_is_located() -> None:
    changed = dataclasses.replace(QUOTE, text="I just couldn’t be prouder")
    assert _problems(quote=changed) == [
        'quotes.yaml [kerr-words] text: the evidence does not print "I just couldn\'t be prouder"'
    ]


def test_only_typography_is_forgiven_in_a_quote() -> None:
    assert (
        quote_missing("It’s a race – not a fight", 'he said: "It\'s a race - not  a fight"') is None
    )
    assert quote_missing("It's a race", "it's a race") == "It's a race"  # case is the speaker's


def test_a_time_the_evidence_does_not_print() -> None:
    wrong = dataclasses.replace(ROW, time="3:29.28")
    assert _problems(row=wrong) == [
        "races.yaml [final] results.0.time: the evidence does not print 3:29.28"
    ]


def test_a_fact_without_evidence_is_located() -> None:
    bare = dataclasses.replace(ROW, evidence=None)
    assert _problems(row=bare) == [
        "races.yaml [final] results.0.evidence: no evidence (the words of its source that prove it)"
    ]


def test_a_wrong_place() -> None:
    row = dataclasses.replace(ROW, place=3, evidence="Kerr finished 9th in 3:29.38")
    assert _problems(row=row) == [
        "races.yaml [final] results.0.place: the evidence does not state place 3"
    ]


def test_a_date_neither_printed_nor_the_sources() -> None:
    event = TimelineEvent(
        id="gold",
        date="2023-08-22",
        title="t",
        summary="s",
        source="report",
        evidence="Kerr won the world title on Wednesday",
    )
    assert _problems(event=event) == [
        "timeline.yaml [gold] date: 2023-08-22 is neither in the evidence nor its source's date"
    ]


def test_an_undated_source_and_a_derived_date_without_reasoning() -> None:
    undated = _problems(source=Source(id="report"))
    assert "sources.yaml [report] published: no date (published, or known-by)" in undated
    derived = Source(id="report", published="2023-08-24", published_derived=True)
    assert _problems(source=derived) == [
        "sources.yaml [report] note: a derived date needs its reasoning"
    ]


def test_a_start_time_not_printed() -> None:
    meet = _store().meets["worlds"]
    late = dataclasses.replace(meet.events[0], local_time=dt.time(21, 15))
    assert _problems(meet=dataclasses.replace(meet, events=(late,))) == [
        "meets.yaml [worlds] events.0.local_time: the evidence does not print 21:15"
    ]


@pytest.mark.parametrize(
    ("mark", "printed"),
    [
        ("3:29.38", "3:29.38"),
        ("3:29.38", "3.29,38"),
        ("3:52.28", "3 minutes, 52.28 seconds"),
        ("3:29.97", "three minutes and 29.97 seconds"),
        ("13:13.66", "13.13,66 minutos"),
    ],
)
def test_times_in_their_printed_forms(mark: str, printed: str) -> None:
    assert time_printed(mark, f"in {printed} he won")
    assert not time_printed(mark, "in 3:29.39 he won")


@pytest.mark.parametrize(
    ("place", "printed"),
    [
        (9, "finished 9th"),
        (8, "Det ga i stedet en åttendeplass."),
        (10, "ble bare nummer ti"),
        (1, "1Jakob IngebrigtsenNorwegen NOR3:36,27"),
        (7, "3:36.29 (7 h1)"),
        (3, "Hocker passed Kerr to claim third place"),
        (3, "ahead of Ayanleh Souleiman (3:30.79)"),  # the order a report lists
    ],
)
def test_places_in_their_printed_forms(place: int, printed: str) -> None:
    assert place_or_order_stated(place, printed)


def test_a_place_neither_stated_nor_ordered() -> None:
    assert not place_or_order_stated(3, "he was fourth in 3:37.02")
    assert not place_or_order_stated(2, "Kipsang clocking 3:29.93")


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        ("2024-08-06", "August 06, 2024"),
        ("2024-08-06", "6. august 2024"),
        ("2024-08-06", "06.08.2024"),
        ("2017-08-13", "on August 10, 11 and 13, 2017"),
        ("2026-09-04", "am 4. und 5. September 2026"),
        ("2025-07", "in July 2025"),
    ],
)
def test_dates_in_their_printed_forms(value: str, printed: str) -> None:
    assert date_printed(value, printed)
    assert not date_printed("2024-08-07", printed)


def test_the_sources_own_date_proves_a_date_it_starts_with() -> None:
    assert date_printed("2024-08", "no date here", "2024-08-07")
    assert not date_printed("2024-08-06", "no date here", "2024-08-07")


def test_start_times() -> None:
    assert clock_printed(dt.time(20, 50), "At 8:50 p.m. local time Tuesday")
    assert clock_printed(dt.time(21, 16), "for the 9:16pm start")
    assert not clock_printed(dt.time(21, 16), "for the 9:15pm start")


def test_the_shipped_store_is_proven(store: FactStore) -> None:
    assert [str(p) for p in check_evidence(store)] == []


def _pack_texts() -> dict[str, str]:
    """Each pack source's words: its excerpts, seed file and the excerpts of its other ids."""
    pack = json.loads((PACK / "pack.json").read_text(encoding="utf-8"))
    by_url: dict[str, list[str]] = {}
    own: dict[str, list[str]] = {}
    for source in pack["sources"]:
        texts = list(source.get("excerpts") or [])
        if source.get("seed_file"):
            texts.append((PACK / "seeds" / source["seed_file"]).read_text(encoding="utf-8"))
        own[source["id"]] = texts
        if source.get("url"):
            by_url.setdefault(source["url"], []).extend(texts)
    return {
        s["id"]: "\n".join(by_url[s["url"]] if s.get("url") else own[s["id"]])
        for s in pack["sources"]
    }


def _evidence(store: FactStore) -> list[tuple[str, str, str]]:
    """(record, source, evidence) for every fact that carries evidence."""
    out = []
    for person in store.people.values():
        out += [(person.id, n.source, n.evidence) for n in person.notable if n.evidence]
    for meet in store.meets.values():
        parts = (meet, *meet.events, *meet.entries)
        out += [(meet.id, p.source, p.evidence) for p in parts if p.evidence]
    for race in store.races.values():
        out += [(race.id, race.source, race.evidence)] if race.evidence else []
        out += [(race.id, r.source or race.source, r.evidence) for r in race.results if r.evidence]
    for item in (*store.quotes.values(), *store.timeline):
        out += [(item.id, item.source, item.evidence)] if item.evidence else []
    out += [(word.id, word.source, word.evidence) for word in store.lexicon]  # words as printed
    return out


@pytest.mark.skipif(not (PACK / "pack.json").exists(), reason="needs ../shared/sources")
def test_every_evidence_is_verbatim_in_its_source(store: FactStore) -> None:
    texts = _pack_texts()
    missing = []
    for record, source, evidence in _evidence(store):
        # an evidence may join two clauses of its page with " … "
        for piece in evidence.split(" … "):
            if re.sub(r"\s+", " ", piece) not in re.sub(r"\s+", " ", texts.get(source, "")):
                missing.append(f"{record} ({source}): {piece[:60]!r}")
    assert missing == []
