"""Every command declared once: its options, the function that answers it, and its parts.

A command is a plain function ``(ctx, **options) -> Reply`` decorated with :func:`command`.
Its signature gives the option names, types, defaults and whether each is required; the
decorator adds what a signature cannot say (descriptions, choices, ranges, suggestions while
typing). Each command lives in its own package under ``bot/features`` with everything else it
needs (layouts, its /ask reading, its chart), collected in one :class:`~bot.feature.Feature`
that :func:`register` files here. Discord (``bot.exts.slash``), the offline console and
``python -m bot ask`` all read :data:`COMMANDS`; none of them retypes an option.
"""

from __future__ import annotations

import datetime as dt
import inspect
import typing
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from bot.answers.common import Refusal, Reply
from bot.facts.store import FactStore
from bot.normalise import YEARS
from bot.phrases import Phrase
from bot.resolve import Choice, Resolver
from bot.typed import clean, excerpt

# the years a year option may be (Discord's range and the console's check): the years a
# question's words are read as, from one declaration
YEAR_RANGE = (YEARS.start, YEARS.stop)


@dataclass(frozen=True)
class Context:
    """What every command reads: the store, its resolver, the instant it runs at, a seed."""

    store: FactStore
    resolver: Resolver
    now: dt.datetime
    issues_url: str = "https://github.com/rivalry-bot/rivalry-bot/issues"
    # varies a random pick per request (Discord passes the interaction id; the console 0)
    seed: int = 0

    @property
    def today(self) -> dt.date:
        """The UTC day of ``now``."""
        return self.now.astimezone(dt.UTC).date()


# suggestions for an option while it is typed: (ctx, the options filled so far, the text)
Completer = Callable[[Context, Mapping[str, str], str], list[Choice]]


@dataclass(frozen=True)
class Option:
    """One option of a command.

    ``name``, ``kind``, ``required`` and ``default`` come from the command's signature; the
    rest is declared in :func:`command`.
    """

    description: str
    choices: tuple[tuple[str, str], ...] = ()  # (shown to the user, value passed)
    range: tuple[int, int] | None = None
    complete: Completer | None = None
    # the phrase that refuses a number out of range or not a number ({text} is what was typed)
    invalid: str = "invalid.number"
    name: str = ""
    kind: type = str
    required: bool = False
    default: Any = None


@dataclass(frozen=True)
class Command:
    """A command as every surface sees it.

    ``chart``: its answer can come with a chart; Discord then offers :data:`CHART_OPTION` (on by
    default), the console and ``ask`` a ``--chart FILE.png`` flag.
    """

    name: str
    description: str
    run: Callable[..., Reply]
    options: tuple[Option, ...] = field(default=())
    chart: bool = False

    def option(self, name: str) -> Option:
        """The option called ``name``."""
        return next(o for o in self.options if o.name == name)

    def call(self, ctx: Context, values: Mapping[str, Any]) -> Reply:
        """Run with option values as typed (text) or as Discord sends them (typed).

        Typed text is cleaned of control characters here, the one door every surface uses,
        and a value outside an option's choices (a modified client) is refused.
        """
        values = {k: clean(v) if isinstance(v, str) else v for k, v in values.items()}
        missing = [o.name for o in self.options if o.required and _blank(values.get(o.name))]
        if missing:
            usage = " ".join(f"{o.name}:…" for o in self.options)
            return Refusal(
                reason="usage", values={"command": self.name, "missing": missing, "usage": usage}
            )
        kwargs: dict[str, Any] = {}
        for option in self.options:
            value = values.get(option.name)
            if _blank(value):
                continue
            checked = _check(option, value)
            if isinstance(checked, Refusal):
                return checked
            kwargs[option.name] = checked
        return self.run(ctx, **kwargs)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _check(option: Option, value: Any) -> Any:
    """A value of the option's type, within its range or among its choices, or the Refusal."""
    if option.choices:
        allowed = [chosen for _, chosen in option.choices]
        picked = _chosen(option.choices, str(value))
        if picked is not None:
            return picked
        listed = ", ".join(allowed)
        return Refusal(
            reason="invalid.choice",
            values={"text": excerpt(str(value), 20), "option": option.name, "choices": listed},
        )
    if option.kind is not int:
        return value
    text = str(value).strip()
    low, high = option.range or (None, None)
    if not text.isdigit() or (low is not None and not low <= int(text) <= (high or low)):
        return Refusal(
            reason=option.invalid,
            values={
                "text": excerpt(text, 20),
                "option": option.name,
                "low": low if low is not None else 0,
                "high": high if high is not None else "…",
            },
        )
    return int(text)


def _chosen(choices: tuple[tuple[str, str], ...], text: str) -> str | None:
    """The choice value ``text`` names, or None.

    The value itself (as Discord sends it); as typed in the console, a value or label in any
    case, or the start of one value ("semi", "old").
    """
    if any(text == value for _, value in choices):
        return text
    typed = " ".join(text.split()).casefold()
    # a plural names the same choice: "heats", "semis", "finals"
    forms = (typed, typed[:-1]) if typed.endswith("s") and len(typed) > 3 else (typed,)
    for form in forms:
        for shown, value in choices:
            if form in (shown.casefold(), value.casefold()):
                return value
        starts = [value for _, value in choices if len(form) >= 3 and value.startswith(form)]
        if len(starts) == 1:
            return starts[0]
    return None


COMMANDS: dict[str, Command] = {}
# Commands that act on Discord itself (channels, roles, DMs, scheduled events) or on the running
# bot, so they are slash commands in ``bot.exts`` (follow.py, admin.py) and not functions of a
# Context: declared here by name and description, which those cogs read, so that the console
# and help can say where they work. A test checks this table against the bot's command tree.
DISCORD_ONLY: dict[str, str] = {
    "follow": "Post reminders in a channel before a meet or an athlete's meets",
    "following": "This server's follows",
    "unfollow": "Stop one of this server's follows",
    "remind": "Get a DM before a meet",
    "forget-me": "Delete everything stored about you",
    "report": "Report a mistake in the bot's facts",
    "reload": "Reload the fact store (bot owner only)",
}
# the option Discord adds to a command declared with chart=True (not passed to its function)
CHART_OPTION = Option("Attach a chart (default: yes)", name="chart", kind=bool, default=True)


def command(
    name: str, description: str, /, *, chart: bool = False, **options: Option
) -> Callable[[Callable[..., Reply]], Command]:
    """Declare ``run`` as the command ``name``; ``options`` describe its parameters.

    ``chart=True``: its answers can be drawn (see :class:`Command`). The declaration is
    returned, for the command's :class:`Feature`; :func:`register` makes it reachable.
    """

    def declare(run: Callable[..., Reply]) -> Command:
        hints = typing.get_type_hints(run)
        declared = []
        for param in list(inspect.signature(run).parameters.values())[1:]:
            if param.name not in options:
                raise TypeError(f"/{name}: option {param.name!r} is not described")
            kind = next(
                (t for t in typing.get_args(hints[param.name]) if t is not type(None)), None
            )
            declared.append(
                replace(
                    options.pop(param.name),
                    name=param.name,
                    kind=kind or hints[param.name],
                    required=param.default is inspect.Parameter.empty,
                    default=None if param.default is inspect.Parameter.empty else param.default,
                )
            )
        if options:
            raise TypeError(f"/{name}: described options {sorted(options)} are not parameters")
        return Command(name, description, run, tuple(declared), chart)

    return declare


# a reply kind's layout: the embed pages (bot.render.embeds.Layout) or the text lines
# (bot.render.text.Lines); typed loosely here, below the renderers, and checked by a test
EmbedLayout = Callable[[Any], Any]
TextLayout = Callable[[Any], Any]


class Layouts(NamedTuple):
    """A kind of reply laid out both ways: pages of embeds for Discord, lines for the console."""

    embed: EmbedLayout
    text: TextLayout


@dataclass(frozen=True)
class Understanding:
    """How ``/ask`` reads a question as this command (bot.ask.reader runs every feature's).

    ``cues``: (regular expression over the question's words, weight); ``typos``: single cue
    words also caught with a typo; ``build``: (the question's parts, the scores) -> a Reading
    or None; ``label``: (store, options) -> the bits the reading is shown with after its
    ``/command``: names as they are, the bot's words as phrases ("Kerr vs Jakob", "finals only");
    ``example``: a question as fans type it that reads as this command first (a test asks it).
    """

    cues: tuple[tuple[str, float], ...]
    build: Callable[[Any, Mapping[str, float]], Any]
    label: Callable[[FactStore, Mapping[str, str]], list[str | Phrase]]
    example: str
    typos: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Charting:
    """The chart of a command's answers (bot.charts.service draws and caches it).

    ``question``: the question an answer answers, as a cache key; ``held``: the races the
    answer holds (over one store it varies with the clock); ``draw``: (answer, store) -> a
    Chart or None when there is nothing to plot.
    """

    question: Callable[[Any], Hashable]
    held: Callable[[Any], Hashable]
    draw: Callable[[Any, FactStore], Any]


@dataclass(frozen=True)
class Feature:
    """One command and every part it needs, from one package of ``bot/features``.

    ``replies`` maps each kind of reply the command returns to its :class:`Layouts`;
    ``phrases`` are the prefixes of its phrase keys (a test checks each is translated);
    ``position`` orders commands in menus and help, and breaks ties between /ask readings.
    """

    command: Command
    position: int
    replies: Mapping[type[Reply], Layouts]
    reading: Understanding | None = None
    chart: Charting | None = None
    phrases: tuple[str, ...] = ()


FEATURES: dict[str, Feature] = {}


def register(feature: Feature) -> None:
    """File a feature: its command becomes reachable from every surface."""
    name = feature.command.name
    if name in FEATURES or name in DISCORD_ONLY:
        raise ValueError(f"/{name} is declared twice")
    FEATURES[name] = feature
    ordered = sorted(FEATURES.values(), key=lambda f: f.position)
    COMMANDS.clear()
    COMMANDS.update((f.command.name, f.command) for f in ordered)
    FEATURES.clear()
    FEATURES.update((f.command.name, f) for f in ordered)


def feature_of(reply: Reply) -> Feature | None:
    """The feature whose command returns this kind of reply."""
    return next((f for f in FEATURES.values() if type(reply) in f.replies), None)


def layouts_of(reply: Reply) -> Layouts:
    """The layouts of this kind of reply, from its feature."""
    feature = feature_of(reply)
    if feature is None:
        raise TypeError(f"no layout for {type(reply).__name__}")
    return feature.replies[type(reply)]
