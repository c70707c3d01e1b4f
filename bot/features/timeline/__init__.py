"""/timeline: the cited, dated moments of the rivalry, for up to two athletes and one year.

``command`` → ``answer`` → ``layouts``; ``reading`` is how /ask reads a question as /timeline.
"""

from bot.features.timeline import command, layouts, reading
from bot.features.timeline.answer import TimelineAnswer
from bot.registry import Feature

FEATURE = Feature(
    command=command.timeline_events,
    position=60,
    embeds={TimelineAnswer: layouts.timeline_embed},
    texts={TimelineAnswer: layouts.timeline_text},
    reading=reading.READING,
    phrases=("timeline.",),
)
