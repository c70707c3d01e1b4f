"""/h2h: the head-to-head record of two athletes, every race they met in, and its chart.

``command`` (options and how they resolve) → ``answer`` (the record, pure) → ``layouts``
(embed pages and console lines, worded by ``wording``); ``reading`` is how /ask reads a
question as /h2h, ``chart`` its picture.
"""

from bot.features.h2h import chart, command, layouts, reading
from bot.features.h2h.answer import H2HAnswer
from bot.registry import Feature, Layouts

FEATURE = Feature(
    command=command.h2h,
    position=10,
    replies={
        H2HAnswer: Layouts(layouts.h2h_embed, layouts.h2h_text),
    },
    reading=reading.READING,
    chart=chart.CHART,
    phrases=("h2h.", "chart.h2h."),
)
