"""/quote: what an athlete said, word for word, with its source; Another for the next one.

``command`` → ``answer`` (the best match for a topic, or a random one, and the order of the
rest) → ``layouts``; ``reading`` is how /ask reads a question as /quote.
"""

from bot.features.quote import command, layouts, reading
from bot.features.quote.answer import NoQuote, QuoteAnswer
from bot.registry import Feature, Layouts

FEATURE = Feature(
    command=command.quote,
    position=20,
    replies={
        QuoteAnswer: Layouts(layouts.quote_embed, layouts.quote_text),
        NoQuote: Layouts(layouts.no_quote_embed, layouts.no_quote_text),
    },
    reading=reading.READING,
    phrases=("quote.",),
)
