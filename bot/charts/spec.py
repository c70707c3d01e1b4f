"""What a chart shows: plain data, no plotting library.

Each feature that charts builds these from its answer (``bot/features/<name>/chart.py``); the
drawing code plots these numbers and nothing else, and the alt text is written from the same
data, so the picture and its description cannot disagree with the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.answers.meetings import Meeting
from bot.facts.models import Meet
from bot.phrases import say
from bot.render.format import event_name

MAX_MEETINGS = 16  # more rows than this are unreadable at 400 px: the latest are shown
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
# each short series name by its phrase: Norwegian fans say "VM '23", "OL '24"
SHORT_PHRASES = {
    "Olympics": "meet.short.olympics",
    "Worlds": "meet.short.worlds",
    "W. Indoors": "meet.short.world_indoors",
    "Euros": "meet.short.euros",
    "Euro Indoors": "meet.short.euro_indoors",
    "C'wealth": "meet.short.commonwealth",
    "U20 Worlds": "meet.short.u20_worlds",
    "DL Final": "meet.short.dl_final",
}


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
    """A head-to-head chart: one bar per meeting, newest first (as the list), and its words."""

    title: str  # the answer's tally
    caption: str  # how many meetings, which events, the unit
    athlete: str
    opponent: str
    left: str  # "◀ Kerr ahead"
    right: str  # "Ingebrigtsen ahead ▶"
    seconds: bool  # margins in seconds (else every margin is in places)
    bars: tuple[Bar, ...]
    note: str
    key: str = ""  # drawn under the title: the unit and what pale bars are

    @property
    def alt_text(self) -> str:
        """The chart in words, within Discord's limit for a description."""
        rows = "; ".join(
            say("chart.alt.row", label=bar.label, said=_said(self, bar)) for bar in self.bars
        )
        return clip(
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
    faster: str = "faster ↑"  # the time axis' label, in the viewer's language
    # the time axis' minute mark and decimal sign: "3:30.5", Norwegian "3.30,5"
    separators: tuple[str, str] = (":", ".")


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
        return clip(" ".join(parts))


def short_meet(meet: Meet) -> str:
    """A meet as a narrow axis can name it: "Worlds '23", "Olympics '24", "Zurich '24"."""
    name = SERIES_SHORT.get(meet.series or "")
    if name is None:
        # "Chorzów (Silesia)" -> "Chorzów", "Saint-Denis (Paris)" -> "Saint-Denis"
        name = re.sub(r"\s*\(.*?\)", "", meet.city).strip() or meet.name
    return f"{name} '{meet.year % 100:02d}"


def localised(label: str) -> str:
    """A short meet name ("Worlds '23") in the viewer's language ("VM '23"); a city stays."""
    name, apostrophe, year = label.rpartition(" '")
    key = SHORT_PHRASES.get(name) if apostrophe else None
    return f"{say(key)} '{year}" if key else label


def meeting_label(meeting: Meeting, meet: Meet | None, main_event: str | None = None) -> str:
    """The axis label of a meeting: "Worlds '19 SF2", "Eugene '18 mile".

    The meet's short name, then the event when it is not the answer's main one, then the round
    unless it is a final.
    """
    base = localised(short_meet(meet)) if meet else f"{meeting.meet[:12]} '{meeting.year % 100:02d}"
    tag = ROUND_SHORT.get(meeting.round, meeting.round)
    if tag and meeting.heat:
        tag += str(meeting.heat)
    event = event_name(meeting.event) if main_event and meeting.event != main_event else ""
    return " ".join(part for part in (base, event, tag) if part)


def _said(spec: H2HSpec, bar: Bar) -> str:
    if bar.ahead is None:
        return bar.text
    name = spec.athlete if bar.ahead == "athlete" else spec.opponent
    if bar.unit:
        return say("chart.alt.by", name=name, margin=bar.text)
    if bar.text:
        return say("chart.alt.ahead_because", name=name, why=bar.text)
    return say("h2h.ahead", name=name)


def clip(text: str) -> str:
    """Alt text within Discord's limit for a description."""
    return text if len(text) <= MAX_ALT_TEXT else text[: MAX_ALT_TEXT - 1] + "…"
