"""/ask's intent model: names as roles, learnt wording, and when it may act on a reading."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

import bot.commands  # noqa: F401  (registers the commands the reader builds readings of)
from bot.ask import intents
from bot.ask.intents import IntentModel, load_questions, model_for, question_features
from bot.ask.reader import read_question
from bot.resolve import Resolver

TODAY = dt.date(2026, 3, 25)


def _words(features: intents.Features) -> dict[str, float]:
    return {k: v for k, v in features.items() if k.startswith(("w:", "b:", "first:"))}


def test_names_are_roles_so_the_model_learns_wording_not_people(resolver: Resolver) -> None:
    one = question_features("who leads, kerr or jakob?", resolver, TODAY)
    other = question_features("who leads, hocker or nuguse?", resolver, TODAY)
    assert _words(one) == _words(other)
    assert one["w:_a"] == 2
    assert one["#athletes:2"] > 0
    meet = question_features("when are the euros in birmingham", resolver, TODAY)
    assert meet["w:_m"] == 1 and meet["#ahead"] > 0  # August 2026 is ahead of 25 March 2026
    assert question_features("when was bislett 2024", resolver, TODAY)["#past"] > 0


def test_the_model_reads_an_inflection_it_never_saw_by_its_letters(resolver: Resolver) -> None:
    examples = [
        ("stilling mellom kerr og jakob", "h2h"),
        ("hva er stillingen kerr jakob", "h2h"),
        ("når løper kerr neste gang", "next-race"),
        ("når er bislett", "next-race"),
    ]
    model = IntentModel.fit((question_features(q, resolver, TODAY), c) for q, c in examples)
    chances = model.probabilities(question_features("stillinga hocker nuguse", resolver, TODAY))
    assert sum(chances.values()) == pytest.approx(1.0)
    assert max(chances, key=chances.__getitem__) == "h2h"
    assert IntentModel().probabilities({"w:x": 1.0}) == {}


@pytest.mark.parametrize(
    ("question", "command", "options"),
    [
        # no cue of /h2h's in the wording; two athletes and "the deal between" are
        (
            "what's the deal between kerr and hocker",
            "h2h",
            {"athlete": "josh-kerr", "opponent": "cole-hocker"},
        ),
        ("jakob kerr numbers", "h2h", {"athlete": "jakob-ingebrigtsen", "opponent": "josh-kerr"}),
    ],
)
def test_the_model_reads_what_no_cue_covers(
    resolver: Resolver, question: str, command: str, options: dict[str, str]
) -> None:
    untrained = read_question(question, resolver, TODAY, IntentModel())
    assert untrained.best is None  # the cues alone are not sure
    read = read_question(question, resolver, TODAY)
    assert read.best is not None
    assert (read.best.command, read.best.options) == (command, options)
    assert all(r.command != command for r in read.readings[1:])  # no second copy of it


@pytest.mark.parametrize(
    "question",
    [
        "Hva sa Karsten Warholm om Jakob?",  # the speaker is someone the store does not have
        "ingebrigtsen vs ingebrigtsen h2h",  # a head-to-head of one athlete: not his timeline
        "jakob fans real quiet rn",  # chatter that names someone
    ],
)
def test_the_model_does_not_make_a_reading_of_what_the_names_do_not_allow(
    resolver: Resolver, question: str
) -> None:
    read = read_question(question, resolver, TODAY)
    assert read.best is None, read.best


def test_a_confident_cue_reading_is_never_overruled(resolver: Resolver) -> None:
    # a model that has only ever seen quotes cannot turn a head-to-head into one
    quotes = [(question_features("hva sa kerr om jakob", resolver, TODAY), "quote")] * 5
    read = read_question("kerr vs jakob h2h", resolver, TODAY, IntentModel.fit(quotes))
    assert read.best is not None and read.best.command == "h2h"


def test_the_model_is_learnt_once_per_store_even_when_asked_at_once(resolver: Resolver) -> None:
    fresh = Resolver(resolver.store)
    models: list[IntentModel] = []
    threads = [threading.Thread(target=lambda: models.append(model_for(fresh))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(m) for m in models}) == 1
    assert sum(models[0].questions.values()) == len(load_questions())
    assert model_for(fresh) is models[0]


def test_the_store_in_service_keeps_its_model_while_other_stores_come_and_go(
    resolver: Resolver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Models are shared by the knowledge's fingerprint; when more stores than are kept were
    learnt, the least recently asked one goes, never the one every new bot asks for."""
    monkeypatch.setattr(intents, "_BY_FINGERPRINT", {})
    served = resolver.store.fingerprint
    assert served is not None
    learnt = model_for(resolver)  # this store's model, learnt once per session
    intents.share_model(served, learnt)
    others = {f"tried-{n}": IntentModel() for n in range(intents.SHARED_MODELS + 2)}
    for number, (print_, model) in enumerate(others.items()):
        intents.share_model(print_, model)
        # a bot started on the served files between the others: a new resolver, same files
        assert model_for(Resolver(resolver.store)) is learnt, number
    assert len(intents._BY_FINGERPRINT) == intents.SHARED_MODELS
    assert intents.shared_model(served) is learnt
    assert intents.shared_model("tried-0") is None  # the oldest went
    assert intents.shared_model(f"tried-{len(others) - 1}") is others[f"tried-{len(others) - 1}"]
