"""/results: the results of a race at a meet (default: its 1500m or mile final).

``command`` → the answer (``bot.answers.results``, shared with following) → ``layouts``;
``reading`` is how /ask reads a question as /results.
"""

from bot.answers.results import NoResults, ResultsAnswer
from bot.features.results import command, layouts, reading
from bot.registry import Feature

FEATURE = Feature(
    command=command.results,
    position=40,
    embeds={ResultsAnswer: layouts.results_embed, NoResults: layouts.no_results_embed},
    texts={ResultsAnswer: layouts.results_text, NoResults: layouts.no_results_text},
    reading=reading.READING,
    phrases=("results.",),
)
