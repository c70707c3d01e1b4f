"""/athlete's chart: the best time per season in the two main events, with medals."""

from __future__ import annotations

from collections.abc import Hashable

from bot.charts.service import Chart
from bot.charts.spec import SERIES_SHORT, MedalMark, Panel, Point, ProgressionSpec
from bot.facts.store import FactStore
from bot.features.athlete.answer import ProfileAnswer
from bot.features.athlete.progression import Medal
from bot.phrases import say
from bot.registry import Charting
from bot.render.format import clock_separators, event_name, race_time

MEDAL = {1: "medal.1", 2: "medal.2", 3: "medal.3"}


def question(answer: ProfileAnswer) -> Hashable:
    """The question a profile answers: the athlete."""
    return ("athlete", answer.person.id)


def held(answer: ProfileAnswer) -> Hashable:
    """The season bests and medals the profile holds."""
    progress = answer.progression
    return (
        tuple((s.event, s.year, s.time) for s in progress.seasons),
        tuple((m.event, m.year, m.place) for m in progress.medals),
    )


def progression_spec(answer: ProfileAnswer) -> ProgressionSpec | None:
    """The athlete chart of a profile; None when the store holds no timed result for them."""
    progress = answer.progression
    if not progress.seasons:
        return None
    panels = []
    for event in progress.events:
        points = tuple(Point(s.year, s.seconds, race_time(s.time)) for s in progress.bests(event))
        medals = tuple(_medal(m) for m in progress.medals if m.event == event)
        panels.append(
            Panel(event_name(event), points, medals, say("chart.faster"), clock_separators())
        )
    other = tuple(
        say("chart.medal.other", medal=_medal(m).label, event=event_name(m.event))
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
    """A medal as the chart labels it: "Worlds '23 gold"."""
    meet = SERIES_SHORT.get(medal.series, medal.series)
    colour = say(MEDAL[medal.place])
    label = say("chart.medal", meet=meet, year=medal.year % 100, colour=colour)
    return MedalMark(medal.year, medal.place, label)


def draw(answer: ProfileAnswer, store: FactStore) -> Chart | None:
    """The chart of a profile with a timed result, drawn now."""
    del store  # the profile holds every number the chart shows
    from bot.charts import draw as drawing  # imports matplotlib: only when a chart is drawn

    spec = progression_spec(answer)
    if spec is None:
        return None
    name = f"athlete-{answer.person.id}.png"
    return Chart(drawing.progression_png(spec), spec.alt_text, name)


CHART = Charting(question=question, held=held, draw=draw)
