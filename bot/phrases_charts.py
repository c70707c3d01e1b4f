"""The phrases of charts: the /h2h and /athlete images, their alt text and ``--chart``.

Part of the one catalog of :mod:`bot.phrases` (which merges them into ``EN``), kept apart so
that each module stays readable; the same rules hold (static keys, ``str.format`` fields).
"""

from __future__ import annotations

CHARTS: dict[str, str] = {
    "chart.alt": "Chart: {title}. {caption}. Oldest first: {rows}. {note}",
    "chart.alt.row": "{label}: {said}",
    "chart.alt.by": "{name} by {margin}",
    "chart.alt.ahead_because": "{name} ahead ({why})",
    "chart.h2h.count": "{count} {races}",
    "chart.h2h.count.cut": "last {shown} of {count} {races}",
    "chart.h2h.finals": "finals",
    "chart.h2h.caption": "{count} · {scope} · margins in {unit}",
    "chart.h2h.pale": " · pale: heats, semis",
    "chart.h2h.left": "◀ {name} ahead",
    "chart.h2h.right": "{name} ahead ▶",
    "chart.h2h.note": "Bars: who finished ahead and by how much. Pale bars: heats and semis.",
    "chart.seconds": "seconds",
    "chart.places": "places",
    "chart.place": "{count} place",
    "chart.places.count": "{count} places",
    "chart.out": "{name} {status}",
    "chart.athlete.title": "{name}: best time per season",
    "chart.athlete.note": (
        "Medals: ★ gold  ◆ silver  ● bronze\n"
        "Only results in this bot's store, not official season bests."
    ),
    "chart.faster": "faster ↑",
    "chart.h2h.key": "margins in {unit}",
    "chart.athlete.bests": "{event} best per season: {bests}.",
    "chart.athlete.medals": "Medals: {medals}.",
    "chart.athlete.other_medals": "Other medals: {medals}.",
    "chart.medal": "{meet} '{year:02d} {colour}",
    "chart.medal.other": "{medal} ({event})",
    "chart.written": "(chart written to {path})",
    "chart.none": "(no chart for this answer; {path} not written)",
}
