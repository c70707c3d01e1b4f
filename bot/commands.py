"""The commands: typed option text -> resolved ids -> a reply (an answer or a Problem).

Each is declared once with :func:`bot.registry.command`; Discord, the console and ``ask`` read
that declaration, so the surfaces cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.answers.common import Problem, Reply
from bot.answers.h2h import INDOOR, H2HQuery, events_in_common, head_to_head
from bot.answers.next_race import NextRaceQuery, next_race
from bot.answers.profile import profile
from bot.answers.quotes import QuoteQuery, find_quote
from bot.answers.results import ResultsQuery, events_at, meet_results
from bot.answers.timeline import TimelineQuery, about, timeline
from bot.ask.answer import ask
from bot.i18n import speaking
from bot.phrases import say
from bot.registry import COMMANDS, YEARS, Context, Option, command
from bot.resolve import (
    ATHLETE_ROLES,
    MAX_CHOICES,
    Choice,
    Purpose,
    Resolution,
    Resolver,
    normalise,
)
from bot.typed import excerpt, words_of

__all__ = ["COMMANDS", "Context"]

EVENT_CUTOFF = 80.0
ROUNDS = ("final", "semi-final", "heat")


# ----------------------------------------------------------------------------- suggestions
def athletes(ctx: Context, _filled: Mapping[str, str], text: str) -> list[Choice]:
    """Athletes matching what is typed; the rivalry's athletes when nothing is."""
    return ctx.resolver.athlete_choices(text, roles=ATHLETE_ROLES)


def speakers(ctx: Context, _filled: Mapping[str, str], text: str) -> list[Choice]:
    """Anyone quoted (athletes first): coaches and officials speak too."""
    return ctx.resolver.athlete_choices(text)


def meets(ctx: Context, _filled: Mapping[str, str], text: str) -> list[Choice]:
    """Meets matching what is typed; upcoming then latest when nothing is."""
    return ctx.resolver.meet_choices(text, today=ctx.today)


def _events(events: list[str], text: str) -> list[Choice]:
    wanted = text.strip().lower()
    picked = [e for e in events if wanted in e.lower()] if wanted else events
    return [Choice(name=e, value=e) for e in picked[:MAX_CHOICES]]


def events_of_pair(ctx: Context, filled: Mapping[str, str], text: str) -> list[Choice]:
    """Events the two athletes already chosen have both run in the same race."""
    first, second = ctx.resolver.pair(filled.get("athlete", ""), filled.get("opponent", ""))
    if not (first.found and second.found and first.id and second.id):
        return []
    common = events_in_common(ctx.store, first.id, second.id)
    if any("(indoor)" in e for e in common):
        common = [*common, INDOOR]  # every indoor race together
    return _events(common, text)


def events_of_meet(ctx: Context, filled: Mapping[str, str], text: str) -> list[Choice]:
    """Events raced at the meet already chosen."""
    meet = ctx.resolver.meet(filled.get("meet", ""), today=ctx.today, purpose="results")
    if not (meet.found and meet.id):
        return []
    return _events(events_at(ctx.store, meet.id), text)


@dataclass(frozen=True)
class Found:
    """A name resolved to one record: its id, and how the text was read when that was a choice."""

    id: str
    note: str | None = None


def notes_of(*found: Found | None) -> list[str]:
    """The notes of resolved names, in the order the options were typed."""
    return [f.note for f in found if f is not None and f.note]


def with_article(noun: str) -> str:
    """``a meet``, ``an athlete`` (English only: other languages' phrases word it themselves)."""
    if not speaking().english:
        return noun
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def not_understood(what: str, resolution: Resolution, resolver: Resolver) -> Problem:
    """The refusal for a name that matched nothing, or several things."""
    shown = excerpt(resolution.query) or say("nothing")
    if resolution.status == "ambiguous":
        return Problem(
            message=say("ambiguous", text=shown, what=say(what)),
            suggestions=resolver.names(resolution.candidates),
            candidates=list(resolution.candidates),
            typed=resolution.query,
        )
    # a meet of another year than the one typed: offer the editions the store has
    return Problem(
        message=say("unknown", text=shown, what=with_article(say(what))),
        suggestions=resolver.names(resolution.candidates),
    )


def found_or_problem(what: str, resolution: Resolution, resolver: Resolver) -> Found | Problem:
    """A resolved name as Found, or the Problem to show."""
    if resolution.found and resolution.id:
        return Found(resolution.id, resolution.note)
    return not_understood(what, resolution, resolver)


def resolve_athlete(
    ctx: Context, text: str, roles: Collection[str] | None = ATHLETE_ROLES
) -> Found | Problem:
    """An athlete (id and note), or the Problem to show; ``roles=None`` lets in any speaker."""
    resolution = ctx.resolver.athlete(text, roles=roles)
    if roles is None:
        return found_or_problem("person", resolution, ctx.resolver)
    return athlete_or_problem(ctx, resolution)


def athlete_or_problem(ctx: Context, resolution: Resolution) -> Found | Problem:
    """A resolved athlete, or the Problem; a coach or an official named is said to be one."""
    if resolution.status == "none":
        anyone = ctx.resolver.athlete(resolution.query)
        if anyone.found and anyone.id:
            person = ctx.store.people[anyone.id]
            return Problem(message=say("not_an_athlete", name=person.name, role=person.role))
    return found_or_problem("athlete", resolution, ctx.resolver)


def resolve_pair(ctx: Context, first: str, second: str) -> tuple[Found, Found] | Problem:
    """Two athletes, each disambiguating the other ("josh" beside Ingebrigtsen)."""
    one, two = ctx.resolver.pair(first, second)
    found = [athlete_or_problem(ctx, r) for r in (one, two)]
    for result in found:
        if isinstance(result, Problem):
            return result
    return found[0], found[1]  # type: ignore[return-value]


def resolve_meet(ctx: Context, text: str, purpose: Purpose = "latest") -> Found | Problem:
    """A meet (id and note), or the Problem to show; ``purpose`` picks among a series' meets."""
    resolution = ctx.resolver.meet(text, today=ctx.today, purpose=purpose)
    return found_or_problem("meet", resolution, ctx.resolver)


_DIGITS = re.compile(r"\d+")


def match_event(text: str, events: list[str]) -> str | None:
    """The event among ``events`` that typed text means ("1500", "Mile", "3000m indoor")."""
    wanted = normalise(text)
    if not wanted:
        return None
    by_norm = {normalise(e): e for e in events}
    if wanted in by_norm:
        return by_norm[wanted]
    starts = [e for n, e in by_norm.items() if n.startswith(wanted)]
    if len(starts) == 1:
        return starts[0]
    # a distance is its number: a typo may be forgiven, another number ("5000m" for "1500m") not
    digits = _DIGITS.findall(wanted)
    indoor = "indoor" in wanted  # "1500m (indoor)" is another event than "1500m"
    near = [
        n
        for n in by_norm
        if (not digits or _DIGITS.findall(n) == digits) and ("indoor" in n) == indoor
    ]
    hit = process.extractOne(wanted, near, scorer=fuzz.WRatio, score_cutoff=EVENT_CUTOFF)
    return by_norm[hit[0]] if hit else None


@command(
    "h2h",
    "Head-to-head record of two athletes",
    chart=True,
    athlete=Option("An athlete, e.g. Kerr", complete=athletes),
    opponent=Option("The other athlete, e.g. Ingebrigtsen", complete=athletes),
    event=Option("Only races over this event (1500m, mile, indoor, ...)", complete=events_of_pair),
    rounds=Option(
        "All races, or finals only", choices=(("All races", "all"), ("Finals only", "finals"))
    ),
    year=Option("Only races in this year, e.g. 2024", range=YEARS),
)
def h2h(
    ctx: Context,
    athlete: str,
    opponent: str,
    event: str | None = None,
    rounds: str = "all",
    year: int | None = None,
) -> Reply:
    """/h2h: the head-to-head record of two athletes."""
    pair = resolve_pair(ctx, athlete, opponent)
    if isinstance(pair, Problem):
        return pair
    first, second = pair
    if first.id == second.id:
        name = ctx.store.people[first.id].name
        return Problem(message=say("h2h.same_athlete", name=name))
    chosen_event = None
    if event and event.strip():
        common = events_in_common(ctx.store, first.id, second.id)
        indoors = normalise(event) in ("indoor", "indoors", "innendors") and any(
            "(indoor)" in e for e in common
        )
        chosen_event = INDOOR if indoors else match_event(event, common)
        if chosen_event is None:
            names = say("list.and").join(ctx.store.people[p.id].name for p in (first, second))
            return Problem(
                message=say("h2h.no_event", names=names, event=excerpt(event, 40)),
                suggestions=common,
            )
    query = H2HQuery(
        athlete=first.id,
        opponent=second.id,
        event=chosen_event,
        finals_only=rounds == "finals",
        year=year,
    )
    answer = head_to_head(ctx.store, query, notes_of(first, second), now=ctx.now)
    if year and not answer.meetings:
        names = say("list.and").join(ctx.store.people[p.id].name for p in (first, second))
        return Problem(message=say("h2h.no_year", names=names, year=year))
    return answer


@command(
    "quote",
    "What an athlete said, with its source",
    athlete=Option("Who said it, e.g. Ingebrigtsen", complete=speakers),
    topic=Option("About whom or what, e.g. Kerr, blindfolded, weaknesses"),
)
def quote(ctx: Context, athlete: str, topic: str | None = None) -> Reply:
    """/quote: what an athlete said, optionally about someone or something."""
    speaker = resolve_athlete(ctx, athlete, roles=None)  # anyone quoted: a coach, an official
    if isinstance(speaker, Problem):
        return speaker
    topic = (topic or "").strip()[:100] or None
    topic_athlete = None
    person = ctx.store.people.get(topic) if topic else None
    if person is not None:  # an id (autocomplete, /ask): shown as the person's name
        topic_athlete, topic = person.id, person.name
    elif topic and words_of(topic):
        # exact names only: a topic such as "Paris" is a word to search for, not a typo to fix
        topic_athlete = ctx.resolver.athlete_named(words_of(topic))
    query = QuoteQuery(speaker=speaker.id, topic=topic, topic_athlete=topic_athlete, seed=ctx.seed)
    return find_quote(ctx.store, query, notes_of(speaker), now=ctx.now)


@command(
    "next-race",
    "Countdown to the next meet",
    athlete=Option(
        "Only meets the store has this athlete at (result, entry or plan)", complete=athletes
    ),
    meet=Option("A particular meet, e.g. worlds 2027", complete=meets),
)
def next_meet(ctx: Context, athlete: str | None = None, meet: str | None = None) -> Reply:
    """/next-race: the next meet, for one athlete or one meet when given."""
    who = where = None
    if athlete and athlete.strip():
        found = resolve_athlete(ctx, athlete)
        if isinstance(found, Problem):
            return found
        who = found
    if meet and meet.strip():
        found = resolve_meet(ctx, meet, purpose="next")
        if isinstance(found, Problem):
            return found
        where = found
    query = NextRaceQuery(athlete=who.id if who else None, meet=where.id if where else None)
    return next_race(ctx.store, query, ctx.now, notes_of(who, where))


@command(
    "results",
    "Results of a race at a meet",
    meet=Option("The meet, e.g. Budapest 2023", complete=meets),
    event=Option("The event (default: the 1500m or mile final)", complete=events_of_meet),
    round=Option(
        "Final, semi-final or heat",
        choices=(("Final", "final"), ("Semi-final", "semi-final"), ("Heat", "heat")),
    ),
)
def results(ctx: Context, meet: str, event: str | None = None, round: str | None = None) -> Reply:
    """/results: a race's results at a meet (default: its main final)."""
    found = resolve_meet(ctx, meet, purpose="results")
    if isinstance(found, Problem):
        return found
    chosen_event = None
    if event and event.strip():
        events = events_at(ctx.store, found.id)
        chosen_event = match_event(event, events)
        if chosen_event is None:
            name = ctx.store.meets[found.id].name
            return Problem(
                message=say("results.no_event", event=excerpt(event, 40), meet=name),
                suggestions=events,
            )
    chosen_round = None
    if round and round.strip():
        chosen_round = match_event(round, list(ROUNDS))
        if chosen_round is None:
            return Problem(
                message=say("results.no_round", round=excerpt(round, 40)),
                suggestions=list(ROUNDS),
            )
    query = ResultsQuery(meet=found.id, event=chosen_event, round=chosen_round)
    return meet_results(ctx.store, query, notes_of(found), now=ctx.now)


@command(
    "athlete",
    "An athlete's profile from the store",
    chart=True,
    name=Option("The athlete, e.g. Nordås", complete=athletes),
)
def athlete(ctx: Context, name: str) -> Reply:
    """/athlete: a profile."""
    person = resolve_athlete(ctx, name)
    if isinstance(person, Problem):
        return person
    return profile(ctx.store, person.id, notes_of(person), now=ctx.now)


@command(
    "timeline",
    "Dated moments of the rivalry, cited",
    athlete=Option("Only events involving this athlete", complete=athletes),
    opponent=Option("...and this one too", complete=athletes),
    year=Option("Only this year, e.g. 2024", range=YEARS),
    order=Option(
        "Newest or oldest first", choices=(("Newest first", "newest"), ("Oldest first", "oldest"))
    ),
)
def timeline_events(
    ctx: Context,
    athlete: str | None = None,
    opponent: str | None = None,
    year: int | None = None,
    order: str = "newest",
) -> Reply:
    """/timeline: dated moments, for up to two athletes and one year."""
    found: list[Found] = []
    typed = [text for text in (athlete, opponent) if text and text.strip()]
    if len(typed) == 2:
        pair = resolve_pair(ctx, typed[0], typed[1])
        if isinstance(pair, Problem):
            return pair
        found += pair
    elif typed:
        person = resolve_athlete(ctx, typed[0])
        if isinstance(person, Problem):
            return person
        found.append(person)
    query = TimelineQuery(
        athletes=list(dict.fromkeys(f.id for f in found)),
        year=year,
        newest_first=not str(order).lower().startswith("old"),
    )
    return timeline(ctx.store, query, notes_of(*found), now=ctx.now)


@command("about", "What the bot knows and where it comes from")
def about_bot(ctx: Context) -> Reply:
    """/about: what the bot knows."""
    return about(ctx.store, ctx.issues_url, now=ctx.now)


@command(
    "ask",
    "Ask in plain words, e.g. who's won more, Kerr or Jakob?",
    question=Option("Your question, e.g. when does Kerr race next?"),
)
def ask_question(ctx: Context, question: str) -> Reply:
    """/ask: read a question in plain words as one of the commands above and run it."""
    return ask(ctx, question)
