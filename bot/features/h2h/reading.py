"""How /ask reads a question as /h2h: its cues, its builder and its label."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.ask.asking import asking_clauses
from bot.ask.labels import name_of
from bot.ask.options import round_counted
from bot.ask.parts import Parts, Scores
from bot.ask.replies import Reading
from bot.facts.store import FactStore
from bot.phrases import Phrase
from bot.registry import Understanding

# the margin one named beat the other by (no money): "how much did _ beat _ by", "hvor mye
# slo _ _ med", "by how much did _ beat _" (at a meet named, in its year: see ``build``)
MARGIN = (
    r"\bhow much (did|does|has|have) _ (beat|beaten|win over|outkick\w*|edge\w*) _( by)?\b|"
    r"\bby how much (did|does|has) _ (beat|win)\b|\bhvor mye (slo|slår|slått|vant over) _ _\b"
)
CUES = (
    (r"\b(vs|v|versus|h2h|mot)\b", 3.0),
    (r"\bhead ?to ?head\b", 3.0),
    # two people's ages compared: /ask answers both ages (bot/ask/facts.py), not the record
    (r"\b(older|younger|eldre|yngre) (than|enn)\b", 3.0),
    (r"\b(won|win|wins|winning) (the )?most\b|\b(won|wins|win) more\b", 3.0),
    (r"\b(vunnet|vant) (flest|mest)\b|\bflest (seiere|seire|løp)\b", 3.0),
    # Norwegian: "hvor mange ganger har kerr slått jakob", "jakob leder 11-4 mot kerr"
    (r"\bhvor mange ganger\b|\b(leder|ledet)\b|\brekord\b", 1.5),
    (r"\b(record|tally|score|scoreline|stats) (against|between|vs|v)\b", 3.0),
    (r"\b(record|tally|score|scoreline)\b", 1.0),
    # the record as the one who speaks: "what does the record say", "hva sier statistikken"
    (
        r"\b(record|records|numbers|stats|statistics|data|history|tally|books) (say|says|said)\b|"
        r"\b(sier|sa) (statistikken|tallene|historikken|rekorden|fasiten)\b",
        1.5,
    ),
    (r"\b(beat|beaten|beats|beating|slo|slått|slår)\b", 1.5),
    # beating said another way: "got the better of _", "finished in front of _", "lost to _",
    # "tapt mot _", "kommet foran _" (a name after it: "won in front of a home crowd" is not)
    (
        r"\b(get|gets|got|getting|gotten) the better of\b|"
        r"\b(came|come|comes|coming) out (ahead|on top|in front)\b|"
        r"\b(in front of|ahead of|foran) (\w+ ){0,2}_|"
        r"\b(out-?kick\w*|outsprint\w*|outran|outrun|edged?) _|"
        r"\b(lost|lose|loses|losing) (to|against) (\w+ ){0,2}_|"
        r"\b(tapt|tapte|taper|tape) (mot|for) (\w+ ){0,2}_",
        1.5,
    ),
    # "has _ ever beaten _", "har _ noen gang slått _": whether one ever won, a tally asked
    (
        r"\b(ever|never|noen gang|noensinne|nokon gong|nokon gang|nån gang|aldri) (\w+ )?"
        r"(beat|beaten|got|"
        r"finished|lost|raced|slått|slo|tapt|tapte|løpt|møtt|kommet)\b",
        1.0,
    ),
    # a claim about the pair by someone not named, checked: "my coach says _ can't beat _, has
    # he ever?", "faren min sier at _ alltid slår _. stemmer det?" (not "_ said …": a quote)
    (
        r"(?<!_ )\b(say|says|said|saying|sier|sa|reckons?|claims?|thinks?|mener|påstår)"
        r"( that| at)? _ .*\b(is (that|it|this|he|she) (true|right|correct|accurate)|"
        r"true|right|correct|"
        r"(has|have|did) (he|she|they) (ever|really)|stemmer (det|dette)|er det (sant|riktig)|"
        r"har (han|hun|de|dei) rett|fact ?check)\b",
        3.0,
    ),
    (r"\bagainst\b", 1.5),
    # one said to have beaten the other, a claim put to be checked: "kerr slo jakob på
    # bislett, det veit alle", "kerr beat jakob at the pre, right?" (every meeting holds the
    # fact, wherever the claim puts it; "did _ beat _ at _" asks of that race)
    # ("jakob slo aldri kerr", "kerr beats jakob always": the adverb after the verb)
    (
        r"(?<!did )(?<!didn't )(?<!has )(?<!har )\b_ (beat|beats|slo|slår|slått|har slått)"
        r"( aldri| never| ikke| ikkje| itj| alltid| always)? _",
        1.5,
    ),
    # (in slang, no word above: "laros smoked jakob in zurich didn't he", "hocker knuste kerr")
    (
        r"(?<!did )(?<!didn't )(?<!has )(?<!har )\b_ (smoked|smokes|destroyed|destroys|crushed|"
        r"crushes|dusted|schooled|owned|owns|bodied|battered|thrashed|humbled|rinsed|knuste|"
        r"knuser|parkerte|parkerer|rundet|rundar) _",
        3.0,
    ),
    # one said to be faster than the other, in either language: "nordås e raskere enn jakob",
    # "kerr is quicker than jakob over the mile" (the record between them holds the fact)
    (
        r"\b(faster|quicker|better|stronger|slower|raskere|kjappere|bedre|sterkere|tregere|"
        r"raskare|kjappare|betre|sterkare|treigare|snøggare) (than|enn|en) (\w+ )?_",
        2.0,
    ),
    (
        r"\b(faster|better|best|quicker|greater|goat|stronger|dominat\w*|leads?|ahead)\b|"
        r"\bin front(?= of (\w+ ){0,2}_)",  # (ahead of someone: "won in front of a crowd" is not)
        1.0,
    ),
    (r"\b(rivalry|rivals)\b", 1.0),
    (r"\bhow many times\b|\bhow often\b", 1.0),
    # a tally asked in a learner's grammar: "they race in 2022 how many times and who win"
    (
        r"\bhow many times?\b.*\bwho (win|won|wins|winning|is winning|beat|beats)\b|"
        r"\bwho (win|won|wins|beat|beats)\b.*\bhow many times?\b|"
        r"\b(they|both|them) (race|raced|run|ran|meet|met|face|faced)\b.*\bhow many times?\b|"
        r"\bhow many times? (do |did |have |has )?(they|both|them) (race|raced|run|ran|meet|met|"
        r"face|faced)\b",
        2.5,
    ),
    # a count of meetings asked of two: "how many times did _ and _ line up together", "how
    # often have _ and _ raced", "hvor mange ganger har _ og _ møttes", "kor mange gonger har
    # dei løpe mot kvarandre"
    (
        r"\b(how (many times?|often)|hvor (mange ganger|ofte)) (do |did |have |has |har )?"
        r"(_ (and|og|&) _|they|both|them|the two|these two|those two|de|dei|dem|begge) "
        r"(\w+ )?(race|raced|racing|run|ran|meet|met|face|faced|line|lined|lining|clash|"
        r"clashed|compete|competed|go|went|gone|battle|battled|square|squared|møtt\w*|"
        r"løpt|løpe|løp|sprunge|konkurrert)\b",
        3.0,
    ),
    (r"\bhvem er (best|raskest)\b", 2.0),
    (r"\bstilling\w*\b|\binnbyrdes\b", 2.5),
    # how it stands between two: "hvordan står det mellom", "korleis ligg det an", "how do
    # they stand", "where do _ and _ stand"
    (
        r"\b(hvordan|hva) (står|stod|sto) (det|de|dem|stillingen)\b|"
        r"\b(står|sto|stod) det (til )?(mellom|i)\b|"
        # "hvordan har det gått mellom", "korleis det har gått mellom" (said inside a sentence)
        r"\b(gikk|går|gått|står|sto|stod|stått) (det )?mellom\b|"
        r"\bhvordan ligger (det|de) an\b|\bhvem leder (mellom|av)\b|"
        # "korleis det står til i oppgjera mellom _ og _", "duellene mellom _ og _"
        r"\b(står|sto|stod|stått) (det )?til (in |i )?(\w+ )?mellom\b|"
        r"\b(oppgjør|oppgjer|duell)\w* mellom\b|"
        r"\bhow (does it|do they|do things|does the rivalry|do _ and _) stand\b|"
        r"\bwhere do (they|_ and _|the two) stand\b|\bstands? between\b",
        3.0,
    ),
    (r"\b(who|whos|who's|who is) (the )?(faster|better|quicker|best|stronger|greater)\b", 2.0),
    (r"\b(finals?) only\b|\bonly (the )?finals?\b|\bin finals\b", 1.0),
    (
        r"\b(first|last) (time|race|meeting|met|raced)\b|\b(raced|met|møtte|møttes|møtt|møtst)\b",
        2.5,
    ),
    (r"\b(each other|ran together|raced together|race each other)\b", 2.0),
    # on one start line: "how often have they lined up together", "toed the line against"
    (
        r"\b(line|lines|lined|lining) up (together|against|with|beside|alongside)\b|"
        r"\b(toe|toes|toed) the (same )?line\b|"
        r"\b(same|samme) (start ?line|race|final|heat|løp|løpet)s?\b",
        2.0,
    ),
    (MARGIN, 3.0),
)
_MARGIN = re.compile(MARGIN)
TYPOS = {"versus": 3.0, "against": 1.5}

BASE = 1.0
# no command's wording is clear and no meet is named: two athletes are most likely a rivalry
PRIOR_WHEN_VAGUE = 1.5
# a meet named beside a rivalry's words ("kerr vs jakob, budapest and zurich") may ask for
# that race: /results fits as well
MEET_NAMED_COST = 1.5
# "did kerr finish in front of jakob at the paris games": how one fared against the other at
# a meet is their head-to-head in that meet's year
FACED_AT_BONUS = 1.5
_AT = frozenset(
    {"at", "in", "i", "på", "ved", "under", "during", "the", "a", "that", "den", "det"}
)  # ("i" is Norwegian "in" in a question with no other Norwegian word: "kom kerr foran …")
_PAIRED = frozenset({"and", "og", "&", "or", "eller", "vs", "v", "versus", "mot"})


# the first meeting of all asked: a year beside it is the one the writer guesses
_FIRST_EVER = re.compile(
    r"\b(first ever|very first|first time ever|aller første|første gang noen ?gang|"
    r"første (\w+ )?noensinne)\b"
)


def faced_at(parts: Parts) -> int | None:
    """The year of the meet where the question asks how one athlete fared against another.

    A beating told between the two names ("_ finished in front of _", "_ got the better of
    _") and the meet after them ("at the paris games"), all in a clause that asks (a remark
    that sets the scene, "Nuguse beat Kerr in Zurich '23, … is there a full h2h", does not).
    """
    question = parts.question
    asking = asking_clauses(question)
    people = sorted(
        (s for s in (*parts.slots.athletes, *parts.slots.ambiguous) if s.kind == "athlete"),
        key=lambda s: s.start,
    )
    for meet in parts.slots.meets:
        clause = question.clause_of(meet.start)
        if not meet.id or (asking and clause not in asking):
            continue
        before = [
            s for s in people if s.end <= meet.start and question.clause_of(s.start) == clause
        ]
        if len(before) < 2 or len({s.id or s.text for s in before[-2:]}) < 2:
            continue
        first, second = before[-2:]
        between = question.words[first.end : second.start]
        leading = question.words[second.end : meet.start]
        if between and not set(between) <= _PAIRED and leading and set(leading) <= _AT:
            return parts.resolver.store.meets[parts.raced_at(meet)].year
    return None


def _margin_at(parts: Parts) -> int | None:
    """The year of the one meet named where a margin between the two is asked."""
    meets = {s.id for s in parts.slots.meets if s.id}
    if len(meets) != 1:
        return None
    words, ends = parts.question.words, {s.start: s.end for s in parts.slots.athletes}
    masked, at = [], 0
    while at < len(words):  # (each athlete's name as one "_", as the cues read it)
        masked.append("_" if at in ends else words[at])
        at = ends.get(at, at + 1)
    if not _MARGIN.search(" ".join(masked)):
        return None
    return parts.resolver.store.meets[parts.raced_at(parts.slots.meets[0])].year


def build(parts: Parts, scores: Scores) -> Reading | None:
    """Two athletes (or the featured rivalry); the event, finals and one year when named."""
    ids = parts.pair()
    if not ids and scores["h2h"] >= 2:  # "who's better at the mile": the bot's rivalry
        ids = [p.id for p in parts.resolver.store.featured()][:2]
    if len(ids) < 2:
        return None
    options = {"athlete": ids[0], "opponent": ids[1]}
    if parts.slots.event:
        options["event"] = parts.slots.event
    # (no round read, the rounds before the final denied: "excluding heats and semis")
    if parts.slots.round in ("final", None) and round_counted(parts.question.words, "final"):
        options["rounds"] = "finals"
    met = faced_at(parts)
    penalty = MEET_NAMED_COST if parts.race_meets() and scores["h2h"] < 3 else 0.0
    penalty = -FACED_AT_BONUS if met is not None else penalty
    # "jakob vs kerr 2019", "… this year", "… in twenty twenty one"; a year beside a meet is
    # the meet's ("budapest 2023" is one name), as is the meet they met at
    margin = None if parts.year() or met else _margin_at(parts)
    if margin is not None:  # ("the margin in the budapest final": that race, in its year)
        options.pop("rounds", None)
    year = parts.year() or met or margin
    if year is not None and met is None and _FIRST_EVER.search(parts.question.joined):
        year = None  # "first ever meeting: the u20 race in 2016? confirm": a guess checked
    if year is not None:
        options["year"] = str(year)
    vague = max(scores.values()) < 2 and not parts.slots.meets
    prior = PRIOR_WHEN_VAGUE if vague else 0.0
    return parts.reading("h2h", options, BASE + prior - penalty)


def label(store: FactStore, options: Mapping[str, str]) -> list[str | Phrase]:
    """Shown as: "/h2h Josh Kerr vs Jakob Ingebrigtsen, 1500m, finals only, 2019"."""
    pair = {k: name_of(store, options[k]) for k in ("athlete", "opponent")}
    bits: list[str | Phrase] = [Phrase(key="ask.label.vs", values=pair)]
    bits += [options["event"]] if "event" in options else []
    bits += [Phrase(key="h2h.finals_only")] if options.get("rounds") == "finals" else []
    bits += [options["year"]] if "year" in options else []
    return bits


READING = Understanding(
    cues=CUES, typos=TYPOS, build=build, label=label, example="who's won more, kerr or jakob?"
)
