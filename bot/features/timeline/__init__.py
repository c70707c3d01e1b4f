"""/timeline: the cited, dated moments of the rivalry, for up to two athletes and one year.

``command`` → ``answer`` → ``layouts``; ``reading`` is how /ask reads a question as /timeline.
"""

from bot.features.timeline import command, layouts, reading
from bot.features.timeline.answer import TimelineAnswer
from bot.registry import Feature, Layouts

FEATURE = Feature(
    command=command.timeline_events,
    position=60,
    replies={
        TimelineAnswer: Layouts(layouts.timeline_embed, layouts.timeline_text),
    },
    reading=reading.READING,
    phrases=("timeline.",),
)
