"""Cue phrases: which command a question's wording points to, and questions the store can't know.

Each command declares its cues with its feature (``bot/features/<name>/reading.py``): regular
expressions over the question's lowercase words joined by spaces, with a weight. English
first; the common Norwegian phrasings too ("hvem har vunnet flest", "hva sa", "når løper …
neste gang"). Single cue words also match with a typo ("qoute", "reslts").
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.ask.prefilter import Gated, Patterns
from bot.ask.private import PRIVATE
from bot.ask.words import FUNCTION_WORDS, Question, wordset
from bot.registry import FEATURES
from bot.resolve.demonyms import RELATIVES
from bot.resolve.index import TITLES

Intent = str  # a command name: "h2h", "quote", …; each feature declares its own cues
# every feature's cue patterns searched as one set (bot.ask.prefilter), and each one's command
# and weight: a question is searched only for the cues whose words it holds
_Compiled = tuple[Patterns, list[tuple[Intent, float]], tuple[Intent, ...]]
_Typos = dict[str, tuple[Intent, float]]

# words fans put inside a question that change nothing about what it asks: "who actually
# is nader" is "who is nader" (no cue mentions them)
HEDGES = wordset(
    """
    actually actualy acutally really realy exactly literally genuinely honestly seriously
    basically even just still egentlig egentli virkelig liksom
    """
)
TYPO_CUTOFF = 80.0  # single cue words of 5+ letters caught with a typo: "qoutes"
TYPO_CACHE = 4096  # words whose typo look-up is kept
_COMPILED: dict[tuple[str, ...], tuple[_Compiled, _Typos]] = {}


def _cues() -> tuple[_Compiled, _Typos]:
    """Every feature's cues compiled (once per set of features), and its typo words."""
    key = tuple(FEATURES)
    if key not in _COMPILED:
        readings = {name: f.reading for name, f in FEATURES.items() if f.reading is not None}
        cues = [(name, p, w) for name, reading in readings.items() for p, w in reading.cues]
        compiled = (
            Patterns([p for _, p, _ in cues], FUNCTION_WORDS),
            [(name, w) for name, _, w in cues],
            tuple(readings),
        )
        typos = {
            word: (name, weight)
            for name, reading in readings.items()
            for word, weight in reading.typos.items()
        }
        _COMPILED[key] = (compiled, typos)
    return _COMPILED[key]


@functools.lru_cache(maxsize=TYPO_CACHE)
def _typo(_features: tuple[str, ...], word: str) -> str | None:
    """The cue word ``word`` is a typo of, if any, for this set of features.

    Kept: a post with remarks is read whole and in parts, and fans repeat their words.
    """
    typo_words = _cues()[1]
    hit = process.extractOne(word, list(typo_words), scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
    return hit[0] if hit else None


@dataclass(frozen=True)
class Outside:
    """A question the store cannot answer; the honest short reply is the phrase of its topic."""

    topic: str
    yielding: bool = False  # read from words that yield to a confident reading
    firm: bool = False  # read from words no reading explains away ("tjente", "kjæreste")


# the social media sites fans name an athlete's account on
_SITES = (
    r"(insta|instagram|instagrammen|ig|twitter|tiktok|tik tok|snapchat|snap|facebook|fb|"
    r"youtube|strava|threads|bluesky|x)"
)
# (topic, pattern): the reply is the phrase "ask.outside.<topic>" of bot.phrases
_OUTSIDE: list[tuple[str, str]] = [
    (
        "weather",
        r"\b(weather|rain|raining|rainy|wind|windy|temperature|forecast|hot|cold|sunny|vær|været|"
        r"regn|regner|vind|snø|chuck it down|pour\w*|drizzl\w*|storm\w*|"
        # Nynorsk "vêr"/"vêret", a forecast, the temperature, rain and fog in either
        r"vêr|vêret|veret|vêrmelding\w*|værmelding\w*|vêrvarsel\w*|værvarsel\w*|"
        r"temperatur\w*|nedbør|regnvær\w*|regnvêr\w*|sludd|tåke|skodde)\b",
    ),
    (
        "odds",  # (a stake too: "got fifty bucks riding on it", "satsa en lapp på jakob")
        r"\b(odds|bet|bets|betting|bookies?|bookmakers?|favourite to win|favorite to win|spread|"
        r"wager|odds?en|spill|over (vs )?under|riding on (it|this|that|him|_)|(bucks|quid|dollars|"
        r"kroner|kr|tenner|fiver|lapp|money|cash|penger) (riding )?on (it|him|this|that|_)|"
        r"(my|me) money('s| is) on|(sats|vedd)\w* \w+ (\w+ )?(på|at) _)\b",
    ),
    (
        "live",
        # ("split" alone is also a verb: "how the two scots split" is a tally)
        r"\b(live|splits|split times?|(his|her|last|first|opening|closing|lap|kilometre|km) split|"
        r"lap times?|laps?|stream|streaming|watch it|tv|channel|"
        r"broadcast|direkte|mellomtid\w*)\b",
    ),
    (
        "prediction",
        # ("who wins when they line up", "who wins every time": what usually happens, a tally)
        r"\b(who will win|who'll win|"
        r"who wins(?! more| most| when| whenever| every| each| usually| mostly| normally| "
        r"generally| overall| head to head| h2h)|gonna win|going to win|"
        r"will \w+ (win|break|beat|run)|predict|prediction|predictions|hvem vinner|"
        # "hvem tror du vinner", "kem trur du vinn" (dialect read as bokmål first)
        r"hvem tror (du|dere|folk|dokker) (kommer til å )?(vinner|vinne|tar|slår|blir)|"
        # "kæm kjem te å vinne em" (read as "hvem kommer til å vinne"), "hvem skal ta gullet",
        # "hvem blir verdensmester"; a win asked with "tror du" / "tipper du" at either end
        r"hvem (kommer til å|skal|vil|kan) (vinne|ta (gull\w*|medalje\w*|em|vm|ol)|slå)|"
        r"hvem blir (europamester|verdensmester|olympisk mester|mester|nummer (en|1|én))|"
        r"(vinne|vinner|slå|slår|gull\w*|medalje\w*)\b.*\b(tror|tipper|spår) (du|dere|folk)$|"
        r"^(tror|tipper|spår) (du|dere|folk) (at )?(\w+ ){0,3}(vinner|vinne|slår|slå|tar gull)|"
        r"(win|wins|take|takes|beat|beats|medal)\b.* (you|u|ya) (reckon|think)$|"
        r"who do (you|u|ya) (think|reckon) (will |would |is going to |gonna )?(win|wins|take)|"
        # one athlete meeting another in the future: "will _ race _ next year"
        r"(will|would|gonna|going to|could) (\w+ )?_ (ever )?(race|face|meet|run against|"
        r"race against|beat|lose to|retire|medal|defend)( _)?|"
        r"(kommer|vil|skal|tror du) _ (til å )?(slå|vinne|møte|løpe mot|tape|slår|vinner)|"
        # a mark or a comeback ahead, a retirement, a dream race across eras
        r"(can|could|will) _ (break|run|go) (sub )?\d|retire|retiring|legge opp|"
        r"in (his|their) prime|who would win|kommer _ tilbake|"
        # "is jakob gonna race kerr again", "JI to break 3:26", "blir jakob klar til em?"
        r"(?<!confirmed that )(?<!announced that )(?<!official that )(?<!confirmed )"
        r"_ (gonna|going to|will|'ll) (race|face|meet|beat|win|medal|break)|"
        r"_ to (break|run|go) (sub )?\d|"
        r"(blir|er) _ klar (til|for))\b",
    ),
    (
        "money",
        # ("how much faster", "how much of a lead" measure a race, not money; "earn a medal",
        # "earned his spot" a place)
        r"\b(tickets?|billett\w*|prize money|salary|paid|net worth|money|"
        r"(earn|earns|earned)(?! (a |an |the |his |their )?(medal|spot|place|bronze|silver|gold|"
        r"win|title|selection|place|seat|pb|qualif\w*|berth))|"
        r"how much(?! (faster|quicker|slower|better|worse|further|ahead|behind|of a))|"
        r"tjener|tjene|lønn|penger|hvor mye)\b",
    ),
    (
        "personal",
        # (the writer's own people are no athlete's private life: "my husband says ...")
        r"(?<!\bmy )(?<!\bour )(?<!\bmin )(?<!\bmi )"
        # ("1500-finalen i tall": Norwegian "in numbers", no height)
        r"\b((?<!\bin )tall|height|weight|weigh|vo2|vo2max|diet|training|workouts?|spikes|shoes|"
        r"sponsors?|sponsored|brooks|nike|adidas|asics|puma|girlfriend|wife|married|"
        r"mileage|miles a week|treningsmengde|trening|treningen|trenings\w+|høydeleir\w*|"
        r"altitude camp|"
        # private life: "is kerr single", "har jakob kjæreste"
        r"boyfriend|husband|kjæreste|kona|kone|ektemann|dating|dater|engaged|forlovet|"
        r"missus|mrs|wifey|fianc[eé]e?|partner|sambo\w*|sambu\w*|forlovede|kjærast\w*|"
        r"love life|relationship status|kids|children|barn)\b|"
        r"\b(is|er|e) _ (still |fortsatt )?(single|singel|taken|gift|married)\b",
    ),
    # the fan's own pick asked for: a team selection, a favourite, a ranking by taste
    (
        "opinion",
        r"\b(who|which \w+) (would|should|do|will) (you|u|ya|the bot) (pick|choose|select|take|"
        r"put|send|rate|rank)|\b(your|ur) (picks?|pick for|choice|favourite|favorite|opinion|"
        r"take on|ranking)\b|\bwho should (be picked|be selected|make|go to|get (the|a) (spot|"
        r"place))\b|\bhvem (ville|vil|skulle|hadde) (du|dere) (tatt|ta|valgt|velge|plukket|"
        r"plukke|sendt|sende)\b|\bhvem (bør|burde) (tas ut|velges|gå|løpe for)\b|"
        r"\b(din|di|dine) (favoritt|mening|vurdering)\b|"
        # a ranking asked for: "rank them", "make me a tier list", "ranger dem", "lag en
        # rangering" (a world ranking is the sources' list, no opinion)
        r"\b(rank|ranger|rangere|rangér) (them|these|those|em|'em|the|all|every|_|dem|de|dei|"
        r"disse|desse|alle)\b|\b(tier ?list|power rankings?|rangering\w*)\b|"
        r"(?<!world )(?<!official )\branking( list)?s?\b",
    ),
    # the store follows the men's races of this rivalry: a women's race is not in it
    (
        "women",
        r"\b(women|women's|womens|woman|female|ladies|girls|girls'|dame\w*|kvinne\w*|"
        r"jente\w*)\b",
    ),
    # only when no athlete is named: "jakob's world records" is a profile
    ("records", r"\b(world|european|british|olympic)( \w+)? (records?|bests?)\b|\bwrs?\b"),
    (
        "other_events",
        r"\b(marathon|100m|200m|400m|sprints?|sprinter|hurdles|javelin|shot put|discus|"
        r"hammer|relay|decathlon|heptathlon|long jump|high jump|pole vault|ncaa|"
        # the long track race and the road ("10 000 meter" is read as one number)
        r"10000m?|10000 (m|meter|meters|metres?)|10k|half marathon|halvmaraton\w*|maraton\w*|"
        r"cross country|terrengløp\w*)\b",
    ),
]
# words that refuse whatever else the question asks: money earned ("hvor mye tjente jakob på
# verdensrekordene": no profile), a partner or children asked after ("har jakob dame??")
_FIRM_OUTSIDE: list[tuple[str, str]] = [
    (
        "money",
        r"\b(tjente|tjent|tjene|tjener|lønn|lønna|lønnen|premiepeng\w*|prize money|prize purse|"
        # Nynorsk "tenar", "tente", "løn", "pengar"; wealth asked after ("how rich is jakob")
        r"tenar|tener|tente|tene|løn|løna|pengar|premiepengar|how rich|rich list|richest|"
        r"millionaire|millionær|formue|"
        r"net worth|formue\w*|inntekt\w*|salary|salaries|earnings|appearance fees?|startpeng\w*|"
        r"sponsorpeng\w*|sponsoravtal\w*|(make|makes|made|earn|earns|earned|get|gets|got) (\w+ )?"
        r"(per|for each|for every|each|every) (race|year|season|win|appearance|record|wr))\b",
    ),
    ("personal", PRIVATE),
]
# words that make a refusal only when no confident reading asks otherwise: "who's better
# right now, kerr or jakob" is the head-to-head; "who's leading right now" live; a court
# case asked after ("hvordan går det med rettssaken") is no news the store follows, while
# "what did jakob say after the verdict" is a quote
_YIELDING_OUTSIDE: list[tuple[str, str]] = [
    ("live", r"\b(right now|akkurat nå)\b"),
    (
        "court",
        r"\b(rettssak\w*|retten|rettsak\w*|tingrett\w*|lagmannsrett\w*|høyesterett\w*|"
        r"anke|anken|anker|anket|ankes|ankesak\w*|dommen|dømt|dømmes|domfelt\w*|frifunnet|"
        r"frifinnelse\w*|tiltal\w*|straffesak\w*|court|courts|courtroom|court case|lawsuit|"
        r"verdict|sentence|sentenced|convicted|acquitted|acquittal|appeal|appeals|appealed|"
        r"prosecutors?|prosecution|charges|charged|(?<!time )(?<!british )(?<!olympic )trial)\b",
    ),
]
# refusals whose every form holds one of a few words: searched only when the question has one of
# them (a set look-up, no regex for the rest)
_GATED_OUTSIDE: list[tuple[str, str, str]] = [
    (
        "prediction",
        "tror trur tipper spår think reckon believe expect tip tips tipset",
        # the bot's belief about what will come: "tror De at Jakob noen gang blir like god igjen",
        # "trur du kerr kjem tilbake", "do you think kerr will ever", "reckon _ takes gold?"
        r"\b((tror|trur|tipper|spår) (du|de|dere|dokker|dykk|folk) (at |att )?(\w+ ){0,4}"
        r"(blir|kommer|kjem|vil|skal|klarer|greier|kan|slår|vinner|vinn|tar|taper|igjen|att|"
        r"tilbake)|"
        r"(do|did|d) ?(you|u|ya) (think|reckon|believe|expect) (that )?(\w+ ){0,4}"
        r"(will|'ll|gonna|going to|can|could)|"
        r"(you|u|ya) (think|reckon) (that )?_ (will|'ll|can|could|is gonna|is going to|gonna)|"
        r"^(i )?(reckon|think|tror|trur|tipper) (that |at )?_ (will |'ll |gonna )?(takes?|wins?|"
        r"gets|grabs|tar|ta|vinner|vinne|tek) (the |a |at |in )?(gold|gull\w*|title|medal|_|it)\b|"
        # a tip asked for a winner: "who wins the euros, give us a tip", "ditt tips"
        r"(win|wins|winner|winning|vinne|vinner|vinn|gull\w*|medal\w*|medalj\w*)\b.*\btips?|"
        r"(your|ur|yer|ditt|din) tips?|tips(et)? (ditt|din|di))\b",
    ),
    # an athlete's social media: an account, a handle, a link ("whats jakobs insta", "is kerr
    # on tiktok", "lenke til instagrammen hans"); what they said there is a quote
    (
        "social",
        "socials social sosiale insta instagram instagrammen ig twitter tiktok tik snapchat "
        "snap facebook fb youtube strava threads bluesky x",
        r"\b(socials|social media|sosiale medier)\b|"
        rf"\b{_SITES} ?(account|acc|handle|page|profile|username|user ?name|link|konto|"
        r"kontoen|profil|profilen|brukernavn\w*|sida|siden|lenke\w*)\b|"
        # ("på" is read as "at": "er jakob på tiktok", "kva heiter kerr på instagram")
        rf"\b_ (s )?{_SITES}$|\b(is|are|er|e) _ (on|at|på) {_SITES}\b|"
        rf"\b(follow|følge|følg|følger) _ (on|at|på) {_SITES}\b|\b{_SITES} (til|åt) _|"
        rf"\b(heter|heiter|called|named) _ (on|at|på) {_SITES}\b",
    ),
]
# the greatest ever asked after: an opinion, unless two are named (then who has the better of the
# other is the head-to-head) or what someone said of it is asked (a quote)
_GATED_OUTSIDE.append(
    (
        "greatest",
        "goat ever time times history historien tidene tidenes noensinne nokosinne gong",
        r"\b(who|who's|whos|which \w+|hvem|kem|is|was|are|er|e|var|va) (\w+ ){0,5}(goat|"
        r"(best|greatest|beste|største) (\w+ ){0,3}(ever|of all times?|in history|gjennom tidene|"
        r"noensinne|nokosinne|nokon gong|i historien)(?! (time|times|mark|pb|run|race|result|"
        r"performance|finish|season|year|tid|tida|tiden|løp|resultat|\d+)\b)|"
        r"tidenes (beste|største|\w+er))\b",
    )
)
_AFTER_NAME = TITLES | RELATIVES
_SAYING = frozenset({"say", "said", "says", "saying", "quote", "quotes", "sa", "sier", "sagt"})
# (each searched only where the text holds the words it needs: bot.ask.prefilter; the gated after
# the topics above, a prediction's own words first; the yielding last; "live" less "seen live")
_FIRM_COMPILED = Patterns([p for _, p in _FIRM_OUTSIDE], FUNCTION_WORDS)
_OUTSIDE_ALL: list[tuple[str, str, bool, frozenset[str] | None]] = [
    (topic, p, False, None) for topic, p in _OUTSIDE
]
_OUTSIDE_ALL += [(topic, p, False, frozenset(gate.split())) for topic, gate, p in _GATED_OUTSIDE]
_OUTSIDE_ALL += [(topic, p, True, None) for topic, p in _YIELDING_OUTSIDE]
# ("live" is searched on its own text: in the set, a pattern that never matches holds its place)
_OUTSIDE_COMPILED = Patterns(
    [p if topic != "live" else "(?!)" for topic, p, _, _ in _OUTSIDE_ALL], FUNCTION_WORDS
)
_LIVE = {n: Gated(p) for n, (topic, p, _, _) in enumerate(_OUTSIDE_ALL) if topic == "live"}
# "live" said of a race already run, seen or missed: "vi så det ikke live", "missed it live"
_WATCHED_LIVE = Gated(
    r"\b(ikke|not|didn't|didnt|never|missed|couldn't|couldnt|wasn't|wasnt|så|saw|watched|"
    r"caught)( \w+){0,3} live\b"
)


def _masked(
    question: Question, names: Sequence[tuple[int, int]], hidden: Collection[int] = ()
) -> tuple[str, list[range]]:
    """The question with each name as one "_", and the words each token stands for.

    "is _ running" whether the name has one word or three; "Golden Spike" is no medal cue.
    The words of the ``hidden`` clauses are left out: no cue reaches them.
    """
    starts = {start: end for start, end in names}
    tokens: list[str] = []
    owners: list[range] = []
    index = 0
    while index < len(question.words):
        end = starts.get(index)
        if (hidden and question.clause_of(index) in hidden) or question.words[index] in HEDGES:
            index += 1  # left out: a pattern's "^" is the start of the clauses read
        elif end is None:
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
    hidden: Collection[int] = (),
) -> dict[Intent, float]:
    """How strongly the wording points to each command (``names``: [start, end) of names).

    The indexes of the words that matched a cue are added to ``explained``; the clauses in
    ``hidden`` (remarks beside the question) are not read.
    """
    text, owners = _masked(question, names, hidden)
    skip = {i for start, end in names for i in range(start, end)}
    skip |= {i for i in range(len(question.words)) if hidden and question.clause_of(i) in hidden}
    (patterns, weights, intents), typo_words = _cues()
    scores = dict.fromkeys(intents, 0.0)
    for number, match in patterns.search(text):  # in the cues' order, as their sum ever was
        intent, weight = weights[number]
        scores[intent] += weight
        if explained is not None:
            explained |= _words_in(text, owners, match.start(), match.end())
    for index, word in enumerate(question.words):
        if index in skip or len(word) < 5 or word in typo_words or word in HEDGES:
            continue
        hit = _typo(tuple(FEATURES), word)
        if hit:
            intent, weight = typo_words[hit]
            scores[intent] += weight
            if explained is not None:
                explained.add(index)
    return scores


def outside(
    question: Question, names: Sequence[tuple[int, int]], hidden: Collection[int] = ()
) -> Outside | None:
    """The kind of question the store cannot know about, if this is one (names skipped).

    Only the clauses that ask count: "I'd bet it's his best distance, so what's their record
    over the mile" bets nothing (``hidden``: the remarks beside the question).
    """
    # (a title after a name is no part of what is asked: "har jakob dame" is no Dame Jakob;
    # nor a relative: "are jakob and henrik brothers" asks of brothers)
    names = [
        (start, end - 1)
        if end - start > 1 and question.words[end - 1] in _AFTER_NAME
        else (start, end)
        for start, end in names
    ]
    text, _ = _masked(question, names, hidden)
    for number, _match in _FIRM_COMPILED.search(text):
        return Outside(topic=_FIRM_OUTSIDE[number][0], firm=True)
    words = set(text.split())
    for number in _OUTSIDE_COMPILED.candidates(text):
        topic, _, yielding, gate = _OUTSIDE_ALL[number]
        if (topic == "records" and names) or (gate is not None and gate.isdisjoint(words)):
            continue
        if topic == "greatest":
            if len(names) == 2 or not _SAYING.isdisjoint(words):
                continue
            topic = "opinion"
        if topic == "live":
            holds = _WATCHED_LIVE.holds(text)
            if not _LIVE[number].search(_WATCHED_LIVE.pattern.sub(" ", text) if holds else text):
                continue
        elif not _OUTSIDE_COMPILED.compiled[number].search(text):
            continue
        return Outside(topic=topic, yielding=yielding)
    return None
