"""What a chart shows, taken from an answer model: plain data, no plotting library.

The drawing code plots these numbers and nothing else, and the alt text is written from the
same data, so the picture and its description cannot disagree with the answer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from bot.answers.h2h import H2HAnswer, Meeting
from bot.answers.profile import ProfileAnswer
from bot.answers.progression import Medal
from bot.facts.models import Meet
from bot.facts.store import FactStore
from bot.phrases import say
from bot.render.format import short_names, tally_line

MAX_MEETINGS = 20  # more rows than this are unreadable at 400 px: the latest are shown
MAX_ALT_TEXT = 1024  # Discord's limit on an attachment's description

Ahead = Literal["athlete", "opponent"]
Unit = Literal["s", "places"]

# series -> how fans say it on a narrow axis; other meets are named by their city
SERIES_SHORT = {
    "Olympics": "Olympics",
    "World Championships": "Worlds",
    "World Indoor Championships": "W. Indoors",
    "European Championships": "Euros",
    "European Indoor Championships": "Euro Indoors",
    "Commonwealth Games": "C'wealth",
    "World U20 Championships": "U20 Worlds",
    "Diamond League Final": "DL Final",
}
ROUND_SHORT = {"final": "", "semi-final": "SF", "heat": "H"}


@dataclass(frozen=True)
class Bar:
    """One meeting: how far ahead who was, in seconds or places."""

    label: str
    ahead: Ahead | None
    value: float | None  # the margin as the answer gives it; None when it has none
    unit: Unit | None
    final: bool
    text: str  # the margin in words: "0.27 s", "1 place", "DNF", "no result"


@dataclass(frozen=True)
class H2HSpec:
    """A head-to-head chart: one bar per meeting, oldest first, and every word it shows."""

    title: str  # the answer's tally
    caption: str  # how many meetings, which events, the unit
    athlete: str
    opponent: str
    left: str  # "◀ Kerr ahead"
    right: str  # "Ingebrigtsen ahead ▶"
    seconds: bool  # margins in seconds (else every margin is in places)
    bars: tuple[Bar, ...]
    note: str

    @property
    def alt_text(self) -> str:
        """The chart in words, within Discord's limit for a description."""
        rows = "; ".join(
            say("chart.alt.row", label=bar.label, said=_said(self, bar)) for bar in self.bars
        )
        return _clip(
            say("chart.alt", title=self.title, caption=self.caption, rows=rows, note=self.note)
        )


@dataclass(frozen=True)
class Point:
    """A season best: the season, the time in seconds and as printed."""

    year: int
    seconds: float
    time: str


@dataclass(frozen=True)
class MedalMark:
    """A championship medal drawn on its event's panel."""

    year: int
    place: int
    label: str  # "Worlds '23 gold"


@dataclass(frozen=True)
class Panel:
    """One event's season bests and medals."""

    event: str
    points: tuple[Point, ...]
    medals: tuple[MedalMark, ...]


@dataclass(frozen=True)
class ProgressionSpec:
    """An athlete chart: one panel per main event."""

    title: str
    panels: tuple[Panel, ...]
    note: str
    other_medals: tuple[str, ...]  # medals in events without a panel

    @property
    def alt_text(self) -> str:
        """The chart in words, within Discord's limit for a description."""
        parts = [f"{self.title}."]
        for panel in self.panels:
            bests = ", ".join(f"{p.year} {p.time}" for p in panel.points)
            parts.append(say("chart.athlete.bests", event=panel.event, bests=bests))
            if panel.medals:
                medals = ", ".join(m.label for m in panel.medals)
                parts.append(say("chart.athlete.medals", medals=medals))
        if self.other_medals:
            medals = ", ".join(self.other_medals)
            parts.append(say("chart.athlete.other_medals", medals=medals))
        parts.append(self.note.replace("\n", " "))
        return _clip(" ".join(parts))


def short_meet(meet: Meet) -> str:
    """A meet as a narrow axis can name it: "Worlds '23", "Olympics '24", "Zurich '24"."""
    name = SERIES_SHORT.get(meet.series or "")
    if name is None:
        # "Chorzów (Silesia)" -> "Chorzów", "Saint-Denis (Paris)" -> "Saint-Denis"
        name = re.sub(r"\s*\(.*?\)", "", meet.city).strip() or meet.name
    return f"{name} '{meet.year % 100:02d}"


def meeting_label(meeting: Meeting, meet: Meet | None, main_event: str | None = None) -> str:
    """The axis label of a meeting: "Worlds '19 SF2", "Eugene '18 mile".

    The meet's short name, then the event when it is not the answer's main one, then the round
    unless it is a final.
    """
    base = short_meet(meet) if meet else f"{meeting.meet[:12]} '{meeting.year % 100:02d}"
    tag = ROUND_SHORT.get(meeting.round, meeting.round)
    if tag and meeting.heat:
        tag += str(meeting.heat)
    event = meeting.event if main_event and meeting.event != main_event else ""
    return " ".join(part for part in (base, event, tag) if part)


def h2h_spec(answer: H2HAnswer, store: FactStore) -> H2HSpec | None:
    """The head-to-head chart of an answer; None when it has fewer than two meetings.

    Margins are the answer's own: seconds where both have times, else the answer's places.
    The store is read only for the meets' short names.
    """
    if len(answer.meetings) < 2:
        return None
    oldest_first = list(reversed(answer.meetings))
    shown = oldest_first[-MAX_MEETINGS:]
    a, b = short_names(answer.athlete, answer.opponent)
    events = Counter(m.event for m in answer.meetings)
    main_event = events.most_common(1)[0][0]
    bars = tuple(_bar(m, store.meets.get(m.meet_id), main_event, a, b) for m in shown)
    seconds = any(bar.unit == "s" for bar in bars)
    races = say("chart.h2h.finals") if answer.finals_only else say("races")
    count = (
        say("chart.h2h.count.cut", shown=len(shown), count=len(oldest_first), races=races)
        if len(shown) < len(oldest_first)
        else say("chart.h2h.count", count=len(shown), races=races)
    )
    caption = say(
        "chart.h2h.caption",
        count=count,
        scope=answer.event or say("h2h.scope.all"),
        unit=say("chart.seconds" if seconds else "chart.places"),
    )
    if not all(bar.final for bar in bars):
        caption += say("chart.h2h.pale")
    return H2HSpec(
        title=tally_line(answer, answer.tally),
        caption=caption,
        athlete=a,
        opponent=b,
        left=say("chart.h2h.left", name=a),
        right=say("chart.h2h.right", name=b),
        seconds=seconds,
        bars=bars,
        note=say("chart.h2h.note"),
    )


def _bar(meeting: Meeting, meet: Meet | None, main_event: str, a: str, b: str) -> Bar:
    label = meeting_label(meeting, meet, main_event)
    final = meeting.round == "final"
    ahead = meeting.winner
    if ahead is None:
        return Bar(label, None, None, None, final, say("h2h.no_result"))
    if meeting.margin is not None:
        return Bar(label, ahead, meeting.margin, "s", final, f"{meeting.margin:.2f} s")
    first, second = meeting.athlete, meeting.opponent
    if first.status != "finished" or second.status != "finished":
        behind = b if ahead == "athlete" else a
        status = (second if ahead == "athlete" else first).status.upper()
        return Bar(label, ahead, None, None, final, say("chart.out", name=behind, status=status))
    if first.place is not None and second.place is not None:
        places = abs(first.place - second.place)
        text = say("chart.place" if places == 1 else "chart.places.count", count=places)
        return Bar(label, ahead, float(places), "places", final, text)
    return Bar(label, ahead, None, None, final, "")


def _said(spec: H2HSpec, bar: Bar) -> str:
    if bar.ahead is None:
        return bar.text
    name = spec.athlete if bar.ahead == "athlete" else spec.opponent
    if bar.unit:
        return say("chart.alt.by", name=name, margin=bar.text)
    if bar.text:
        return say("chart.alt.ahead_because", name=name, why=bar.text)
    return say("h2h.ahead", name=name)


def progression_spec(answer: ProfileAnswer) -> ProgressionSpec | None:
    """The athlete chart of a profile; None when the store holds no timed result for them."""
    progress = answer.progression
    if not progress.seasons:
        return None
    panels = []
    for event in progress.events:
        points = tuple(Point(s.year, s.seconds, s.time) for s in progress.bests(event))
        medals = tuple(_medal(m) for m in progress.medals if m.event == event)
        panels.append(Panel(event, points, medals))
    other = tuple(
        say("chart.medal.other", medal=_medal(m).label, event=m.event)
        for m in progress.medals
        if m.event not in progress.events
    )
    return ProgressionSpec(
        title=say("chart.athlete.title", name=answer.person.name),
        panels=tuple(panels),
        note=say("chart.athlete.note"),
        other_medals=other,
    )


def _medal(medal: Medal) -> MedalMark:
    meet = SERIES_SHORT.get(medal.series, medal.series)
    colour = say(f"medal.{medal.place}")
    label = say("chart.medal", meet=meet, year=medal.year % 100, colour=colour)
    return MedalMark(medal.year, medal.place, label)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_ALT_TEXT else text[: MAX_ALT_TEXT - 1] + "…"
