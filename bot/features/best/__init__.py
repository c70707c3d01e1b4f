"""/best: an athlete's fastest time in the store in each event (a trial command).

``command`` → ``answer`` → ``layouts``; ``reading`` is how /ask reads a question as /best.
"""

from bot.features.best import command, layouts, reading
from bot.features.best.answer import BestAnswer
from bot.registry import Feature, Layouts

FEATURE = Feature(
    command=command.best_of,
    position=65,
    replies={BestAnswer: Layouts(layouts.best_embed, layouts.best_text)},
    reading=reading.READING,
    phrases=("best.",),
)
