"""Chart specs as PNG images, drawn with matplotlib's Agg backend (no display, no pyplot).

Figures are built with ``matplotlib.figure.Figure`` directly: pyplot keeps global state that
threads would share. Sizes are in inches at 100 px per inch as Discord shows them (an image
about 400 px wide); the PNG is written at twice that for sharp phone screens.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.charts.spec import Bar, H2HSpec, Panel, ProgressionSpec

if TYPE_CHECKING:  # matplotlib is imported only when the first chart is drawn
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text

# Discord shows an embed's image at most about 400 px wide and 280-300 px high: a wider
# than 3:2 picture is shown whole at full width; a taller one would be shrunk to fit
WIDTH_IN, HEIGHT_IN = 4.0, 2.7
DPI = 200  # 2 px per shown px, for sharp phone screens
# font sizes in points; at 100 px per inch as shown, 1 pt is 1.4 px: nothing under 8 pt (11 px)
TITLE, LABEL, KEY, SMALLEST = 12.5, 9.0, 8.5, 8.0


@dataclass(frozen=True)
class Theme:
    """Colours of a chart: an opaque dark card, for both of Discord's themes.

    It sits in the dark theme (what most people use) and stands out as a framed picture in the
    light one; its text is light on dark either way, so no theme makes it unreadable.
    """

    background: str = "#1e1f22"
    text: str = "#f2f3f5"
    muted: str = "#b5bac1"
    grid: str = "#3f4147"
    athlete: str = "#5b9dff"  # blue
    opponent: str = "#ff8a3d"  # orange: blue/orange stays distinct for colour-blind readers
    undecided: str = "#949ba4"
    line: str = "#5b9dff"
    medals: tuple[str, str, str] = ("#d4a017", "#c0c7cf", "#c07a3c")


THEME = Theme()


def _figure(theme: Theme) -> Figure:
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor=theme.background)
    fig.set_layout_engine("constrained")
    return fig


def png(fig: Figure) -> bytes:
    """The figure as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    out = io.BytesIO()
    # the canvas' own writer: savefig would lay the figure out and draw it twice
    FigureCanvasAgg(fig).print_png(out)
    return out.getvalue()


def fitted_size(
    text: str, size: float = TITLE, em: float = 0.62, least: float = SMALLEST + 1
) -> float:
    """A line's font size: ``size``, or smaller so that a long line still fits the width."""
    # a bold DejaVu character is about 0.62 em wide (0.55 plain); the figure is 288 pt wide
    fits = (WIDTH_IN * 72 - 12) / (em * max(len(text), 1))
    return max(least, min(size, fits))


def _style(ax: Axes, theme: Theme) -> None:
    ax.set_facecolor(theme.background)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(theme.grid)
    ax.tick_params(colors=theme.muted, labelsize=LABEL, length=0, pad=3)


def h2h_figure(spec: H2HSpec, theme: Theme = THEME) -> Figure:
    """One horizontal bar per meeting, newest at the top as in the list: left for one athlete.

    The other athlete's wins go right.

    Bars are margins in seconds; a meeting without both times is a diamond just off the centre
    line with its margin in words (places, or a DNF); an undecided one is a grey dot on it.
    A margin far beyond the others (a jogged final) is cut at the axis' end, its number kept.
    """
    rows = len(spec.bars)
    fig = _figure(theme)
    ax = fig.add_subplot()
    _style(ax, theme)
    # rows are ~13-20 px high on screen: the labels shrink a little when there are many
    size = LABEL if rows <= 10 else max(SMALLEST, LABEL - (rows - 10) * 0.2)
    seconds_axis = spec.seconds
    unit = "s" if seconds_axis else "places"
    values = [b.value for b in spec.bars if b.unit == unit and b.value is not None]
    reach = axis_reach(values)
    span = reach * 1.45  # room for the value labels beyond the longest bar
    for y, bar in enumerate(spec.bars):
        _h2h_row(ax, y, bar, seconds_axis, reach, span, size, theme)
    ax.axvline(0, color=theme.muted, linewidth=0.8)
    ax.set_xlim(-span, span)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.set_yticks(range(rows), [b.label for b in spec.bars])
    ax.tick_params(axis="y", labelsize=size)
    for tick, bar in zip(ax.get_yticklabels(), spec.bars, strict=True):
        # a heat or semi is told by a plain (not bold) label and a paler bar: its label keeps
        # the text's colour, since grey at this size is hard to read
        tick.set_fontweight("bold" if bar.final else "normal")
        tick.set_color(theme.text)
    # every bar carries its number: an x axis would only repeat them, smaller
    ax.set_xticks([])
    ax.spines["bottom"].set_visible(False)
    sides = [
        ax.annotate(
            text,
            (x, 1.0),
            xycoords="axes fraction",
            xytext=(0, 0),
            textcoords="offset points",
            ha=ha,
            va="bottom",
            fontsize=KEY,
            fontweight="bold",
            color=colour,
        )
        for x, ha, text, colour in (
            (0.0, "left", spec.left, theme.athlete),
            (1.0, "right", spec.right, theme.opponent),
        )
    ]
    fig.suptitle(spec.title, fontsize=fitted_size(spec.title), fontweight="bold", color=theme.text)
    # the unit and what pale means, at a readable size; counts and scope are in the embed
    # right-aligned with the bars: it may reach over the labels' column, never off the picture
    key = fitted_size(spec.key, KEY, em=0.6, least=SMALLEST)
    ax.set_title(spec.key, fontsize=key, color=theme.muted, pad=14, loc="right")
    if _overlapping(fig, sides[0], sides[1]):
        # long names ("◀ Laros foran", "Ingebrigtsen foran ▶") over narrow bars: the right
        # side's key goes a line up rather than over the left one's
        lift = KEY * 1.35
        sides[1].xyann = (0, lift)
        ax.set_title(spec.key, fontsize=key, color=theme.muted, pad=14 + lift, loc="right")
    return fig


def _overlapping(fig: Figure, left: Text, right: Text, gap: float = 6.0) -> bool:
    """Whether two texts laid out on the figure overlap (or come within ``gap`` pixels)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    fig.draw_without_rendering()  # (the constrained layout sizes the axes)
    renderer = canvas.get_renderer()
    return left.get_window_extent(renderer).x1 + gap > right.get_window_extent(renderer).x0


def axis_reach(values: list[float]) -> float:
    """How far the axis reaches: the longest margin, unless it dwarfs the rest.

    A margin more than four times the next one (a final jogged in with an injury) would squash
    every other bar to nothing: the axis then stops just past the next one.
    """
    ranked = sorted((v for v in values if v > 0), reverse=True)
    i = 0
    while i + 1 < len(ranked) and ranked[i] > 4 * ranked[i + 1]:
        i += 1
    if not ranked:
        return 0.5
    return max(ranked[i] * (1.15 if i else 1.0), 0.5)


def _h2h_row(
    ax: Axes,
    y: int,
    bar: Bar,
    seconds_axis: bool,
    reach: float,
    span: float,
    size: float,
    theme: Theme,
) -> None:
    colour = _colour(bar.ahead, theme)
    if bar.ahead is None:
        ax.plot(0, y, "o", color=colour, markersize=4)
        ax.text(span * 0.04, y, bar.text, va="center", fontsize=size, color=theme.muted)
        return
    sign = -1.0 if bar.ahead == "athlete" else 1.0
    alpha = 1.0 if bar.final else 0.55
    same_unit = (bar.unit == "s") == seconds_axis
    if bar.value is not None and same_unit:
        length = min(bar.value, reach)
        ax.barh(y, sign * length, height=0.72, color=colour, alpha=alpha, linewidth=0)
        if length < bar.value:  # cut: a break mark says the bar goes on
            ax.plot(
                sign * length,
                y,
                marker=(2, 0, 30),
                markersize=9,
                color=theme.background,
                markeredgewidth=2.5,
            )
        end, gap = sign * length, 0.03
        label = bar.text.removesuffix(" s") if seconds_axis else bar.text
    else:
        end, gap = sign * span * 0.06, 0.06  # the label clears the diamond
        ax.plot(end, y, "D", color=colour, alpha=alpha, markersize=4)
        label = bar.text
    ax.text(
        end + sign * span * gap,
        y,
        label,
        va="center",
        ha="right" if sign < 0 else "left",
        fontsize=size,
        color=colour,
        fontweight="bold" if bar.final else "normal",
    )


def _colour(ahead: str | None, theme: Theme) -> str:
    if ahead == "athlete":
        return theme.athlete
    if ahead == "opponent":
        return theme.opponent
    return theme.undecided


def progression_figure(spec: ProgressionSpec, theme: Theme = THEME) -> Figure:
    """One panel per main event: season bests over the years, faster higher, medals marked."""
    fig = _figure(theme)
    axes = fig.subplots(1, len(spec.panels), squeeze=False)[0]
    for ax, panel in zip(axes, spec.panels, strict=True):
        _panel(ax, panel, theme)
    fig.suptitle(spec.title, fontsize=fitted_size(spec.title), fontweight="bold", color=theme.text)
    fig.supxlabel(spec.note, fontsize=KEY, color=theme.muted, linespacing=1.3)
    return fig


def _panel(ax: Axes, panel: Panel, theme: Theme) -> None:
    _style(ax, theme)
    ax.spines["left"].set_visible(True)
    ax.spines["left"].set_color(theme.grid)
    years = [p.year for p in panel.points]
    seconds = [p.seconds for p in panel.points]
    ax.plot(years, seconds, "-o", color=theme.line, linewidth=1.6, markersize=4.5)
    best = min(panel.points, key=lambda p: p.seconds)
    ax.annotate(
        best.time,
        (best.year, best.seconds),
        textcoords="offset points",
        xytext=(0, 6),
        ha="center",
        fontsize=LABEL,
        fontweight="bold",
        color=theme.text,
    )
    fastest, slowest = min(seconds), max(seconds)
    pad = max(slowest - fastest, 1.0)
    # faster is higher; the foot of the panel is kept clear for the medals
    # room above the fastest for its time, below the panel's title
    ax.set_ylim(slowest + pad * (0.45 if panel.medals else 0.12), fastest - pad * 0.3)
    _medals(ax, panel, theme)
    # ticks only beside the times: the medals' strip is not a time
    ticks = [t for t in _locator(4).tick_values(fastest, slowest) if fastest <= t <= slowest]
    ax.set_yticks(ticks or [fastest])
    ax.yaxis.set_major_formatter(lambda s, _: clock(s, panel.separators))
    seasons = years + [m.year for m in panel.medals]
    ax.set_xlim(min(seasons) - 0.6, max(seasons) + 0.6)
    step = 1 if max(seasons) - min(seasons) <= 5 else 2
    ax.set_xticks(
        range(max(seasons) - (max(seasons) - min(seasons)) // step * step, max(seasons) + 1, step)
    )
    ax.xaxis.set_major_formatter(lambda x, _: f"'{int(x) % 100:02d}")
    ax.grid(axis="y", color=theme.grid, linewidth=0.5)
    ax.set_title(panel.event, fontsize=LABEL + 0.5, fontweight="bold", color=theme.text)
    # a time axis reads upside down to a non-runner: say which way is faster
    # the label reads bottom to top: its "→" is drawn pointing up, the way times get faster
    ax.set_ylabel(panel.faster.replace("↑", "→"), fontsize=KEY, color=theme.muted, labelpad=2)


# gold a star, silver a diamond, bronze a disc: told apart by shape as well as colour
MEDAL_MARKERS = (("*", 13.0), ("D", 7.5), ("o", 8.5))


def _medals(ax: Axes, panel: Panel, theme: Theme) -> None:
    """Medals along the panel's foot at their season (a season's second one above the first)."""
    from matplotlib.transforms import blended_transform_factory

    along = blended_transform_factory(ax.transData, ax.transAxes)
    placed: Counter[int] = Counter()
    for medal in sorted(panel.medals, key=lambda m: (m.year, m.place)):
        x, y = medal.year, 0.08 + 0.13 * placed[medal.year]
        placed[medal.year] += 1
        marker, size = MEDAL_MARKERS[medal.place - 1]
        ax.plot(
            x,
            y,
            marker,
            transform=along,
            markersize=size,
            color=theme.medals[medal.place - 1],
            markeredgecolor=theme.background,
            markeredgewidth=0.6,
            clip_on=False,
        )


def _locator(bins: int, *, integer: bool = False) -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(nbins=bins, integer=integer, steps=[1, 2, 5, 10])


def clock(seconds: float, separators: tuple[str, str] = (":", ".")) -> str:
    """An axis time: "3:28", "3:28.5", "45.2" (Norwegian separators: "3.28,5")."""
    minutes, rest = divmod(round(seconds, 1), 60)
    text = f"{rest:04.1f}".removesuffix(".0").zfill(2) if minutes else f"{rest:.1f}"
    mark, decimal = separators
    text = text.replace(".", decimal)
    return f"{int(minutes)}{mark}{text}" if minutes else text


def h2h_png(spec: H2HSpec) -> bytes:
    """The head-to-head chart as PNG bytes."""
    return png(h2h_figure(spec))


def progression_png(spec: ProgressionSpec) -> bytes:
    """The athlete chart as PNG bytes."""
    return png(progression_figure(spec))
