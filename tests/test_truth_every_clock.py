"""Every answer at many clocks rests only on pages out by then, and "facts as of" covers them.

Each command's answer model is built for every athlete, every pair that met, every meet and
every speaker of the store, at clocks spread over the store's years (race days at the hours
around their finals, month ends, and the days a page came out); every source the answer cites,
at any depth, must be dated at or before the clock's day, and "facts as of" no older than any.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

import pytest
from pydantic import BaseModel

from bot.answers.common import Answer, SourceRef
from bot.answers.next_race import NextRaceQuery, next_race
from bot.answers.results import ResultsQuery, meet_results
from bot.facts.clock import clock_day
from bot.facts.store import FactStore
from bot.features.about.answer import about
from bot.features.athlete.answer import profile
from bot.features.h2h.answer import H2HQuery, head_to_head
from bot.features.quote.answer import QuoteAnswer, QuoteQuery, find_quote, quote_at
from bot.features.timeline.answer import TimelineQuery, timeline
from bot.follow.plan import plan_follow
from bot.follow.records import FIRST_DAY, Follow, Reminder, final_event
from bot.follow.results_clock import results_known
from bot.follow.service import followed_race
from bot.i18n import language, speaking_in
from bot.phrases import say
from bot.render.embeds import render_embeds
from bot.render.follow import reminder_text, results_post_line


def _utc(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=dt.UTC)


# fixed clocks: before any page, championship days at morning and evening (UTC), month ends
# and starts (where a month-only page becomes known), and after the pack's last page
FIXED = [
    _utc(2015, 6, 1, 12),
    _utc(2017, 8, 13, 19),
    _utc(2019, 10, 6, 12),
    _utc(2021, 8, 7, 10),
    _utc(2021, 8, 7, 14),
    _utc(2022, 7, 19, 10),
    _utc(2022, 7, 20, 4),
    _utc(2022, 3, 20, 12),
    _utc(2023, 8, 23, 8),
    _utc(2023, 8, 23, 20),
    _utc(2023, 9, 1, 0, 30),
    _utc(2024, 2, 29, 23),
    _utc(2024, 5, 25, 23),
    _utc(2024, 8, 6, 12),
    _utc(2024, 8, 6, 19),
    _utc(2024, 8, 31, 23),
    _utc(2024, 9, 1, 1),
    _utc(2025, 7, 31, 12),
    _utc(2025, 9, 14, 12),
    _utc(2025, 9, 17, 13),
    _utc(2025, 9, 18, 6),
    _utc(2026, 3, 21, 12),
    _utc(2026, 4, 1, 12),
]


def clocks(store: FactStore) -> list[dt.datetime]:
    """The fixed clocks, and the morning of every fifth distinct day a page is known by."""
    days = sorted(set(store.source_days.values()))
    found = [dt.datetime.combine(d, dt.time(6), tzinfo=dt.UTC) for d in days[::5]]
    return FIXED + found


def cited(value: object) -> Iterator[SourceRef]:
    """Every source reference in an answer, at any depth."""
    if isinstance(value, SourceRef):
        yield value
    elif isinstance(value, BaseModel):
        for item in value.__dict__.values():
            if isinstance(item, BaseModel | list | dict):
                yield from cited(item)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, BaseModel | list | dict):
                yield from cited(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from cited(item)


# the pairs, athletes and meets are split in this many shares, one per clock in turn, so that
# each is asked at a share of the clocks and the whole test stays fast
SHARES = 3


def answers(store: FactStore, now: dt.datetime, turn: int = 0) -> Iterator[tuple[str, Answer]]:
    """Every command's answers at ``now`` over a share (``turn``) of the store's athletes,
    pairs and meets, the rivalries' pairs and timelines, and every speaker's quotes."""
    yield "about", about(store, "https://example.org/issues", now=now)
    share = slice(turn % SHARES, None, SHARES)
    for pid in sorted(store.races_by_athlete)[share]:
        yield f"athlete {pid}", profile(store, pid, now=now)
        yield f"next-race {pid}", next_race(store, NextRaceQuery(athlete=pid), now)
    pairs = {
        tuple(sorted((a.athlete, b.athlete)))
        for race in store.races.values()
        for a, b in itertools.combinations(race.results, 2)
    }
    featured = {tuple(sorted(r.athletes[:2])) for r in store.rivalries}
    for first, second in sorted(featured) + sorted(pairs - featured)[share]:
        yield (
            f"h2h {first} {second}",
            head_to_head(store, H2HQuery(athlete=first, opponent=second), now=now),
        )
    for rivalry in store.rivalries:
        one, other = rivalry.athletes[:2]
        yield "timeline", timeline(store, TimelineQuery(athletes=[one, other]), now=now)
        yield "timeline", timeline(store, TimelineQuery(athletes=[one]), now=now)
    yield "timeline all", timeline(store, TimelineQuery(), now=now)
    for meet in sorted(store.meets)[share]:
        yield f"results {meet}", meet_results(store, ResultsQuery(meet=meet), now=now)
        yield f"next-race {meet}", next_race(store, NextRaceQuery(meet=meet), now)
    yield "next-race", next_race(store, NextRaceQuery(), now)
    for speaker in store.quotes_by_speaker:
        answer = find_quote(store, QuoteQuery(speaker=speaker, seed=1), now=now)
        yield f"quote {speaker}", answer
        if isinstance(answer, QuoteAnswer):
            # "Another" walks the whole order: every quote it can reach at this clock
            for position in range(1, len(answer.order)):
                yield f"quote {speaker} #{position}", quote_at(store, answer, position)


def leaks(store: FactStore, now: dt.datetime, turn: int = 0) -> list[str]:
    """What an answer at ``now`` cites from a page not out by then, or dates before a cite;
    a published head-to-head count shown before its page's day."""
    found = []
    day = clock_day(now)
    for label, answer in answers(store, now, turn):
        for count in getattr(answer, "published", ()):
            if count.as_of > day or not store.source_known(count.source.id, now):
                found.append(f"{now:%Y-%m-%d %H:%M} {label}: count of {count.source.id}")
        for ref in cited(answer):
            known = store.source_days.get(ref.id)
            if known is None or known > day:
                found.append(f"{now:%Y-%m-%d %H:%M} {label}: cites {ref.id} ({known})")
            elif known > answer.facts_as_of:
                found.append(
                    f"{now:%Y-%m-%d %H:%M} {label}: facts as of {answer.facts_as_of} < {ref.id}"
                )
    return found


def test_there_are_at_least_twenty_clocks(store: FactStore) -> None:
    assert len(clocks(store)) >= 20


@pytest.mark.parametrize("at", range(3))
def test_every_answer_cites_only_pages_out_by_its_clock(store: FactStore, at: int) -> None:
    found = [
        leak
        for turn, now in enumerate(clocks(store))
        if turn % 3 == at
        for leak in leaks(store, now, turn // 3)
    ]
    assert not found, "\n".join(found[:40]) + f"\n... {len(found)} in all"


def test_the_layouts_at_past_clocks_word_facts_as_of_in_both_languages(store: FactStore) -> None:
    """Rendered, both ways and in both languages, an answer at a past clock prints its own
    "facts as of" (never today's) and lists only sources it cites."""
    from bot.i18n import language, speaking_in
    from bot.render import format as fmt
    from bot.render.embeds import render_embeds
    from bot.render.text import render_text

    for now in FIXED[3::5]:
        for answer in (
            head_to_head(
                store, H2HQuery(athlete="josh-kerr", opponent="jakob-ingebrigtsen"), now=now
            ),
            profile(store, "josh-kerr", now=now),
            timeline(store, TimelineQuery(athletes=["josh-kerr"]), now=now),
        ):
            cited_urls = {ref.url for ref in cited(answer) if ref.url}
            for tag in ("en-GB", "no"):
                with speaking_in(language(tag)):
                    text = render_text(answer)
                    footer = render_embeds(answer)[0].footer.text or ""
                    day = fmt.day(answer.facts_as_of)
                assert day in text and day in footer, (now, tag, day)
                listed = set(re.findall(r"<(https?://[^>]+)>", text))
                assert listed <= cited_urls, (now, listed - cited_urls)


def urls_not_out_by(store: FactStore, now: dt.datetime) -> set[str]:
    """The addresses of the pages not out by ``now`` (none that a page out by then shares)."""
    out = {s.url for s in store.sources.values() if s.url and store.source_known(s.id, now)}
    return {s.url for s in store.sources.values() if s.url} - out


def follow_posts(store: FactStore, now: dt.datetime, turn: int) -> Iterator[tuple[str, str]]:
    """What following would post, in English and Norwegian: for a meet follow of every meet
    and an athlete follow of a share of the athletes made at ``now``, each reminder worded
    at its due instant; and each results post due at ``now``."""
    share = slice(turn % SHARES, None, SHARES)
    follows = [Follow(1, 1, 1, None, "meet", m, 3600, None) for m in sorted(store.meets)]
    follows += [
        Follow(2, 1, 1, None, "athlete", a, 3600, None)
        for a in sorted(store.races_by_athlete)[share]
    ]
    for follow in follows:
        for planned in plan_follow(store, follow.kind, follow.target, 3600, now):
            due = planned.due_at
            reminder = Reminder(
                1,
                planned.meet_id,
                planned.label,
                planned.target_at,
                due,
                3600,
                "pending",
                None,
                follow,
            )
            if planned.label != FIRST_DAY:
                # the countdown's final time is from a programme page out when it is posted
                meet = store.meets[planned.meet_id]
                timed = [
                    e
                    for e in meet.events
                    if e.event == final_event(planned.label) and e.round == "final" and e.local_time
                ]
                if not any(store.source_known(e.source, due) for e in timed):
                    yield f"{due:%Y-%m-%d %H:%M} reminder {planned.meet_id}", "programme"
            for tag in ("en-GB", "no"):
                with speaking_in(language(tag)):
                    text = reminder_text(store, reminder, due)
                yield f"{due:%Y-%m-%d %H:%M} reminder {planned.meet_id} {tag}", text
        meets = (
            [follow.target]
            if follow.kind == "meet"
            else sorted({r.meet for r in store.races_by_athlete[follow.target]})
        )
        for meet_id in meets:
            race = followed_race(store, follow, meet_id)
            athlete = follow.target if follow.kind == "athlete" else None
            if race is None or not results_known(store, race, now, athlete):
                continue
            query = ResultsQuery(meet=meet_id, event=race.event, round=race.round, race=race.id)
            answer = meet_results(store, query, now=now)
            rows = getattr(answer, "rows", [])
            if athlete and not any(row.athlete.id == athlete for row in rows):
                yield f"{now:%Y-%m-%d %H:%M} results {meet_id} {athlete}", "his row missing"
            for tag in ("en-GB", "no"):
                with speaking_in(language(tag)):
                    text = results_post_line(store, follow, meet_id)
                    text += str(render_embeds(answer)[0].to_dict())
                yield f"{now:%Y-%m-%d %H:%M} results {meet_id} {tag}", text


@pytest.mark.parametrize("at", range(3))
def test_every_follow_post_rests_only_on_pages_out_when_posted(store: FactStore, at: int) -> None:
    """Reminders print only pages out at their due instant and count down to a final whose
    time such a page gives; a results post due at a clock names the followed athlete's row
    and prints only pages out by then."""
    found = []
    for turn, now in enumerate(clocks(store)):
        if turn % 3 != at:
            continue
        for label, text in follow_posts(store, now, turn // 3):
            if text in ("programme", "his row missing"):
                found.append(f"{label}: {text}")
                continue
            when = dt.datetime.strptime(label[:16], "%Y-%m-%d %H:%M").replace(tzinfo=dt.UTC)
            unknown = {url for url in urls_not_out_by(store, when) if url in text}
            if unknown:
                found.append(f"{label}: prints {sorted(unknown)}")
    assert not found, "\n".join(found[:40]) + f"\n... {len(found)} in all"


# before the store's first page, and between two pages (none is known from 1 Jan to 1 Jun 2019)
BARE_CLOCKS = [_utc(2015, 6, 1, 12), _utc(2019, 3, 15, 12)]
EVERY_COMMAND = [
    "/about",
    "/h2h kerr jakob",
    "/athlete kerr",
    "/timeline kerr jakob",
    "/results paris 2024",
    "/next-race",
    "/next-race kerr",
    "/quote jakob",
    "/ask who won paris 2024",
]


@pytest.mark.parametrize("now", BARE_CLOCKS, ids=["before-any-page", "between-pages"])
def test_every_command_before_and_between_pages_says_only_what_was_known(ctx, now) -> None:
    """Every command renders, both ways and in both languages; before any page nothing is
    counted and the footer says nothing was known yet; /about gives no made-up range."""
    from bot.console import answer_line
    from bot.render.text import render_text

    store = ctx().store
    first = min(store.source_days.values())
    for tag in ("en-GB", "no"):
        for line in EVERY_COMMAND:
            with speaking_in(language(tag)):
                reply = answer_line(ctx(now), line)
                text = render_text(reply)
                footer = render_embeds(reply)[0].footer.text or ""
                none = say("facts_as_of.none")
            assert " 1 Jan 1" not in text and "1. jan. 1" not in text, (line, tag, text)
            if clock_day(now) < first:
                assert none in text and footer.startswith(none), (line, tag, footer)
                assert not list(cited(reply)), (line, tag)
            else:
                inner = getattr(reply, "answer", reply)  # /ask: the command it was read as
                assert none not in text and inner.facts_as_of <= clock_day(now)
        with speaking_in(language(tag)):
            about_text = render_text(answer_line(ctx(now), "/about"))
        if clock_day(now) < first:
            assert about_text.count(" 0 ") >= 5 and say("about.range.heading") not in about_text
