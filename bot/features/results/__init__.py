"""/results: the results of a race at a meet (default: its 1500m or mile final).

``command`` → the answer (``bot.answers.results``, shared with following) → ``layouts``;
``reading`` is how /ask reads a question as /results.
"""

from bot.answers.results import NoResults, ResultsAnswer
from bot.features.results import command, layouts, reading
from bot.registry import Feature, Layouts

FEATURE = Feature(
    command=command.results,
    position=40,
    replies={
        ResultsAnswer: Layouts(layouts.results_embed, layouts.results_text),
        NoResults: Layouts(layouts.no_results_embed, layouts.no_results_text),
    },
    reading=reading.READING,
    phrases=("results.",),
)
