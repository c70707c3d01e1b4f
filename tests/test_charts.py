"""Charts of /h2h and /athlete: drawn for every rivalry, from the answer's own numbers."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import struct
import sys
from collections import Counter
from itertools import combinations

import pytest

from bot.charts import Charts
from bot.charts import draw as drawing
from bot.charts.spec import MAX_ALT_TEXT, MAX_MEETINGS
from bot.commands import Context
from bot.facts import FactStore, load_store
from bot.features.athlete.answer import profile
from bot.features.athlete.chart import progression_spec
from bot.features.h2h.answer import H2HAnswer, H2HQuery, head_to_head
from bot.features.h2h.chart import h2h_spec
from bot.resolve import Resolver

from .conftest import KNOWLEDGE, NOW

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# shown 400 x 270 px in Discord (embed images are at most ~400 wide, ~300 high), drawn at 2x
WIDTH_PX, HEIGHT_PX = 800, 540
MAX_PNG_BYTES = 250_000


@pytest.fixture
def here(store, resolver) -> Context:
    """The store at the tests' fixed instant."""
    return Context(store, resolver, NOW)


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_MAGIC)
    return struct.unpack(">II", data[16:24])


def pairs_met(store: FactStore, at_least: int = 2) -> list[tuple[str, str]]:
    met: Counter[tuple[str, str]] = Counter()
    for race in store.races.values():
        met.update(combinations(sorted({r.athlete for r in race.results}), 2))
    return sorted(pair for pair, count in met.items() if count >= at_least)


def h2h(store: FactStore, a: str, b: str, **query: object) -> H2HAnswer:
    return head_to_head(store, H2HQuery(athlete=a, opponent=b, **query))


def drawn_margins(fig) -> list[float]:
    """The signed lengths of the bars in the figure, top (newest) to bottom."""
    ax = fig.axes[0]
    bars = sorted(ax.patches, key=lambda p: p.get_y())
    return [round(p.get_width(), 2) for p in bars]


def signed(answer: H2HAnswer) -> list[float]:
    """The answer's margins in seconds, newest first as the list: the athlete's wins left."""
    return [
        -m.margin if m.winner == "athlete" else m.margin
        for m in answer.meetings
        if m.margin is not None and m.winner is not None
    ]


# ---------------------------------------------------------------- /h2h
def test_every_rivalry_pair_that_met_twice_gets_a_chart(store, here) -> None:
    """Every pair with a rivalry athlete in it and two meetings: a PNG 800 px wide, alt text."""
    featured = {p.id for p in store.featured()}
    rivalries = [p for p in pairs_met(store) if featured & set(p)]
    assert len(rivalries) > 30
    charts = Charts(max_cached=len(rivalries))
    for a, b in rivalries:
        answer = h2h(store, a, b)
        chart = charts.render(answer, here)
        assert chart is not None, (a, b)
        width, height = png_size(chart.png)
        assert (width, height) == (WIDTH_PX, HEIGHT_PX)
        assert len(chart.png) < MAX_PNG_BYTES
        assert 0 < len(chart.description) <= MAX_ALT_TEXT
    assert charts.renders == len(rivalries)


def test_every_pair_that_met_twice_has_a_chart_spec_from_its_answer(store) -> None:
    """All pairs, not only the rivalries: one bar per meeting with the answer's own margin."""
    for a, b in pairs_met(store):
        answer = h2h(store, a, b)
        spec = h2h_spec(answer, store)
        assert spec is not None
        meetings = answer.meetings[:MAX_MEETINGS]  # newest first, as the list
        assert len(spec.bars) == len(meetings)
        for bar, meeting in zip(spec.bars, meetings, strict=True):
            assert bar.ahead == meeting.winner
            assert bar.final == (meeting.round == "final")
            if meeting.margin is not None and meeting.winner:
                assert (bar.value, bar.unit) == (meeting.margin, "s")


def test_one_meeting_or_none_is_no_chart(store, here) -> None:
    once = next(p for p in pairs_met(store, 1) if p not in set(pairs_met(store)))
    assert h2h_spec(h2h(store, *once), store) is None
    assert Charts().render(h2h(store, *once), here) is None


def test_kerr_ingebrigtsen_chart_draws_the_answers_margins(store) -> None:
    answer = h2h(store, "josh-kerr", "jakob-ingebrigtsen")
    spec = h2h_spec(answer, store)
    fig = drawing.h2h_figure(spec)
    assert drawn_margins(fig) == signed(answer)
    assert answer.meetings[-1].margin is None  # 2016: places only, drawn as a marker
    # 2016 and the Eugene 2022 semi-final (The Oregonian prints his place, not his time)
    assert len(drawn_margins(fig)) == sum(1 for m in answer.meetings if m.margin is not None)
    assert len(drawn_margins(fig)) == len(answer.meetings) - 2
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "1 place" in texts and "0.45" in texts and "3.23" in texts
    assert fig._suptitle.get_text() == "Kerr 4 – 11 Ingebrigtsen"  # the tally, as asked
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[0] == "Zurich '24" and labels[-1] == "U20 Worlds '16"  # newest on top
    assert "Olympics '24" in labels and "Olympics '24 SF1" in labels and "Worlds '23 H1" in labels
    alt = spec.alt_text
    assert "Kerr 4 – 11 Ingebrigtsen" in alt and "Olympics '24: Kerr by 0.45 s" in alt


def test_a_margin_that_dwarfs_the_rest_is_cut_but_keeps_its_number(store) -> None:
    answer = h2h(store, "josh-kerr", "jake-wightman")
    tokyo = next(m for m in answer.meetings if m.meet_id == "2025-worlds-tokyo")
    assert tokyo.round == "final" and tokyo.margin and tokyo.margin > 30  # Kerr's 4:11.23
    fig = drawing.h2h_figure(h2h_spec(answer, store))
    widths = drawn_margins(fig)
    assert max(abs(w) for w in widths) < tokyo.margin
    others = [w for w in signed(answer) if abs(w) != tokyo.margin]
    assert [w for w in widths if abs(w) in {abs(o) for o in others}] == others
    assert f"{tokyo.margin:.2f}" in [t.get_text() for t in fig.axes[0].texts]


def test_event_shown_where_not_the_main_one(store) -> None:
    answer = h2h(store, "jakob-ingebrigtsen", "timothy-cheruiyot")
    labels = [b.label for b in h2h_spec(answer, store).bars]
    assert "Eugene '21 mile" in labels and "Worlds '19" in labels


def test_places_axis_when_no_meeting_has_times(store) -> None:
    answer = h2h(store, "josh-kerr", "jakob-ingebrigtsen")
    untimed = answer.model_copy(
        update={"meetings": [m.model_copy(update={"margin": None}) for m in answer.meetings]}
    )
    spec = h2h_spec(untimed, store)
    # a meeting where one place is not printed (Budapest 2023 heat 1, #28) has no bar length
    assert {b.unit for b in spec.bars if b.unit} == {"places"}
    assert spec.bars[0].text == "3 places"  # Zürich 2024, on top: Kerr 5th, Ingebrigtsen 2nd
    fig = drawing.h2h_figure(spec)
    assert drawn_margins(fig)[0] == 3.0  # to the right: Ingebrigtsen ahead


# ---------------------------------------------------------------- /athlete
def test_kerr_season_bests_and_medals_come_from_the_store(store) -> None:
    answer = profile(store, "josh-kerr")
    progress = answer.progression
    assert progress.events == ["1500m", "3000m (indoor)"]
    bests = {s.year: s.time for s in progress.bests("1500m")}
    assert bests == {
        2019: "3:32.52",
        2021: "3:29.05",
        2022: "3:30.60",
        2023: "3:29.38",
        2024: "3:27.79",
        2025: "3:29.37",
    }  # 2016 has a place but no time in the store
    medals = {(m.year, m.event, m.place) for m in progress.medals}
    assert medals == {
        (2021, "1500m", 3),
        (2023, "1500m", 1),
        (2024, "1500m", 2),
        (2024, "3000m (indoor)", 1),
        (2026, "3000m (indoor)", 1),
    }


def test_athlete_chart_plots_the_answers_bests_and_says_they_are_the_stores(store) -> None:
    answer = profile(store, "jakob-ingebrigtsen")
    spec = progression_spec(answer)
    fig = drawing.progression_figure(spec)
    for ax, event in zip(fig.axes, answer.progression.events, strict=True):
        line = ax.lines[0]
        assert list(line.get_ydata()) == [s.seconds for s in answer.progression.bests(event)]
        assert ax.get_title() == event
    medal_discs = sum(len(ax.lines) - 1 for ax in fig.axes)
    assert medal_discs == sum(1 for m in answer.progression.medals if m.event in spec_events(spec))
    assert "Only results in this bot's store" in fig._supxlabel.get_text()
    assert "Other medals: W. Indoors '22 silver (1500m (indoor))" in spec.alt_text
    png = drawing.png(fig)
    assert png_size(png) == (WIDTH_PX, HEIGHT_PX)


def spec_events(spec) -> set[str]:
    return {p.event for p in spec.panels}


def test_athlete_without_timed_results_has_no_chart(store) -> None:
    untimed = next(
        p.id
        for p in store.people.values()
        if p.role != "athlete" or not profile(store, p.id).progression.seasons
    )
    assert progression_spec(profile(store, untimed)) is None


# ---------------------------------------------------------------- cache, thread, failures
def test_cache_is_keyed_by_question_store_version_and_races_held_and_bounded(
    store, resolver, here
) -> None:
    charts = Charts(max_cached=3)
    kerr = h2h(store, "josh-kerr", "jakob-ingebrigtsen")
    first = charts.render(kerr, here)
    assert charts.render(kerr, here) is first and charts.renders == 1
    tomorrow = Context(store, resolver, NOW + dt.timedelta(days=1))
    assert charts.render(kerr, tomorrow) is first  # nothing new run: the same chart
    finals = h2h(store, "josh-kerr", "jakob-ingebrigtsen", finals_only=True)
    assert charts.render(finals, here) is not first and charts.renders == 2
    reloaded = load_store(KNOWLEDGE)  # a reload: same files, a new store
    assert reloaded.version != store.version
    after_reload = Context(reloaded, Resolver(reloaded), NOW)
    assert charts.render(kerr, after_reload) is not first and charts.renders == 3
    # asked on 1 Jun 2024, before Paris and Zurich: fewer meetings, another chart
    before = dt.datetime(2024, 6, 1, 12, tzinfo=dt.UTC)
    earlier = head_to_head(
        store, H2HQuery(athlete="josh-kerr", opponent="jakob-ingebrigtsen"), now=before
    )
    assert len(earlier.meetings) < len(kerr.meetings)
    then = Context(store, resolver, before)
    chart = charts.render(earlier, then)
    assert chart is not first and charts.renders == 4
    assert "Zurich '24" not in chart.description and "Zurich '24" in first.description
    assert charts.cached(kerr, here) == (False, None)  # the oldest went: at most three kept


def test_a_years_chart_says_its_year_and_is_not_the_all_years_one(store, here) -> None:
    # a pair whose every meeting is in one year: both answers hold the same races
    one_year = next(
        (pair, answer.meetings[0].year)
        for pair in pairs_met(store)
        for answer in [h2h(store, *pair)]
        if len({m.year for m in answer.meetings}) == 1
    )
    (a, b), year = one_year
    every, that_year = h2h(store, a, b), h2h(store, a, b, year=year)
    assert [m.race_id for m in every.meetings] == [m.race_id for m in that_year.meetings]
    charts = Charts()
    all_years, only_year = charts.render(every, here), charts.render(that_year, here)
    assert all_years is not None and only_year is not None and charts.renders == 2
    assert str(year) in h2h_spec(that_year, store).caption
    assert str(year) not in h2h_spec(every, store).caption
    assert str(year) in only_year.filename and only_year.filename != all_years.filename


async def test_rendering_leaves_the_event_loop_free(store, here) -> None:
    charts = Charts()
    answer = profile(store, "josh-kerr")
    task = asyncio.create_task(charts.render_async(answer, here))
    ticks = 0
    while not task.done():  # a chart drawn on the loop would finish before the first tick
        ticks += 1
        await asyncio.sleep(0)
    chart = task.result()
    assert ticks > 1 and chart is not None
    assert await charts.render_async(answer, here) is chart and charts.renders == 1
    charts.close()


def test_missing_plotting_library_means_no_chart_logged_once(
    store, here, monkeypatch, caplog
) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # `import matplotlib` now fails
    charts = Charts()
    caplog.set_level(logging.WARNING, logger="bot.charts.service")
    assert charts.render(h2h(store, "josh-kerr", "jakob-ingebrigtsen"), here) is None
    assert charts.render(h2h(store, "josh-kerr", "cole-hocker"), here) is None
    assert not charts.available
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 1 and messages[0].startswith("charts are off")


def test_a_failing_drawing_costs_only_the_chart_logged_once(
    store, here, monkeypatch, caplog
) -> None:
    def broken(_spec: object) -> bytes:
        raise RuntimeError("no room on the canvas")

    monkeypatch.setattr(drawing, "h2h_png", broken)
    charts = Charts()
    with caplog.at_level(logging.WARNING, logger="bot.charts.service"):
        assert charts.render(h2h(store, "josh-kerr", "jakob-ingebrigtsen"), here) is None
        assert charts.render(h2h(store, "josh-kerr", "cole-hocker"), here) is None
    assert len(caplog.records) == 1 and "drawing a chart failed" in caplog.records[0].message
    assert charts.available  # the next answer tries again
    assert charts.render(profile(store, "josh-kerr"), here) is not None


@pytest.mark.parametrize("name", ["josh-kerr", "yared-nuguse"])
def test_athlete_chart_png(store, here, name) -> None:
    chart = Charts().render(profile(store, name), here)
    assert chart is not None and png_size(chart.png) == (WIDTH_PX, HEIGHT_PX)
    assert chart.filename == f"athlete-{name}.png"
    assert "best per season" in chart.description


# ---------------------------------------------------------------- console and ask
def test_ask_writes_the_chart_with_dash_dash_chart(tmp_path, capsys) -> None:
    from bot.__main__ import main

    out = tmp_path / "kerr.png"
    assert main(["ask", "/h2h kerr jakob", "--chart", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Kerr 4 – 11 Ingebrigtsen" in captured.out
    assert f"chart written to {out}" in captured.err
    assert png_size(out.read_bytes()) == (WIDTH_PX, HEIGHT_PX)
    none = tmp_path / "quote.png"
    assert main(["ask", "/quote kerr", "--chart", str(none)]) == 0
    assert "no chart for this answer" in capsys.readouterr().err and not none.exists()


def test_console_writes_each_answers_chart(store, resolver, tmp_path) -> None:
    import io

    from bot.commands import Context
    from bot.console import run_console

    out = tmp_path / "chart.png"
    stdout = io.StringIO()
    lines = io.StringIO("/athlete nuguse\n/quote kerr\n")
    assert run_console(lambda: Context(store, resolver, NOW), lines, stdout, chart=out) == 0
    assert stdout.getvalue().count("chart written") == 1
    assert png_size(out.read_bytes()) == (WIDTH_PX, HEIGHT_PX)


@pytest.mark.parametrize("language", ["en_GB", "nb"])
def test_the_two_sides_keys_never_overlap(store, language) -> None:
    """Long names over narrow bars ("◀ Laros foran", "Ingebrigtsen foran ▶") stay apart."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from bot.i18n import LANGUAGES, speaking_in

    checked = 0
    with speaking_in(next(lang for lang in LANGUAGES if lang.code == language)):
        for a, b in [("niels-laros", "jakob-ingebrigtsen"), ("josh-kerr", "jakob-ingebrigtsen")]:
            spec = h2h_spec(h2h(store, a, b), store)
            fig = drawing.h2h_figure(spec)
            canvas = FigureCanvasAgg(fig)
            fig.draw_without_rendering()
            keys = {t.get_text(): t for t in fig.axes[0].texts}
            left = keys[spec.left].get_window_extent(canvas.get_renderer())
            right = keys[spec.right].get_window_extent(canvas.get_renderer())
            assert left.x1 < right.x0 or left.y1 <= right.y0, (spec.left, spec.right)
            checked += 1
    assert checked == 2
