"""/ask: a question in plain words, read as one of the other commands and answered by it.

The reading itself is shared machinery (``bot/ask``: words, names, every feature's cues and
builders); this package declares the command and lays out its replies. It has no /ask
reading of its own.
"""

from bot.ask.replies import AskAnswer, CannotKnow, NotSure
from bot.features.ask import command, layouts
from bot.registry import Feature

FEATURE = Feature(
    command=command.ask_question,
    position=80,
    embeds={
        AskAnswer: layouts.ask_embed,
        NotSure: layouts.not_sure_embed,
        CannotKnow: layouts.cannot_know_embed,
    },
    texts={
        AskAnswer: layouts.ask_text,
        NotSure: layouts.not_sure_text,
        CannotKnow: layouts.cannot_know_text,
    },
    phrases=("ask.",),
)
