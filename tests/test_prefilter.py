"""The literals a pattern needs (bot.ask.prefilter): a pattern skipped could never have matched."""

from __future__ import annotations

import re

import bot.commands  # noqa: F401  (registers every feature's cues)
from bot.ask import cues
from bot.ask.intents import load_questions
from bot.ask.prefilter import Patterns, needs, required
from bot.ask.words import split_question


def test_literals_read_from_the_parse_tree() -> None:
    assert required(r"\b(say|said|sagt)\b") == {"say", "said", "sagt"}
    assert required(r"\bhead ?to ?head\b") == {"head to head", "headto head", "head tohead",
                                                 "headtohead"}  # fmt: skip
    assert required(r"\b(records?|tally)\b") == {"record", "records", "tally"}
    assert required(r"pour\w*") == {"pour"}
    assert required(r"\b(think|thought) (of|about) \w+") == {
        f"{a} {b} " for a in ("think", "thought") for b in ("of", "about")
    }


def test_word_boundaries_are_kept() -> None:
    # "said" between boundaries is the word "said", not "saidi"; "pour" begins a word
    assert needs(r"\b(say|said)\b") == {("say", True, True), ("said", True, True)}
    assert needs(r"\bpour\w*") == {("pour", True, False)}
    assert needs(r"^who is _") == {("who is _", True, False)}


def test_nothing_known_when_a_way_through_needs_no_literal() -> None:
    assert required(r"\b(vs|\w+ing)\b") == {"vs", "ing"}
    assert required(r"\b(vs|\w+)\b") is None  # any word will do
    assert required(r"(when )?\d+") is None
    assert required(r"(?:abc)?") is None
    assert required(r"kerr", re.IGNORECASE) is None  # "KERR" matches: its case is not known
    assert required(r"(?i:kerr)\d+ vs") == {" vs"}


def test_a_set_of_patterns_searches_only_where_its_letters_are() -> None:
    patterns = Patterns([r"\bhead to head\b", r"\b(v|vs)\b", r"\bquotes?\b", r"[vw]"])
    assert patterns.candidates("kerr vs jakob") == [1, 3]  # "[vw]" alone: always searched
    assert patterns.candidates("head to head kerr jakob") == [0, 3]
    assert patterns.candidates("kerr's quotes vs 'v'") == [1, 2, 3]
    found = [(n, m.group()) for n, m in patterns.search("any quote on kerr v jakob")]
    assert found == [(1, "v"), (2, "quote"), (3, "v")]


def _texts() -> list[str]:
    """Every dev-set question as the cues read it (words joined; also with names masked)."""
    texts = []
    for entry in load_questions():
        joined = " ".join(split_question(entry["q"]).words)
        texts += [joined, re.sub(r"\b(kerr|jakob|ingebrigtsen|hocker)\b", "_", joined)]
    return texts


def test_a_pattern_skipped_never_matches() -> None:
    """On every dev-set question, the gated searches find what every plain search finds."""
    (cue_set, _, _), _ = cues._cues()
    sets = [cue_set, cues._FIRM_COMPILED, cues._OUTSIDE_COMPILED]
    for text in _texts():
        for patterns in sets:
            found = [(n, m.span()) for n, m in patterns.search(text)]
            plain = [
                (n, m.span()) for n, p in enumerate(patterns.compiled) if (m := p.search(text))
            ]
            assert found == plain, text
        for gated in (cues._WATCHED_LIVE, *cues._LIVE.values()):
            match, plain_match = gated.search(text), gated.pattern.search(text)
            assert (match and match.span()) == (plain_match and plain_match.span()), text
