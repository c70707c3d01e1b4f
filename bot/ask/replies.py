"""What /ask replies: plain data like every other reply, no Discord types."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from pydantic import SerializeAsAny

from bot.answers.common import Answer, Model, PersonRef, Reply, SourceRef
from bot.phrases import Phrase


class Label(Model):
    """How a reading is shown, as data: ``/command`` and its bits, worded when shown.

    A bit is a name or value as it is ("Josh Kerr", "1500m", "2019") or a phrase of the
    bot's ("{athlete} vs {opponent}", "finals only"): "/h2h Josh Kerr vs Jakob Ingebrigtsen,
    finals only".
    """

    command: str
    bits: list[str | Phrase] = []


class Reading(Model):
    """One way to read a question: a command, its option values (store ids), and a score."""

    command: str
    options: dict[str, str]
    label: Label
    score: float


class AskAnswer(Reply):
    """The reply of the command a question was read as, with the reading shown first.

    The command's own reply keeps its notes, sources and freshness; a refusal of the command
    ("could be more than one athlete") stays a refusal.
    """

    kind: Literal["ask"] = "ask"
    question: str
    reading: Reading
    answer: SerializeAsAny[Reply]
    others: list[Reading] = []  # the next readings, best first, for "Not what I meant"
    cut: bool = False  # only part of a long message was read
    # a second question in the message, not answered here: offered (first of ``others``)
    also: Reading | None = None

    @property
    def refusal(self) -> bool:  # type: ignore[override]
        """Whether the command refused (only the asker sees a refusal)."""
        return self.answer.refusal


class NotSure(Reply):
    """No reading was good enough: what was recognised, and questions that would work.

    ``understood``: the names recognised, as they are, or a phrase ("“x” (more than one
    athlete)").
    """

    refusal: ClassVar[bool] = True
    kind: Literal["ask_unsure"] = "ask_unsure"
    question: str
    understood: list[str | Phrase] = []
    unplaced: list[str] = []
    examples: list[str]
    # after "Not what I meant" on the last reading: every reading was shown already
    exhausted: bool = False
    cut: bool = False  # only part of a long message was read


class CannotKnow(Reply):
    """A question about what the store cannot hold (weather, odds, live splits)."""

    kind: Literal["ask_outside"] = "ask_outside"
    question: str
    topic: str  # weather, odds, live, prediction, money, personal, social, other_events, insult …
    cut: bool = False  # only part of a long message was read


class CitedLine(Model):
    """One cited line of a person's profile, as a fact question shows it."""

    text: str
    source: SourceRef


class PersonFact(Answer):
    """One fact asked of a person (their coach, their age), as the store holds it, or none."""

    kind: Literal["ask_fact"] = "ask_fact"
    question: str
    person: PersonRef
    aspect: Literal["coach", "age"]
    lines: list[CitedLine] = []  # the cited lines that say it (none: the store does not know)
    born: dt.date | None = None
    age: int | None = None
    # "is kerr older than jakob": the other person's same fact, beside this one
    compared: PersonFact | None = None

    @property
    def sources(self) -> list[SourceRef]:
        """The sources of the lines shown (and of the person compared), each once."""
        lines = [*self.lines, *(self.compared.lines if self.compared else ())]
        return list({line.source.id: line.source for line in lines}.values())
