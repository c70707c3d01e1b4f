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
    """A head-to-head chart: one bar per meeting, oldest first."""

    title: str
    subtitle: str
    athlete: str
    opponent: str
    bars: tuple[Bar, ...]
    note: str

    @property
    def alt_text(self) -> str:
        """The chart in words, within Discord's limit for a description."""
        rows = "; ".join(f"{b.label}: {_said(self, b)}" for b in self.bars)
        note = self.note.replace("\n", " ")
        text = f"Chart: {self.title}. {self.subtitle}. Oldest first: {rows}. {note}"
        return _clip(text)


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
        parts = [f"Chart: {self.title}."]
        for panel in self.panels:
            bests = ", ".join(f"{p.year} {p.time}" for p in panel.points)
            parts.append(f"{panel.event} best per season: {bests}.")
            if panel.medals:
                parts.append("Medals: " + ", ".join(m.label for m in panel.medals) + ".")
        if self.other_medals:
            parts.append("Other medals: " + ", ".join(self.other_medals) + ".")
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
    what = answer.event or "all events"
    rounds = "finals" if answer.finals_only else "races"
    count = (
        f"last {len(shown)} of {len(oldest_first)} {rounds}"
        if len(shown) < len(oldest_first)
        else f"{len(shown)} {rounds}"
    )
    return H2HSpec(
        title=tally_line(answer, answer.tally),
        subtitle=f"{count} · {what}",
        athlete=a,
        opponent=b,
        bars=bars,
        note="Bars: who finished ahead and by how much. Pale bars: heats and semi-finals.",
    )


def _bar(meeting: Meeting, meet: Meet | None, main_event: str, a: str, b: str) -> Bar:
    label = meeting_label(meeting, meet, main_event)
    final = meeting.round == "final"
    ahead = meeting.winner
    if ahead is None:
        return Bar(label, None, None, None, final, "no result")
    if meeting.margin is not None:
        return Bar(label, ahead, meeting.margin, "s", final, f"{meeting.margin:.2f} s")
    first, second = meeting.athlete, meeting.opponent
    if first.status != "finished" or second.status != "finished":
        behind = b if ahead == "athlete" else a
        status = (second if ahead == "athlete" else first).status.upper()
        return Bar(label, ahead, None, None, final, f"{behind} {status}")
    if first.place is not None and second.place is not None:
        places = abs(first.place - second.place)
        word = "place" if places == 1 else "places"
        return Bar(label, ahead, float(places), "places", final, f"{places} {word}")
    return Bar(label, ahead, None, None, final, "ahead")


def _said(spec: H2HSpec, bar: Bar) -> str:
    if bar.ahead is None:
        return bar.text
    who = spec.athlete if bar.ahead == "athlete" else spec.opponent
    if bar.unit is None and bar.text != "ahead":
        return f"{who} ahead ({bar.text})"
    return f"{who} by {bar.text}" if bar.unit else f"{who} ahead"


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
        f"{_medal(m).label} ({m.event})" for m in progress.medals if m.event not in progress.events
    )
    return ProgressionSpec(
        title=f"{answer.person.name}: best time per season",
        panels=tuple(panels),
        note=(
            "Discs: championship medals (G, S, B).\n"
            "Only results in this bot's store, not official season bests."
        ),
        other_medals=other,
    )


def _medal(medal: Medal) -> MedalMark:
    series = SERIES_SHORT.get(medal.series, medal.series)
    return MedalMark(medal.year, medal.place, f"{series} '{medal.year % 100:02d} {medal.colour}")


def _clip(text: str) -> str:
    return text if len(text) <= MAX_ALT_TEXT else text[: MAX_ALT_TEXT - 1] + "…"
