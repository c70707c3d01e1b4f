"""Result rows print what their source prints: no event swapped for another, no worked-out field."""

from __future__ import annotations

import re

from bot import commands as cmd
from bot.answers.common import Refusal
from bot.answers.results import ResultsAnswer
from bot.render.text import render_text

# words an editor writes when a field was worked out rather than read from the source
WORKED_OUT = re.compile(r"inferred|derived|not explicit|worked out", re.IGNORECASE)


def test_an_event_the_meet_lacks_is_refused_not_swapped(ctx) -> None:
    answer = cmd.COMMANDS["results"].run(ctx(), "worlds 23", "5000m")
    assert isinstance(answer, Refusal)
    assert "5000m" in answer.message and "1500m" in answer.suggestions
    assert isinstance(cmd.COMMANDS["results"].run(ctx(), "worlds 23", "1500"), ResultsAnswer)


def test_a_place_the_source_does_not_state_is_not_printed(ctx) -> None:
    answer = cmd.COMMANDS["results"].run(ctx(), "tokyo 2025", None, "heat")
    assert isinstance(answer, ResultsAnswer)
    kerr = next(r for r in answer.rows if r.athlete.id == "josh-kerr")
    assert kerr.place is None and kerr.time == "3:35.98"
    assert "2nd Josh Kerr" not in render_text(answer)


def test_a_printed_time_is_shown_with_its_printing_source(ctx) -> None:
    answer = cmd.COMMANDS["results"].run(ctx(), "pre classic 2025")
    assert isinstance(answer, ResultsAnswer)
    nuguse = next(r for r in answer.rows if r.athlete.id == "yared-nuguse")
    assert nuguse.time == "3:45.95" and nuguse.source
    assert nuguse.source.publisher == "Marathon Handbook"
    assert nuguse.note and "left out" not in nuguse.note


def test_no_row_holds_a_worked_out_field(store) -> None:
    for race in store.races.values():
        for row in race.results:
            assert not (row.note and WORKED_OUT.search(row.note)), (race.id, row.athlete)


# an editor's working words: a fan reads "one report prints 3:29.28", not this
_EDITORIAL = re.compile(
    r"CONFLICT|\bKept\b|report\(s\)|\bTreat\b|per this source|Date =|final_date|stored page|"
    r"corpus|\bverify\b|NOT found|wikimili|per headline|source text says|none is shown|"
    r"\bimplies\b|Race date:|= 20\d\d-|"
    r"\b[a-z0-9]+(?:-[a-z0-9]+)*-(?:19|20)\d\d(?:-[a-z0-9]+)+\b"  # a source id
)


def test_notes_shown_to_fans_carry_no_editors_working(store) -> None:
    """``note`` is what /results, /next-race and follows print; ``record`` keeps the working."""
    shown: list[tuple[str, str]] = []
    for meet in store.meets.values():
        shown += [(meet.id, n) for n in (meet.note, *(e.note for e in meet.events)) if n]
        shown += [(meet.id, e.note) for e in meet.entries if e.note]
    for race in store.races.values():
        shown += [(race.id, n) for n in (race.note, *(r.note for r in race.results)) if n]
    shown += [(event.id, event.note) for event in store.timeline if event.note]
    bad = [(where, note) for where, note in shown if _EDITORIAL.search(note)]
    assert not bad, bad
    kept = [r for race in store.races.values() for r in race.results if r.record]
    assert kept, "the disagreements are still recorded, beside the fans' note"
