"""Cue phrases: which command a question's wording points to, and questions the store can't know.

Each cue is a regular expression over the question's lowercase words joined by spaces, with a
weight. English first; the common Norwegian phrasings too ("hvem har vunnet flest", "hva sa",
"når løper … neste gang"). Single cue words also match with a typo ("qoute", "reslts").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.ask.words import Question

Intent = (
    str  # a command name: "h2h", "quote", "next-race", "results", "athlete", "timeline", "about"
)

_CUES: dict[Intent, list[tuple[str, float]]] = {
    "h2h": [
        (r"\b(vs|v|versus|h2h|mot)\b", 3.0),
        (r"\bhead ?to ?head\b", 3.0),
        (r"\b(won|win|wins|winning) (the )?most\b|\b(won|wins|win) more\b", 3.0),
        (r"\bvunnet (flest|mest)\b|\bflest seiere\b", 3.0),
        (r"\b(record|tally|score|scoreline|stats) (against|between|vs|v)\b", 3.0),
        (r"\b(record|tally|score|scoreline)\b", 1.0),
        (r"\b(beat|beaten|beats|beating|slo|slått)\b", 1.5),
        (r"\bagainst\b", 1.5),
        (r"\b(faster|better|best|quicker|greater|goat|stronger|dominat\w*|leads?|ahead)\b", 1.0),
        (r"\b(rivalry|rivals)\b", 1.0),
        (r"\bhow many times\b|\bhow often\b", 1.0),
        (r"\bhvem er (best|raskest)\b", 2.0),
        (r"\b(who|whos|who's|who is) (the )?(faster|better|quicker|best|stronger|greater)\b", 2.0),
        (r"\b(finals?) only\b|\bonly (the )?finals?\b|\bin finals\b", 1.0),
        (r"\b(first|last) (time|race|meeting|met|raced)\b|\b(raced|met|møtte)\b", 2.5),
        (r"\b(each other|ran together|raced together|race each other)\b", 2.0),
    ],
    "quote": [
        (r"\b(say|said|says|saying|sa|sagt|sier)\b", 3.0),
        (r"\b(quote|quotes|quoted|sitat|sitater)\b", 3.0),
        (r"\b(think|thinks|thought|thoughts|opinion|mener|feel|feels) (of|about|on|om)\b", 3.0),
        (r"\b(talk|talked|talking|told|tell us|comment|comments|commented|words|snakket)\b", 2.0),
        (r"\b(reckon|reckons|claims?|admit|admitted|trash talk)\b", 1.5),
        (r"\babout\b|\babt\b|\bbout\b", 0.5),
        (r"^_ on\b|\b(respond|responded|react|reacted|reply|replied) to\b", 3.0),
    ],
    "next-race": [
        (r"\bnext\b|\bneste\b|\bupcoming\b|\bnow on\b", 2.5),
        (r"\b(when|when's|whens|når)\b", 1.5),
        (r"\b(when is|when's|whens|when does|when do|when are|when will|når er|når løper)\b", 1.0),
        (
            r"\b(schedule|countdown|how long (until|till|til)|start|starts|kick off)\b",
            2.0,
        ),
        (r"\b(racing|race|run|running|competing|compete|løper) (again|next)\b", 2.0),
        (r"\b(coming up|soon|this weekend|tomorrow|tonight|this year|anytime soon)\b", 1.5),
        (r"\b(is|are|will) _ (running|racing|doing|in|at|going to|entered|competing)\b", 3.0),
        (r"\b_ (running|racing|doing|at|entered in) _", 2.5),
        (r"\bløper\b", 2.5),
        (r"\b(racing|running|competing)\b", 1.0),
        # the past is no countdown: "did kerr ever win a diamond league", "when was the final"
        (r"\b(did|didn't|didnt|was|were|won|ever|has|had)\b", -2.0),
    ],
    "results": [
        (r"\b(who won|who win|whos won|who's won|hvem vant|winner|winners|won it)\b", 2.5),
        (r"\b(results?|resultat|resultater|podium|standings|placings|finishing order)\b", 3.0),
        (r"\b(how did|what happened to|where did|what place|finish|finished|placed|came)\b", 1.5),
        (r"\b(medal|medals|medalled|gold|silver|bronze|times? at|time in)\b", 1.0),
        (r"\bwho (was|came|finished) (first|second|third|last)\b", 2.0),
        (r"\b(did|didn't|didnt) \w+ (beat|win|lose)\b", 1.5),
        (r"\bhvordan gikk\b", 2.5),
        (r"\b(margin|how close|photo finish|by how much|winning time)\b", 2.0),
        (r"\bwhat happened (in|at)\b", 1.0),
    ],
    "athlete": [
        (
            r"^(who is|who's|whos|hvem er) (the other \w+ )?_|\b(who is|who's|whos) (this|that)\b",
            2.5,
        ),
        (r"\b(tell me about|tell me abt|info|profile|bio|biography|background|fortell)\b", 3.0),
        (r"\b(deal|who)$", 2.0),
        (r"\b(pb|pbs|personal best|personal bests|best times?|fastest times?|stats)\b", 2.5),
        (r"\b(how old|age|born|country|nationality|where is \w+ from|from where)\b", 2.5),
        (r"\bhow fast is\b|\bhow good is\b|\bwhat has \w+ won\b", 2.0),
        # a career question, not one race: "did kerr ever win a diamond league", "world champion?"
        (r"\bever (won|win)\b|\b(champion|champ|champs|titles)\b", 2.0),
        (r"\b(world|european|british|national|olympic)( \w+)? (records?|bests?)\b|\bwrs?\b", 2.5),
    ],
    "timeline": [
        (r"\b(timeline|tidslinje|history|historie|story|recap|moments|key moments)\b", 4.0),
        (r"\b(newest|oldest|latest) first\b|\bwalk me (through|thru)\b", 4.0),
        (r"\b(beef|saga|feud|drama)\b|\blatest in\b", 2.0),
        # an athlete's news: the dated moments hold injuries and surgeries
        (r"\b(injur\w*|surgery|surgeries|hurt|achilles|calf|skade\w*)\b", 2.0),
        (r"\bwhat happened\b|\bhva skjedde\b|\bhow did it start\b|\bhow it started\b", 2.5),
        (r"\b(when did|since when|over the years|through the years|back in|origins?)\b", 1.5),
        (r"\b(chronolog\w*|from the start|from the beginning|how did it start|start)\b", 2.0),
    ],
    "about": [
        (r"\b(what do you know|what can you do|what can i ask|what do you do|help|hjelp)\b", 3.0),
        (r"\b(who are you|what are you|who made you|about you|your sources|sources)\b", 3.0),
        (r"\b(where do (you|your facts) (get|come)|how up to date|how current|facts as of)\b", 3.0),
        (r"\bhva kan\b|\bhva vet\b", 3.0),
        (r"\bwhat (can|do) (u|you|it)\b|\b(this|the|ur|your) bot\b|\bcommands\b", 3.0),
        (r"\bhow do i use\b|\bwhat years\b|\bdata come from\b|\bcover\b", 3.0),
    ],
}
_COMPILED = {
    intent: [(re.compile(pattern), weight) for pattern, weight in cues]
    for intent, cues in _CUES.items()
}
# single cue words worth catching with a typo (ratio >= 80 on words of 5+ letters: "qoutes")
_TYPO_WORDS: dict[str, tuple[Intent, float]] = {
    "quote": ("quote", 3.0),
    "quotes": ("quote", 3.0),
    "results": ("results", 3.0),
    "result": ("results", 3.0),
    "timeline": ("timeline", 3.0),
    "history": ("timeline", 3.0),
    "versus": ("h2h", 3.0),
    "profile": ("athlete", 3.0),
    "upcoming": ("next-race", 2.5),
    "schedule": ("next-race", 2.0),
    "winner": ("results", 2.5),
    "against": ("h2h", 1.5),
}
TYPO_CUTOFF = 80.0


@dataclass(frozen=True)
class Outside:
    """A question the store cannot answer; the honest short reply is the phrase of its topic."""

    topic: str


# (topic, pattern): the reply is the phrase "ask.outside.<topic>" of bot.phrases
_OUTSIDE: list[tuple[str, str]] = [
    (
        "weather",
        r"\b(weather|rain|raining|rainy|wind|windy|temperature|forecast|hot|cold|sunny|vær|været)\b",
    ),
    (
        "odds",
        r"\b(odds|bet|bets|betting|bookies?|bookmakers?|favourite to win|favorite to win|"
        r"spread|wager|odds?en|spill)\b",
    ),
    (
        "live",
        r"\b(live|splits?|lap times?|laps?|right now|stream|streaming|watch it|tv|channel|"
        r"broadcast|direkte)\b",
    ),
    (
        "prediction",
        r"\b(who will win|who'll win|who wins(?! more| most)|gonna win|going to win|"
        r"will \w+ (win|break|beat|run)|predict|prediction|predictions|hvem vinner)\b",
    ),
    (
        "money",
        r"\b(tickets?|billett\w*|how much|prize money|salary|paid|net worth|earn|earns|money)\b",
    ),
    (
        "personal",
        r"\b(tall|height|weight|weigh|vo2|vo2max|diet|training|workouts?|spikes|shoes|"
        r"sponsors?|sponsored|brooks|nike|adidas|asics|puma|girlfriend|wife|married)\b",
    ),
    # only when no athlete is named: "jakob's world records" is a profile
    ("records", r"\b(world|european|british|olympic)( \w+)? (records?|bests?)\b|\bwrs?\b"),
    (
        "other_events",
        r"\b(marathon|100m|200m|400m|sprints?|sprinter|hurdles|javelin|shot put|discus|"
        r"hammer|relay|decathlon|heptathlon|long jump|high jump|pole vault|ncaa)\b",
    ),
]
_OUTSIDE_COMPILED = [(topic, re.compile(p)) for topic, p in _OUTSIDE]


def _masked(question: Question, names: Sequence[tuple[int, int]]) -> tuple[str, list[range]]:
    """The question with each name as one "_", and the words each token stands for.

    "is _ running" whether the name has one word or three; "Golden Spike" is no medal cue.
    """
    starts = {start: end for start, end in names}
    tokens: list[str] = []
    owners: list[range] = []
    index = 0
    while index < len(question.words):
        end = starts.get(index)
        if end is None:
            tokens.append(question.words[index])
            owners.append(range(index, index + 1))
            index += 1
        else:
            tokens.append("_")
            owners.append(range(index, end))
            index = end
    return " ".join(tokens), owners


def _words_in(text: str, owners: list[range], start: int, end: int) -> set[int]:
    """Indexes of the question's words behind the tokens of ``text`` between two offsets."""
    first = text.count(" ", 0, start)
    last = first + text.count(" ", start, end)
    return {i for token in owners[first : last + 1] for i in token}


def cue_scores(
    question: Question,
    names: Sequence[tuple[int, int]],
    explained: set[int] | None = None,
) -> dict[Intent, float]:
    """How strongly the wording points to each command (``names``: [start, end) of names).

    The indexes of the words that matched a cue are added to ``explained``.
    """
    text, owners = _masked(question, names)
    skip = {i for start, end in names for i in range(start, end)}
    scores = {intent: 0.0 for intent in _CUES}
    for intent, cues in _COMPILED.items():
        for pattern, weight in cues:
            match = pattern.search(text)
            if match:
                scores[intent] += weight
                if explained is not None:
                    explained |= _words_in(text, owners, match.start(), match.end())
    for index, word in enumerate(question.words):
        if index in skip or len(word) < 5 or word in _TYPO_WORDS:
            continue
        hit = process.extractOne(
            word, list(_TYPO_WORDS), scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
        )
        if hit:
            intent, weight = _TYPO_WORDS[hit[0]]
            scores[intent] += weight
            if explained is not None:
                explained.add(index)
    return scores


def outside(question: Question, names: Sequence[tuple[int, int]]) -> Outside | None:
    """The kind of question the store cannot know about, if this is one (names skipped)."""
    text, _ = _masked(question, names)
    for topic, pattern in _OUTSIDE_COMPILED:
        if topic == "records" and names:
            continue
        if pattern.search(text):
            return Outside(topic=topic)
    return None
