"""Every kind of reply rendered both ways (embed as a dict, console text), kept as snapshots.

A change of wording or layout shows up as a diff of ``tests/__snapshots__/`` in review.
After an intended change: ``pytest tests/test_snapshots.py --snapshot-update`` and read the diff.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.commands import FEATURES
from bot.console import answer_line
from bot.render.embeds import render_embeds
from bot.render.text import render_text

from .conftest import NOW

IN_2027 = dt.datetime(2027, 1, 1, 10, tzinfo=dt.UTC)
DURING_WORLDS_2027 = dt.datetime(2027, 9, 12, 10, tzinfo=dt.UTC)

# (snapshot name, console line, the instant it is asked at); one or more per kind of reply
CASES = [
    ("h2h", "/h2h kerr ingebrigtsen", NOW),
    ("h2h_event_noted", "/h2h kerr ingebrigtsen event:mile", NOW),
    ("h2h_never_met", "/h2h kerr adrian-ben", NOW),
    ("h2h_one_meeting", "/h2h kerr mills", NOW),
    ("problem_ambiguous", "/h2h jakob samuel", NOW),
    ("quote", "/quote kerr topic:blindfolded", NOW),
    ("no_quote", "/quote nordas", NOW),
    ("next_race_upcoming", "/next-race meet:worlds 2027", IN_2027),
    ("next_race_on", "/next-race meet:worlds 2027", DURING_WORLDS_2027),
    ("next_race_finished", "/next-race meet:budapest 2023", NOW),
    ("next_race_not_entered", "/next-race athlete:kerr", NOW),
    ("next_race_nothing", "/next-race", dt.datetime(2031, 1, 1, tzinfo=dt.UTC)),
    ("results", "/results meet:worlds 2023 round:heat", NOW),
    ("results_final", "/results meet:paris 2024", NOW),
    ("no_results", "/results meet:budapest 2023 round:semi-final", NOW),
    ("profile", "/athlete adrian-ben", NOW),
    ("profile_claims", "/athlete timothy cheruiyot", NOW),
    ("timeline", "/timeline kerr ingebrigtsen year:2025", NOW),
    ("timeline_empty", "/timeline year:2010", NOW),
    ("about", "/about", NOW),
    ("ask", "who's won more, kerr or jakob? finals only", NOW),
    ("ask_unsure", "kerr vs el guerrouj", NOW),
    ("ask_outside", "is it raining at pre?", NOW),
    ("ask_fact_age", "how old is jakob?", NOW),
    ("ask_fact_coach", "who coaches kerr", NOW),
    ("ask_fact_unknown", "who coaches nuguse", NOW),
]
# every feature's /ask example, read and answered: a new feature gets a snapshot (and the
# Norwegian check of tests/test_languages.py) the day it is declared
CASES += [
    (f"ask_{name.replace('-', '_')}", feature.reading.example, NOW)
    for name, feature in FEATURES.items()
    if feature.reading is not None
]


@pytest.mark.parametrize(("name", "line", "now"), CASES, ids=[c[0] for c in CASES])
def test_rendered_both_ways(ctx, snapshot, name, line, now) -> None:
    answer = answer_line(ctx(now), line)
    assert name.startswith(answer.kind)
    rendered = {
        "kind": answer.kind,
        "text": render_text(answer).splitlines(),
        "embeds": [page.to_dict() for page in render_embeds(answer)],
    }
    assert rendered == snapshot


def test_every_kind_of_reply_has_a_snapshot(ctx) -> None:
    # every kind of reply a feature lays out (bot/features), and the refusal every command has
    declared = {
        reply.model_fields["kind"].default for f in FEATURES.values() for reply in f.replies
    }
    kinds = set()
    for _, line, now in CASES:  # a question's answer counts for the command it was read as
        reply = answer_line(ctx(now), line)
        kinds |= {reply.kind, getattr(getattr(reply, "answer", None), "kind", reply.kind)}
    assert kinds == declared | {"problem"}
