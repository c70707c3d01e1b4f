"""/about: what the store holds, its date range, "facts as of", and where to report a mistake.

``command`` → ``answer`` → ``layouts``; ``reading`` is how /ask reads a question as /about.
"""

from bot.features.about import command, layouts, reading
from bot.features.about.answer import AboutAnswer
from bot.registry import Feature, Layouts

FEATURE = Feature(
    command=command.about_bot,
    position=70,
    replies={
        AboutAnswer: Layouts(layouts.about_embed, layouts.about_text),
    },
    reading=reading.READING,
    phrases=("about.",),
)
