"""The nouns counted in answers, for one and for any other number (see ``counted``)."""

from __future__ import annotations

COUNTS = {
    "count.race.one": "{count} race",
    "count.race.other": "{count} races",
    "count.quote.one": "{count} quote",
    "count.quote.other": "{count} quotes",
    "count.event.one": "{count} event",
    "count.event.other": "{count} events",
    "count.reminder.one": "{count} reminder",
    "count.reminder.other": "{count} reminders",
    "count.report.one": "{count} report",
    "count.report.other": "{count} reports",
    "count.meet.one": "{count} meet",
    "count.meet.other": "{count} meets",
    "count.result.one": "{count} result",
    "count.result.other": "{count} results",
    "count.timeline.one": "{count} timeline event",
    "count.timeline.other": "{count} timeline events",
    "count.athlete.one": "{count} athlete",
    "count.athlete.other": "{count} athletes",
    "count.source.one": "{count} source",
    "count.source.other": "{count} sources",
}
