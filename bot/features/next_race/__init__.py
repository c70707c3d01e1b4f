"""/next-race: the countdown to the next meet, or its state (now on, finished, postponed).

``command`` → the answer (``bot.answers.next_race``, shared with following) → ``layouts``
(worded by ``wording``); ``reading`` is how /ask reads a question as /next-race.
"""

from bot.answers.next_race import NextRaceAnswer
from bot.features.next_race import command, layouts, reading
from bot.registry import Feature, Layouts

FEATURE = Feature(
    command=command.next_meet,
    position=30,
    replies={
        NextRaceAnswer: Layouts(layouts.next_race_embed, layouts.next_race_text),
    },
    reading=reading.READING,
    phrases=("next.", "entry.", "state."),
)
