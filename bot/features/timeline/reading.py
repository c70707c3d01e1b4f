"""How /ask reads a question as /timeline: its cues, its builder and its label."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.ask.labels import name_of
from bot.ask.options import ORDER_CUE, oldest_first
from bot.ask.parts import Parts, Scores
from bot.ask.replies import Reading
from bot.facts.store import FactStore
from bot.features.timeline.episodes import moment_named
from bot.phrases import Phrase
from bot.registry import Understanding
from bot.resolve.held import meet_days

CUES = (
    # (Norwegian in every inflection: "tidslinja", "tidslina", "historien", "historikken")
    (
        r"\b(timeline|time ?lines?(?! up)|tidslin\w*|history|histori(e|en|a)|historikk\w*|"
        r"(?<!\bhis )(?<!\bher )story|recap|moments|key moments)\b",  # (one man's story: /athlete)
        4.0,
    ),
    # every race told one after another: "every race in order", "løp for løp"
    (
        r"\b(every|each|all|alle)\b.*\b(in (date |time )?order\b(?! to)|(in|i) rekkefølge\b)|"
        r"\brace by race\b|\bløp for løp\b",
        4.0,
    ),
    (
        r"\b(newest|oldest|latest) first\b|\b(nyeste|eldste|eldst|siste) først\b|"
        r"\bwalk me (through|thru)\b",
        4.0,
    ),
    (r"\b(beef|saga|feud|drama)\b|\blatest in\b", 2.0),
    # an episode asked after: "the flag incident", "that podcast episode", "bråket" ("thing",
    # "greia" are any topic's: "the moron thing" is a quote)
    (
        r"\b(incident|episode|affair|row|spat|controversy|saken|bråket|episoden|hendelsen)\b",
        1.0,
    ),
    # one athlete's year, said as his own: "jakob sitt 2025", "2024 til kerr", "kerr hans
    # 2023", "narve si 2025-sesong"
    (r"\b_ (sin|sitt|si|sine|hans|his) (\d{4})\b|\b(\d{4}) (til|åt) _", 3.0),
    # two people summed up together is their story: "the rundown on kerr and jakob" (one
    # alone is his profile, /athlete)
    (
        r"\b(rundown|run down|run-down|lowdown|low down|low-down|scoop) (on|of|about|om) _ "
        r"(and|&|og|vs|v|x) _",
        4.0,
    ),
    # an athlete's news asked: "siste nytt om kerr", "any news on jakob", "latest on hocker"
    (
        r"\b(last|latest|siste|newest|nyeste|any) (nytt|news|updates?|nyheter)\b|"
        r"\b(news|nyheter|nytt|updates?) (on|about|om|fra|from|with|med) _|"
        r"\b(what's|whats|what is) new with _|\bhva (er )?nytt (med|om) _|\blatest (on|with) _",
        3.0,
    ),
    # Norwegian feud words: "koffor e kerr og jakob uvenner", "krangelen mellom dem"
    (r"\b(uvenner|uvennskap\w*|fiender|krangel\w*|krangl\w*|feide\w*|hater hverandre)\b", 2.0),
    # how someone's season has gone: "korleis har det gått med hocker i år"
    (r"\bhvordan (har det gått|går det|har _ hatt det) med _", 1.5),
    # ... and how someone is getting on, asked in English: "how is jakob doing after surgery"
    (r"\bhow(s|'s| is) _ (doing|getting on|coming along|holding up|recovering)\b", 2.0),
    # an athlete's news: the dated moments hold injuries, illness and surgeries ("is jacob
    # still poorly", "how's his rehab going", "e kerr fortsatt skada", "er jakob frisk igjen")
    (
        r"\b(injur\w*|surgery|surgeries|hurt|achilles|calf|skade\w*|skada|poorly|unwell|"
        r"sick|sickness|illness|operation|operations|operated|rehab\w*|recover\w*|"
        r"recuperat\w*|crocked|sidelined|healthy|syk|sjuk|sykdom\w*|operasjon\w*|operert\w*|"
        r"frisk|friske|rehabilitering\w*|opptrening\w*)\b|"
        r"\b(is|was|been|be|being|fell|falling|got|getting) (_ )?ill\b",
        2.0,
    ),
    # ... as it stands now: "is jacob (still) poorly", "fortsatt skada", "healthy again",
    # "frisk igjen" ("still" is a hedge, read past: bot.ask.cues.HEDGES)
    (
        r"\b(is|isn't|isnt|er|e|still|again|yet|fortsatt|framleis|fremdeles|ennå|enda|igjen) "
        r"(_ )?(\w+ )?(injured|hurt|"
        r"poorly|unwell|sick|ill|crocked|sidelined|recovering|rehabbing|healthy|fit|skadet|skada|"
        r"skadd|syk|sjuk|frisk)\b|\b(injured|hurt|poorly|unwell|sick|crocked|sidelined|"
        r"recovering|rehabbing|healthy|fit|skadet|skada|skadd|syk|sjuk|frisk) (still|again|yet|"
        r"now|fortsatt|framleis|fremdeles|ennå|enda|igjen|nå|no)\b",
        1.5,
    ),
    (r"\bwhat happened\b|\bhva skjedde\b|\bhow did it start\b|\bhow it started\b", 2.5),
    (r"\b(when did|since when|over the years|through the years|back in|origins?)\b", 1.5),
    (
        r"\b(chronolog\w*|kronolog\w*|tidsrekkefølge\w*|from the start|from the beginning|"
        r"how did it start|start)\b",
        2.0,
    ),
    # ("so far this year" says which year, no more: "Kerr v Hocker so far this year")
    (
        r"\b((?<!this year )(?<!this season )so far(?! (this|in) (year|season|\d))|career|"
        r"karriere\w*|"
        r"fra starten)\b",
        2.0,
    ),
    # what someone won in a stretch of time: "did kerr win anything this year", "har jakob
    # vunnet noe i år" (with the year named, the dated moments of that year)
    (
        r"\b(win|won|vinne|vunnet|vant|vunne) (anything|any races?|any titles?|something|"
        r"noe|noen løp|nokon|noko)\b",
        1.5,
    ),
    (ORDER_CUE, 1.0),
    # from a moment on: "from budapest onwards", "fra budapest og utover"
    (r"\b(onwards?|(og )?utover)\b", 1.0),  # "in order from January", "eldste først", "kronologisk"
    (
        r"\b(everything|all) (that )?(happened|has happened)\b|\balt (som )?(har )?"
        r"(skjedd|skjedde|hendt)\b|\bhva har (skjedd|hendt)\b|"
        r"\b(going on|been happening) between\b",
        3.0,
    ),
    # why someone was missing from a race: the dated moments say (an injury, a withdrawal)
    (
        r"\bhvorfor (løp|løper|stilte|stiller|deltok|deltar|startet|starter|konkurrerte|var|"
        r"er|kom|kommer|ble) (_ )?(ikke|aldri)\b|\bhvorfor (trakk|trekker) _ seg\b|"
        r"\bwhy (didn't|didnt|did not|isn't|isnt|is not|wasn't|wasnt|hasn't|hasnt|has not|"
        r"won't|wont|doesn't|doesnt) _ (race|run|racing|running|compete|competing|start|show)\b|"
        r"\bwhy did _ (pull out|withdraw|drop out|scratch|skip|miss)\b",
        4.0,
    ),
)
TYPOS = {"timeline": 3.0, "history": 3.0}
BASE = 0.5
ONE_YEAR = 2.0  # one year named and no meet: "what happened in 2019"
# /timeline takes no meet: "what happened in the tokyo heats" asks for that race
MEET_NAMED_COST = 1.5
EPISODE_NAMED = 3.0  # a moment named by its words ("sit & kick memes"): they are explained


def build(parts: Parts, scores: Scores) -> Reading | None:
    """Up to two athletes (or the rivalry), one year, and the order when it is asked for."""
    del scores
    options: dict[str, str] = {}
    for key, value in zip(("athlete", "opponent"), parts.pair(), strict=False):
        options[key] = value
    mishap = None if parts.year() else _mishap_year(parts, options.get("athlete"))
    year = mishap or parts.year() or _health_now(parts, options.get("athlete"))
    # an episode named by its own words and nothing else: its first athlete's year
    episode = (
        moment_named(parts.resolver.store, parts.free)
        if not parts.racers and year is None and not parts.slots.meets
        else None
    )
    if episode is not None and episode.athletes:
        options.setdefault("athlete", episode.athletes[0])
        year = int(episode.date[:4])
    if year is not None:
        options["year"] = str(year)
    if oldest_first(parts.question.joined):
        options["order"] = "oldest"
    bonus = ONE_YEAR if len(parts.slots.years) == 1 and not parts.slots.meets else 0.0
    # (a mishap's meet says when it was: "what happened when kerr hurt his leg at the worlds")
    bonus -= MEET_NAMED_COST if parts.race_meets() and mishap is None else 0.0
    # (the episode's words are no words nothing explains: they named it)
    bonus += EPISODE_NAMED if episode is not None and episode.athletes else 0.0
    return parts.reading("timeline", options, BASE + bonus)


# a mishap said in a fan's words, and as the moments' summaries word it
MISHAP = frozenset(
    {"hurt", "hurts", "injured", "injury", "injuries", "leg", "legs", "calf", "hamstring",
     "achilles", "foot", "knee", "strain", "strained", "tear", "torn", "pulled", "limped",
     "hobbled", "fell", "fall", "tripped", "crashed", "skade", "skadet", "skadd", "skada",
     "legg", "leggen", "leggskade", "vondt", "falt", "datt"}
)  # fmt: skip
_WORD = re.compile(r"[a-zæøå]+")


# an athlete's health asked as it stands today: a health word and a word of now
HEALTH = frozenset(
    {"injured", "injury", "injuries", "hurt", "poorly", "unwell", "sick", "ill", "illness",
     "operation", "operated", "surgery", "rehab", "rehabbing", "recovering", "recovery",
     "crocked", "sidelined", "healthy", "fit", "skadet", "skada", "skadd", "syk", "sjuk",
     "operert", "frisk", "opptrening", "rehabilitering", "op", "calf", "akillesen"}
)  # fmt: skip
# (the inflected forms: "operasjonen", "skaden", "sykdommen", "recovering", "injuries")
_HEALTH_STEMS = ("skad", "operas", "operer", "syk", "sjuk", "rehab", "injur", "recover", "achilles")
NOW = frozenset(
    {"still", "now", "currently", "yet", "again", "anymore", "is", "isn't", "isnt", "er", "e",
     "fortsatt", "framleis", "fremdeles", "ennå", "enda", "nå", "no", "igjen", "lenger",
     "doing", "går", "back"}
)  # fmt: skip


def _health_now(parts: Parts, athlete: str | None) -> int | None:
    """The year of today, when an athlete's health is asked as it is now and he has moments in it.

    "IS JACOB STILL POORLY": this year's moments say (a surgery, a return); with none of his
    this year, his whole timeline does.
    """
    words = parts.question.words
    if athlete is None or parts.slots.meets:
        return None
    if NOW.isdisjoint(words) or not any(w in HEALTH or w.startswith(_HEALTH_STEMS) for w in words):
        return None
    year = parts.today.year
    dated = str(year)
    if any(
        athlete in m.athletes and m.date.startswith(dated) for m in parts.resolver.store.timeline
    ):
        return year
    return None


def _mishap_year(parts: Parts, athlete: str | None) -> int | None:
    """The year of the athlete's mishap at the meets named: "when kerr hurt his leg at the worlds".

    The athlete's moments dated within a meet the words name (a series, no one edition) that
    tell of an injury or a fall; one year among them is the year asked, several is none.
    """
    if athlete is None or not parts.slots.meets or MISHAP.isdisjoint(parts.question.words):
        return None
    store, resolver = parts.resolver.store, parts.resolver
    named = [resolver.meet_ids(span.text, strict=True) for span in parts.slots.meets]
    if any(len(ids) == 1 for ids in named):
        return None  # one edition named ("the tokyo world final"): the race asked, its year
    days = {
        day.isoformat() for ids in named for m in ids for day in meet_days(store, store.meets[m])
    }
    years = {
        int(moment.date[:4])
        for moment in store.timeline
        if athlete in moment.athletes
        and len(moment.date) > 4
        and any(d.startswith(moment.date) for d in days)
        and not MISHAP.isdisjoint(_WORD.findall(f"{moment.title} {moment.summary}".lower()))
    }
    return years.pop() if len(years) == 1 else None


def label(store: FactStore, options: Mapping[str, str]) -> list[str | Phrase]:
    """Shown as: "/timeline Josh Kerr and Jakob Ingebrigtsen, 2024, oldest first"."""
    named = {k: name_of(store, options[k]) for k in ("athlete", "opponent") if k in options}
    bits: list[str | Phrase] = (
        [Phrase(key="ask.label.and", values=named)] if len(named) == 2 else list(named.values())
    )
    bits += [options["year"]] if "year" in options else []
    bits += [Phrase(key="ask.label.oldest")] if options.get("order") == "oldest" else []
    return bits


READING = Understanding(
    cues=CUES, typos=TYPOS, build=build, label=label, example="kerr ingebrigtsen timeline 2024"
)
