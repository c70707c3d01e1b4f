"""English as fans write it: Scots, Irish, Geordie, American and phone spellings read as standard.

"whit did wightman say aboot jakob efter", "wha won", "he doesnae like him", "gie us a quote",
"wat r u saying abt kerr", "whos this nader boy": the reader's cues, function words and topic
rules are written once, in standard English; this table turns the spoken and typed forms into
it first (as :mod:`bot.ask.dialect` does for Norwegian), so a cue written for "what did X say
about" reads them all.

Mostly words about *how* something is asked (question words, pronouns, auxiliaries and their
negations, prepositions), and a few everyday words only a dialect spells so ("claes", "heid",
"missus"); never a name: a test keeps every form off the store's names. A word a fan could
mean as itself is left alone ("ill", "wit", "ken", "its", "were"), and one that is a word only
in some places is read so only there ("o" is "of" before "the" or "him", never a name's
initial). Words in quotation marks are a quote's own: the reader leaves them as typed.
"""

from __future__ import annotations

import re

from bot.ask.dialect import forms_table, word_set

# informal form -> the standard words (what the cues and function words know): Scots and
# Geordie ("whit", "aboot", "doesnae"), Irish ("ye", "tis"), American ("gimme", "tryna") and
# phone spelling ("u", "abt", "whos"); a contraction without its apostrophe is read with it.
INFORMAL: dict[str, str] = forms_table(
    """
    what: whit wat wut wot wht whut
    who: wha whae
    how: hoo hw
    where: whaur whair
    when: whan wen
    what's: whats wats whits wuts wots
    who's: whos
    how's: hows
    when's: whens
    where's: wheres
    that's: thats
    there's: theres
    he's: hes
    i'm: im
    i've: ive
    you're: youre
    they're: theyre
    what'd: whatd
    how did: how'd howd
    where did: where'd
    why did: why'd whyd
    after: efter
    out: oot
    about: aboot abt bout abut
    about to: boutta
    gonna: gonnae gonny gunna finna
    wanna: wantae
    doesn't: doesnt doesnae disnae
    will: wull
    didn't: didnt didnae
    don't: dont dinnae dinna divvent divint
    can't: cant cannae canna
    isn't: isnt isnae ain't aint
    wasn't: wasnt wasnae wisnae
    won't: willnae wullnae
    wouldn't: wouldnt wouldnae widnae
    couldn't: couldnt couldnae
    shouldn't: shouldnt shouldnae
    haven't: havent havnae havenae huvnae
    hasn't: hasnt hasnae
    aren't: arent arenae
    weren't: werent werenae
    give: gie
    give me: gies gimme
    let me: lemme
    don't know: dunno
    what are you: whatcha watcha
    what do you: whaddya whadya whaddaya
    did you: didja didya
    do you: d'ya dya
    trying to: tryna
    out of: outta
    our: oor
    your: yer ur
    you: ye youse yous yis yiz ya yall y'all u
    are: r
    my: ma
    myself: masel
    himself: himsel hissel
    over: ower
    on: oan
    into: intae
    to: tae
    from: fae frae
    with: wi
    without: withoot
    together: thegither
    no: naw nah nae
    yes: aye
    now: noo
    down: doon
    round: roon
    away: awa
    two: twa
    old: auld
    think: hink
    told: telt
    would: wid wud wld
    should: shud shld
    could: cud cld
    was: wis
    had: hud
    have: hae
    do: dae
    going: gannin gaun
    nothing: nowt
    anything: owt ocht onything oniething
    many: mony
    maybe: mibbe mebbe mebbies
    already: awready
    just: jist
    off: aff
    something: summat sth smth smthn somethin sumthin
    someone: some1 sum1
    anyone: any1 onybody
    everyone: every1 evry1
    nobody: naebody
    any: ony
    it is: tis
    it was: twas
    because: cuz coz cos bcuz bcoz becuz bc
    obviously: obv obvs
    really: rly rlly
    probably: prolly
    please: pls plz plez pleez
    people: ppl
    before: b4
    today: 2day
    tomorrow: tmrw tmr 2moro 2morrow tmrow
    tonight: tonite 2nite
    year: yr
    years: yrs
    season: szn
    thanks: thx thnx tnx
    true: tru
    wife: missus missis wifey
    clothes: clathes claes
    head: heid
    home: hame
    """
)
# "o" is "of" before a word of this kind ("the better o the norwegian", "heard o him"), never
# a name's initial; "n" is "and" between two words ("kerr n jakob"); "us" after a verb that
# gives or tells is "me" ("gie us a quote", "tell us about kerr")
_OF_BEFORE = word_set(
    "the a an him her them his their it its that this those these us me my our your em all"
)
_GIVING = word_set("give tell show let send get gimme")
# ... but "n" after one of these is a name's initial: "did n laros race", "vs n laros"
_BEFORE_INITIAL = word_set(
    "did does do is was has have had can could will would are were the a an of to in at on by "
    "for from with about vs v and or but if when who what how why where which beat beaten"
)
# words of talk, no content: a quote's topic lets them go ("josh's best wee dig", "och aye")
INFORMAL_FILLER = word_set(
    "wee och aye eh pal hen lad lads mate bud bro naw bruh howay thanks cheers innit"
)


# "-in" for "-ing" ("racin", "sayin'", "talkin"): the verbs a question about racing asks with
_DROPPED_G = word_set(
    """
    racing running winning losing beating saying talking going coming doing competing facing
    meeting getting taking trying chatting banging moaning slagging nothing something
    anything everything
    """
)


# a letter typed three times or more ("whaaat", "pleeease", "sooo"): said long, meant once
_STRETCHED = re.compile(r"(\w)\1{2,}")


def _unstretched(word: str, known: frozenset[str]) -> str:
    """A stretched word as the known word it stretches, else as typed ("kerrrr" stays)."""
    for repeat in (r"\1", r"\1\1"):
        plain = _STRETCHED.sub(repeat, word)
        if plain in known or plain in INFORMAL:
            return plain
    return word


def standard_english(words: list[str], known: frozenset[str] = frozenset()) -> list[str]:
    """The words of an English question with informal spellings read as the standard ones.

    A stretched word is read as the one of ``known`` (the reader's function words) it stretches.
    """
    out: list[str] = []
    for index, word in enumerate(words):
        if _STRETCHED.search(word):
            word = _unstretched(word, known)
        after = words[index + 1] if index + 1 < len(words) else ""
        if word == "o" and after in _OF_BEFORE:
            out.append("of")
        elif word == "n" and out and after and out[-1] not in _BEFORE_INITIAL:
            out.append("and")
        elif word == "us" and out and out[-1] in _GIVING:
            out.append("me")
        elif word.endswith("in") and word + "g" in _DROPPED_G:
            out.append(word + "g")
        else:
            out.extend(INFORMAL.get(word, word).split())
    return out


# words in quotation marks are a quote's own ("u win some u lose some"): read as typed
_QUOTED = re.compile(
    r"«[^»]+»|(?:^|(?<=\s))['‘\"“](?:[^'‘’\"“”]|(?<=\w)'(?=\w))+?['\"”](?=\s|$|[?!.,:;)])"
)
KEEP = "\0"  # the mark of a word kept as typed, from the split to the end of the dialect layer


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) character spans of ``text`` inside quotation marks."""
    return [m.span() for m in _QUOTED.finditer(text)] if any(q in text for q in "\"“«'‘") else []


def typed(token: str) -> str:
    """A word without the mark that kept it as typed."""
    return token[1:] if token.startswith(KEEP) else token


# a hashtag's words as fans run them together: "#DiamondLeague", "#Budapest23", "#paris2024"
_HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
_HASHTAG_PARTS = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])|(?<=[^\W\d_]{4})(?=(?:\d\d){1,2}$)")


def hashtags(text: str) -> str:
    """``text`` with each hashtag as its words in brackets ("#Budapest23": "(Budapest '23)").

    A clipped year at a hashtag's end is a year ("'23", read as 2023 with the others). In
    brackets the tag glosses the message (the meet, the series it names) and sets no mood of
    its own: "jakob v narve #heiaNorge" asks the head-to-head, it does not just cheer.
    """
    if "#" not in text:
        return text

    def words(found: re.Match[str]) -> str:
        parts = _HASHTAG_PARTS.split(found.group(1))
        last = parts[-1]
        # (a year after four letters at least: not a category's number, "#U20", "#top10")
        if len(parts) > 1 and last.isdigit() and len(last) == len("23"):
            parts[-1] = "'" + last
        return "(" + " ".join(parts) + ")"

    return _HASHTAG.sub(words, text)
