"""/h2h laid out: pages of embeds for Discord, lines for the console."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import discord

from bot.answers.meetings import Meeting
from bot.charts.spec import localised
from bot.features.h2h import wording
from bot.features.h2h.answer import H2HAnswer
from bot.phrases import say
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, Layout, LazyPages, Page, chunks, safe, source_link
from bot.render.text import Lines

MEETINGS_PER_PAGE = 6
# characters of a line at a phone's width, the target of a meeting's two lines
PHONE = 48
# the chart's colours (bot.charts.draw.Theme): the asked athlete blue, the other orange
SIDE_MARKS = {"athlete": "🔵", "opponent": "🟠", None: "⚪"}


def _result(m: Meeting, side: str) -> str:
    """One athlete's place and time ("5th 3:31.46"); the one ahead in bold.

    A place the source does not give is left out beside a time, never "place not given".
    """
    line = m.athlete if side == "athlete" else m.opponent
    parts = [fmt.row_place(line.place, line.status), fmt.race_time(line.time) if line.time else ""]
    said = " ".join(p for p in parts if p and p != "–") or "–"
    said = f"**{said}**" if m.winner == side else said
    if line.source.id != m.source.id and line.source.url:
        # a row from another page than the race's (a 4th place only another report prints):
        # linked beside it, as the meet's name links the race's
        said += f" [↗]({line.source.url})"
    return said


def _cited(m: Meeting) -> str:
    """The publishers a meeting's line rests on: the race's, then any row's from another page."""
    said = [m.source.publisher]
    said += [p for p in (m.athlete.source.publisher, m.opponent.source.publisher) if p not in said]
    return "; ".join(p for p in said if p)


def _meeting_block(answer: H2HAnswer, m: Meeting) -> str:
    """Two lines a phone shows whole: the meet, who was ahead by how much; both places and times.

    "🟠 Zurich '24 · Ingebrigtsen by 1.94 s" / "Kerr 5th 3:31.46 · Ingebrigtsen 2nd 3:29.52".
    The meet links the meeting's source; the athletes come in the asked order. A final goes
    unsaid (most meetings are), a heat or semi is named; who was ahead moves to the second line
    when the first is full.
    """
    meet = safe(localised(answer.short_meets.get(m.meet_id) or m.meet), 60)
    # the event only where it is not the pair's usual one (as the chart labels it); indoors is
    # the meet's to say ("W. Indoors '24 3000m")
    event = (
        "" if m.event == main_event(answer) else fmt.event_name(m.event.removesuffix(" (indoor)"))
    )
    rounds = "" if m.round == "final" else fmt.round_label(m.round, m.heat, short=True)
    what = " ".join(p for p in (event, rounds) if p)
    # the meet's name links the meeting's source; without a URL the publisher is named
    where = f"[{meet}]({m.source.url})" if m.source.url else meet
    cited = "" if m.source.url else f" ({safe(m.source.publisher, 40)})"
    head = f"{SIDE_MARKS[m.winner]} **{where}**{' ' + what if what else ''}{cited}"
    sa, sb = _row_names(answer)
    both = f"{sa} {_result(m, 'athlete')} · {sb} {_result(m, 'opponent')}"
    ahead = f" · {wording.winner_line(answer, m, (sa, sb))}"
    if _shown_len(head + ahead) <= PHONE:
        return head + ahead + "\n" + both
    if _shown_len(both + ahead) <= PHONE:
        return head + "\n" + both + ahead
    if m.margin is not None:  # the marker's colour and the bold result say who
        ahead = " · " + say("h2h.by.margin", margin=fmt.number(m.margin, 2))
    return head + ahead + "\n" + both


def _row_names(answer: H2HAnswer) -> tuple[str, str]:
    """The names in a meeting's row: family names, or first names for two of one family."""
    a, b = fmt.short_names(answer.athlete, answer.opponent)
    if a == answer.athlete.name and b == answer.opponent.name:  # the title names them in full
        return answer.athlete.name.split()[0], answer.opponent.name.split()[0]
    return a, b


def _shown_len(line: str) -> int:
    """A line's length as Discord shows it: a link as its label, no bold marks."""
    return len(_LINK.sub(r"\1", line).replace("**", ""))


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def main_event(answer: H2HAnswer) -> str:
    """The event most of the meetings were over (the first of them on a tie)."""
    events = Counter(m.event for m in answer.meetings)
    return events.most_common(1)[0][0] if events else ""


def title(answer: H2HAnswer) -> str:
    """The two names in the asked order, each with its flag."""
    a, b = answer.athlete, answer.opponent
    first = f"{fmt.flag(a.country)} {a.name}".strip()
    second = f"{fmt.flag(b.country)} {b.name}".strip()
    return safe(say("h2h.title", athlete=first, opponent=second), 256)


def header(answer: H2HAnswer) -> list[str]:
    """The record, said once: the tally, who leads, the finals' tally and the span when new.

    A list of lines so that more may be added under the tally (one per line, Markdown).
    """
    scope = wording.scope(answer, joiner=" · ")
    total = answer.tally.total
    lines = [f"## {wording.tally_line(answer, answer.tally)}"]
    lead = [] if total == 1 else [wording.leader(answer, answer.tally)]
    lines.append(" · ".join([*lead, wording.races(total), scope]))
    # the finals' tally only when it differs from the record (a heat or semi was counted)
    if not answer.finals_only and answer.finals_tally != answer.tally:
        finals = wording.tally_line(answer, answer.finals_tally)
        lines.append(say("h2h.finals", tally=f"**{finals}**"))
    lines += _published(answer, linked=True)
    if answer.first and answer.last and total > 1:
        first, last = answer.first, answer.last
        lines.append(
            say(
                "h2h.span",
                first=safe(localised(answer.short_meets.get(first.meet_id) or first.meet), 60),
                last=safe(localised(answer.short_meets.get(last.meet_id) or last.meet), 60),
            )
        )
    return lines


def _published(answer: H2HAnswer, linked: bool = False) -> list[str]:
    """What sources that count otherwise say, when they count the races this answer does.

    ``linked``: the embed's form, at most two short lines, each source's counts and its link
    (the record's page lists no sources below: each meeting links its own); the console's is
    one line.
    """
    said = wording.published_by_source(answer)
    if not said:
        return []
    if not linked:
        return [f"{say('h2h.otherwise')} {'; '.join(phrase for phrase, _ in said)}."]
    lines = [f"{phrase} {source_link(count.source)}".rstrip() for phrase, count in said[:2]]
    lines[0] = f"{say('h2h.otherwise')} {lines[0]}"
    return lines


def marks_key(answer: H2HAnswer, meetings: Sequence[Meeting]) -> str:
    """What the markers of these meetings mean: "🔵 Kerr ahead · 🟠 Ingebrigtsen ahead"."""
    names = dict(zip(("athlete", "opponent"), _row_names(answer), strict=True))
    shown = {m.winner for m in meetings}
    keys = [
        f"{SIDE_MARKS[side]} "
        + (say("h2h.ahead", name=names[side]) if side else say("h2h.key.neither"))
        for side in ("athlete", "opponent", None)
        if side in shown
    ]
    return " · ".join(keys)


def h2h_embed(answer: H2HAnswer) -> Layout:
    """The record on the first page only; then six meetings a page, two lines each."""
    a, b = answer.athlete, answer.opponent
    heading = title(answer)
    if not answer.meetings:
        scope = wording.scope(answer, joiner=" · ")
        text = say("h2h.never_met.both", athlete=a.name, opponent=b.name, scope=scope)
        embed = discord.Embed(title=heading, colour=COLOUR, description=text)
        for person in (a, b):
            latest = answer.latest.get(person.id)
            if latest:
                embed.add_field(
                    name=say("h2h.latest", name=person.name),
                    value=safe(fmt.race_line(latest)),
                    inline=False,
                )
        return [Page(embed, [v.source for v in answer.latest.values()])]
    pages = chunks(answer.meetings, MEETINGS_PER_PAGE)
    count = len(answer.meetings)

    def page(number: int) -> Page:
        body = "\n\n".join(_meeting_block(answer, m) for m in pages[number])
        start = number * MEETINGS_PER_PAGE
        if count == 1:
            lines = [*header(answer), "", body]
        else:
            shown = say(
                "h2h.meetings.range", start=start + 1, end=start + len(pages[number]), count=count
            )
            # (a later page has no chart beside it: its markers are explained on it)
            top = [*header(answer), ""] if number == 0 else [marks_key(answer, pages[number])]
            lines = [*top, f"**{shown}**", body]
        embed = discord.Embed(title=heading, colour=COLOUR, description="\n".join(lines)[:4096])
        # each meeting links its source once, as each published count does: no list below
        return Page(embed)

    return LazyPages(len(pages), page)


def h2h_text(answer: H2HAnswer) -> Lines:
    """The record, then every meeting in two lines, newest first."""
    a, b = answer.athlete, answer.opponent
    scope = wording.scope(answer, joiner=", ")
    lines = [f"{say('h2h.title', athlete=a.label, opponent=b.label)} — {scope}"]
    if not answer.meetings:
        lines.append(say("h2h.never_met"))
        for person in (a, b):
            latest = answer.latest.get(person.id)
            if latest:
                lines.append(f"{say('h2h.latest', name=person.name)}: {fmt.race_line(latest)}")
        return Lines(lines, [v.source for v in answer.latest.values()])
    tally = wording.tally_line(answer, answer.tally)
    total = answer.tally.total
    races = say("race" if total == 1 else "races")
    record = say("h2h.record", tally=tally, count=total, races=races)
    lead = "" if total == 1 else f" · {wording.leader(answer, answer.tally)}"
    lines.append(record + lead)
    if not answer.finals_only and answer.finals_tally != answer.tally:
        lines.append(say("h2h.finals", tally=wording.tally_line(answer, answer.finals_tally)))
    lines += _published(answer)
    if answer.first and answer.last and total > 1:
        first, last = answer.first, answer.last
        lines.append(
            fmt.met_at(("h2h.first", "h2h.first.meet"), first.meet, first.date, first.year)
        )
        lines.append(fmt.met_at(("h2h.last", "h2h.last.meet"), last.meet, last.date, last.year))
    lines.append("")
    sa, sb = fmt.short_names(a, b)
    for m in answer.meetings:
        ra = fmt.result(m.athlete.place, m.athlete.time, m.athlete.status)
        rb = fmt.result(m.opponent.place, m.opponent.time, m.opponent.status)
        lines.append(
            f"{fmt.day(m.date, m.year)} · {m.meet} · {fmt.race_name(m.event, m.round, m.heat)}"
        )
        lines.append(f"    {sa} {ra} · {sb} {rb} · {wording.winner_line(answer, m)}  [{_cited(m)}]")
    return Lines(lines, answer.sources)
