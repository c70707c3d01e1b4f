"""How /ask reads a question as /results: its cues, its builder and its label."""

from __future__ import annotations

from collections.abc import Mapping

from bot.ask.labels import name_of
from bot.ask.parts import Parts, Scores, held_by
from bot.ask.replies import Reading
from bot.facts.store import FactStore
from bot.phrases import Phrase
from bot.registry import Understanding

CUES = (
    (r"\b(who won|who win|whos won|who's won|hvem vant|winner|winners|won it)\b", 2.5),
    (r"\b(results?|resultat|resultater|podium|standings|placings|finishing order)\b", 3.0),
    (r"\b(how did|what happened to|where did|what place|finish|finished|placed|came)\b", 1.5),
    (r"\b(medal|medals|medalled|gold|silver|bronze|times? at|time in)\b", 1.0),
    (
        r"\bwho (was|came|finished|got|placed) (first|second|third|last|\d+(st|nd|rd|th)|fourth|"
        r"fifth|sixth|seventh|eighth|ninth|tenth)\b",
        2.0,
    ),
    # Norwegian: "hvem ble nummer fire", "hvem tok sølv"
    (r"\bhvem (ble|kom|endte) (nummer|på)\b|\bhvem tok (gull|sølv|bronse|medalje\w*)\b", 3.0),
    (r"\b(sølv|bronse|gull|plass|nummer \w+)\b", 1.0),
    (r"\b(did|didn't|didnt) \w+ (beat|win|lose)\b", 1.5),
    (r"\bhvordan gikk\b", 2.5),
    # out in a round: "røk ut i forsøket", "ut i semien", "knocked out in the heats"
    (
        r"\b(ut|out) (in|av|of) (the )?(heat|heats|semi|semis|semi-final|final)\b|"
        r"\b(knocked|crashed|went) out\b",
        2.0,
    ),
    (r"\b(margin|how close|photo finish|by how much|winning time)\b", 2.0),
    (r"\b(broke|broken|under|sub|dipped under) \d+\b", 2.0),
    (r"\bhow much (did|does|was) _ (win|won|beat|lose|lost) (by|it by)\b|\bwin(ning)? by\b", 3.0),
    (r"\bwhat happened (in|at)\b", 1.0),
)
TYPOS = {"results": 3.0, "result": 3.0, "winner": 2.5}
# a meet that has results, or is over, is asked about for its results
HELD = 1.0
PRIOR_HELD_WHEN_VAGUE = 1.5
RACE_NAMED = 1.0  # an event or a round named


def build(parts: Parts, scores: Scores) -> Reading | None:
    """A meet named as the race asked about (the latest with results), its event and round."""
    if not parts.race_meets():
        return None
    meet = parts.meet_for("results")
    if meet is None:
        return None
    options = {"meet": meet}
    if parts.slots.event:
        options["event"] = parts.slots.event
    if parts.slots.round:
        options["round"] = parts.slots.round
    store = parts.resolver.store
    held = bool(store.races_by_meet.get(meet)) or held_by(store.meets[meet], parts.today)
    prior = PRIOR_HELD_WHEN_VAGUE if held and max(scores.values()) < 2 else 0.0
    prior += RACE_NAMED if parts.slots.round or parts.slots.event else 0.0
    return parts.reading("results", options, (HELD if held else 0.0) + prior)


# the rounds a reading names, as the bot words them (static keys)
ROUND_PHRASES = {"final": "round.final", "semi-final": "round.semi-final", "heat": "round.heat"}


def label(store: FactStore, options: Mapping[str, str]) -> list[str | Phrase]:
    """Shown as: "/results World Athletics Championships Budapest 2023, 1500m, final"."""
    bits: list[str | Phrase] = [name_of(store, options["meet"])]
    bits += [options["event"]] if "event" in options else []
    if "round" in options:
        key = ROUND_PHRASES.get(options["round"])
        bits.append(Phrase(key=key) if key else options["round"])
    return bits


READING = Understanding(
    cues=CUES,
    typos=TYPOS,
    build=build,
    label=label,
    example="who won at budapest 2023?",
)
