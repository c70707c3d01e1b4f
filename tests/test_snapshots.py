"""Every kind of reply rendered both ways (embed as a dict, console text), kept as snapshots.

A change of wording or layout shows up as a diff of ``tests/__snapshots__/`` in review.
After an intended change: ``pytest tests/test_snapshots.py --snapshot-update`` and read the diff.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.commands import FEATURES
from bot.console import answer_line
from bot.render.embeds import render_embeds
from bot.render.text import render_text

from .conftest import NOW

DURING_PARIS_2024 = dt.datetime(2024, 8, 6, 10, tzinfo=dt.UTC)  # its 1500m final that evening
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
    ("next_race_programme", "/next-race meet:paris 2024", DURING_PARIS_2024),
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


# a Discord timestamp as Discord reads it; escaped or cut, it prints as raw "<t:…:F>"
STAMP = re.compile(r"<t:-?\d+(?::[tTdDfFR])?>")
STAMP_REMAINS = re.compile(r"<t:|\bt:\d{6,}")


def broken_stamp(text: str) -> bool:
    """Whether ``text`` has a timestamp Discord would print raw (escaped or cut)."""
    return "\\<t:" in text or bool(STAMP_REMAINS.search(STAMP.sub("", text)))


def strings(value: Any) -> Iterator[str]:
    """Every text in a payload (an embed's dict)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def test_broken_stamps_are_seen() -> None:
    for broken in (r"<t:1722970200:F\>", r"\<t:1722970200:R>", "<t:1722970200:F", "t:1722970200"):
        assert broken_stamp(broken), broken
    assert not broken_stamp("1500m final: <t:1722970200:f> (<t:1722970200:R>)")


@pytest.mark.parametrize(("name", "line", "now"), CASES, ids=[c[0] for c in CASES])
def test_no_payload_has_a_broken_timestamp(ctx, name, line, now) -> None:
    answer = answer_line(ctx(now), line)
    for page in render_embeds(answer):
        for text in strings(page.to_dict()):
            assert not broken_stamp(text), (name, text)


# Discord's embed limits; read from its OpenAPI description when ../shared has it
OPENAPI = Path(__file__).resolve().parents[2] / "shared" / "discord" / "openapi.json"
LIMITS = {
    "RichEmbed": {"title": 256, "description": 4096, "fields": 25},
    "RichEmbedField": {"name": 256, "value": 1024},
    "RichEmbedFooter": {"text": 2048},
    "RichEmbedAuthor": {"name": 256},
}
EMBED_TOTAL = 6000  # title, description, fields, footer and author together


def limits() -> dict[str, dict[str, int]]:
    """The limits above, as the OpenAPI description states them when it is there."""
    if not OPENAPI.is_file():
        return LIMITS
    schemas = json.loads(OPENAPI.read_text(encoding="utf-8"))["components"]["schemas"]
    return {
        kind: {
            name: props[name].get("maxLength") or props[name].get("maxItems") or limit
            for name, limit in fields.items()
            for props in [schemas[kind]["properties"]]
        }
        for kind, fields in LIMITS.items()
    }


@pytest.mark.parametrize(("name", "line", "now"), CASES, ids=[c[0] for c in CASES])
def test_every_payload_is_within_discords_limits(ctx, name, line, now) -> None:
    top, field, footer, author = limits().values()
    for page in render_embeds(answer_line(ctx(now), line)):
        embed = page.to_dict()
        fields = embed.get("fields", [])
        assert len(embed.get("title", "")) <= top["title"], name
        assert len(embed.get("description", "")) <= top["description"], name
        assert len(fields) <= top["fields"], name
        for f in fields:
            assert 0 < len(f["name"]) <= field["name"] and 0 < len(f["value"]) <= field["value"]
        assert len(embed.get("footer", {}).get("text", "")) <= footer["text"], name
        assert len(embed.get("author", {}).get("name", "")) <= author["name"], name
        total = [embed.get("title", ""), embed.get("description", "")]
        total += [embed.get("footer", {}).get("text", ""), embed.get("author", {}).get("name", "")]
        total += [f["name"] + f["value"] for f in fields]
        assert sum(map(len, total)) <= EMBED_TOTAL, name
