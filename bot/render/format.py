"""The wording rules every command's layouts share, each written once (phrases: bot.phrases).

Discord and the console lay these out differently; what they say comes from here. A rule of
one command only lives with that command (``bot/features/<name>/``).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.answers.common import PersonRef, SourceRef
from bot.answers.meetings import LatestRace
from bot.answers.results import RaceRef
from bot.i18n import speaking
from bot.normalise import normalise
from bot.phrases import EN, say

# CLDR's ordinal categories (Babel's Locale.ordinal_form) that have a phrase of their own
ORDINAL = {
    "one": "ordinal.one",
    "two": "ordinal.two",
    "few": "ordinal.few",
    "other": "ordinal.other",
}


def ordinal(n: int) -> str:
    """1 -> "1st", 12 -> "12th", 23 -> "23rd" (Norwegian: "1.", "12."), by CLDR's rules."""
    form = speaking().locale.ordinal_form(n)
    return say(ORDINAL.get(form, "ordinal.other"), n=n)


def day(value: dt.date | None, year: int | None = None) -> str:
    """A race day for people: "23 Aug 2023", or the year alone when the day is unknown.

    Written the viewer's way by Babel: "Aug 23, 2023" in US English, "23. aug. 2023" in Norwegian.
    """
    if value is None:  # the year alone: a date column's "2016" says the day is not given
        return str(year) if year else say("date.unknown")
    return speaking().date(value)


def short_day(value: dt.date) -> str:
    """A day beside a name that holds its year: "Sep 5" ("5. sep." in Norwegian)."""
    return speaking().date(value, "MMMd")


def met_at(
    phrases: tuple[str, str], meet: str, value: dt.date | None, year: int | None, shown: str = ""
) -> str:
    """A meet and its day in the first phrase ("First met: Bislett Games 2019, 6 Jun 2019").

    Only the year known and the meet's name already saying it: the name alone, in the second
    phrase, never "IAAF World U20 Championships 2016, 2016". ``shown``: the name as laid out.
    """
    with_day, alone = phrases
    if value is None and year is not None and str(year) in meet:
        return say(alone, meet=shown or meet)
    return say(with_day, meet=shown or meet, day=day(value, year))


# "Saint-Denis (Paris)": the place fans name the clock by is the one in brackets
_NAMED_AS = re.compile(r"\(([^)]+)\)")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def as_named(place: str, name: str) -> str:
    """``place`` spelt as the meet's ``name`` spells it, so one card says one form.

    "Zurich" beside "Weltklasse Zürich 2023" is "Zürich"; a place the name lacks stays.
    """
    words = _WORD.findall(name)
    size = len(place.split())
    wanted = normalise(place)
    for start in range(len(words) - size + 1):
        window = " ".join(words[start : start + size])
        if normalise(window) == wanted:
            return window
    return place


def city_time(city: str, name: str = "") -> str:
    """A meet's clock named by its city: "Tokyo time" (Norwegian "Tokyo-tid"), not a zone id.

    Spelt as the meet's ``name`` spells the city, when it does.
    """
    named = _NAMED_AS.search(city)
    return say("city_time", city=as_named((named.group(1) if named else city).strip(), name))


def days_ahead(first: dt.date, today: dt.date) -> str:
    """How far a day is, counted in one calendar: "today", "tomorrow", "in 3 days".

    Both days are of the meet's calendar, so no viewer sees the day shift as a timestamp of
    its local midnight would for someone in another zone.
    """
    days = (first - today).days
    if days <= 0:
        return say("today")
    return say("tomorrow") if days == 1 else say("in_days", days=days)


def number(value: float, decimals: int) -> str:
    """A measured number with the viewer's decimal sign: "1.94", Norwegian "1,94"."""
    return speaking().number(value, decimals)


def round_name(round_: str) -> str:
    """A round ("final", "semi-final", "heat") in the viewer's language; others as stored."""
    key = f"round.{round_}"
    return say(key) if key in EN else round_


def partial_date(value: str | None, unknown: str = "date.not_given") -> str:
    """A date the source gives in part: "6 Aug 2024", "Aug 2024", "2024"."""
    if not value:
        return say(unknown) if unknown else ""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return day(dt.date(*parts))
    if len(parts) == 2:
        return speaking().date(dt.date(parts[0], parts[1], 1), "yMMM")
    return value


def round_label(round_: str, heat: int | None, *, short: bool = False) -> str:
    """Round and heat as people say it: "final", "semi-final 2", "heat 1".

    ``short``: as fans shorten it on a narrow line ("semi 2"; Norwegian "semi 2", "heat 1").
    """
    key = f"round.short.{round_}"
    name = say(key) if short and key in EN else round_name(round_)
    return f"{name} {heat}" if heat else name


# "1500m", "3000m steeplechase", "mile", "two miles", each maybe " (indoor)": the store's forms
_EVENT = re.compile(r"(?P<base>.+?)(?P<indoor> \(indoor\))?")
_METRES = re.compile(r"(?P<n>\d+)m(?P<steeple> steeplechase)?")
_EVENT_WORDS = {"mile": "event.mile", "two miles": "event.two_miles"}


def event_name(event: str) -> str:
    """An event as the viewer's language names it: "1500m" (Norwegian "1500 m").

    "mile" is "engelsk mil", "1500m (indoor)" "1500 m innendørs"; another stays as stored.
    """
    parts = _EVENT.fullmatch(event)
    if parts is None:
        return event
    base = parts["base"]
    metres = _METRES.fullmatch(base)
    if metres:
        key = "event.steeplechase" if metres["steeple"] else "event.metres"
        name = say(key, n=metres["n"])
    else:
        name = say(_EVENT_WORDS[base]) if base in _EVENT_WORDS else base
    return say("event.indoor", event=name) if parts["indoor"] else name


def race_name(event: str, round_: str, heat: int | None = None, *, short: bool = False) -> str:
    """An event's round: "1500m final", Norwegian "1500 m, finale" (never "mile finale")."""
    return say("race.name", event=event_name(event), round=round_label(round_, heat, short=short))


def race_label(race: RaceRef) -> str:
    """A race of a meet: "1500m semi-final 2"."""
    return race_name(race.event, race.round, race.heat)


def race_time(time: str | None) -> str:
    """A printed time as the viewer's press prints it: "3:29.52", Norwegian "3.29,52".

    Norwegian papers (NRK, VG, Kondis) write minutes "." seconds "," hundredths, as they write
    "2,02 sekunder": one decimal sign in a line. A time of another form stays as printed;
    no time is "".
    """
    if not time:
        return ""
    parts = _CLOCK.fullmatch(time)
    if parts is None or speaking().english:
        return time
    from babel.numbers import get_decimal_symbol

    seconds = f"{parts['s']}{get_decimal_symbol(speaking().locale)}{parts['f']}"
    return say("clock", m=parts["m"], s=seconds) if parts["m"] else seconds


def clock_separators() -> tuple[str, str]:
    """The minute mark and decimal sign of a time the viewer's way: (":", "."), ("." ",")."""
    shown = race_time("1:00.0")
    return shown[1], shown[4]


_CLOCK = re.compile(r"(?:(?P<m>\d+):)?(?P<s>\d{1,2})\.(?P<f>\d+)")


def _territories() -> dict[str, str]:
    from babel import Locale

    english = Locale("en").territories
    # the store's English names Babel words otherwise
    return {name: code for code, name in english.items()} | {"Czech Republic": "CZ"}


_TERRITORY = _territories()


def country_name(name: str) -> str:
    """A country the store names in English ("Poland") in the viewer's language ("Polen").

    By Babel's territory names; as the store writes it for English or a name Babel lacks.
    """
    code = _TERRITORY.get(name)
    lang = speaking()
    if code is None or lang.english:
        return name
    return str(lang.locale.territories.get(code, name))


def result(place: int | None, time: str | None, status: str) -> str:
    """One athlete's result: "2nd 3:27.79", "DNF", "14th 4:11.23", "place not given"."""
    if status != "finished":
        return status.upper() + (f" ({race_time(time)})" if time else "")
    parts = [ordinal(place) if place else say("place.not_given"), race_time(time) if time else ""]
    return " ".join(p for p in parts if p)


def race_line(race: LatestRace) -> str:
    """An athlete's race in one line: "6 Aug 2024 · Paris Olympics 2024 · 1500m final: 2nd"."""
    outcome = result(race.place, race.time, race.status)
    when, event = day(race.date, race.year), race_name(race.event, race.round)
    return f"{when} · {race.meet} · {event}: {outcome}"


def row_place(place: int | None, status: str) -> str:
    """The place column of a result list: "1st", "DNF", or "–" when the source gives none."""
    if place:
        return ordinal(place)
    return status.upper() if status != "finished" else "–"


def short_names(athlete: PersonRef, opponent: PersonRef) -> tuple[str, str]:
    """How two athletes are called in a tally: family names, full names when those are equal."""
    a, b = athlete.name.split()[-1], opponent.name.split()[-1]
    return (athlete.name, opponent.name) if a == b else (a, b)


def undecided(count: int) -> str:
    """After a tally: " (2 undecided)", or nothing."""
    return say("undecided", count=count) if count else ""


def source_label(source: SourceRef) -> str:
    """Publisher and date ("Reuters, 11 Apr 2025"); the date only when the page gives it."""
    when = partial_date(source.published, unknown="")
    return say("source.label", publisher=source.publisher, when=when) if when else source.publisher


def as_of(value: dt.date) -> str:
    """The "facts as of" line every answer ends with (a clock before every source: none)."""
    if value == dt.date.min:
        return say("facts_as_of.none")
    return say("facts_as_of", day=day(value))


# IOC country codes (as the store writes them) whose ISO 3166 alpha-2 is not the first two
# letters; a flag emoji is the pair of regional indicators of the alpha-2 code
_ISO2 = {
    "ALG": "DZ", "AUS": "AU", "AUT": "AT", "BAH": "BS", "BDI": "BI", "BEL": "BE", "BOT": "BW",
    "BRN": "BH", "CAN": "CA", "CHN": "CN", "CRO": "HR", "CZE": "CZ", "DEN": "DK", "DJI": "DJ",
    "ERI": "ER", "ESP": "ES", "ETH": "ET", "FIN": "FI", "FRA": "FR", "GBR": "GB", "GER": "DE",
    "GRE": "GR", "IRL": "IE", "ITA": "IT", "JAM": "JM", "JPN": "JP", "KEN": "KE", "LUX": "LU",
    "MAR": "MA", "NED": "NL", "NOR": "NO", "NZL": "NZ", "POL": "PL", "POR": "PT", "QAT": "QA",
    "RSA": "ZA", "SUI": "CH", "SWE": "SE", "TAN": "TZ", "UGA": "UG", "USA": "US",
}  # fmt: skip


def flag(country: str | None) -> str:
    """A country's flag emoji ("GBR" -> 🇬🇧); "" for a code the table does not know."""
    code = _ISO2.get(country or "")
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code) if code else ""
