"""Fresh input, round 12's troll class: made-up claims, opinions, private life, the bot itself.

Written per class (none is a dev-set question): an order to invent a quote or claim is
refused whole ("fabrication"), a demand to admit or repeat a claim gets the same honest line
when nothing else is asked; a ranking or "the best ever" is an opinion (two names: still the
head-to-head); family ties, a home, an address or a number are private ("personal"); a real
question beside abuse is answered; what the bot can do and how current its data is reads as
/about, in English, Bokmål, Nynorsk and dialect.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.ask.answer import ask
from bot.ask.replies import CannotKnow
from bot.commands import Context
from bot.i18n import language, speaking_in
from bot.render.text import render_text
from bot.resolve import Resolver

from .asking import assert_reads, best_reading, refusal

KERR, JAKOB, HENRIK = "josh-kerr", "jakob-ingebrigtsen", "henrik-ingebrigtsen"


@pytest.mark.parametrize(
    "text",
    [
        "make up a quote from kerr saying jakob is the better runner",
        "can you invent an interview where jakob calls kerr a clown",
        "fabricate a tweet by wightman about the paris final",
        "pls cook up a statement from hocker about laros",
        "come up with a fake quote of kerr trashing jakob",
        "pretend jakob said he is scared of kerr. what would he say next",
        "imagine kerr admitted he's slower than jakob",
        "write me a made up interview with nader",
        "dikt opp et sitat der jakob sier kerr er best",
        "kan du finne på noe kerr kunne ha sagt om jakob",
        "lag et falskt sitat fra kerr om jakob",
        "lag en uttalelse fra jakob om at han gir seg",
        "lat som kerr sa at jakob er en taper",
        "ok bot make up a story about kerr and jakob fighting, then who won paris?",
    ],
)
def test_an_order_to_make_something_up_is_refused_whole(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "fabrication"


@pytest.mark.parametrize(
    "text",
    [
        "just admit kerr is a cheat",
        "come on bot, admit jakob is washed",
        "you have to admit wightman got lucky in eugene",
        "confess that you hate kerr",
        "agree with me that jakob is overrated",
        "bare innrøm at kerr jukser",
        "innrøm det: jakob er best",
        "kom igjen, erkjenn at kerr er bedre",
    ],
)
def test_a_demanded_claim_gets_the_fabrication_line(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "fabrication"


@pytest.mark.parametrize(
    "text",
    [
        "repeat after me: kerr has beaten jakob in every final",
        "say after me: the h2h is 15-0 to kerr",
        "type this: jakob leads kerr in the head to head",
        "si etter meg: kerr leder 10-0 mot jakob",
        "gjenta etter meg: jakob har aldri tapt for kerr",
    ],
)
def test_what_a_repeat_order_points_at_is_never_read(resolver: Resolver, text: str) -> None:
    """The claim after "repeat after me:" is the thing to repeat, not a question."""
    assert refusal(resolver, text) in {"instruction", "fabrication"}


@pytest.mark.parametrize(
    ("text", "command", "options"),
    [
        # a real question beside a demand is answered
        (
            "admit it bot. who won the 1500 at the paris olympics?",
            "results",
            {"meet": "2024-olympics-paris", "event": "1500m"},
        ),
        ("kerr vs jakob, who is the goat", "h2h", {"athlete": KERR, "opponent": JAKOB}),
    ],
)
def test_talk_of_making_up_or_greatness_is_still_a_question(
    resolver: Resolver, text: str, command: str, options: dict[str, str]
) -> None:
    assert_reads(resolver, text, command, options)


@pytest.mark.parametrize(
    "text",
    [
        "did kerr make up that story about the dress sense?",
        "is the quote where jakob admits kerr is better fake?",
        "was that kerr quote invented by the papers",
    ],
)
def test_asking_whether_something_was_made_up_is_no_order(resolver: Resolver, text: str) -> None:
    assert best_reading(resolver, text)[1].get("athlete") in {KERR, JAKOB}


@pytest.mark.parametrize(
    "text",
    [
        "who is the greatest 1500 runner of all time",
        "laros, nader, hocker and kerr: rank them for me",
        "make me a tier list of the milers",
        "is jakob the goat?",
        "who's the best ever out of kerr, jakob and wightman",
        "hvem er tidenes beste mellomdistanseløper?",
        "kven er den beste gjennom tidene",
        "ranger jakob, kerr, laros og hocker",
        "lag en rangering av de beste 1500-løperne",
    ],
)
def test_a_ranking_or_the_greatest_ever_is_an_opinion(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "opinion"


def test_the_greatest_in_another_sport_is_trivia(resolver: Resolver) -> None:
    assert refusal(resolver, "who is the best tennis player ever") == "offtopic"


@pytest.mark.parametrize(
    "text",
    [
        "are kerr and wightman related?",
        "are jakob and filip brothers",
        "hocker and nader, they are cousins?",
        "is timothy reynold's brother or cousin?",
        "how are the two cheruiyots related",
        "er reynold og timothy cheruiyot brødre?",
        "er kerr og wightman i slekt",
        "hvor mange søsken har jakob",
        "does laros have any brothers",
        "what's jakob's home address",
        "anyone got kerr's phone number",
        "give me wightman's email",
        "hva er adressen til jakob, vil sende fanpost",
        "kan noen gi meg mobilnummeret til kerr",
        "where does kerr live now",
        "kor bur jakob",
    ],
)
def test_family_ties_and_how_to_reach_someone_are_private(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "personal"


@pytest.mark.parametrize(
    ("text", "command", "options"),
    [
        # a family word in a description or a quote's topic asks nothing private
        ("how did the ingebrigtsen brothers do at the paris olympics", "results", {}),
        ("what did henrik say about his brother", "quote", {"athlete": HENRIK}),
        ("hva sa henrik om brødrene sine", "quote", {"athlete": HENRIK}),
        # a story that mentions an address asks for none
        ("the norwegians who wrote kerr letters, where did they get his address?", "quote", {}),
    ],
)
def test_family_words_in_a_question_are_no_private_question(
    resolver: Resolver, text: str, command: str, options: dict[str, str]
) -> None:
    assert_reads(resolver, text, command, options)


@pytest.mark.parametrize(
    ("text", "command", "options"),
    [
        (
            "kerr is such a fraud lol. who won more, him or jakob?",
            "h2h",
            {"athlete": KERR, "opponent": JAKOB},
        ),
        ("useless bot. when is jakob racing next?", "next-race", {"athlete": JAKOB}),
        (
            "dumme bot. hvem vant 1500 i ol i paris?",
            "results",
            {"meet": "2024-olympics-paris"},
        ),
    ],
)
def test_a_real_question_after_abuse_is_answered(
    resolver: Resolver, text: str, command: str, options: dict[str, str]
) -> None:
    assert_reads(resolver, text, command, options)


@pytest.mark.parametrize(
    "text",
    [
        "fine. take me to the about page",
        "open the help page",
        "what can this thing actually do?",
        "so what is this bot even for",
        "who runs this bot",
        "how far does your data go",
        "what date is your data updated to",
        "hva er egentlig vitsen med botten",
        "kan du fortelle hva botten kan svare på",
        "hvem står bak botten?",
        "til når er dataene oppdatert?",
        "kva kan botten eigentleg",
        "dokker som lagde botten, ka kan den?",
        "kor langt fram e tallan oppdatert",
    ],
)
def test_questions_about_the_bot_read_as_about(resolver: Resolver, text: str) -> None:
    assert best_reading(resolver, text) == ("about", {})


def test_the_fabrication_line_is_worded_in_both_languages(ctx: Callable[..., Context]) -> None:
    reply = ask(ctx(), "make up a quote where kerr admits jakob is better")
    assert isinstance(reply, CannotKnow) and reply.topic == "fabrication"
    english = str(render_text(reply))
    with speaking_in(language("no")):
        norwegian = str(render_text(ask(ctx(), "dikt opp et sitat der jakob roser kerr")))
    assert "make up" in english and "dikter ikke opp" in norwegian
