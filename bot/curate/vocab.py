"""Events, rounds and dates as a curator types them, in the forms the store keeps."""

from __future__ import annotations

import datetime as dt
import re

from bot.facts.models import Round
from bot.facts.store import FactStore

# the running events results are added for (the store's own events are known too)
STANDARD_EVENTS = (
    "800m", "1000m", "1500m", "mile", "2000m", "3000m", "two miles", "5000m", "10,000m",
    "3000m steeplechase",
)  # fmt: skip
_EVENT_WORDS = {
    "metric mile": "1500m",
    "1 mile": "mile",
    "one mile": "mile",
    "the mile": "mile",
    "2 miles": "two miles",
    "two mile": "two miles",
    "steeple": "3000m steeplechase",
    "steeplechase": "3000m steeplechase",
    "3000m sc": "3000m steeplechase",
    "3000m sc.": "3000m steeplechase",
    "10000m": "10,000m",
    "10k": "10,000m",
    "5k": "5000m",
}
_ROUND_WORDS: dict[str, Round] = {
    **dict.fromkeys(("final", "finals", "f", "a final", "a-final", "finale", "finalen"), "final"),
    **dict.fromkeys(
        (
            "semi-final",
            "semi final",
            "semifinal",
            "semi",
            "semis",
            "sf",
            "semi-finals",
            "semifinale",
        ),
        "semi-final",
    ),
    **dict.fromkeys(
        ("heat", "heats", "h", "round 1", "first round", "qualifying", "forsøk"), "heat"
    ),
}


def known_events(store: FactStore) -> set[str]:
    """Every event the store knows or results are added for, indoor forms included."""
    events = set(STANDARD_EVENTS) | {f"{e} (indoor)" for e in STANDARD_EVENTS}
    events |= {race.event for race in store.races.values()}
    events |= {e.event for meet in store.meets.values() for e in meet.events}
    return events


def event_named(text: str, store: FactStore) -> str | None:
    """The store's form of a typed event ("1500 m", "1.500 metres indoor" -> "1500m (indoor)")."""
    typed = " ".join(text.lower().split())
    indoor = bool(re.search(r"\(?\b(indoor|indoors|short track|innendørs)\b\)?", typed))
    typed = re.sub(r"\(?\b(indoor|indoors|short track|innendørs)\b\)?", " ", typed)
    typed = re.sub(r"(\d)[.,\s](000)\b", r"\1\2", typed)  # "1.500", "1,500", "10 000"
    typed = re.sub(r"\b(\d+)\s*(m|meter|meters|metre|metres|metres?)\b\.?", r"\1m", typed)
    typed = re.sub(r"^(\d{3,5})$", r"\1m", " ".join(typed.split()))
    base = _EVENT_WORDS.get(typed, typed)
    if base == "10000m":
        base = "10,000m"
    event = f"{base} (indoor)" if indoor else base
    return event if event in known_events(store) else None


def round_named(text: str) -> Round | None:
    """The store's round for a typed one ("semis" -> "semi-final")."""
    return _ROUND_WORDS.get(" ".join(text.lower().split()))


def parse_day(text: str, what: str) -> dt.date:
    """A whole ISO date, or ValueError saying what was expected."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a date such as 2026-06-11") from None


def after_source(day: str, published: str | None) -> bool:
    """Whether a (partial) date is later than a source's (partial) publication date."""
    if not published:
        return False
    return day[: len(published)] > published[: len(day)]
