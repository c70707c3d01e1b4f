"""/ask: a question in plain words, read as one of the other commands and answered by it.

The reading itself is shared machinery (``bot/ask``: words, names, every feature's cues and
builders); this package declares the command and lays out its replies. It has no /ask
reading of its own.
"""

from bot.ask.replies import AskAnswer, CannotKnow, NotSure, PersonFact
from bot.features.ask import command, layouts
from bot.registry import Feature, Layouts

FEATURE = Feature(
    command=command.ask_question,
    position=80,
    replies={
        AskAnswer: Layouts(layouts.ask_embed, layouts.ask_text),
        NotSure: Layouts(layouts.not_sure_embed, layouts.not_sure_text),
        CannotKnow: Layouts(layouts.cannot_know_embed, layouts.cannot_know_text),
        PersonFact: Layouts(layouts.person_fact_embed, layouts.person_fact_text),
    },
    phrases=("ask.",),
)
