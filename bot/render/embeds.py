"""Answers as Discord embeds, within Discord's limits; long answers become pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import singledispatch
from typing import TypeVar, overload

import discord
from discord.utils import escape_mentions, format_dt

from bot.answers.common import Answer, Problem, Reply, SourceRef
from bot.answers.h2h import H2HAnswer, Meeting
from bot.answers.next_race import MeetStatus, NextRaceAnswer
from bot.answers.profile import ProfileAnswer
from bot.answers.quotes import NoQuote, QuoteAnswer
from bot.answers.results import NoResults, ResultsAnswer
from bot.answers.timeline import AboutAnswer, TimelineAnswer
from bot.facts.models import format_partial
from bot.render import format as fmt
from bot.render.text import meet_when, quote_date

COLOUR = discord.Colour.from_rgb(0, 122, 204)
ERROR_COLOUR = discord.Colour.from_rgb(200, 60, 60)
MEETINGS_PER_PAGE = 6
TIMELINE_PER_PAGE = 8
MAX_SOURCES_SHOWN = 6

Pages = Sequence[discord.Embed]
T = TypeVar("T")


class LazyPages(Sequence[T]):
    """Pages built when first shown: most people never page past the first."""

    def __init__(self, count: int, build: Callable[[int], T]) -> None:
        self._count = count
        self._build = build
        self._built: dict[int, T] = {}

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        if index not in self._built:
            self._built[index] = self._build(index)
        return self._built[index]


# the characters that start Markdown in Discord; a backslash before each shows it as typed
_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\*_~`|>#[]"})


def safe(text: str, limit: int = 1024) -> str:
    """Text from the store or the user, with Markdown neutralised and cut to ``limit``."""
    text = escape_mentions(text).translate(_MARKDOWN)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def link(source: SourceRef) -> str:
    """A Markdown link to a source, labelled with its publisher and date."""
    label = safe(fmt.source_label(source), 200).replace("]", ")")
    return f"[{label}]({source.url})" if source.url else label


def sources_field(
    embed: discord.Embed, sources: Sequence[SourceRef], facts_as_of: dt.date, page: str = ""
) -> discord.Embed:
    """End every answer the same way: its sources, then "facts as of"."""
    if sources:
        shown = [f"• {link(s)}" for s in sources[:MAX_SOURCES_SHOWN]]
        if len(sources) > MAX_SOURCES_SHOWN:
            shown.append(f"…and {len(sources) - MAX_SOURCES_SHOWN} more")
        value = "\n".join(shown)
        while len(value) > 1024:
            shown.pop(-2 if len(shown) > 1 else -1)
            value = "\n".join(shown)
        embed.add_field(name="Sources", value=value, inline=False)
    footer = fmt.as_of(facts_as_of)
    embed.set_footer(text=f"{footer} · {page}" if page else footer)
    return embed


def _with_notes(embed: discord.Embed, notes: list[str]) -> discord.Embed:
    if notes:
        embed.add_field(name="How I read your names", value=safe(" ".join(notes)), inline=False)
    return embed


@dataclass(frozen=True)
class Page:
    """One embed as laid out for an answer, and the sources its facts cite."""

    embed: discord.Embed
    sources: Sequence[SourceRef] = ()


Layout = Sequence[Page]


@singledispatch
def layout(reply: Reply) -> Layout:
    """Lay out a reply as pages; :func:`render_embeds` adds what every reply ends with."""
    raise TypeError(f"no embed layout for {type(reply).__name__}")


def render_embeds(reply: Reply) -> Pages:
    """Render any reply as one or more embeds (pages), each ending the same way.

    Every page shows how the typed names were read; an answer's page then lists its sources
    and says how fresh the facts are.
    """
    pages = layout(reply)

    def finish(number: int) -> discord.Embed:
        page = pages[number]
        _with_notes(page.embed, reply.notes)
        if isinstance(reply, Answer):
            label = f"page {number + 1}/{len(pages)}" if len(pages) > 1 else ""
            sources_field(page.embed, page.sources, reply.facts_as_of, label)
        return page.embed

    return LazyPages(len(pages), finish)


@layout.register
def _(answer: Problem) -> Layout:
    embed = discord.Embed(description=safe(answer.message, 4000), colour=ERROR_COLOUR)
    if answer.suggestions:
        embed.add_field(
            name="Did you mean…",
            value=safe("\n".join(f"• {s}" for s in answer.suggestions[:5])),
            inline=False,
        )
    return [Page(embed)]


# ----------------------------------------------------------------------------- /h2h
def _meeting_block(answer: H2HAnswer, m: Meeting) -> str:
    sa, sb = fmt.surname(answer.athlete.name), fmt.surname(answer.opponent.name)
    if sa == sb:
        sa, sb = answer.athlete.name, answer.opponent.name
    a = fmt.result(m.athlete.place, m.athlete.time, m.athlete.status)
    b = fmt.result(m.opponent.place, m.opponent.time, m.opponent.status)
    if m.winner == "athlete":
        a = f"**{a}**"
    elif m.winner == "opponent":
        b = f"**{b}**"
    head = (
        f"`{fmt.day(m.date, m.year)}` {safe(m.meet, 120)} · {m.event} "
        f"{fmt.round_label(m.round, m.heat)}"
    )
    where = f"[source]({m.source.url})" if m.source.url else safe(m.source.publisher, 60)
    return f"{head}\n{sa} {a} · {sb} {b} · {fmt.winner_line(answer, m)} · {where}"


@layout.register
def _(answer: H2HAnswer) -> Layout:
    a, b = answer.athlete, answer.opponent
    title = f"{a.label} vs {b.label}"
    scope = answer.event or "1500m, mile and every other event"
    if answer.finals_only:
        scope += " · finals only"
    if not answer.meetings:
        embed = discord.Embed(
            title=safe(title, 256),
            colour=COLOUR,
            description=f"{a.name} and {b.name} have never met in a race in the store ({scope}).",
        )
        for person in (a, b):
            latest = answer.latest.get(person.id)
            if latest:
                embed.add_field(
                    name=f"Latest race of {person.name}",
                    value=safe(
                        f"{fmt.day(latest.date, latest.year)} · {latest.meet} · "
                        f"{latest.event} {latest.round}: "
                        f"{fmt.result(latest.place, latest.time, latest.status)}"
                    ),
                    inline=False,
                )
        sources = [v.source for v in answer.latest.values()]
        return [Page(embed, sources)]
    summary = [
        f"## {fmt.tally_line(answer, answer.tally)}",
        f"{answer.tally.total} {'race' if answer.tally.total == 1 else 'races'} · {scope}",
    ]
    if not answer.finals_only:
        summary.append(f"Finals only: **{fmt.tally_line(answer, answer.finals_tally)}**")
    if answer.first and answer.last:
        summary.append(
            f"First met: {safe(answer.first.meet, 100)}, "
            f"{fmt.day(answer.first.date, answer.first.year)}\n"
            f"Last met: {safe(answer.last.meet, 100)}, "
            f"{fmt.day(answer.last.date, answer.last.year)}"
        )
    header = "\n".join(summary)
    chunks = [
        answer.meetings[i : i + MEETINGS_PER_PAGE]
        for i in range(0, len(answer.meetings), MEETINGS_PER_PAGE)
    ]

    def page(number: int) -> discord.Embed:
        chunk = chunks[number]
        body = "\n\n".join(_meeting_block(answer, m) for m in chunk)
        embed = discord.Embed(
            title=safe(title, 256),
            colour=COLOUR,
            description=f"{header}\n\n**Meetings, newest first**\n\n{body}"[:4096],
        )
        return Page(embed, _unique([m.source for m in chunk]))

    return LazyPages(len(chunks), page)


def _unique(sources: Sequence[SourceRef]) -> list[SourceRef]:
    return list({s.id: s for s in sources}.values())


# ----------------------------------------------------------------------------- /quote
@layout.register
def _(answer: QuoteAnswer) -> Layout:
    q = answer.quote
    embed = discord.Embed(description=f"> {safe(q.text, 3900)}", colour=COLOUR)
    embed.set_author(name=safe(f"{q.speaker.label} · {quote_date(q.said_on, q.date_basis)}", 256))
    embed.add_field(name="Context", value=safe(q.context), inline=False)
    about = answer.topic or "anything"
    embed.add_field(
        name="Match",
        value=safe(
            f"Quote {answer.position + 1} of {len(answer.order)} by {q.speaker.name} "
            f"about “{about}”"
            if answer.topic
            else f"Quote {answer.position + 1} of {len(answer.order)} by {q.speaker.name}"
        ),
        inline=False,
    )
    return [Page(embed, [q.source])]


@layout.register
def _(answer: NoQuote) -> Layout:
    topic = f" about “{answer.topic}”" if answer.topic else ""
    embed = discord.Embed(
        description=safe(f"No quote by {answer.speaker.name}{topic} in the store.", 4000),
        colour=ERROR_COLOUR,
    )
    if answer.known_topics:
        embed.add_field(name="Topics there are", value=safe(", ".join(answer.known_topics)))
    return [Page(embed, [])]


# ----------------------------------------------------------------------------- /next-race
def _countdown(meet: MeetStatus) -> str:
    if meet.state == "upcoming" and meet.target_precision == "date" and meet.start_date:
        # a date without a known time: text in the meet's calendar, never a viewer-local timestamp
        return f"**Starts {fmt.local_date(meet.start_date, meet.timezone)}** — the first day"
    if meet.state == "upcoming" and meet.target:
        what = f"the {meet.target_label}" if meet.target_label else "the start"
        return f"**Starts {format_dt(meet.target, 'R')}** — {what}: {format_dt(meet.target, 'F')}"
    if meet.state == "in_progress":
        line = f"**Happening now — day {meet.day}" + (f" of {meet.days}**" if meet.days else "**")
        if meet.target:
            line += (
                f"\nNext: {meet.target_label} {format_dt(meet.target, 'R')} "
                f"({format_dt(meet.target, 'F')})"
            )
        return line
    if meet.state == "finished":
        ended = meet.end_date
        results = (
            f"{meet.races_in_store} race(s) in the store — try `/results meet:{meet.id}`"
            if meet.races_in_store
            else "Its results are not in the store."
        )
        return f"**Finished{' on ' + fmt.day(ended) if ended else ''}.** {results}"
    if meet.state == "undated":
        return f"**Planned for {meet.year}** — the store has no dates yet."
    return f"**{meet.state.capitalize()}.**"


@layout.register
def _(answer: NextRaceAnswer) -> Layout:
    meet = answer.meet
    lines: list[str] = []
    if answer.athlete and answer.athlete_not_entered:
        lines.append(
            f"No upcoming meet in the store has **{answer.athlete.name}** (a result, an "
            "entry or a plan). The next meet of all:"
        )
    if meet is None:
        embed = discord.Embed(title="Nothing upcoming in the store", colour=COLOUR)
        text = "The store has no meet that has not ended."
        if answer.most_recent:
            text += (
                f" Most recent: **{safe(answer.most_recent.name)}** "
                f"({meet_when(answer.most_recent)})."
            )
        embed.description = "\n".join([*lines, text])
        cited = [answer.most_recent.source] if answer.most_recent else []
        return [Page(embed, cited)]
    lines.append(_countdown(meet))
    place = ", ".join(p for p in (meet.venue, meet.city, meet.country) if p)
    embed = discord.Embed(title=safe(meet.name, 256), colour=COLOUR, description="\n".join(lines))
    embed.add_field(name="When (local)", value=safe(f"{meet_when(meet)} · {meet.timezone}"))
    embed.add_field(name="Where", value=safe(place))
    if meet.schedule:
        races = []
        for race in meet.schedule[:10]:
            start = format_dt(race.starts_at, "F") if race.starts_at else fmt.day(race.date)
            races.append(f"{race.event} {race.round}: {start}")
        embed.add_field(name="Programme", value=safe("\n".join(races)), inline=False)
    if meet.entries:
        embed.add_field(
            name="Entries, plans and withdrawals",
            value=safe("\n".join(fmt.entry_line(e) for e in meet.entries)),
            inline=False,
        )
    if meet.note:
        embed.add_field(name="Note", value=safe(meet.note), inline=False)
    sources = _unique(
        [meet.source, *[r.source for r in meet.schedule], *[e.source for e in meet.entries]]
    )
    return [Page(embed, sources)]


# ----------------------------------------------------------------------------- /results
@layout.register
def _(answer: ResultsAnswer) -> Layout:
    race = answer.race
    rows = []
    for row in answer.rows:
        if row.place:
            place = fmt.ordinal(row.place)
        elif row.status != "finished":
            place = row.status.upper()
        else:
            place = "–"
        time = f" — {row.time}" if row.time else ""
        rows.append(f"`{place:>4}` {safe(row.athlete.label, 80)}{time}")
    embed = discord.Embed(
        title=safe(f"{answer.meet} · {race.event} {fmt.round_label(race.round, race.heat)}", 256),
        description=f"{fmt.day(race.date)}\n\n" + "\n".join(rows),
        colour=COLOUR,
    )
    notes = [f"{r.athlete.name}: {r.note}" for r in answer.rows if r.note]
    if answer.note:
        notes.insert(0, answer.note)
    if notes:
        embed.add_field(name="Notes", value=safe("\n".join(notes)), inline=False)
    if answer.other_races:
        embed.add_field(
            name="Other races here",
            value=safe(
                ", ".join(
                    f"{r.event} {fmt.round_label(r.round, r.heat)}" for r in answer.other_races
                )
            ),
            inline=False,
        )
    return [Page(embed, answer.sources)]


@layout.register
def _(answer: NoResults) -> Layout:
    wanted = f" for {answer.wanted}" if answer.wanted else ""
    embed = discord.Embed(
        description=safe(f"No results{wanted} at {answer.meet} in the store.", 4000),
        colour=ERROR_COLOUR,
    )
    if answer.other_races:
        embed.add_field(
            name="Races there are",
            value=safe(
                ", ".join(
                    f"{r.event} {fmt.round_label(r.round, r.heat)}" for r in answer.other_races
                )
            ),
        )
    return [Page(embed, [])]


# ----------------------------------------------------------------------------- /athlete
@layout.register
def _(answer: ProfileAnswer) -> Layout:
    p = answer.person
    role = "" if answer.role == "athlete" else f" · {answer.role}"
    embed = discord.Embed(title=safe(p.label + role, 256), colour=COLOUR)
    facts = []
    if answer.born:
        facts.append(f"Born {fmt.day(answer.born)}")
    facts += [f"• {safe(n.text, 300)}" for n in answer.notable[:8]]
    if facts:
        embed.description = "\n".join(facts)[:4096]
    if answer.latest:
        r = answer.latest
        embed.add_field(
            name="Latest race in the store",
            inline=False,
            value=safe(
                f"{fmt.day(r.date, r.year)} · {r.meet} · {r.event} {r.round}: "
                f"{fmt.result(r.place, r.time, r.status)}"
            ),
        )
    if answer.best:
        embed.add_field(
            name="Best time in the store (not necessarily a PB)",
            inline=False,
            value=safe("\n".join(f"{b.event}: {b.time} ({b.meet})" for b in answer.best)),
        )
    if answer.rivals:
        embed.add_field(
            name="Head-to-head vs frequent opponents",
            inline=False,
            value=safe(
                "\n".join(
                    f"{r.opponent.name}: {r.wins}–{r.losses}"
                    + (f" ({r.no_result} undecided)" if r.no_result else "")
                    for r in answer.rivals
                )
                + "\n(each race, with its source: use /h2h)"
            ),
        )
    embed.add_field(name="In the store", value=f"{answer.races} races · {answer.quotes} quotes")
    return [Page(embed, answer.sources)]


# ----------------------------------------------------------------------------- /timeline
@layout.register
def _(answer: TimelineAnswer) -> Layout:
    who = " & ".join(p.name for p in answer.athletes) or "the rivalry"
    year = f" in {answer.year}" if answer.year else ""
    order = "newest first" if answer.newest_first else "oldest first"
    title = safe(f"Timeline of {who}{year}", 256)
    if not answer.items:
        embed = discord.Embed(
            title=title, colour=COLOUR, description="Nothing in the store's timeline matches."
        )
        return [Page(embed, [])]
    chunks = [
        answer.items[i : i + TIMELINE_PER_PAGE]
        for i in range(0, len(answer.items), TIMELINE_PER_PAGE)
    ]

    def page(number: int) -> discord.Embed:
        chunk = chunks[number]
        blocks = []
        for item in chunk:
            where = f" [source]({item.source.url})" if item.source.url else ""
            blocks.append(
                f"**{format_partial(item.date)} — {safe(item.title, 200)}**\n"
                f"{safe(item.summary, 300)}{where}"
            )
        embed = discord.Embed(
            title=title,
            colour=COLOUR,
            description=(f"{len(answer.items)} events, {order}\n\n" + "\n\n".join(blocks))[:4096],
        )
        return Page(embed, _unique([i.source for i in chunk]))

    return LazyPages(len(chunks), page)


# ----------------------------------------------------------------------------- /about
@layout.register
def _(answer: AboutAnswer) -> Layout:
    c = answer.counts
    rivals = " vs ".join(p.name for p in answer.featured)
    embed = discord.Embed(
        title="About rivalry-bot",
        colour=COLOUR,
        description=(
            f"Settles arguments about **{rivals}** and the athletes around them from a curated "
            "fact store. Every fact cites a published source; quotes are word for word as "
            "printed."
        ),
    )
    embed.add_field(name="Races", value=f"{c['races']} ({c['results']} results)")
    embed.add_field(name="Quotes", value=str(c["quotes"]))
    embed.add_field(name="Timeline", value=str(c["timeline"]))
    embed.add_field(name="Meets", value=str(c["meets"]))
    embed.add_field(name="Athletes", value=str(c["athletes"]))
    embed.add_field(name="Sources", value=str(c["sources"]))
    embed.add_field(
        name="Races from",
        inline=False,
        value=f"{fmt.day(answer.first_race)} to {fmt.day(answer.last_race)}",
    )
    embed.add_field(
        name="Spotted a mistake?",
        inline=False,
        value=f"Report it with the source that shows it: {answer.issues_url}",
    )
    return [Page(embed, [])]
