"""/athlete: a profile from the store, and a chart of the best time per season.

``command`` → ``answer`` (built from ``notable`` facts ranked and the ``progression`` of
season bests) → ``layouts``; ``reading`` is how /ask reads a question as /athlete, ``chart``
its picture.
"""

from bot.features.athlete import chart, command, layouts, reading
from bot.features.athlete.answer import ProfileAnswer
from bot.registry import Feature, Layouts

FEATURE = Feature(
    command=command.athlete,
    position=50,
    replies={
        ProfileAnswer: Layouts(layouts.athlete_embed, layouts.athlete_text),
    },
    reading=reading.READING,
    chart=chart.CHART,
    phrases=("profile.", "chart.athlete."),
)
