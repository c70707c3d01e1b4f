"""How /ask reads a question as /athlete: its cues, its builder and its label."""

from __future__ import annotations

from collections.abc import Mapping

from bot.ask.labels import name_of
from bot.ask.parts import Parts, Scores
from bot.ask.replies import Reading
from bot.facts.store import FactStore
from bot.phrases import Phrase
from bot.registry import Understanding

# a distance as fans type it (bot.ask.words.EVENTS and the spelled forms)
_DISTANCE = (
    r"(800m?|1500m?|1500s|1\.5k|3000m?|3k|5000m?|5k|miles?|mila|metric|two miles|steeple\w*)"
)
CUES = (
    (r"^(who is|who's|whos|hvem er) (the other \w+ )?_|\b(who is|who's|whos) (this|that)\b", 2.5),
    # "who is X, the kid who won london": the clause after the name says which X, and its
    # race words ask nothing ("hvem er laros, han som slo jakob?")
    (
        r"^(who is|who's|whos|hvem er) _ ((the|that|this|a|an|den|han|denne|he|him|ham) "
        r"(\w+ ){0,3})?(who|that|som|from|fra)\b",
        2.0,
    ),
    (r"\b(tell me about|tell me abt|info|profile|bio|biography|background|fortell)\b", 3.0),
    # one person described, then asked after: "..., who is he", "what's his story", "hvem er
    # han" (one man's story is his profile; a pair's is their timeline; "who is she" asks
    # after someone the store does not follow: "kerr have girlfriend? who is she")
    (
        r"\b(who is|who's|whos|who was|hvem er|hvem var|kven er|kem e) (he|him|han)\W*$|"
        r"\b(what's|whats|what is|tell me) (his|her) (story|deal|background)\b|"
        r"\b(hva|ka|kva) er (historien|historia) (hans|hennes)\b",
        4.5,
    ),
    # one person summed up, asked as fans put it: "gimme the rundown on cam myers", "the
    # lowdown on laros", "fill me in on hocker", "what do you know about nader", "ka veit du
    # om narve" (two named are their story: "rundown of the kerr-jakob beef" is a timeline)
    (
        r"\b(rundown|run down|run-down|lowdown|low down|low-down|scoop|dossier|deets|"
        r"details|dirt|info|facts|everything|all) (on|about|om|for) (\w+ )?_"
        r"(?! (and|&|og|vs|v|x) _)|"
        r"\b(fill|catch) (me|us) (in|up) (on|about|with) _(?! (and|&|og|vs|v|x) _)|"
        r"\b(what's|whats|what is) the (deal|story|score) with _(?! (and|&|og|vs|v|x) _)|"
        r"\bwhat (do|does|d) (you|u|ya|the bot) (know|have|got|hold) (on|about) _"
        r"(?! (and|&|og|vs|v|x) _)|"
        r"\b(hva|ka|kva) (vet|veit|kan|har) (du|dere|dokker|dykk) (om|på) _"
        r"(?! (og|vs|v|x|mot) _)",
        3.0,
    ),
    # Norwegian: "fortell meg om jakob", "ka kan du fortelle om kerr"
    (r"\bfortelle?( meg| oss)? om _", 3.0),
    # who someone is asked by saying one knows little of them: "I know little about _",
    # "eg kjenner lite til _", "vet ikke mye om _", "not familiar with _"
    (
        r"\b(know|knew) (little|nothing|not much|very little|next to nothing) (about|of) _|"
        r"\b(not|un)(very )?familiar with _|\b(kjenner|vet|veit|kan) (lite|ikke (mye|noe)|"
        r"ingenting|fint lite) (til|om) _",
        2.5,
    ),
    (r"\b(deal|who)$", 2.0),
    # (the American "PR", "personal record": a best time too)
    (
        r"\b(pb|pbs|pr|prs|personal best|personal bests|personal records?|best times?|"
        r"fastest times?|stats)\b",
        2.5,
    ),
    # the best time of each season, /athlete's chart: "kerr season bests chart", "jakob sb
    # progression", "årsbestene til kerr"
    (
        r"\b(season'?s? bests?|seasons? best|sbs?|årsbest\w*|sesongbest\w*|progression)"
        r"( (chart|graph|graf|plot))?\b",
        2.5,
    ),
    # one athlete's best at a distance: "kerr's best mile time", "jakob sin beste 5000-tid"
    (
        r"^(what is|what's|whats|hva er) _ (best|fastest|quickest|beste|raskeste) "
        r"(\w+ ){0,2}(time|times|tid|tida|tiden|mark|pb)\b|"
        r"\b(best|fastest|quickest|beste|raskeste) (\w+ ){1,2}(time|tid|tida|tiden)\b",
        2.5,
    ),
    # one athlete's best at a distance said by the distance alone: "what's kerr's fastest 1500
    # you've got", "jakob sin raskeste 5000", "kerr best mile ever", "fastest mile by hocker"
    (
        r"\b_ (sin |sitt |si |hans )?(best|fastest|quickest|beste|raskeste) (ever )?"
        rf"(\d )?{_DISTANCE}\b|"
        rf"\b(best|fastest|quickest|beste|raskeste) (ever )?(\d )?{_DISTANCE} "
        r"(of|by|from|til|av) _",
        2.5,
    ),
    (r"\b(how old|age|born|country|nationality|where is \w+ from|from where)\b", 2.5),
    (r"\b(college|university|uni|school|birthday|bday|fødselsdag|bursdag)\b", 2.5),
    # a nationality asked: "is kerr scottish or english"
    (
        r"\bis _ (scottish|english|welsh|irish|british|norwegian|american|kenyan|dutch|"
        r"spanish|australian|french|german|swedish)\b",
        2.5,
    ),
    (r"\b(coach|coaches|coached|coaching|trains|trener|trenes|treneren)\b", 2.5),
    (
        r"\b(hvor gammel|alder|persen|pers|rekordene?|hvor kommer \w+ fra|hvilket land|"
        r"løper \w+ for|titles|titler|club|klubb|record holder|møtt flest)\b",
        2.5,
    ),
    # "what has nader won", "kva har han vunne" (Nynorsk: read as "hva har han vunne")
    (r"\bhow fast is\b|\bhow good is\b|\b(what|hva) (has|har) \w+ (won|vunnet|vunne)\b", 2.0),
    # a career question, not one race: "did kerr ever win a diamond league", "world champion?"
    (r"\bever (won|win)\b|\b(champion|champ|champs|titles)\b", 2.0),
    (r"\b(world|european|british|national|olympic)( \w+)? (records?|bests?)\b|\bwrs?\b", 2.5),
)
TYPOS = {"profile": 3.0}
ALONE = 1.0  # one athlete named and no meet
PRIOR_ALONE_WHEN_VAGUE = 2.0


def build(parts: Parts, scores: Scores) -> Reading | None:
    """The first athlete named; most likely when he is named alone."""
    if not parts.athletes:
        return None
    alone = len(parts.athletes) == 1 and not parts.slots.meets
    # (a year typed beside him asks of that year, which no profile is: "kerr 2025" is his
    # timeline of it)
    vague = alone and max(scores.values()) < 2 and not parts.slots.years
    prior = PRIOR_ALONE_WHEN_VAGUE if vague else 0.0
    options = {"name": parts.racers[0][1]}  # a profile is an athlete's: "wightman" is Jake
    return parts.reading("athlete", options, (ALONE if alone else 0.0) + prior)


def label(store: FactStore, options: Mapping[str, str]) -> list[str | Phrase]:
    """Shown as: "/athlete Narve Gilje Nordås"."""
    return [name_of(store, options["name"])]


READING = Understanding(
    cues=CUES, typos=TYPOS, build=build, label=label, example="tell me about nordas"
)
