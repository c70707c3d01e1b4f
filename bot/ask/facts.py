"""Questions about one fact of a person, answered from the store alone: who coaches, how old.

"who coaches kerr", "hvor gammel er Narve?" read as /athlete; the reply is the fact asked for,
with its source, or one honest line that the store does not hold it. Nothing is inferred: a
coach is what a cited line of the person's profile says, an age is worked out from a stored
birth date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from bot.answers.common import PersonRef, dated_by, source_ref
from bot.ask.replies import CitedLine, PersonFact
from bot.registry import Context

Aspect = Literal["coach", "age"]
# the wording of each kind of fact question (English and Norwegian)
ASPECTS: tuple[tuple[Aspect, re.Pattern[str]], ...] = (
    ("coach", re.compile(r"\b(coach|coaches|coached|coaching|trains|trener|trenes|treneren)\b")),
    ("age", re.compile(r"\b(how old|what age|age of|hvor gammel|alder|alderen)\b")),
)
# two people's ages compared ("is kerr older than jakob", "er Jakob yngre enn Kerr")
COMPARED_AGE = re.compile(r"\b(older|younger|oldest|youngest|eldre|yngre|eldst|yngst)\b")
# a profile line that names a coach ("coached by father Gjert", "coach: Danny Mackey")
_COACH_LINE = re.compile(r"\bcoach", re.IGNORECASE)


def ages_compared(question: str) -> bool:
    """Whether a question about two people asks which is the older."""
    return bool(COMPARED_AGE.search(question.casefold()))


def aspect_of(question: str) -> Aspect | None:
    """The kind of fact a question asks about a person, if it asks for one."""
    lowered = question.casefold()
    return next((aspect for aspect, pattern in ASPECTS if pattern.search(lowered)), None)


def person_fact(ctx: Context, question: str, person_id: str, aspect: Aspect) -> PersonFact:
    """The fact asked for, from the store as known at ``ctx.now``, or none when it lacks it."""
    store = ctx.store
    person = store.people[person_id]
    lines: list[CitedLine] = []
    born: dt.date | None = None
    age: int | None = None
    if aspect == "coach":
        lines = [
            CitedLine(text=n.text, source=source_ref(store, n.source))
            for n in person.notable
            if _COACH_LINE.search(n.text) and dated_by(store.sources[n.source].published, ctx.now)
        ]
    elif person.born is not None:
        born, today = person.born, ctx.today
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        lines = [CitedLine(text=born.isoformat(), source=source_ref(store, person.source))]
    return PersonFact(
        question=question,
        person=PersonRef.of(person),
        aspect=aspect,
        lines=lines,
        born=born,
        age=age,
        facts_as_of=store.facts_as_of_at(ctx.now),
    )
