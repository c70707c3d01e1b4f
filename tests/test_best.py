"""/best: an athlete's fastest time in the store per event (the trial command)."""

from __future__ import annotations

from bot.commands import COMMANDS
from bot.features.best.answer import BestAnswer
from bot.render.text import render_text


def test_kerrs_fastest_1500m_is_his_olympic_final(ctx) -> None:
    reply = COMMANDS["best"].call(ctx(), {"athlete": "kerr"})
    assert isinstance(reply, BestAnswer)
    bests = {b.event: b for b in reply.bests}
    assert bests["1500m"].time == "3:27.79" and "Paris Olympics" in bests["1500m"].meet
    assert "1500m: 3:27.79" in render_text(reply)


def test_a_race_not_yet_run_is_not_counted(ctx) -> None:
    import datetime as dt

    before_paris = COMMANDS["best"].call(
        ctx(dt.datetime(2024, 8, 1, tzinfo=dt.UTC)), {"athlete": "kerr"}
    )
    assert isinstance(before_paris, BestAnswer)
    assert all("Paris" not in b.meet for b in before_paris.bests)
