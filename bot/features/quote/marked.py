"""Words a fan marks as a quote's own: whose words they are, and the one a typo meant.

A fan who quotes words ("'blindfolded'"), names a quote by them ("the moron quote"), or
recalls them ("called him like a moron", "something like moran??") says what the quote's own
words are. They say who said it (the one whose quotes hold them), and a marked word no quote
of that speaker holds may be a typo of one that does: one edit away (a transposition is one)
from a single word of the speaker's quotes, and at least ``RESPELL_LETTERS`` long. That is
the only place a topic word is matched by spelling: the word is one the fan marked as the
quote's, the vocabulary is one speaker's quotes (tens of words, not a dictionary), a word
held as typed or by its stem is never touched, and two words in reach are left alone.
"""

from __future__ import annotations

import itertools
import re

from rapidfuzz.distance import OSA

from bot.ask.parts import Parts
from bot.features.quote.moments import occasions
from bot.features.quote.ranking import any_fits, rank_by_topic
from bot.features.quote.terms import holds_in_order, printed
from bot.features.quote.when import said_when
from bot.normalise import normalise
from bot.stems import stem, stems

# the nouns a fan names a quote with, the words just before them its topic ("world record quote")
QUOTE_NOUNS = frozenset({"quote", "quotes", "sitat", "sitatet", "sitater", "sitatene"})
NAMED_BY_WORDS = 3  # words before the noun read back, at most
RESPELL_LETTERS = 5  # a marked word this long may be a typo ("moran"), not shorter ones
RESPELL_EDITS = 1
# a word recalled as the quote's: "called him a moron", "like moran??" (last of its clause),
# "kalte ham en idiot", "the moron quote", "moron-sitatet"
_RECALLED = re.compile(
    r"\b(?:call|called|calls|kalte|kallte|kaller)\b(?: \w+){0,2}? (?:a|an|en|et) (\w+)"
    r"|\b(?:like|som) (?:a |an |en )?(\w+)$"
    r"|\b(?:the|that|this) (\w+) (?:quote|line|comment|remark)\b"
    r"|\b(\w+)-(?:sitatet|kommentaren|quote)\b"
)


def marked_words(parts: Parts, quoted: str) -> set[str]:
    """The words a fan marks as the quote's own: quoted, called, "like X", "the X quote"."""
    marked = set(normalise(quoted).split())
    question = parts.question
    bounds = [*question.clauses, len(question.words)]
    for start, end in itertools.pairwise(bounds):
        clause = " ".join(question.words[start:end])
        for found in _RECALLED.finditer(clause):
            marked.update(w for w in found.groups() if w)
    return marked


def respelt(parts: Parts, speaker: str, topic: str, marked: set[str]) -> str:
    """The topic with a marked word no quote of the speaker holds read as the one it is a typo of.

    Only when exactly one word of the speaker's quotes (their words and tags) is one edit away.
    """
    if not marked:
        return topic
    vocabulary = _vocabulary(parts, speaker)
    held = _held(parts, speaker)
    words = topic.split()
    # words quoted in another language than the speaker's ("«Jeg er hare når haren går av»"
    # of an English quote) are no typo of it: most of the marked words beside must be held
    others = [w for w in words if w in marked and w.isalpha() and len(w) > 2]
    if 2 * sum(stem(w) in held for w in others) < len(others) - 1:
        return topic
    for k, word in enumerate(words):
        if word not in marked or len(word) < RESPELL_LETTERS or not word.isalpha():
            continue
        if stem(word) in held:
            continue
        near = {w for w in vocabulary if OSA.distance(word, w, score_cutoff=RESPELL_EDITS) <= 1}
        if len(near) == 1:
            words[k] = near.pop()
    return " ".join(words)


def _vocabulary(parts: Parts, speaker: str) -> frozenset[str]:
    """The words of a speaker's quotes and their tags, as long as a typo may be read for."""
    store = parts.resolver.store
    key = (store.version, speaker)
    cached = _VOCABULARY.get(key)
    if cached is None:
        texts = [t for q in store.quotes_by_speaker.get(speaker, ()) for t in (q.text, *q.topics)]
        words = normalise(" ".join(texts)).replace("-", " ").split()
        cached = _VOCABULARY[key] = frozenset(
            w for w in words if len(w) >= RESPELL_LETTERS - RESPELL_EDITS and w.isalpha()
        )
    return cached


_VOCABULARY: dict[tuple[int, str], frozenset[str]] = {}


def _held(parts: Parts, speaker: str) -> frozenset[str]:
    """The stems of a speaker's quote vocabulary (worked out once, not in every reading)."""
    key = (parts.resolver.store.version, speaker)
    cached = _HELD.get(key)
    if cached is None:
        cached = _HELD[key] = frozenset(stem(w) for w in _vocabulary(parts, speaker))
    return cached


_HELD: dict[tuple[int, str], frozenset[str]] = {}


def says(parts: Parts, speaker: str, words: str) -> bool:
    """Whether a quote of ``speaker`` holds all of ``words``'s content stems in its own words.

    An ambiguous name's candidates are tried too ("ingebrigtsen": any quoted Ingebrigtsen).
    """
    store = parts.resolver.store
    wanted = stems(words)
    ids = [speaker] if speaker in store.people else _candidates(parts, speaker)
    return bool(wanted) and any(
        wanted <= store.quote_terms(q).text
        for who in ids
        for q in store.quotes_by_speaker.get(who, ())
    )


def _candidates(parts: Parts, value: str) -> list[str]:
    """The people an ambiguous name may be ("ingebrigtsen": Jakob, Henrik, Filip …)."""
    return [c for s in parts.slots.ambiguous if s.text == value for c in s.resolution.candidates]


def saying_first(parts: Parts, speakers: list[tuple[int, str]], quoted: str) -> None:
    """Of the people named, the first whose own words hold the quoted ones (in place).

    A surname alone names the one of that family who said them ("Ingebrigtsen claimed ...
    'blindfolded'": Jakob, whoever the surname alone reads as).
    """
    if not speakers or says(parts, speakers[0][1], quoted):
        return
    saying = [k for k in range(1, len(speakers)) if says(parts, speakers[k][1], quoted)]
    if saying:
        speakers.insert(0, speakers.pop(saying[0]))
        return
    for k, (start, _) in enumerate(speakers):
        family = [p for p in _family(parts, start) if says(parts, p, quoted)]
        if len(family) == 1:
            speakers.pop(k)
            speakers.insert(0, (start, family[0]))
            return


def _family(parts: Parts, start: int) -> list[str]:
    """The people of the surname that ends the name at ``start`` (none when it is one's alone).

    (A word before the surname may have been read as a first name: "I gather Ingebrigtsen".)
    """
    span = next((s for s in parts.slots.athletes if s.start == start), None)
    if span is None:
        return []
    word = parts.question.words[span.end - 1]
    people = parts.resolver.store.people.values()
    return [p.id for p in people if normalise(p.name).split()[-1:] == [word]]


# a reply asked for: "what did Ingebrigtsen reply", "Kerr's response", "hva svarte Jakob"
_REPLY = frozenset(
    {"reply", "replied", "replies", "respond", "responded", "response", "answer", "answered",
     "react", "reacted", "reaction", "retort", "retorted", "svarte", "svar", "svaret", "svara",
     "reagerte", "reaksjon", "reaksjonen"}
)  # fmt: skip
REPLY_REACH = 2  # words between the name and the reply ("did Ingebrigtsen ever reply")
# a person after these words is the one replied to ("respond to jakob", "svarte på kerr")
_TO = frozenset({"to", "til", "på", "pa", "on", "at"})


def replying(parts: Parts) -> tuple[int, str] | None:
    """Where and who the one is a question asks the reply of, if it does.

    The name just before the reply word ("did Ingebrigtsen reply", "Kerr's response"), else
    just after it, not after "to" ("hva svarte Jakob", not "respond to Jakob").
    """
    words = parts.question.words
    replies = [k for k, w in enumerate(words) if w in _REPLY]
    named = [s for s in parts.slots.athletes if s.id] if replies else []
    if len({s.id for s in named}) < 2:
        return None  # one person named: the speaker anyway
    for k in replies:
        before = [s for s in named if 0 <= k - s.end < REPLY_REACH]
        after = [s for s in named if 0 < s.start - k <= REPLY_REACH]
        after = [s for s in after if _TO.isdisjoint(words[k + 1 : s.start])]
        for span in before or after:
            return span.start, str(span.id)
    return None


# the words after these are a quote's own when a quote of the one named holds them in order
_RECALL_AFTER = frozenset({"quote", "quotes", "line", "sitat", "sitatet", "sitatene"})
RECALLED_WORDS = 3  # written out this long at least ("u win some u lose some")


def recalled(parts: Parts, speakers: list[str]) -> str | None:
    """The words after "quote" that a quote of a named speaker holds, in order, if any.

    "nuguse quote u win some u lose some?? was that real": "u win some u lose some", which
    Nuguse's "You win some you lose some" holds; its longest such start, its clause's end
    being where the words end (never by spelling distance).
    """
    words = parts.question.words
    starts = [k + 1 for k, w in enumerate(words) if w in _RECALL_AFTER]
    if not starts or not speakers:
        return None
    texts = [t for who in speakers for t in _own_words(parts, who)]
    ends = [*parts.question.sentences, *parts.question.clauses, len(words)]
    for start in starts:
        end = min(e for e in ends if e > start) if any(e > start for e in ends) else start
        # the texts that hold its first words, the only ones its shorter stretches may be in
        head = printed(words[start:end])[:RECALLED_WORDS]
        held = [t for t in texts if holds_in_order(t, head)] if len(head) == RECALLED_WORDS else []
        for stop in range(end, start + RECALLED_WORDS - 1, -1) if held else ():
            wanted = printed(words[start:stop])
            if len(wanted) >= RECALLED_WORDS and any(holds_in_order(t, wanted) for t in held):
                return " ".join(words[start:stop])
    return None


def _own_words(parts: Parts, speaker: str) -> list[tuple[str, ...]]:
    """The words of each of a speaker's quotes, in normal form (once a speaker)."""
    store = parts.resolver.store
    key = (store.version, speaker)
    cached = _OWN_WORDS.get(key)
    if cached is None:
        quotes = store.quotes_by_speaker.get(speaker, ())
        cached = _OWN_WORDS[key] = [printed(q.text.split()) for q in quotes]
    return cached


_OWN_WORDS: dict[tuple[int, str], list[tuple[str, ...]]] = {}


# "…, was that josh?", "va det jakob": the one asked about last is who said it
_WAS = frozenset({"was", "var", "va", "is", "er", "e"})
_THAT = frozenset({"that", "it", "det", "d", "this"})


def asked_last(parts: Parts) -> tuple[int, str] | None:
    """The person a question ends by asking about as the speaker ("..., was that josh?").

    Only when several are named: the others are then what the quote is about.
    """
    words = parts.question.words
    named = [s for s in parts.slots.athletes if s.id]
    if len({s.id for s in named}) < 2 or named[-1].start < 2:
        return None
    last = named[-1]
    ends = {*parts.question.sentences, len(words)}
    asks = words[last.start - 2] in _WAS and words[last.start - 1] in _THAT
    return (last.start, str(last.id)) if asks and last.end in ends else None


def aside(parts: Parts, speaker: str, quoted: str, inside: range | None = None) -> bool:
    """Whether words a fan quotes beside a moment are an aside, not the quote asked for.

    "what did jakob say after he lost paris, 'walk in the park' my ass": the moment is what is
    asked; the quoted words, said months before it, are the fan's scorn. So when no quote of
    the speaker holds them, or only quotes said before the moment began. Before a topic of its
    own, after them, quoted words no quote of the speaker holds are the fan's rendering.
    """
    store = parts.resolver.store
    moment = said_when(parts, None)
    quotes = store.quotes_by_speaker.get(speaker, ())
    # (``inside``: the words in quotation marks, when the fan marked them)
    if inside and parts.topic is not None and not moment and parts.topic[0] >= inside.stop:
        # quoted words beside "om"/"about" and a topic of its own ("«Jeg er hare når haren går
        # av» – finnes sitatet om pacing?"): a fan's rendering, when no quote holds them
        # (by no one named: the speaker is not yet known, the first named may be no speaker)
        return not any(
            any_fits(store, list(store.quotes_by_speaker.get(v, ())), quoted, None)
            for _, v in parts.athletes
        )
    if not moment or not any(not occasions(store, q).isdisjoint(moment) for q in quotes):
        return False
    starts = [store.meets[m].start_date for m in moment]
    began = min(d.isoformat() for d in starts if d) if all(starts) else ""
    holding = rank_by_topic(store, list(quotes), quoted, None)
    return all((q.said_on or "9999") < began for q in holding)


def speaker_fitting(parts: Parts, value: str, topic: str) -> str:
    """A surname several quoted people share, as the one of them whose quotes fit the topic.

    "what'd wightman reckon about the blindfold thing": Jake, not his father Geoff, said it;
    when none or several fit, the name stays a question of which.
    """
    store = parts.resolver.store
    if value in store.people or parts.slots.meets:
        return value  # (a meet named may be where either spoke: "wightman after eugene")
    candidates = [
        c
        for span in parts.slots.ambiguous
        if span.text == value
        for c in span.resolution.candidates
        if store.quotes_by_speaker.get(c)
    ]
    fit = [
        c
        for c in dict.fromkeys(candidates)
        if any_fits(store, list(store.quotes_by_speaker[c]), topic, None)
    ]
    return fit[0] if len(fit) == 1 else value


def named_by(parts: Parts, empty: frozenset[str]) -> str:
    """The words just before the quote noun, when nothing else says what the quote is about.

    "jakob world record quote pls", "🇳🇴 olympic gold quote": a cue's words ("world record")
    are still what the quote is about; a name, or a word of ``empty``, ends them.
    """
    words = parts.question.words
    at = next((i for i, w in enumerate(words) if w in QUOTE_NOUNS), None)
    named = {i for s in parts.slots.athletes for i in range(s.start, s.end)}
    out: list[str] = []
    for i in range(at - 1, -1, -1) if at is not None else ():
        if i in named or words[i] in empty or len(out) == NAMED_BY_WORDS:
            break
        out.insert(0, words[i])
    return " ".join(out)
