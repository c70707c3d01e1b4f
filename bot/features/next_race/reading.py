"""How /ask reads a question as /next-race: its cues, its builder and its label."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from bot.ask.labels import name_of
from bot.ask.parts import Parts, Scores, held_by, start
from bot.ask.replies import Reading
from bot.facts.meet_clock import meet_page, noon
from bot.facts.store import FactStore
from bot.phrases import Phrase
from bot.registry import Understanding

CUES = (
    (r"\bnext\b|\bneste\b|\bupcoming\b|\bnow on\b", 2.5),
    (r"\b(when|when's|whens|når)\b", 1.5),
    (r"\b(when is|when's|whens|when does|when do|when are|when will|når er|når løper)\b", 1.0),
    (r"\b(schedule|countdown|how long (until|till|til)|start|starts|begin|begins|kick off)\b", 2.0),
    # a countdown: "how many days until bislett", "hvor mange dager er det til VM"
    (r"\b(how many (days|weeks|sleeps)|days (until|till|til|to|left))\b", 3.0),
    (r"\bhvor (mange dager|lenge)\b", 3.0),
    (r"\b(dates?|dato|datoen)\b", 2.0),
    # ("when do hocker and kerr race each other again": their next meeting)
    (
        r"\b(racing|race|run|running|competing|compete|løper) (each other |one another )?"
        r"(again|next)\b",
        2.0,
    ),
    # a race by another name: "his next outing", "neste stevne"
    (r"\b(next|neste) (outing|appearance|start|comp|competition|meet|stevne|konkurranse)\b", 1.0),
    (
        r"\b(coming up|soon|this weekend|tomorrow|tonight|this year|anytime soon|snart|"
        r"i (morgen|kveld)|(denne|til|i|in) helga)\b",
        1.5,
    ),
    # two athletes' next meeting asked: "next time kerr and jakob race each other", "når
    # møtes jakob og kerr igjen" (a date ahead, not their record)
    (
        r"\b(next time|neste gang) (that )?_ (and|&|og|vs) _\b|"
        r"\b_ (and|&|og) _ (race|meet|face|clash|møtes|møter|løper mot) (each other |"
        r"hverandre )?(again|next|igjen|neste gang)\b|"
        # "how long until kerr races jakob again", "when does jakob face kerr next"
        r"\b_ (races|meets|faces|takes on|clashes with|møter|løper mot) _ (again|next|igjen)\b",
        1.5,
    ),
    # taking part asked in Norwegian: "e kerr med på nåkka stevne snart", "er jakob med i DL"
    (r"\b(er|blir|skal|kommer) _ (til å (være|vere) )?med (at|in|på|i)\b", 3.0),
    (
        r"\b(is|are|will) _ (running|racing|doing|in|at|going to|entered|competing|confirmed|"
        r"expected|scheduled|slated|set|due|booked)\b",
        3.0,
    ),
    # an entry or a plan announced, as the press asks: "has _ announced his next race", "is it
    # confirmed that _ runs", "any confirmed meeting", "only a reported plan", "er det
    # stadfesta at _ stiller", "har _ bekreftet neste løp"
    (
        r"\b(announced|confirmed|revealed|unveiled|named|bekreft\w*|stadfest\w*|annonsert\w*|"
        r"offentliggjort) (his |her |their |the |a |any |sitt |neste )?((next|upcoming|first|"
        r"outdoor|indoor|season|neste) ){0,2}(race|races|meet|meeting|meetings|outing|start|"
        r"starts|plans?|schedule|programme|program|season|løp|stevne|sesong\w*)\b|"
        r"\b(confirmed|announced|entered|scheduled|slated|expected|booked) (for|at|in) "
        r"(any|a|an|the|his|her|_)\b|"
        r"\b(stadfest\w*|bekreft\w*|klart|sikkert) at _ (stiller|løper|deltar|kommer|springer)\b|"
        r"\b((officially|offisielt) )?(confirmed|announced|official|bekreft\w*|stadfest\w*)"
        r"( that| at)? _ (will|is going to|'ll|skal|kommer til å) (race|run|compete|start|løpe|"
        r"stille|delta|springe)\b|"
        r"\b(reported|planned|rumou?red) (plans?|races?|schedule|programme|start)\b|"
        r"\b(racing|season|race) (plans?|programme|program|calendar)\b|\bterminliste\w*\b",
        4.0,  # (outweighs "has" of the past: "has _ announced …" asks of what is ahead)
    ),
    (r"\b_ (running|racing|doing|at|entered in) _", 2.5),
    (r"\bløper\b", 2.5),
    # Norwegian future: "kommer jakob til å løpe i oslo?", "skal kerr løpe bislett?"
    (r"\b(kommer|skal) _ (til å )?(løpe|konkurrere|delta|stille)\b", 3.0),
    (r"\b(racing|running|competing)\b", 1.0),
    # the past is no countdown: "did kerr ever win a diamond league", "when was the final"
    (r"\b(did|didn't|didnt|was|were|won|ever|has|had|ran|lost)\b", -2.0),
    # Norwegian past: "hvorfor løp ikke kerr på bislett", "når vant jakob", a claim of a
    # race run ("kerr slo jakob på bislett", "kerr kom sist i tokyo") ("løp" is a race too:
    # "neste løp")
    (
        r"\b(vant|tapte|deltok|stilte|hadde|skjedde|slo|kom|fikk|fekk)\b|\b(når|hvorfor) løp\b|"
        r"\bløp (ikke|aldri)\b",
        -2.0,
    ),
    # an athlete said to be done racing, put to be checked: "jakob e ferdig, springe aldri
    # igjen", "kerr has retired", "he's never racing again" (his next race holds the fact; a
    # retirement ahead, "will kerr retire", is a prediction)
    (
        r"\b_ (is|'s|er|e|has|har|have) (now |nå |no |allerede |already )?(done|ferdig|retired|"
        r"pensjonert|lagt opp|lagd opp|gitt seg|quit|finished for good)\b|"
        r"\b(never|aldri|not|ikke|ikkje) (\w+ )?(race|racing|run|running|compete|løpe|løper|"
        r"springe|spring|springer|konkurrere|stille) (again|igjen|att|more|meir|mer)\b|"
        r"\b(race|races|run|runs|løpe|løper|springe|spring|springer|stille|stiller) "
        r"(never|aldri|ikke|ikkje|itj) (again|igjen|att|more|meir|mer)\b",
        4.0,  # (outweighs "has" of the past: "kerr has retired" asks of what is ahead)
    ),
    (
        r"\b(open|opens|opening|start|starts) (his|her|their|the) season\b|\bseason opener\b|"
        r"\bfirst (race|outing|start) of (the|his|her|this) season\b|\bsesongåpning\w*\b",
        3.0,
    ),
    # an entry asked: "is kerr down for anything before the euros", "jakob entered anywhere",
    # "er kerr påmeldt noe før EM", "står jakob på startlista"
    (
        r"\b(down|entered|signed up|booked|pencilled in|penciled in|lined up|scheduled|listed) "
        r"(for|in|at|to race|to run|any ?where|anything)\b|"
        # ("på" is read as "at": "hvilke løp er jakob meldt på")
        r"\bon the (start ?list|entry list|startlist)\b|\b(påmeldt|meldt (på|at)|satt opp|"
        r"står _ (på|at) start\w*)\b|"
        r"\b(anything|any races?|noe|noen løp) (before|ahead of|prior to|until|between|før|"
        r"fram til|frem til)\b",
        3.0,
    ),
    # whether a meet is over or under way: "is torun done yet", "has the euros started",
    # "er innendørs-VM ferdig no", "har EM begynt"
    (
        r"\b(is|are|er|e) (the )?_ (over|done|finished|ferdig|slutt|avslutta|avsluttet|i gang|"
        r"underway|under way|on)( yet| already| now| no| nå| enda| ennå)?\b",
        3.5,
    ),
    # ("has" asks of the past, -2 above: the start of a meet is still a question of its date)
    (
        r"\b(has|have|har) (the )?_ ((been|blitt|vorte) )?(started|begun|finished|ended|over|"
        r"done|begynt|starta|startet|byrja|ferdig|avslutta|avsluttet)"
        r"( yet| already| no| nå| enda| ennå)?\b",
        5.5,
    ),
)
TYPOS = {"upcoming": 2.5, "schedule": 2.0}
BASE = 0.5
# the athlete's next race asked, whatever meet is named beside it ("fresh off torun, where is
# he racing next"): a meet already over is then no answer
# (a season's first race is his next: "jakob season opener 2026 - blir det bislett?")
_NEXT = re.compile(
    r"\b(next|neste|again|igjen|upcoming|after that|etterpå|season opener|opener|"
    r"sesongåpning\w*|sesongstart\w*|first race of (the|his|this) season)\b"
)
# words beside a meet guessed at in a clause of its own: "Bislett?", "pre classic maybe?",
# "blir det bislett?", "will it be pre?", "is it london or paris"
_GUESS_FILLER = frozenset(
    {"maybe", "perhaps", "probably", "or", "kanskje", "vel", "eller", "at", "in", "the", "then"}
    | {"blir", "er", "det", "will", "it", "be", "is", "could", "would", "gonna", "trolig"}
)
# whether a meet is over: "is torun done yet", "er VM ferdig" (whether one has started is
# asked of the next: "has the euros started")
_STATUS = re.compile(r"\b(over|done|finished|ended|ferdig|slutt|avslutta|avsluttet)\b")
# its date asked outright: "when was torun", "what date was the torun final"
_DATE_ASKED = re.compile(r"\b(when (was|did)|what (date|day) (was|did)|når var)\b")
# a meet not over and without results, the wording unclear: a question about when it is
PRIOR_UNRACED = 2.0
PAST_MEET = -2.0  # a meet of a year gone by, asked with no "next", date or status word ...
_PAST = re.compile(r"\b(did|was|were|ran|raced|løp|var|deltok|stilte)\b")  # ... in the past


def build(parts: Parts, scores: Scores) -> Reading | None:
    """The athlete named, and the meet named as the next one of its series or city."""
    options: dict[str, str] = {}
    if parts.racers:
        options["athlete"] = parts.racers[0][1]
    meet = parts.meet_for("next-race")
    store = parts.resolver.store
    if meet and options and not parts.race_meets():
        # a meet after "etter", "after", "now he's done" says when from ("kerr igjen etter
        # toruń"): his next race is asked, not that meet
        meet = None
    if meet and (_finished_beside_next(parts, meet) or _guessed(parts)):
        meet = None
    if meet and not options and _STATUS.search(parts.question.joined):
        meet = _current(parts, meet)
    options = _athletes(parts, meet)
    if meet:
        options["meet"] = meet
    unraced = (
        meet is not None
        and not store.races_by_meet.get(meet)
        and not held_by(store, store.meets[meet], parts.today)
    )
    prior = PRIOR_UNRACED if unraced and max(scores.values()) < 2 else 0.0
    if meet and _over_and_done(parts, meet):
        prior += PAST_MEET
    reading = parts.reading("next-race", options, BASE + prior)
    if meet and meet_page(store, store.meets[meet], noon(parts.today)) is None:
        # read as the fan meant, but no page had named that meet by then: the label shows the
        # words as typed, as the answer does, not a name the store did not know yet
        spans = [*parts.slots.meets, *(s for s in parts.slots.ambiguous if s.kind == "meet")]
        typed = [s.text for s in spans if s.id == meet] or [s.text for s in spans]
        if typed:  # the typed words are no id: labelled quoted, as typed
            bits = label(store, {**options, "meet": typed[0]})
            shown = reading.label.model_copy(update={"bits": bits})
            return reading.model_copy(update={"label": shown})
    return reading


def _athletes(parts: Parts, meet: str | None) -> dict[str, str]:
    """The athlete asked about, or the pair asked about together, beside the meet read."""
    named = list(dict.fromkeys(v for _, v in parts.racers))
    if meet and len(named) >= 2:
        # "are kerr and jakob coming to london": the meet's page lists every entry the
        # sources report; one athlete's would answer for only one of them
        return {}
    if len(named) >= 2 and _one_sentence(parts):
        # "when do kerr and jakob race next": the next meet with both, else each one's own
        # ("neste løp for nordås? og for jakob?" asks twice: the first is answered)
        return {"athlete": named[0], "opponent": named[1]}
    return {"athlete": named[0]} if named else {}


def _one_sentence(parts: Parts) -> bool:
    """Whether the first two athletes named stand in one sentence (asked about together)."""
    first_at: dict[str, int] = {}
    for index, athlete in parts.racers:
        first_at.setdefault(athlete, index)
    first, second = sorted(first_at.values())[:2]
    sentences = parts.question.sentences
    return bisect.bisect_right(sentences, first) == bisect.bisect_right(sentences, second)


def _current(parts: Parts, meet: str) -> str:
    """The edition begun last, when whether a meet is over is asked.

    "is the world indoors done already" the week after Toruń means Toruń, not the next one;
    a meet named with its year or city stays as named.
    """
    span = parts.slots.meets[0] if parts.slots.meets else None
    if span is None or span.id == meet:
        return meet
    begun = parts.resolver.meet(span.text, today=parts.today, purpose="latest", strict=True)
    if begun.found and begun.id and start(parts.resolver.store.meets[begun.id]) <= parts.today:
        return begun.id
    return meet


def _guessed(parts: Parts) -> bool:
    """Whether the meet is a guess at the answer, after an athlete's next race is asked.

    "når løper Jakob neste gang? Bislett?": his next race is asked, whichever meet it is; the
    meet alone in a clause after it (perhaps with "maybe", "or") is the fan's guess, and an
    answer about that meet alone would not say when he races next.
    """
    question = parts.question
    if not parts.racers or len(parts.slots.meets) != 1:
        return False
    span = parts.slots.meets[0]
    clause = question.clause_of(span.start)
    if clause == 0:
        return False
    bounds = [*question.clauses, len(question.words)]
    start, end = bounds[clause], bounds[clause + 1]
    rest = [
        w for i, w in enumerate(question.words[start:end], start) if not span.start <= i < span.end
    ]
    before = " ".join(question.words[:start])
    return all(w in _GUESS_FILLER for w in rest) and bool(_NEXT.search(before))


def _over_and_done(parts: Parts, meet: str) -> bool:
    """Whether a meet of a year gone by is asked of as over, not as the next race.

    Said with its year or in the past tense, with no "next", date or status word.

    "spring både filip og henrik i berlin-finalen 2018?", "eg va på bislett i fjor, sprang
    jakob der?": who ran it is asked (its results), no race ahead.
    """
    store, joined = parts.resolver.store, parts.question.joined
    year = store.meets[meet].year
    return (
        held_by(store, store.meets[meet], parts.today)
        and year < parts.today.year
        and (year in parts.slots.years or bool(_PAST.search(joined)))
        and not (_NEXT.search(joined) or _DATE_ASKED.search(joined) or _STATUS.search(joined))
    )


def _finished_beside_next(parts: Parts, meet: str) -> bool:
    """Whether a meet already over is named beside an athlete's next race ("what's next").

    Its date asked outright ("when was torun, and where does kerr race next") keeps it.
    """
    joined = parts.question.joined
    return (
        bool(parts.racers)
        and held_by(parts.resolver.store, parts.resolver.store.meets[meet], parts.today)
        and bool(_NEXT.search(joined))
        and not _DATE_ASKED.search(joined)
    )


def label(store: FactStore, options: Mapping[str, str]) -> list[str | Phrase]:
    """Shown as: "/next-race Josh Kerr at World Athletics Championships Beijing 2027"."""
    if "athlete" in options and "opponent" in options:
        pair = {k: name_of(store, options[k]) for k in ("athlete", "opponent")}
        return [Phrase(key="ask.label.vs", values=pair)]
    named = {k: name_of(store, options[k]) for k in ("athlete", "meet") if k in options}
    if len(named) == 2:
        return [Phrase(key="ask.label.at", values=named)]
    return list(named.values())


READING = Understanding(
    cues=CUES, typos=TYPOS, build=build, label=label, example="when is the next worlds?"
)
