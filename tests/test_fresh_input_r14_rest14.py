"""Fresh input, round 14's rest: names fans spell their own way.

Written per class (none is a dev-set name): a nickname made of a surname's first letters and a
fan's ending stands for that surname, so a family's surname default decides among its people as
the surname typed in full would ("ingo", "ingey"); a surname spelt by ear beside a first name's
short form is the one person both fit ("stu mcsweeny"), and a first name that fits no one so
named is no one; of a surname several people share, /quote's speaker is the one the store
quotes. A topic said before the quote noun ("jakob world record quote pls", "kerr verdensrekord
sitat") is the quote's topic, even when its words are another command's cue.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.commands import Context
from bot.resolve import ATHLETE_ROLES, Resolver

from .asking import assert_reads, best_reading
from .quoting import quote_shown

JAKOB, MCSWEYN, WIGHTMAN = "jakob-ingebrigtsen", "stewart-mcsweyn", "jake-wightman"


@pytest.mark.parametrize("roles", [None, ATHLETE_ROLES])
@pytest.mark.parametrize("text", ["ingo", "ingey", "inges", "INGY"])
def test_a_surname_nickname_is_the_surname(resolver: Resolver, text: str, roles: object) -> None:
    # as "ingebrigtsen" typed alone: the surname's default, with the others named in a note
    assert resolver.athlete("ingebrigtsen", roles=roles).id == JAKOB  # type: ignore[arg-type]
    got = resolver.athlete(text, roles=roles)  # type: ignore[arg-type]
    assert (got.status, got.id) == ("found", JAKOB)


def test_a_nickname_shared_as_the_surname_is_still_a_question(resolver: Resolver) -> None:
    # "wightman" in /quote is Jake or his father Geoff: so is the nickname
    surname = resolver.athlete("wightman", roles=None)
    nickname = resolver.athlete("wighty", roles=None)
    assert nickname.status == surname.status == "ambiguous"
    assert set(nickname.candidates) == set(surname.candidates)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("stu mcsweeny", MCSWEYN),
        ("stewie macsweeney", MCSWEYN),
        ("Stewy McSweeny", MCSWEYN),
        ("jakey whiteman", WIGHTMAN),
    ],
)
def test_a_short_first_name_beside_a_surname_spelt_by_ear(
    resolver: Resolver, text: str, expect: str
) -> None:
    for roles in (None, ATHLETE_ROLES):
        got = resolver.athlete(text, roles=roles)
        assert (got.status, got.id) == ("found", expect)


@pytest.mark.parametrize("text", ["jon whiteman", "bob mcsweeny"])
def test_a_first_name_that_fits_no_one_so_named_is_no_one(resolver: Resolver, text: str) -> None:
    assert not resolver.athlete(text, roles=ATHLETE_ROLES).found


@pytest.mark.parametrize("text", ["cheruyiot", "Cheruiyot", "t cheruiyot", "cheryot"])
def test_of_a_shared_surname_the_speaker_is_the_one_quoted(resolver: Resolver, text: str) -> None:
    # the store quotes Timothy Cheruiyot, not Reynold: /quote's question has one answer
    assert resolver.athlete("cheruiyot", roles=None).status == "ambiguous"
    assert not resolver.store.quotes_by_speaker.get("reynold-cheruiyot")
    got = resolver.speaker(text)
    assert (got.status, got.id) == ("found", "timothy-cheruiyot")


def test_of_two_quoted_the_speaker_is_still_a_question(resolver: Resolver) -> None:
    # Jake and his father Geoff Wightman are both quoted: "wightman" stays a question
    got = resolver.speaker("wightman")
    assert got.status == "ambiguous"
    assert {"jake-wightman", "geoff-wightman"} <= set(got.candidates)


async def test_quote_by_a_misspelt_shared_surname_answers_with_a_note(world) -> None:  # type: ignore[no-untyped-def]
    result = await world.slash("quote", athlete="cheruyiot")
    assert not result.ephemeral
    embed = result.response.embeds[0]
    assert "Timothy Cheruiyot" in embed.author.name
    shown = [result.response.content or "", embed.description or "", embed.footer.text or ""]
    shown += [f"{f.name} {f.value}" for f in embed.fields]
    # the note says who else the name could be
    assert "Reynold Cheruiyot" in "\n".join(shown), shown


@pytest.mark.parametrize(
    ("text", "speaker", "topic"),
    [
        ("jakob world record quote pls", JAKOB, "world record"),
        ("any kerr world record quote?", "josh-kerr", "world record"),
        ("world record quotes from ingebrigtsen", JAKOB, "world record"),
        ("jakob verdensrekord sitat takk", JAKOB, "world record"),
        ("got a narve olympic record quote", "narve-gilje-nordas", "olympic record"),
    ],
)
def test_a_topic_before_the_quote_noun(
    resolver: Resolver, text: str, speaker: str, topic: str
) -> None:
    assert_reads(resolver, text, "quote", {"athlete": speaker, "topic": topic})


@pytest.mark.parametrize("text", ["kerr quote pls", "gimme a jakob quote", "random kerr quote"])
def test_a_quote_noun_with_no_topic_before_it(resolver: Resolver, text: str) -> None:
    command, options = best_reading(resolver, text)
    assert command == "quote" and "topic" not in options, options


def test_the_topic_before_the_noun_finds_its_quote(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    # the quote shown is one the store files under world records, not any quote of his
    answer = quote_shown("jakob world record quote pls", resolver, ctx)
    assert any("world record" in t for t in answer.quote.topics), answer.quote.topics


@pytest.mark.parametrize(
    ("text", "speaker", "topic"),
    [
        ("🇳🇴 jakob 'walk in the park' 😬", JAKOB, "walk in the park"),
        ("kerr “making the olympic team” 🤔", "josh-kerr", "making the olympic team"),
        ("jakob «walk in the park» #paris", JAKOB, "walk in the park"),
    ],
)
def test_quoted_words_beside_a_name_ask_for_the_quote(
    resolver: Resolver, text: str, speaker: str, topic: str
) -> None:
    # the words in quotation marks are a quote's, named: no talk among fans to let be
    assert_reads(resolver, text, "quote", {"athlete": speaker, "topic": topic})


def test_unquoted_talk_beside_a_name_is_still_a_remark(resolver: Resolver) -> None:
    from bot.ask.reader import read_question

    from .asking import SPRING

    assert read_question("jakob fans real quiet rn", resolver, SPRING).best is None
