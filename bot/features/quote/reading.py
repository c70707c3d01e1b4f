"""How /ask reads a question as /quote: its cues, its builder and its label."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.answers.topics import CHATTER
from bot.ask.labels import name_of
from bot.ask.parts import Parts, Scores
from bot.ask.replies import Reading
from bot.ask.topic import asks_what_was_said
from bot.ask.words import DOMAIN_WORDS, FUNCTION_WORDS, Question, split_question
from bot.facts.store import FactStore
from bot.features.quote.marked import (
    aside,
    marked_words,
    named_by,
    recalled,
    respelt,
    says,
    speaker_fitting,
)
from bot.features.quote.ranking import TOPIC_FILLER, rank_by_topic
from bot.features.quote.speaking import WHO_SAID, in_speaking_order
from bot.features.quote.terms import (
    HURT_PARTS,
    NEGATIONS,
    RACED,
    TOPIC_SHORT,
    WON,
    disliked,
    metres,
)
from bot.features.quote.when import said_when, without_hosts
from bot.normalise import normalise
from bot.phrases import Phrase
from bot.registry import Understanding

CUES = (
    # (the record says nothing: "what does the record say", "hva sier statistikken")
    (
        r"(?<!record )(?<!records )(?<!numbers )(?<!stats )(?<!statistics )(?<!data )"
        r"(?<!history )(?<!tally )(?<!books )\b(say|said|says|saying|sa|sagt|sier)\b"
        r"(?! (statistikken|tallene|historikken|rekorden|fasiten)\b)",
        3.0,
    ),
    (r"\b(quote|quotes|quoted|sitat|sitater)\b", 3.0),
    # what two are to each other, asked: what they said of it ("are the scot and the norwegian
    # friends now", "er skotten og nordmannen venner", "do kerr and jakob get along")
    (
        # (the relation's word is left to the topic: "friends" finds "we're not friends")
        # ("koffor e kerr og jakob uvenner" asks how the feud went: the timeline's)
        r"\b(are|r|is|er|e|were|var) _ (and|og|&|n) _(?= (\w+ ){0,2}(friends|mates|pals|"
        r"venner|kompiser)\b)|\b(do|does|did|gjør) _ (and|og|&) _"
        r"(?= (get along|like each other|get on|like one another|liker hverandre))",
        3.0,
    ),
    # what the writer's own people say is no athlete's quote: "my husband says ... was a shock"
    (
        r"\b(my|our|min|mi|mitt) (husband|hubby|wife|missus|partner|son|daughter|kids?|dad|mum|"
        r"mom|father|mother|brother|sister|friend|mate|boyfriend|girlfriend|mann|mannen|kona|"
        r"kone|sønn|sønnen|datter|dattera|datteren|far|mor|venn|venninne|kompis|bror|søster) "
        r"(says|said|thinks|reckons|sier|sa|mener|meiner|synes)\b",
        -3.0,
    ),
    (r"\b(think|thinks|thought|thoughts|opinion|mener|feel|feels) (of|about|on|om)\b", 3.0),
    # an opinion asked: "what did cram make of kerr's run", "what does jakob make of it"
    (r"\b(did|does|do|would|will) _( \w+){0,2} (make|made) of\b", 3.0),
    (r"\b(talk|talked|talking|told|tell us|comment|comments|commented|words|snakket)\b", 2.0),
    (r"\b(reckon|reckons|claims?|admit|admitted|trash talk)\b", 1.5),
    # how the Norwegian press reports what someone said ("Kerr pekte på klesstilen", "Jakob
    # innrømmer", "hevdet Kerr")
    (
        r"\b(pekte|peker|pekar) (på|at)\b|\b(hevder|hevdet|hevda|innrømmer|innrømmet|innrømte|"
        r"avslører|avslørte|avslørt|forteller|fortalte)\b",
        3.0,
    ),
    (r"\babout\b|\babt\b|\bbout\b", 0.5),
    # ("Kerr om fanpost fra Norge: – …": a Norwegian headline quoting him)
    (r"^_ (on|om)\b|\b(respond|responded|react|reacted|reply|replied) to\b", 3.0),
    # "did jakob really call kerr a moron", "kallte jakob kerr en idiot"
    (r"\b(call|called|calls|kalte|kallte|kaller)( \w+){1,3} (a|an|en|et)\b", 3.0),
    (r"\b(reaction|reacted|reaksjon)\b", 2.0),
    # a reply or a post is what someone said: "jakob sitt svar på deer on ice-greia", "kerr's
    # response to it", "ka skreiv jakob ætter operasjonen", "what did hocker post after paris"
    (r"\b(svar|svaret|svara|response|reply|answer|respons) (på|pa|at|to|til)\b", 2.0),
    (r"\b(wrote|posted|tweeted|skreiv|skrev|posta|postet)\b", 2.0),
    # ("line up", "lined up" is a start list: "how many times did kerr and jakob line up")
    (r"\b(line|lines|sitatet|uttalelsen?)\b(?! up)", 2.0),
    (r"\b(anything|something|any quotes?) (from|by) _ (on|about|om)\b", 3.0),
    # "did hocker say anything about the kerr/jakob rivalry": a quote, though a pair is named
    (r"\b(say|said|sagt|sa) (anything|something|noe|noko) (about|on|om)\b", 1.5),
    (r"\b(mean|meant|mente) (by|med)\b|\bmente _ med\b|\bmean _ by\b", 3.0),
    # a saying recalled, then who said it asked: "that thing about ..., was that josh?"
    (
        r"\b(thing|one|line|bit|greia|greie|tingen) (about|om|med)\b"
        r".*\b(was|var|va) (that|it|det) _",
        3.0,
    ),
    # what someone thinks of: "hva mener jakob om kerr", "ka meine", "kva synest"
    (r"\bhva (mener|mente|synes|syntes|tenker|tror|trodde) _ om\b", 3.0),
)
# words a fan quotes are the quote's own words: "the '98 out of 100' thing jakob said"
# (an apostrophe inside a word is no closing mark: "the 'that's my son' one")
# (and Norwegian guillemets: "kem sa «98 av 100»")
_QUOTED = re.compile(
    r"(?:^|\s)['‘\"“«]((?:[^'‘’\"“”«»]|(?<=\w)['’](?=\w)){2,80}?)['’\"”»](?=\s|$|[?!.,:;])"
)
_COMPOUND = re.compile(r"\b[^\W\d_]{2,}-[^\W\d_]{2,}\b")
# "who said deer on ice": the speaker is the one whose quote fits the words
# "the moron quote", "that stolen flag line", "moron-sitatet": the words beside the quote noun
# are the quote's own, which say whose quote it is when no one is named
_NAMED_BY_WORD = re.compile(
    r"\b(?:the|that|this|his|her)\s+([^\W\d_][\w'-]+(?:\s+[^\W\d_][\w'-]+){0,2})"
    r"\s+(?:quote|line|comment|remark|thing)\b"
    r"|\b([^\W\d_][\w']+)-(?:sitatet|kommentaren|uttalelsen|quote|quoten)\b"
)
TYPOS = {"quote": 3.0, "quotes": 3.0}
BASE = 1.0
QUOTED_BONUS = 1.5  # words in quotation marks: a quote is asked for


def _topic(parts: Parts, start: int, end: int) -> str:
    """The topic words: a person named alone (with filler words), else the words as typed."""
    inside = [v for i, v in parts.athletes if start <= i < end]
    spans = [s for s in parts.slots.athletes if s.start == start and s.end == end]
    if spans and spans[0].id:
        return spans[0].id
    named = [*parts.slots.athletes, *parts.slots.ambiguous]
    rest = [
        w
        for i, w in enumerate(parts.question.words[start:end], start)
        if not any(s.start <= i < s.end for s in named)
    ]
    if len(inside) == 1 and all(w in FUNCTION_WORDS or w in DOMAIN_WORDS for w in rest):
        # an event beside the person says which of the quotes about them ("about
        # Ingebrigtsen's 800m running": the one on his 800m)
        events = [e for e in metres(rest) if e in RACED]
        return " ".join([inside[0], *events])
    return " ".join(parts.question.words[start:end])


def build(parts: Parts, scores: Scores) -> Reading | None:
    """A speaker named outside the topic; the topic words, or a second person, as the topic."""
    del scores
    topic = parts.topic
    speakers = _speakers(parts, topic)
    # no "about", or "about it": the words nothing else explains are what the quote is about
    # ("the blindfolded quote", "the DQ in the tokyo semi was harsh. what did he say about
    # it"), with the meets named beside them; a person beside them is the quote's subject
    free = " ".join(_free_words(parts))
    found = _QUOTED.search(parts.question.text)
    # the words a fan quotes say best which quote is meant; so do a quote's own words written
    # out after "quote" without marks ("nuguse quote u win some u lose some")
    said = found.group(1) if found else recalled(parts, [v for _, v in speakers])
    marks = quoted_words(parts.question) if found else None
    if said is not None and speakers and aside(parts, speakers[0][1], said, marks):
        # quoted words no quote said at the moment named holds are the fan's aside
        held = set(normalise(said).split())
        said, found = None, None
        free = " ".join(w for w in free.split() if normalise(w) not in held)
    quoted = said is not None
    if said is not None:
        free, topic = said, None
    free = free if quoted or topic else _unmarked_topic(parts, free)
    if not (free or quoted or topic):  # "jakob world record quote": its words before "quote"
        free = named_by(parts, FUNCTION_WORDS | TOPIC_FILLER | CHATTER)
    if not speakers and not quoted:
        speakers = _subject(parts, topic)
    if not speakers:
        # no speaker named: the one whose quote holds the words ("who said deer on ice", "the
        # 'moron' comment", "'deer on ice'?? ka e det for nåkka", "the moron quote")
        if quoted or WHO_SAID.search(parts.question.joined):
            return _by_words(parts, free, QUOTED_BONUS if found else 0.0)
        word = _word_named(parts.question.text)
        return _by_words(parts, word, 0.0) if word else None
    about = _topic(parts, *topic) if topic else ""
    speakers = in_speaking_order(parts, speakers, free, topic, quoted, about)
    options = {"athlete": _speaker(parts, *speakers[0], free if quoted else "")}
    topic_words = _topic_of(parts, speakers, options["athlete"], free, topic, said)
    if topic_words:
        # a country read as a meet's host is no topic word; a word the fan marks as the
        # quote's, typed a letter off ("moran"), is the speaker's word
        topic_words = without_hosts(parts, topic_words)
        marked = marked_words(parts, said or "")
        options["topic"] = respelt(parts, options["athlete"], topic_words, marked)
        options["athlete"] = speaker_fitting(parts, options["athlete"], options["topic"])
    return parts.reading("quote", options, BASE + (QUOTED_BONUS if found else 0.0))


def _topic_of(
    parts: Parts,
    speakers: list[tuple[int, str]],
    speaker: str,
    free: str,
    topic: tuple[int, int] | None,
    quoted: str | None,
) -> str | None:
    """The topic: the words after "about" (and their moment), else the free words, else a person."""
    if topic:
        # "about josh after the olympics in paris": the meet after "after" is when it was said
        cut = next((i for i in range(*topic) if parts.question.words[i] in _AFTER), None)
        moment = [s.id for s in parts.slots.meets if s.id and cut is not None and cut < s.start]
        if cut is not None and moment and all(s.start < topic[1] for s in parts.slots.meets):
            rest = _topic(parts, topic[0], cut) if cut > topic[0] else ""
            if not rest or rest in parts.resolver.store.people:
                # (the meet's words kept: a quote may speak of it, said later: "om Jakob etter
                # Tokyo-lekene" finds the bracelet he gave him there)
                said = " ".join(parts.question.words[cut + 1 : topic[1]])
                return " ".join([*moment, rest, said]).strip()
        words = _topic(parts, *topic)
        if free and words in parts.resolver.store.people:
            # "what did kerr mean by insecurity, the quote about jakob": both say which quote
            words = f"{words} {free}"
        # a meet said as when is the topic's moment ("etter OL-finalen i Paris, noe om …")
        return " ".join([*said_when(parts, topic), words])
    if free:
        named = [v for _, v in speakers[1:2] if v in parts.resolver.store.people]
        if quoted is not None:
            # a person beside quoted words is their subject only if a quote of them by the
            # speaker holds the words ("the 'blindfolded' line ... in this sport": no subject)
            named = [n for n in named if _about(parts, speaker, free, n)]
        return " ".join([*named, free]) if named else free
    return speakers[1][1] if len(speakers) > 1 else None


_AFTER = frozenset({"after", "etter", "following", "ætter"})


def _subject(parts: Parts, topic: tuple[int, int] | None) -> list[tuple[int, str]]:
    """The person a topic opens with, when a pronoun later asks what they said.

    "something about kerr stealing a flag from a kid?? what did he say": Kerr said it.
    """
    if topic is None or not asks_what_was_said(parts.question.words[topic[1] :]):
        return []
    words = parts.question.words
    first = next((i for i in range(*topic) if words[i] not in FUNCTION_WORDS), topic[0])
    opening = [(i, v) for i, v in parts.athletes if i == first]  # ("om at jakob ble syk")
    inside = [v for i, v in parts.athletes if topic[0] <= i < topic[1]]
    return opening if len(inside) == 1 else []


def _unmarked_topic(parts: Parts, free: str) -> str:
    """The topic of a question with no "about": its free words, event and meets.

    A compound ("kerr yes-men quote") or a meet ("kerr wanamaker title quote") is the topic; a
    meet said as when or where is also the moment ("what did cram say after the tokyo final"),
    its words kept: a quote may speak of it without being said there.
    """
    compound = _COMPOUND.search(parts.question.text)
    slots = parts.slots
    # (and the meet a description names: "the portuguese guy who won in tokyo, what did he say")
    meets = " ".join([*(s.text for s in slots.meets), *slots.unknown_meets, *slots.described_meets])
    # the event named ranks the quotes ("etter 5000-meteren i Tokyo")
    # (and the round, when no other word says what the quote is about: "etter OL-finalen i
    # Paris" ranks the quotes on the final; "the DQ in the Tokyo semi" is about the DQ)
    event = (parts.slots.event or "").split(" (")[0]
    free = " ".join(w for w in (free, event, "" if free else parts.slots.round or "") if w)
    moment = " ".join(said_when(parts, None))
    free = " ".join(w for w in (free, meets) if w) or (compound.group(0) if compound else "")
    # a win or a loss beside them ranks the quotes on it ("when he won olympics"): racing
    # words never exclude a quote, so only beside a word that says what the quote is about
    won = " ".join(w for w in parts.question.words if w in WON) if free else ""
    return " ".join(dict.fromkeys(f"{moment} {free} {won}".split()))


def _word_named(text: str) -> str:
    """The words a quote is called by ("the moron quote", "moron-sitatet"), if any.

    Not a word that says no more than "a quote" ("the best quote", "that one line").
    """
    found = _NAMED_BY_WORD.search(text.lower())
    words = (found.group(1) or found.group(2)).split() if found else []
    empty = FUNCTION_WORDS | DOMAIN_WORDS | TOPIC_FILLER | CHATTER
    return " ".join(w for w in words if w not in empty)


def _speakers(parts: Parts, topic: tuple[int, int] | None) -> list[tuple[int, str]]:
    """The people named outside the topic and the quoted words, the ones the store quotes first.

    "this sport" may name an organisation no quote is by.
    """
    inside = quoted_words(parts.question)
    quoted_by = parts.resolver.store.quotes_by_speaker
    words = parts.question.words
    return sorted(
        (
            (i, v)
            for i, v in parts.athletes
            if (not topic or not topic[0] <= i < topic[1]) and i not in inside
        ),
        # ("operert i USA – dette sa Ingebrigtsen": a name after "in" is where, not who)
        key=lambda named: (named[1] not in quoted_by, named[0] > 0 and words[named[0] - 1] in _IN),
    )


_IN = frozenset({"in", "i"})


def _about(parts: Parts, speaker: str, words: str, subject: str) -> bool:
    """Whether a quote by ``speaker`` about ``subject`` fits the words."""
    store = parts.resolver.store
    said = list(store.quotes_by_speaker.get(speaker, ()))
    return any(subject in q.about for q in rank_by_topic(store, said, words, subject))


def _free_words(parts: Parts) -> list[str]:
    """The words no name or cue explains, less a fan's talk; fans' short forms ("dq") too.

    After "about it" the question's other words are what "it" is: a cue's word among them too
    ("everyone piled on kerr for the calf thing. what did he say about it").
    """
    pronoun = parts.slots.topic_start is not None and parts.topic is None
    more = parts.slots.unplaced if pronoun else ()
    short = [w for w in parts.question.words if w in TOPIC_SHORT or w in HURT_PARTS]
    # "kerr doesnt like jakob": the quote's word is "dislike", the negation no word of it
    dislike = disliked(parts.question.words)[1]
    dropped = TOPIC_FILLER | (NEGATIONS if dislike else frozenset())
    return [
        w
        for w in dict.fromkeys((*parts.free, *more, *short, *dislike))
        if w not in dropped and normalise(w) not in CHATTER
    ]


def quoted_words(question: Question) -> range:
    """The indices of the words a fan put in quotation marks ("the 'that's my son' one")."""
    found = _QUOTED.search(question.text)
    if not found:
        return range(0)
    inner = split_question(found.group(0).strip()).words  # (marks kept: words read as typed)
    words = question.words
    for start in range(len(words) - len(inner) + 1):
        if inner and words[start : start + len(inner)] == inner:
            return range(start, start + len(inner))
    return range(0)


def _speaker(parts: Parts, start: int, value: str, quoted: str = "") -> str:
    """A speaker's id; a name shared by several is the one quoted ("cheruiyot": Timothy).

    Of several quoted, the one whose own words hold the words a fan quotes ("wightman 'start
    hating us brits'": Jake, not Geoff).
    """
    if value in parts.resolver.store.people:
        return value
    quoted_by = parts.resolver.store.quotes_by_speaker
    for span in parts.slots.ambiguous:
        if span.start == start:
            speaking = [c for c in span.resolution.candidates if quoted_by.get(c)]
            if len(speaking) > 1 and quoted:
                speaking = [c for c in speaking if says(parts, c, quoted)] or speaking
            return speaking[0] if len(speaking) == 1 else value
    return value


def _by_words(parts: Parts, words: str, bonus: float) -> Reading | None:
    """The speaker of the quote that fits the words best ("who said deer on ice")."""
    topic = words or (" ".join(parts.question.words[slice(*parts.topic)]) if parts.topic else "")
    if not topic:
        return None
    store = parts.resolver.store
    best = rank_by_topic(store, list(store.quotes.values()), topic, None)
    if not best:
        return None
    return parts.reading("quote", {"athlete": best[0].speaker, "topic": topic}, BASE + bonus)


def label(store: FactStore, options: Mapping[str, str]) -> list[str | Phrase]:
    """Shown as: "/quote Jakob Ingebrigtsen about Josh Kerr", or about “a word”."""
    speaker = name_of(store, options["athlete"])
    if "topic" not in options:
        return [speaker]
    topic = options["topic"]
    # a meet's id (the moment) and a person's id among the words are shown by name
    shown = [_record_name(store, w) for w in topic.split()]
    about = name_of(store, topic) if topic in store.people else f"“{' '.join(shown)}”"
    return [Phrase(key="ask.label.about", values={"speaker": speaker, "about": about})]


def _record_name(store: FactStore, word: str) -> str:
    """A meet's or a person's id as its name; any other word as it is."""
    record = store.meets.get(word) or store.people.get(word)
    return record.name if record else word


READING = Understanding(
    cues=CUES, typos=TYPOS, build=build, label=label, example="what did kerr say about jakob?"
)
