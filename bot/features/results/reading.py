"""How /ask reads a question as /results: its cues, its builder and its label."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.answers.common import race_run_by
from bot.answers.results import default_race
from bot.ask.labels import name_of
from bot.ask.parts import Parts, Scores, held_by
from bot.ask.replies import Reading
from bot.ask.words import EVENTS
from bot.facts.meet_clock import noon
from bot.facts.models import Race
from bot.facts.store import ROUND_ORDER, FactStore
from bot.normalise import normalise
from bot.phrases import Phrase
from bot.registry import Understanding
from bot.resolve.describe import COUNTRY_WORDS
from bot.resolve.held import country_of

CUES = (
    (r"\b(who won|who win|whos won|who's won|hvem vant|winner|winners|won it)\b", 2.5),
    (r"\b(results?|resultat|resultater|podium|standings|placings|finishing order)\b", 3.0),
    (
        r"\b(how did|how'd|howd|what happened to|where did|what place|finish|finished|placed"
        r"|came)\b",
        1.5,
    ),
    (r"\b(medal|medals|medalled|gold|silver|bronze|times? at|time in)\b", 1.0),
    # the order of a race asked as a track nerd lists it: "places and times", "positions",
    # "top 4", "plasseringer og tider"
    (
        r"\b(places|positions|plasseringe\w*|plassene)( (and|og) (times|tider|tidene))?\b|"
        r"\b(times|tider|tidene) (and|og) (places|positions|plasseringe\w*)\b|"
        r"\btop (\d|three|four|five|six|eight|ten)\b|\b(topp) (\d|tre|fire|fem|seks|åtte|ti)\b",
        2.0,
    ),
    (
        r"\bwho (was|came|finished|got|placed) (first|second|third|last|\d+(st|nd|rd|th)|fourth|"
        r"fifth|sixth|seventh|eighth|ninth|tenth)\b",
        2.0,
    ),
    # Norwegian: "hvem ble nummer fire", "hvem tok sølv"
    (r"\bhvem (ble|kom|endte) (nummer|på)\b|\bhvem tok (gull|sølv|bronse|medalje\w*)\b", 3.0),
    (r"\b(sølv|bronse|gull|plass|nummer \w+)\b", 1.0),
    # a place told of someone, put to be checked: "kerr kom sist i tokyo", "jakob ble nummer
    # fire", "hocker finished last in paris" (the race's results hold the fact)
    (
        r"\b_ (came|finished|ended up|ended|kom|ble|vart|endte|havnet|hamna|hamnet) (in |på )?"
        r"(dead |stone )?(last|first|second|third|fourth|fifth|\d+(st|nd|rd|th)?|sist|sisst|"
        r"først|fyrst|nest ?sist|nummer \w+|bottom|top)\b",
        2.0,
    ),
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
    # a loss said as fans say it: "kerr got done in london, who pipped him", "who edged _"
    (
        r"\bwho (pipped|edged|outkicked|outsprinted|caught|pinched it off) (him|her|them|_)\b|"
        r"\bgot (done|pipped|edged|outkicked|rolled|mugged|beat|beaten) (in|at|on|by)\b",
        2.0,
    ),
    # what someone did at a meet is how he ran there: "what did kerr do in torun", "ka gjorde
    # jakob i paris", "hva har kerr gjort på bislett" (what he said there is "say", a quote)
    (
        r"\b(what did _ do|what has _ done|hva gjorde _|hva har _ gjort|hva gjorde han|"
        r"hva gjorde de) (in|at|on) _",
        2.5,
    ),
)
TYPOS = {"results": 3.0, "result": 3.0, "winner": 2.5}
# a meet that has results, or is over, is asked about for its results
HELD = 1.0
PRIOR_HELD_WHEN_VAGUE = 1.5
RACE_NAMED = 1.0  # an event or a round named
RAN_THERE = 1.5  # whether the ones named ran at a meet over, asked
# ... in the past tense, or in the present with the meet's year said ("spring filip i
# berlin-finalen 2018?"; "løper jakob vm i tokyo?" asks of the one ahead)
_RAN = re.compile(
    r"\b(ran|raced|competed|løp|deltok|stilte|lined up)\b|\bdid( \w+){1,4} (run|race)\b"
)
_RUNS = re.compile(r"\b(run|race|compete|løper|line up)\b")
# how often they met is their tally, no one race: "the only time they raced that yr"
_TALLY = re.compile(r"\b(times?|each other|one another|against|hverandre|ganger|gang)\b")


# the year's global championship asked without its name: "the big 1500 final the year before
# paris", "the major final in 2023", "mesterskapsfinalen i 2022"
_GLOBAL = re.compile(
    r"\b(big|biggest|major|global|championship|champs|title|store|mesterskaps\w*)\b"
)
GLOBAL_SERIES = ("Olympics", "World Championships")


def _global_final(parts: Parts) -> str | None:
    """The Olympics or Worlds of the one year asked, when "the big final" of it is asked."""
    if len(parts.slots.years) != 1 or not _GLOBAL.search(parts.question.joined):
        return None
    if parts.slots.round is None and parts.slots.event is None:
        return None
    store = parts.resolver.store
    year = parts.slots.years[0]
    held = [
        m.id
        for m in store.meets_by_date
        if m.year == year and m.series in GLOBAL_SERIES and store.races_by_meet.get(m.id)
    ]
    return held[0] if len(held) == 1 else None


def build(parts: Parts, scores: Scores) -> Reading | None:
    """A meet named as the race asked about (the latest with results), its event and round."""
    if not parts.race_meets():
        named = _global_final(parts)  # ("the year before paris": paris says when, no more)
        if named is None:
            return _raced_together(parts)
        return _reading(parts, scores, named)
    meet = parts.meet_for("results")
    if meet is None:
        return None
    medal = _medal_race(parts, meet)
    if medal is not None:
        return _reading(parts, scores, medal.meet, medal.event)
    return _reading(parts, scores, meet)


# a medal's word: its place in a final
MEDAL_WORDS = {
    **dict.fromkeys(("gold", "gull", "gullet"), 1),
    **dict.fromkeys(("silver", "sølv", "sølvet"), 2),
    **dict.fromkeys(("bronze", "bronse", "bronsen"), 3),
}


def _medal_race(parts: Parts, meet: str) -> Race | None:
    """The final of ``meet``'s championship or city where the athlete named took the place said.

    A medal ("Nordås tok VM-bronse: hele resultatlisten", "the OL final kerr took silver in")
    or a race by its winner ("who came fourth in the race jakob won in tokyo", "løpet i
    budapest som kerr vant"): no year is said, so the place says which (the latest such).
    """
    places = {MEDAL_WORDS[w] for w in parts.question.words if w in MEDAL_WORDS}
    places |= {1} if _WON_BY.search(_racers_masked(parts)) else set()
    if parts.slots.years or not parts.racers or len(places) != 1:
        return None
    store, place = parts.resolver.store, places.pop()
    said = store.meets[meet]
    # (a city named is the city's meets of any series: jakob won in tokyo at the 2021 olympics)
    town = set(normalise(said.city).split()) & set(parts.question.words)  # ("Saint-Denis (Paris)")
    named, want = {v for _, v in parts.racers}, parts.slots.event
    won = [
        r
        for m in store.meets_by_date
        if (
            town & set(normalise(m.city).split())
            if town
            else said.series and m.series == said.series
        )
        for r in store.races_by_meet.get(m.id, ())
        if r.round == "final"
        and (not want or r.event == want or (want == "indoor" and "(indoor)" in r.event))
        and any(w.athlete in named and w.place == place for w in r.results)
    ]
    return won[-1] if won else None


# a race said by its winner: "the race jakob won", "løpet som kerr vant", "the final _ won"
_WON_BY = re.compile(
    r"\b(race|final|one|løpet|finalen|løp)( that| which| som| in \w+(?: that| som)?)? _ "
    r"(won|vant|took|tok)\b(?! (gold|gull|silver|sølv|bronze|bronse))"
)


def _racers_masked(parts: Parts) -> str:
    """The question's words with each athlete's name as one "_" (as the cues read them)."""
    words, ends = parts.question.words, {s.start: s.end for s in parts.slots.athletes}
    masked, at = [], 0
    while at < len(words):
        masked.append("_" if at in ends else words[at])
        at = ends.get(at, at + 1)
    return " ".join(masked)


# a heat's or semi-final's number after its word: "heat 2", "semi 1", "forsøk nr 3", "semien #2"
_ROUND_NUMBER = re.compile(
    r"\b(?:heat|heats|semi|semis|semi final|semifinal|semi-final|semifinale\w*|semien|forsøk\w*)"
    r" (?:nr |no |number |nummer )?#?([1-9])\b(?! ?(?:m|k|km|000|500|:))"
)


def _reading(parts: Parts, scores: Scores, meet: str, event: str | None = None) -> Reading:
    """The reading of ``meet``'s results with the event and round the question names.

    ``event``: the race's, when the question named it by a medal won in it.
    """
    options = {"meet": meet}
    if parts.slots.event or event:
        options["event"] = event or parts.slots.event or ""
    if parts.slots.round:
        options["round"] = parts.slots.round
        number = _ROUND_NUMBER.search(parts.question.joined)
        if number and parts.slots.round != "final":
            options["heat"] = number.group(1)  # "paris semi 2", "tokyo heat nr 4"
    store = parts.resolver.store
    if event is None and (not parts.slots.event or parts.slots.event == "indoor"):
        # ("the glasgow indoor race that josh won": "indoor" says which meet, not which race)
        options.update(_athletes_race(parts, meet))
    held = bool(store.races_by_meet.get(meet)) or held_by(store, store.meets[meet], parts.today)
    prior = PRIOR_HELD_WHEN_VAGUE if held and max(scores.values()) < 2 else 0.0
    # whether the ones named ran a race over and done is asked of its results: "spring både
    # filip og henrik i berlin-finalen 2018?", "did kerr race in glasgow"
    if held and _ran_asked(parts, meet) and _ran_there(parts, meet):
        prior += RAN_THERE
    prior += RACE_NAMED if parts.slots.round or parts.slots.event else 0.0
    return parts.reading("results", options, (HELD if held else 0.0) + prior)


def _ran_asked(parts: Parts, meet: str) -> bool:
    """Whether the question asks if the ones named ran at ``meet`` (see ``_RAN``)."""
    joined = parts.question.joined
    if _TALLY.search(joined):
        return False
    if _RAN.search(joined):
        return True
    return bool(_RUNS.search(joined)) and parts.resolver.store.meets[meet].year in parts.slots.years


def _ran_there(parts: Parts, meet: str) -> bool:
    """Whether an athlete named has a result in a race of ``meet``."""
    named = {v for _, v in parts.racers}
    races = parts.resolver.store.races_by_meet.get(meet, ())
    return any(named & {row.athlete for row in r.results} for r in races)


def _athletes_race(parts: Parts, meet: str) -> dict[str, str]:
    """The event and round of the race the athletes named ran at the meet, when not its main.

    "how did kerr do at millrose" asks for Kerr's race (the two mile), not the meet's main
    race (the mile); "did jakob make the final in tokyo" his furthest round in his main event.
    Of the races the options can show (a heat other than the first has no option), the one
    most of them ran, in the rivalries' events first, the furthest round first.
    """
    store = parts.resolver.store
    named = {v for _, v in parts.racers if v in store.people}
    if not named:
        return {}
    now = noon(parts.today)
    races = [r for r in store.races_by_meet.get(meet, ()) if race_run_by(store, r, now)]
    wanted = parts.slots.round
    ran = [
        r
        for r in races
        if (wanted is None or r.round == wanted) and named & {row.athlete for row in r.results}
    ]
    if not ran:
        return {}
    events = store.main_events

    def rank(race: Race) -> tuple[int, int, int, int]:
        shared = len(named & {row.athlete for row in race.results})
        main = events.index(race.event) if race.event in events else len(events)
        return (-shared, main, -ROUND_ORDER[race.round], race.heat or 0)

    def shown(race: Race) -> bool:  # the race the command shows for its event and round
        same = [r for r in races if r.event == race.event and r.round == race.round]
        return min(same, key=lambda r: r.heat or 0) is race

    ran.sort(key=rank)
    chosen = next((r for r in ran if shown(r)), ran[0])
    if wanted is None and chosen is default_race(store, tuple(races)):
        return {}  # the meet's main race: the options need not name it
    if chosen.round == "final" and wanted is None:
        return {"event": chosen.event}
    return {"event": chosen.event, "round": chosen.round}


# before a country a race was in ("raced in america", "in the US", "i USA")
_IN = frozenset({"in", "i", "at", "på", "in the", "over in", "over i"})


def _raced_together(parts: Parts) -> Reading | None:
    """The one race the athletes named ran together in the country (and year, event) said.

    "who won when the scottish one and the norwegian raced in america, the mile thing": the
    store's races that both ran, in the United States, over the mile. A final first; several
    left is no one race (no reading, nothing guessed).
    """
    store = parts.resolver.store
    people = store.people
    named = {v for _, v in parts.racers if v in people and people[v].role == "athlete"}
    words = parts.question.words
    countries = {
        COUNTRY_WORDS[w]
        for i, w in enumerate(words)
        if w in COUNTRY_WORDS and _IN & {words[i - 1], " ".join(words[max(0, i - 2) : i])}
    }
    if not named or not countries:  # (a year alone is the head-to-head's: "i fjor")
        return None
    years, now = parts.slots.years, noon(parts.today)
    # (an afterthought says the event too: "..., the mile thing")
    said = {EVENTS[w] for w in words if w in EVENTS}
    events = {parts.slots.event} if parts.slots.event else said
    indoor = "indoor" in events  # ("the indoor one": any race indoors)
    events -= {"indoor"}
    races = [
        r
        for r in store.races_by_athlete.get(min(named), ())  # (one's races hold them all)
        if named <= {row.athlete for row in r.results}
        and (not countries or country_of(store.meets[r.meet]) in countries)
        and (not years or store.meets[r.meet].year in years)
        and (not events or r.event in events)
        and (not indoor or "indoor" in r.event)
        and race_run_by(store, r, now)
    ]
    races = [r for r in races if r.round == "final"] or races
    if len(named) == 1 and races:
        # one athlete in a country ("did josh win in poland last weekend"): his latest race
        # there (the store's races of an athlete are in date order)
        races = [r for r in races if r.meet == races[-1].meet][:1]
    if len(races) != 1:
        return None
    race = races[0]
    options = {"meet": race.meet, "event": race.event, "round": race.round}
    return parts.reading("results", options, HELD + RACE_NAMED)


# the rounds a reading names, as the bot words them (static keys)
ROUND_PHRASES = {"final": "round.final", "semi-final": "round.semi-final", "heat": "round.heat"}


def label(store: FactStore, options: Mapping[str, str]) -> list[str | Phrase]:
    """Shown as: "/results World Athletics Championships Budapest 2023, 1500m, final"."""
    bits: list[str | Phrase] = [name_of(store, options["meet"])]
    bits += [options["event"]] if "event" in options else []
    if "round" in options:
        key = ROUND_PHRASES.get(options["round"])
        said: str | Phrase = Phrase(key=key) if key else options["round"]
        if "heat" in options:  # "semi-final 2"
            said = Phrase(key="round.numbered", values={"round": said, "n": options["heat"]})
        bits.append(said)
    return bits


READING = Understanding(
    cues=CUES,
    typos=TYPOS,
    build=build,
    label=label,
    example="who won at budapest 2023?",
)
