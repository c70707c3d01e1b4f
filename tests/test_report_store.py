"""Reports in the database, on SQLite and PostgreSQL: the limit, closing, forgetting."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from alembic.script import ScriptDirectory

from bot.db.engine import alembic_config
from bot.exts.report import refusal
from bot.reports import Asked, ReportError, ReportStore, clean_link, clean_what, neutralise

NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)
ON_H2H = Asked(
    command="h2h",
    options={"athlete": "kerr", "opponent": "jakob"},
    answered_at=NOW,
    store_version="3fa2b1",
    facts_as_of=dt.date(2026, 3, 22),
)


async def add(store: ReportStore, user: int = 1, *, now: dt.datetime = NOW, limit: int = 3):
    return await store.add(
        user_id=user, what="Kerr ran 3:29.38", link=None, asked=ON_H2H, now=now, limit=limit
    )


def test_the_reports_revision_follows_exactly_once() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revision = script.get_revision("0003_reports")
    assert revision.down_revision == "0002_exactly_once"
    assert revision.path.endswith("0003_reports.py")


async def test_a_report_keeps_the_answer_it_was_made_on(engine) -> None:
    store = ReportStore(engine)
    made = await store.add(
        user_id=2**62,
        what="Kerr ran 3:29.38\nnot 3:29.83",
        link="https://example.org/r",
        asked=ON_H2H,
        now=NOW,
        limit=3,
        locale="no",
        guild_id=2**61,
        channel_id=5,
    )
    again = await store.get(made.id)
    assert again == made
    assert made.asked == ON_H2H and made.status == "open" and made.locale == "no"
    assert made.what == "Kerr ran 3:29.38\nnot 3:29.83" and made.created_at == NOW
    bare = await store.add(
        user_id=3, what="x", link=None, asked=Asked(command=None), now=NOW, limit=3
    )
    assert bare.asked.command is None and bare.asked.line == "(no answer: /report)"
    assert [r.id for r in await store.open_reports()] == [made.id, bare.id]


async def test_the_daily_limit_holds_per_user_and_resets_the_next_utc_day(engine) -> None:
    store = ReportStore(engine)
    for _ in range(3):
        await add(store)
    with pytest.raises(ReportError) as refused:
        await add(store)
    assert refused.value.key == "report.limit" and refused.value.values == {"limit": 3}
    await add(store, user=2)  # another user is not limited by the first
    await add(store, now=NOW + dt.timedelta(hours=12))  # the next UTC day
    assert len(await store.open_reports()) == 5


async def test_the_limit_holds_for_reports_sent_at_the_same_moment(engine) -> None:
    store = ReportStore(engine)
    outcomes = await asyncio.gather(
        *(add(store, limit=4) for _ in range(12)), return_exceptions=True
    )
    refused = [o for o in outcomes if isinstance(o, ReportError)]
    others = [o for o in outcomes if isinstance(o, Exception) and o not in refused]
    assert not others
    assert len(refused) == 8 and len(await store.open_reports()) == 4


async def test_closing_a_report_once_and_forgetting_a_user(engine) -> None:
    store = ReportStore(engine)
    first, second = await add(store), await add(store)
    other = await add(store, user=9)
    closed = await store.close(first.id, "Fixed in races.yaml", NOW + dt.timedelta(days=1))
    assert closed is not None and closed.status == "closed" and closed.note == "Fixed in races.yaml"
    assert await store.close(first.id, "again", NOW) is None  # already closed
    assert await store.close(999, None, NOW) is None
    await store.mark_told(first.id, "dm")
    assert (await store.get(first.id)).told == "dm"
    assert [r.id for r in await store.open_reports()] == [second.id, other.id]
    assert await store.forget_user(1) == 2
    assert await store.get(first.id) is None and await store.get(second.id) is None
    assert (await store.get(other.id)) is not None
    await add(store, limit=1)  # the forgotten user's count went with the reports


def test_text_is_cleaned_of_controls_and_limited() -> None:
    assert clean_what("  Kerr\x00 ran\x1b[31m 3:29\u202e.38\r\n\r\n\r\n\r\nsee\tlink \x07 ") == (
        "Kerr ran 3:29.38\n\nsee link"
    )
    with pytest.raises(ReportError) as empty:
        clean_what("\x00\x1b[2J \n\u202e")
    assert empty.value.key == "report.empty"
    with pytest.raises(ReportError) as long:
        clean_what("x" * 4000)
    assert long.value.key == "report.too_long" and long.value.values["length"] == 4000
    assert refusal(long.value, NOW) == (
        "Your report is 4000 characters long; at most 1000 fit. Nothing was saved."
    )
    assert clean_link("") is None and clean_link(None) is None
    assert clean_link(" bbc.co.uk/sport/x ") == "https://bbc.co.uk/sport/x"
    assert clean_link("https://worldathletics.org/r?a=1") == "https://worldathletics.org/r?a=1"
    for bad in ("javascript:alert(1)", "not a link", "ftp://x.org/f", "https://"):
        with pytest.raises(ReportError):
            clean_link(bad)


def test_mentions_are_broken_so_nothing_echoed_can_ping() -> None:
    shown = neutralise("@everyone @HERE <@123> <@!456> <@&789> <#5> a@b.c")
    for mention in ("@everyone", "@HERE", "<@123>", "<@!456>", "<@&789>", "<#5>"):
        assert mention not in shown
    assert "a@b.c" in shown and "\u200b" in shown
