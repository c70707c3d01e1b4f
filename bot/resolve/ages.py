"""A win said by the winner's age: "when the boy won at 17", "da han vant som 17-åring".

The store knows birth dates and race dates: the age said and a win word name the finals the
people meant won at that age (a parent's "the boy": the children the store states). One meet
is what the question speaks of; several or none say nothing, and nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.facts.store import FactStore

# an age's words: before the number ("at 17", "aged 17", "when he was 17") or after it
# ("17 years old", "a 17-year-old", "som 17-åring", "17 år")
BEFORE_AGE = frozenset({"at", "aged", "age", "was", "var", "som"})
AFTER_AGE = frozenset({"year", "years", "yr", "yrs", "y", "ar", "år", "aring", "åring"})
WIN_WORDS = frozenset(
    {"won", "win", "wins", "winning", "vant", "vinne", "vunnet", "vunne", "title", "tittel",
     "gold", "gull", "champion", "mester"}
)  # fmt: skip
YOUNGEST, OLDEST = 12, 45  # an age a runner may be said to have won at


def age_said(words: Sequence[str]) -> int | None:
    """The age a win is said at, when the words say a win and one age."""
    if WIN_WORDS.isdisjoint(words):
        return None
    ages = {
        int(word)
        for at, word in enumerate(words)
        if word.isdigit()
        and YOUNGEST <= int(word) <= OLDEST
        and (
            (at > 0 and words[at - 1] in BEFORE_AGE)
            or (at + 1 < len(words) and words[at + 1] in AFTER_AGE)
        )
    }
    return ages.pop() if len(ages) == 1 else None


def won_at_age(store: FactStore, people: Collection[str], age: int) -> set[str]:
    """The meets where one of ``people`` won a final aged ``age``."""
    meets = set()
    for person in people:
        born = store.people[person].born if person in store.people else None
        if born is None:
            continue
        for race in store.races_by_athlete.get(person, ()):
            if race.date is None:
                continue
            first = race.round == "final" and any(
                row.athlete == person and row.place == 1 for row in race.results
            )
            years = race.date.year - born.year
            years -= (race.date.month, race.date.day) < (born.month, born.day)
            if first and years == age:
                meets.add(race.meet)
    return meets
