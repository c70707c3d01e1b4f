"""Fresh fan input, round 10's head-to-head shapes: asides, preambles and Norwegian phrasings.

Written for each class of input (not copied from the dev set), in English and Norwegian: a
head-to-head asked inside a sentence after a preamble ("we were arguing whether …", "eg vil
gjerne vite korleis …"), beating said many ways ("got the better of", "finished in front
of", "lost to", "tapt mot"), the record as the one who speaks ("what do the numbers say"), a
bracketed aside after the question that remembers a meet, how one fared against the other AT
a meet (that meet's year), a round word that says where two met ("in the same final", "was it
only finals they met": no finals filter), and indoors with several events as examples.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.ask.reader import read_question
from bot.resolve import Resolver

SPRING = dt.date(2026, 3, 25)
KERR, JAKOB, HOCKER = "josh-kerr", "jakob-ingebrigtsen", "cole-hocker"
NUGUSE, WIGHTMAN, FILIP = "yared-nuguse", "jake-wightman", "filip-ingebrigtsen"


def _h2h(resolver: Resolver, text: str) -> dict[str, object]:
    """The options of the head-to-head read, the pair as a set (their order is the fan's)."""
    read = read_question(text, resolver, SPRING)
    assert read.outside is None, (text, read.outside)
    assert read.best is not None, (text, read.readings[:2])
    assert read.best.command == "h2h", (text, read.best)
    options: dict[str, object] = dict(read.best.options)
    options["pair"] = {options.pop("athlete"), options.pop("opponent")}
    return options


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "My mate and I were arguing in the pub last night about whether Hocker has ever "
            "beaten Kerr. Who's right?",
            {HOCKER, KERR},
        ),
        (
            "Been debating with my dad whether Wightman ever got the better of Jakob. What do "
            "the numbers say?",
            {WIGHTMAN, JAKOB},
        ),
        (
            "Quick one from a long-time lurker: has Nuguse ever finished ahead of Kerr?",
            {NUGUSE, KERR},
        ),
        ("I'd love to know how Nuguse has done against Jakob over the years.", {NUGUSE, JAKOB}),
        (
            "Jeg og kona diskuterte i går om Jakob noen gang har tapt mot Kerr. Hva sier "
            "statistikken?",
            {JAKOB, KERR},
        ),
        ("Eg lurer på korleis det har gått mellom Kerr og Hocker.", {KERR, HOCKER}),
        (
            "Hadde vært artig å vite hvordan det har gått mellom Nuguse og Kerr opp gjennom årene",
            {NUGUSE, KERR},
        ),
        ("Eg vil gjerne vite korleis det har gått mellom Hocker og Jakob.", {HOCKER, JAKOB}),
    ],
)
def test_a_head_to_head_asked_inside_a_sentence(
    resolver: Resolver, text: str, pair: set[str]
) -> None:
    """A preamble, "whether", "vil gjerne vite": the clause that asks is the rivalry's."""
    assert _h2h(resolver, text) == {"pair": pair}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("did jakob ingebrigtsen ever lose to his brother filip?", {JAKOB, FILIP}),
        ("has Filip ever got the better of Jakob lol", {FILIP, JAKOB}),
        ("how did jakob get on against hocker", {JAKOB, HOCKER}),
        ("har Jakob noen gang tapt mot Filip?", {JAKOB, FILIP}),
        ("has nuguse ever come out on top against kerr", {NUGUSE, KERR}),
        ("what does the record say, kerr or wightman?", {KERR, WIGHTMAN}),
    ],
)
def test_beating_said_another_way(resolver: Resolver, text: str, pair: set[str]) -> None:
    """Lost to, got the better of, came out on top; "the record says" is no quote."""
    assert _h2h(resolver, text) == {"pair": pair}


@pytest.mark.parametrize(
    ("text", "pair", "event"),
    [
        (
            "Has Kerr ever raced Nuguse over 3000m? (Glasgow 2024 springs to mind, but I may be "
            "wrong.)",
            {KERR, NUGUSE},
            "3000m",
        ),
        (
            "Har Jakob noen gang slått Hocker på 1500? (Tenker på Paris for et par år siden, men "
            "husker ikke sikkert.)",
            {JAKOB, HOCKER},
            "1500m",
        ),
        ("kerr vs hocker record? (I think Paris was the big one lol)", {KERR, HOCKER}, None),
    ],
)
def test_a_bracketed_aside_after_the_question(
    resolver: Resolver, text: str, pair: set[str], event: str | None
) -> None:
    """A meet or a year remembered in brackets after the question mark is no option."""
    want: dict[str, object] = {"pair": pair}
    want |= {"event": event} if event else {}
    assert _h2h(resolver, text) == want


@pytest.mark.parametrize(
    ("text", "pair", "year"),
    [
        ("did hocker get the better of kerr at the budapest worlds?", {HOCKER, KERR}, "2023"),
        (
            "was jakob ahead of kerr at the tokyo olympics or am I misremembering",
            {JAKOB, KERR},
            "2021",
        ),
        ("Kom Kerr foran Jakob i Paris?", {KERR, JAKOB}, "2024"),
    ],
)
def test_how_one_fared_against_the_other_at_a_meet(
    resolver: Resolver, text: str, pair: set[str], year: str
) -> None:
    """ "A finished in front of B at M": their head-to-head in M's year."""
    assert _h2h(resolver, text) == {"pair": pair, "year": year}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("did kerr beat jakob in budapest", "2023"),
        ("jakob finished ahead of kerr in paris right?", "2024"),
    ],
)
def test_a_city_raced_at_is_its_meet_with_races_at_any_clock(
    resolver: Resolver, text: str, year: str
) -> None:
    """Asked at the end of 2026, "budapest" is also the 2026 Ultimate Championship and
    "paris" a 2026 Diamond League meet, neither with a race in the store: where they raced is
    the latest such meet with results, not the latest meet of the name."""
    read = read_question(text, resolver, dt.date(2026, 12, 3))
    assert read.best is not None and read.best.command == "h2h", (text, read.best)
    assert read.best.options.get("year") == year


def test_a_scene_set_before_the_question_keeps_no_meet_year(resolver: Resolver) -> None:
    """A beating at a meet told in a remark before the question sets the scene only."""
    text = "Hocker beat Kerr at the Paris Olympics, fine, but is there a full h2h between them?"
    assert _h2h(resolver, text) == {"pair": {HOCKER, KERR}}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("have kerr and wightman ever been in the same final?", {"pair": {KERR, WIGHTMAN}}),
        (
            "var det bare finaler Jakob og Kerr møttes i 2023?",
            {"pair": {JAKOB, KERR}, "year": "2023"},
        ),
        (
            "Har Filip og Jakob Ingebrigtsen noen gang løpt i samme finale?",
            {"pair": {FILIP, JAKOB}},
        ),
        # asked as a filter, the round stays one
        ("kerr v hocker, finals only", {"pair": {KERR, HOCKER}, "rounds": "finals"}),
        ("Jakob mot Kerr, bare finaler", {"pair": {JAKOB, KERR}, "rounds": "finals"}),
    ],
)
def test_a_round_that_says_where_they_met(
    resolver: Resolver, text: str, want: dict[str, object]
) -> None:
    """ "In the same final", "was it only finals": what is asked, not the races counted."""
    assert _h2h(resolver, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "kerr v nuguse indoors only (glasgow 3000, millrose mile etc)",
        "Jakob mot Kerr innendørs (f.eks. 1500 og 3000)",
        "kerr vs nuguse on the boards, the mile and the 3k",
    ],
)
def test_indoors_with_several_events_as_examples(resolver: Resolver, text: str) -> None:
    """Examples of several indoor events are the indoor races, not the first event named."""
    assert _h2h(resolver, text)["event"] == "indoor"


@pytest.mark.parametrize(
    "text",
    [
        "What is Jakob's best 1500 on record? I've got a few numbers written down but they're "
        "all over the place.",
        "What's Kerr's best mile on record? I've got 3:45 in my notes but they're a mess.",
    ],
)
def test_a_pronoun_in_a_remark_is_no_rivalry(resolver: Resolver, text: str) -> None:
    """ "They" in a remark after the question (the fan's notes) brings in no opponent."""
    read = read_question(text, resolver, SPRING)
    assert all(r.command != "h2h" for r in read.readings), read.readings


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("kerr v jakob all time? (not just 2024, the whole thing)", {"pair": {KERR, JAKOB}}),
        ("Jakob mot Kerr, ikke bare finaler", {"pair": {JAKOB, KERR}}),
        ("hocker vs nuguse, every race not only the 1500", {"pair": {HOCKER, NUGUSE}}),
    ],
)
def test_an_option_denied_is_no_option(
    resolver: Resolver, text: str, want: dict[str, object]
) -> None:
    """ "Not just 2024", "ikke bare finaler": the year, round or event is what is NOT asked."""
    assert _h2h(resolver, text) == want


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("So my brother reckons Kerr has never lost to Hocker. Is he right?", {KERR, HOCKER}),
        ("Har Kerr og Wightman noen gang vært i samme finale?", {KERR, WIGHTMAN}),
        ("Kari sier at Jakob aldri har tapt mot Kerr innendørs, stemmer det?", {JAKOB, KERR}),
    ],
)
def test_a_claim_about_the_pair_checked(resolver: Resolver, text: str, pair: set[str]) -> None:
    """A fan's claim ("my brother reckons …, is he right?") checked is their record."""
    assert _h2h(resolver, text)["pair"] == pair


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kan du fortelle meg hvordan det står mellom Kerr og Nuguse? Vi så dem i Oslo i fjor.",
            {"pair": {KERR, NUGUSE}},
        ),
        ("korleis har det gått når Hocker og Jakob har møtst?", {"pair": {HOCKER, JAKOB}}),
        (
            "jakob vs hocker but only outdoors, and only the 1500 (the indoor stuff doesn't "
            "count imo)",
            {"pair": {JAKOB, HOCKER}, "event": "1500m"},
        ),
    ],
)
def test_norwegian_word_orders_and_outdoors(
    resolver: Resolver, text: str, want: dict[str, object]
) -> None:
    """ "hvordan det står mellom" (inside a sentence), nynorsk "møtst", outdoors said."""
    assert _h2h(resolver, text) == want


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("My coach always says Kerr can't beat Jakob over 1500. Has he ever?", {KERR, JAKOB}),
        ("Faren min sier at Jakob alltid slår Kerr. Stemmer det?", {JAKOB, KERR}),
        ("People keep saying Nuguse has Kerr's number, is that true h2h wise?", {NUGUSE, KERR}),
        (
            "A mate said Wightman has never beaten Jakob since 2022, is that right?",
            {WIGHTMAN, JAKOB},
        ),
    ],
)
def test_a_claim_by_someone_not_named_checked(
    resolver: Resolver, text: str, pair: set[str]
) -> None:
    """ "My coach says _ can't beat _, has he ever?": the record checks the claim (no quote)."""
    assert _h2h(resolver, text)["pair"] == pair


@pytest.mark.parametrize(
    "text",
    [
        "kerr said he can beat jakob any day, is that true?",
        "Jakob sa at han alltid slår Kerr, stemmer det?",
    ],
)
def test_a_claim_by_an_athlete_checked_is_his_quote(resolver: Resolver, text: str) -> None:
    """The athlete who said it is named: his words are asked for."""
    read = read_question(text, resolver, SPRING)
    assert read.best is not None and read.best.command == "quote", read.readings[:2]
