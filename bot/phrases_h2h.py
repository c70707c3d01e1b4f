"""The phrases of event, round and race names and of /h2h's compact rows and counts.

Merged into the one catalog (bot.phrases.EN); kept apart only to keep modules short.
"""

from __future__ import annotations

H2H: dict[str, str] = {
    # events and rounds as the bot words them (bot.render.format.event_name, race_name)
    "event.metres": "{n}m",
    "event.steeplechase": "{n}m steeplechase",
    "event.mile": "mile",
    "event.two_miles": "two miles",
    "event.indoor": "{event} (indoor)",
    "race.name": "{event} {round}",
    "round.short.final": "final",
    "round.short.semi-final": "semi",
    "round.short.heat": "heat",
    # a time as the viewer's press prints it: minutes and seconds (bot.render.format.race_time)
    "clock": "{m}:{s}",
    # /h2h: the counts sources publish, in two short lines at most
    "h2h.otherwise": "Sources count otherwise —",
    "h2h.count.source": "{publisher}: {counts} ({when})",
    "h2h.count.races": "{races}",
    "h2h.count.with_heats": "{count} with heats",
    "h2h.count.last": "{name} won {wins} of the last {count}",
    "h2h.count.wins_in": "{name} won {wins} of {count}",
    "h2h.count.wins": "{name} won {wins}",
    # who was ahead, when a meeting's line has no room for the name (its colour says it)
    "h2h.by.margin": "ahead by {margin} s",
}
