"""How quotes are ranked against a topic: who they are about, their tags, their words."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass

from bot.answers.topics import CHATTER, translated
from bot.ask.words import FUNCTION_WORDS
from bot.facts.models import Quote
from bot.facts.store import FactStore
from bot.features.quote.holds import (
    context_stems,
    name_words_of,
    own_words,
    printed_words,
    speaker_words_of,
    stems_held,
)
from bot.features.quote.moments import countries_held, host_stems, occasions
from bot.features.quote.noise import by_strong_units, loosely, units_of
from bot.features.quote.terms import (
    MONTH_WORDS,
    PAIR,
    PAIR_WORDS,
    RACED,
    REQUEST_WORDS,
    RIVALRY,
    TOPIC_SHORT,
    countries,
    dated_or_compound,
    disliked,
    found_among,
    heads_of,
    holds_in_order,
    is_racing,
    metres,
    plural_base,
    printed,
    said_in_month,
)
from bot.normalise import normalise
from bot.stems import stem, stems
from bot.typed import words_of

# How a quote is scored against a topic, in one place. A person named in the topic ("what kerr
# said about jakob's dress sense") must be one the quote is about; the other words are content
# words, found in any order among the quote's tags, its words and its context, each matched by
# its stem (never by spelling distance). Most of them must be found: all of one or two, and all
# but a third of more ("the brit who never competes").
ABOUT_WEIGHT = 3
TAGS_WEIGHT = 2  # every content word among the quote's tags
WORD_WEIGHT = 1  # each content word found
OWN_WORDS_WEIGHT = 1  # each found in the quote's own words ("the blindfolded quote" says it)
PHRASE_WEIGHT = 3  # the topic's words as the quote prints them, in order
PHRASE_WORDS = 3  # a topic this long at least
WHEN_WEIGHT = 3  # said at the moment named ("after the final in Budapest"), or in the month
# no quote holding enough of a long topic's words: one holding two of them (``loosely``), and a
# third, is shown over none ("everyone piled on kerr for the calf thing in tokyo like he was …")
LOOSE_SHARE = 3
# words that say what kind of thing is asked for, never what it is about
TOPIC_FILLER = frozenset(
    {"quote", "quotes", "line", "thing", "comment", "comments", "sitat", "sitatet", "words",
     "remark", "interview", "kommentar", "kommentaren", "what", "say", "said", "stuff",
     "random", "compilation", "best", "famous", "favourite", "favorite", "mean", "meant",
     "means", "funny", "interesting", "memorable", "iconic", "good", "viral", "infamous",
     "notorious", "old", "recent", "same", "classic", "newest", "new", "greia", "greie",
     "greiene", "tingen", "call", "called", "calls", "kalte", "kallte", "kaller"}
) | REQUEST_WORDS  # fmt: skip


def _needed(count: int, about: bool) -> int:
    """How many of ``count`` content words a quote must hold (half beside one it is about)."""
    if about:
        return (count + 1) // 2
    return count if count <= 2 else count - count // 3


@dataclass(frozen=True)
class _Topic:
    """A topic's words as the matcher reads them."""

    names: frozenset[str]  # words of stored people's names
    content: frozenset[str]  # stems a quote must hold (most of them)
    racing: frozenset[str]  # racing stems: they rank, never exclude
    also: Mapping[str, str]  # a stem read through the lexicon -> the stem of the word typed
    months: frozenset[int] = frozenset()  # months named: one more word, held by the date
    pair: frozenset[str] = frozenset()  # a rivalry's stems, no one named: a pair's quotes hold
    order: tuple[str, ...] = ()  # the topic's words as typed, in order


def _read_topic(
    store: FactStore, topic: str, topic_athlete: str | None, moment: bool = False
) -> _Topic:
    """The names, content words and racing words of a topic as typed."""
    # (a word the normal form drops, "the", still parts the words beside it: ``noise``)
    folded = [normalise(w) for w in topic.split()]
    order = [t for w in folded for t in TOPIC_SHORT.get(w, w).split() or "."]
    words = disliked([w for w in order if w != "."])[0]  # "he doesn't like jakob": "dislike"
    words, typed = translated(store, metres(words))
    words, peoples = countries(words)
    typed.update(peoples)
    known = name_words_of(store)
    # a name's genitive is the name ("jakobs ego", "kerrs comment")
    words = [w[:-1] if w not in known and w.endswith("s") and w[:-1] in known else w for w in words]
    names = frozenset(w for w in words if w in known)
    plain = [w for w in words if w not in known]
    racing = stems(" ".join(w for w in plain if is_racing(w)))
    # beside a person, the rivalry's words rank: the person is the topic ("the kerr/jakob beef");
    # with no one named, the pair is ("the war of words between those two"): a quote about two
    # its words held by a quote about two people or more (or as a quote's words)
    rivalry = [w for w in plain if w in RIVALRY] if names or topic_athlete else []
    pair = frozenset() if rivalry else stems(" ".join(w for w in plain if w in RIVALRY))
    if pair:
        plain = [w for w in plain if w not in PAIR_WORDS]
    # a lone letter ("i'm" is "i m") says nothing; a lone digit may ("3 titles")
    plain = [w for w in plain if (len(w) > 1 or w.isdigit()) and w not in rivalry]
    months = frozenset(MONTH_WORDS[w] for w in plain if w in MONTH_WORDS)
    plain = [w for w in plain if w not in MONTH_WORDS]
    # a Norwegian word read whole as a filler's English is no filler ("favoritten": the
    # favourite), though a compound's head may be ("favorittsitatet": the favourite quote)
    whole = {w for w, t in typed.items() if list(typed.values()).count(t) == 1}
    content = stems(
        " ".join(w for w in plain if not is_racing(w) and (w not in _SKIPPED or w in whole))
    )
    if not content and not moment:  # "what did he say after the final": racing words are it
        content, racing = racing, frozenset()
    racing |= stems(" ".join(rivalry))
    if not content and not (names or topic_athlete or moment or months):
        content = stems(topic)  # only filler words: take them as they are
    # a word read through the lexicon may be held as typed, by a quote in that language; a
    # Norwegian definite plural as its word ("pacerne": "pacer")
    also = {stem(w): stem(t) for w, t in typed.items()}
    for word in plain:
        base = plural_base(word)
        if base is not None:
            also.setdefault(stem(word), stem(base))
    return _Topic(names, content, racing, also, months, pair, tuple(order))


def rank_by_topic(
    store: FactStore,
    quotes: Sequence[Quote],
    topic: str,
    topic_athlete: str | None,
    moment: Collection[str] = (),
) -> list[Quote]:
    """The quotes that fit a topic, best first (:func:`_rank_by_topic`; kept per question).

    A question read again clause by clause, and each person named tried as the speaker, asks
    the same ranking several times: the last RANKINGS are kept, per store.
    """
    key = (store.version, tuple(q.id for q in quotes), topic, topic_athlete, frozenset(moment))
    ranked = _RANKED.get(key)
    if ranked is None:
        ranked = _kept(key, _rank_by_topic(store, quotes, topic, topic_athlete, moment))
    return list(ranked)


def any_fits(
    store: FactStore,
    quotes: Sequence[Quote],
    topic: str,
    topic_athlete: str | None,
    moment: Collection[str] = (),
) -> bool:
    """Whether :func:`rank_by_topic` finds any quote: the first that fits ends the search."""
    key = (store.version, tuple(q.id for q in quotes), topic, topic_athlete, frozenset(moment))
    if key in _RANKED:
        return bool(_RANKED[key])
    read = _topic_read(store, topic, topic_athlete, moment)
    if read is not None and (
        next(_fitting(store, quotes, read, topic_athlete, moment), None) is not None
        or _strong(store, quotes, read[1], topic_athlete)
    ):
        return True
    _kept(key, [])  # every quote was read and none fits: the ranking is empty
    return False


def _kept(key: tuple[object, ...], ranked: list[Quote]) -> tuple[Quote, ...]:
    """A ranking kept by its key, up to RANKINGS of them."""
    if len(_RANKED) >= RANKINGS:
        _RANKED.clear()
    kept = _RANKED[key] = tuple(ranked)
    return kept


RANKINGS = 256
_RANKED: dict[tuple[object, ...], tuple[Quote, ...]] = {}


def _rank_by_topic(
    store: FactStore,
    quotes: Sequence[Quote],
    topic: str,
    topic_athlete: str | None,
    moment: Collection[str] = (),
) -> list[Quote]:
    """The quotes that fit a topic, best first: who they are about, their tags, their words.

    Words match by meaning-preserving rules only (case, accents, inflection: the stems of the
    topic among the quote's); typo tolerance is for names, which the resolver has already
    turned into ``topic_athlete``. A fan's talk around the topic is let go (``CHATTER``), and
    racing words rank but never exclude. When no quote holds enough of the words, the best of
    those that hold two of them and a third is shown over none. A ``moment`` (meet ids: "after
    the Paris final") counts as one word held by the quotes said at it (``occasions``); alone,
    it is the topic.
    """
    read = _topic_read(store, topic, topic_athlete, moment)
    if read is None:
        return []  # no word in the topic: nothing is about it
    scored: list[tuple[int, Quote]] = []
    loose: list[tuple[int, Quote]] = []
    for strict, score, quote in _fitting(store, quotes, read, topic_athlete, moment):
        (scored if strict else loose).append((score, quote))
    chosen = scored or loose or _strong(store, quotes, read[1], topic_athlete)
    chosen.sort(key=lambda pair: (-pair[0], _newest(pair[1])))
    return [q for _, q in chosen]


def _topic_read(
    store: FactStore, topic: str, topic_athlete: str | None, moment: Collection[str]
) -> tuple[str, _Topic] | None:
    """A topic's words and their reading; None when it holds nothing to match."""
    topic = words_of(topic)
    if not topic and not topic_athlete and not moment:
        return None
    return topic, _read_topic(store, topic, topic_athlete, bool(moment))


def _strong(
    store: FactStore, quotes: Sequence[Quote], read: _Topic, topic_athlete: str | None
) -> list[tuple[int, Quote]]:
    """The strict ranking sunk by stray words: quotes holding a strong unit of the others."""
    units = (read.order, read.content, read.also, read.names, read.months)
    return by_strong_units(store, quotes, units, topic_athlete)


def _fitting(
    store: FactStore,
    quotes: Sequence[Quote],
    topic_read: tuple[str, _Topic],
    topic_athlete: str | None,
    moment: Collection[str],
) -> Iterator[tuple[bool, int, Quote]]:
    """Each quote that fits, in order: whether it fits strictly (else loosely), its score."""
    topic, read = topic_read
    # the stems of the names a quote is not about: the same few sets over every quote
    name_stems: dict[frozenset[str], frozenset[str]] = {}
    # what the words may be held by besides their stems, once per set of words wanted
    heads: dict[frozenset[str], frozenset[str] | None] = {}
    hosts = host_stems(store)
    timed = bool(moment or read.months)
    phrase = printed(topic.split())
    phrase = phrase if len(phrase) >= PHRASE_WORDS else ()
    runs = units_of(read.order, read.content, read.also)
    for quote in quotes:
        terms = store.quote_terms(quote)
        # the speaker's own name in the topic ("what did hocker himself say") names no subject
        named = read.names - (speaker_words_of(store, quote.speaker) - terms.people)
        about = bool(topic_athlete and topic_athlete in quote.about)
        about = about or bool(named and named <= terms.people)
        held = stems_held(store, quote)
        wanted = read.content
        if named and not about:
            # a name the quote is not about must be among its words or tags ("grand slam track")
            if named not in name_stems:
                name_stems[named] = stems(" ".join(sorted(named)))
            wanted = wanted | name_stems[named]
            if not wanted - read.content <= held:
                continue
        found = _found(store, quote, wanted, held, read, (heads, hosts))
        if read.pair and len(quote.about) >= PAIR:
            found |= wanted & read.pair  # "the war of words between those two"
        # the moment and the month are words more the quote may hold, by when it was said
        when = _when(store, quote, read, moment)
        if not (about or found or when) or (timed and not wanted and not (when or about)):
            continue  # alone, the moment is the topic ("what did he say after paris")
        hits = len(found) + when
        count = len(wanted) + bool(read.months)
        # the moment and month stand for a word, not for all: one word at least is held
        strict = hits >= _needed(count, about) and bool(found or about or not wanted)
        if not strict and not (
            LOOSE_SHARE * hits >= count and loosely(found, runs, read.content, when)
        ):
            continue  # (scored only once it fits: most quotes do not)
        own = own_words(store, quote)
        score = ABOUT_WEIGHT * about + WORD_WEIGHT * len(found) + WHEN_WEIGHT * when
        score += _ranked(store, quote, read, held, own)
        score += OWN_WORDS_WEIGHT * len(found_among(wanted, own, read.also))
        score += TAGS_WEIGHT if wanted and wanted <= terms.tags else 0
        # the topic is the quote's own words, in order ("u win some u lose some")
        score += PHRASE_WEIGHT * bool(
            phrase and holds_in_order(printed_words(store, quote), phrase)
        )
        yield strict, score, quote


def _found(
    store: FactStore,
    quote: Quote,
    wanted: frozenset[str],
    held: frozenset[str],
    read: _Topic,
    gates: tuple[dict[frozenset[str], frozenset[str] | None], frozenset[str]],
) -> set[str]:
    """The words wanted a quote holds: as stems, by its date or a compound's head, by country.

    ``gates``: the compound heads of each set of words wanted (kept by the caller), and the
    countries meets were held in; a quote that can hold none of them is not asked.
    """
    heads, hosts = gates
    found = found_among(wanted, held, read.also)
    if wanted not in heads:
        heads[wanted] = heads_of(wanted)
    tags = store.quote_terms(quote).tags
    gate = heads[wanted]
    # (no year, and no head among the tags: none is held as dated or as a compound)
    if gate is None or not tags.isdisjoint(gate):
        found |= {w for w in wanted - found if dated_or_compound(w, quote, tags)}
    # (a country typed, not a people's word: "norwegian fans" are no meet in Norway)
    if not wanted.isdisjoint(hosts):
        found |= countries_held(store, quote, wanted - found - read.also.keys())
    return found


def _when(store: FactStore, quote: Quote, read: _Topic, moment: Collection[str]) -> int:
    """How many of the topic's times the quote was said at: its moment (a meet), its month."""
    tied = bool(moment) and not occasions(store, quote).isdisjoint(moment)
    return tied + (bool(read.months) and said_in_month(quote, read.months))


def _ranked(
    store: FactStore, quote: Quote, read: _Topic, held: frozenset[str], own: frozenset[str]
) -> int:
    """The score of the racing words a quote holds (they rank, never exclude)."""
    if not read.racing:
        return 0
    # an event names a race: the one the quote was said at ("after the 5000m"), its context
    events = read.racing & RACED
    score = WORD_WEIGHT * len(found_among(read.racing, held))
    # among the curated tags too ("1500m final"): a quote about that race, not just after it
    score += TAGS_WEIGHT * len(found_among(read.racing, store.quote_terms(quote).tags))
    score += OWN_WORDS_WEIGHT * len(found_among(read.racing - events, own))
    return score + OWN_WORDS_WEIGHT * len(found_among(events, context_stems(store, quote)))


_SKIPPED = FUNCTION_WORDS | TOPIC_FILLER | CHATTER


def _newest(quote: Quote) -> str:
    # newest first among equal scores: invert the ISO date's characters
    said = quote.said_on or "0000"
    return "".join(chr(255 - ord(c)) for c in said)
