"""/h2h's chart: one bar per meeting, who was ahead and by how much (finals solid)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable

from bot.answers.meetings import Meeting
from bot.charts.service import Chart
from bot.charts.spec import MAX_MEETINGS, Bar, H2HSpec, meeting_label
from bot.facts.models import Meet
from bot.facts.store import FactStore
from bot.features.h2h import wording
from bot.features.h2h.answer import H2HAnswer
from bot.phrases import say
from bot.registry import Charting
from bot.render.format import event_name, number, short_names


def question(answer: H2HAnswer) -> Hashable:
    """The question a head-to-head answers: the pair, the event, finals only, the year."""
    return (
        "h2h",
        answer.athlete.id,
        answer.opponent.id,
        answer.event,
        answer.finals_only,
        answer.year,
    )


def held(answer: H2HAnswer) -> Hashable:
    """The meetings the answer holds."""
    return tuple(m.race_id for m in answer.meetings)


def _scope(answer: H2HAnswer) -> str:
    """The event (or all events), and the year when the answer keeps one.

    Not "finals only": the count of races already says "finals".
    """
    scope = event_name(answer.event) if answer.event else say("h2h.scope.all")
    return f"{scope} · {answer.year}" if answer.year else scope


def h2h_spec(answer: H2HAnswer, store: FactStore) -> H2HSpec | None:
    """The head-to-head chart of an answer; None when it has fewer than two meetings.

    Margins are the answer's own: seconds where both have times, else the answer's places.
    The store is read only for the meets' short names.
    """
    if len(answer.meetings) < 2:
        return None
    # newest at the top, as the list under it runs: the latest are kept when rows are cut
    shown = answer.meetings[:MAX_MEETINGS]
    a, b = short_names(answer.athlete, answer.opponent)
    events = Counter(m.event for m in answer.meetings)
    main_event = events.most_common(1)[0][0]
    bars = tuple(bar(m, store.meets.get(m.meet_id), main_event, a, b) for m in shown)
    seconds = any(bar.unit == "s" for bar in bars)
    races = say("chart.h2h.finals") if answer.finals_only else say("races")
    count = (
        say("chart.h2h.count.cut", shown=len(shown), count=len(answer.meetings), races=races)
        if len(shown) < len(answer.meetings)
        else say("chart.h2h.count", count=len(shown), races=races)
    )
    caption = say(
        "chart.h2h.caption",
        count=count,
        scope=_scope(answer),
        unit=say("chart.seconds" if seconds else "chart.places"),
    )
    key = say("chart.h2h.key", unit=say("chart.seconds" if seconds else "chart.places"))
    if not all(bar.final for bar in bars):
        caption += say("chart.h2h.pale")
        key += say("chart.h2h.pale")
    return H2HSpec(
        title=wording.tally_line(answer, answer.tally),
        caption=caption,
        athlete=a,
        opponent=b,
        left=say("chart.h2h.left", name=a),
        right=say("chart.h2h.right", name=b),
        seconds=seconds,
        bars=bars,
        note=say("chart.h2h.note"),
        key=key,
    )


def bar(meeting: Meeting, meet: Meet | None, main_event: str, a: str, b: str) -> Bar:
    """One meeting's bar: who was ahead, by seconds or places, or why the store cannot say."""
    label = meeting_label(meeting, meet, main_event)
    final = meeting.round == "final"
    ahead = meeting.winner
    if ahead is None:
        return Bar(label, None, None, None, final, say("h2h.no_result"))
    if meeting.margin is not None:
        said = f"{number(meeting.margin, 2)} s"  # "1,94 s" for a Norwegian viewer
        return Bar(label, ahead, meeting.margin, "s", final, said)
    first, second = meeting.athlete, meeting.opponent
    if first.status != "finished" or second.status != "finished":
        behind = b if ahead == "athlete" else a
        status = (second if ahead == "athlete" else first).status.upper()
        return Bar(label, ahead, None, None, final, say("chart.out", name=behind, status=status))
    if first.place is not None and second.place is not None:
        places = abs(first.place - second.place)
        text = say("chart.place" if places == 1 else "chart.places.count", count=places)
        return Bar(label, ahead, float(places), "places", final, text)
    return Bar(label, ahead, None, None, final, "")


def draw(answer: H2HAnswer, store: FactStore) -> Chart | None:
    """The chart of an answer with two meetings or more, drawn now."""
    from bot.charts import draw as drawing  # imports matplotlib: only when a chart is drawn

    spec = h2h_spec(answer, store)
    if spec is None:
        return None
    # the year is in the name: a year's chart is another picture than the all-years one
    year = f"-{answer.year}" if answer.year else ""
    name = f"h2h-{answer.athlete.id}-{answer.opponent.id}{year}.png"
    return Chart(drawing.h2h_png(spec), spec.alt_text, name)


CHART = Charting(question=question, held=held, draw=draw)
