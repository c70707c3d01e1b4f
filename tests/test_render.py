"""Rendering: every reply shows how its names were read, in Discord and in the console."""

from __future__ import annotations

import pytest

from bot import commands as cmd
from bot.phrases import word
from bot.render.embeds import render_embeds
from bot.render.text import render_text

FAMILY_NOTE = "Took 'ingebrigtsen' as Jakob Ingebrigtsen"


@pytest.mark.parametrize(
    ("run", "kind"),
    [
        (lambda c: cmd.COMMANDS["quote"].run(c, "ingebrigtsen", "zzzqqqxx"), "no_quote"),
        (lambda c: cmd.COMMANDS["timeline"].run(c, "ingebrigtsen", year=2001), "timeline"),
        (lambda c: cmd.COMMANDS["h2h"].run(c, "kerr", "ingebrigtsen"), "h2h"),
        (lambda c: cmd.COMMANDS["athlete"].run(c, "ingebrigtsen"), "profile"),
        (lambda c: cmd.COMMANDS["next-race"].run(c, athlete="ingebrigtsen"), "next_race"),
    ],
)
def test_notes_shown_for_every_kind_both_ways(ctx, run, kind) -> None:
    answer = run(ctx())
    assert answer.kind == kind
    assert any(FAMILY_NOTE in word(n) for n in answer.notes)
    assert FAMILY_NOTE in render_text(answer)
    # said once, on the first page: a later page is read after it
    for number, page in enumerate(render_embeds(answer)):
        fields = {f["name"]: f["value"] for f in page.to_dict().get("fields", [])}
        if number == 0:
            assert FAMILY_NOTE in fields["How I read your names"]
        else:
            assert "How I read your names" not in fields


def test_an_empty_timeline_embed_keeps_its_notes(ctx) -> None:
    answer = cmd.COMMANDS["timeline"].run(ctx(), "ingebrigtsen", year=2001)
    assert answer.kind == "timeline" and not answer.items
    assert "How I read your names" in str(render_embeds(answer)[0].to_dict())


def test_a_no_results_embed_says_how_the_meet_was_read(ctx) -> None:
    answer = cmd.COMMANDS["results"].run(ctx(), "euro indoors")  # two meets, neither with results
    assert answer.kind == "no_results" and answer.notes
    fields = render_embeds(answer)[0].to_dict()["fields"]
    assert any(f["name"] == "How I read your names" for f in fields)
    assert word(answer.notes[0]) in render_text(answer)
