"""When typed text says a meet was held: a date ("23 aug 2023", "6/8/24") or a relative year.

One reader for the ``meet`` options and /ask: "VM neste år", "worlds last year", "i fjor" are
years counted from the clock (:func:`relative_years`, read by :mod:`bot.ask.years` as well), and
a day with its month is the day a meet was held (:func:`date_said`). Dates are read as
Europeans and the Norwegian press write them, the day first ("6/8/24" is 6 August); month
names in English and Norwegian, whole or short.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, NamedTuple

from bot.resolve.index import Purpose

# months as fans write them, English and Norwegian (short forms too)
MONTHS = {
    word: number
    for number, words in enumerate(
        (
            ("january", "jan", "januar"),
            ("february", "feb", "februar"),
            ("march", "mar", "mars"),
            ("april", "apr"),
            ("may", "mai"),
            ("june", "jun", "juni"),
            ("july", "jul", "juli"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct", "oktober", "okt"),
            ("november", "nov"),
            ("december", "dec", "desember", "des"),
        ),
        start=1,
    )
    for word in words
}
CENTURY_PIVOT = 40  # "6/8/24" is 2024, "1/9/98" 1998 (as bot.ask.years reads "'24")

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d{2}|'?\d{2})"
# "23 aug 2023", "23. august", "the 6th of august", "aug 23rd, 2023", "6/8/24", "06.08.2024"
_DATES = (
    re.compile(rf"\b{_DAY}(?: of)? (?P<month>{_MONTH})\b\.?(?:,? {_YEAR}\b)?"),
    re.compile(rf"\b(?P<month>{_MONTH})\.? {_DAY}(?![\d/.:])(?:,? {_YEAR}\b)?"),
    re.compile(r"\b(?P<day>[0-3]?\d)[./-](?P<num>[01]?\d)(?:[./-](?P<year>(?:19|20)?\d{2}))?\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<num>[01]\d)-(?P<day>[0-3]\d)\b"),
)


class DateSaid(NamedTuple):
    """A day and month typed (the year too, if typed), and where in the text they stand."""

    start: int
    end: int
    day: int
    month: int
    year: int | None


def date_said(text: str) -> DateSaid | None:
    """The first date ``text`` (lower case) holds, day first; None if none is a real day."""
    for pattern in _DATES:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = MONTHS[parts["month"]] if parts.get("month") else int(parts["num"])
            year = _year(parts.get("year"))
            try:  # "31/2" is no day; a leap day needs its year (2000 stands in)
                dt.date(year or 2000, month, int(parts["day"]))
            except ValueError:
                continue
            return DateSaid(match.start(), match.end(), int(parts["day"]), month, year)
    return None


def _year(said: str | None) -> int | None:
    if not said:
        return None
    digits = said.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    two = int(digits)
    return (2000 if two < CENTURY_PIVOT else 1900) + two


# years said relative to the clock: the words (after the reader's Norwegian -> English: "i"
# is "in", "siste" "last") and how many years from today's
# (a season may be said indoor or outdoor: "this indoor season", "forrige innendørssesong")
_KIND = r"(?:(?:indoor|outdoor|track|innendørs|utendørs) )?"
_SEASON = r"(?:year|yr|season|szn|år|året|(?:innendørs|utendørs|inne|ute)?sesong(?:en)?)"
_NOW = rf"(?:this|current|dette|denne|inneværende) {_KIND}{_SEASON}|ytd|year to date"
_LAST = rf"(?<!the )(?:last|previous|forrige|fjorårets|sist) {_KIND}{_SEASON}"
_NEXT = r"(?:til )?(?:next|neste|kommende) (?:year|yr|season|szn|år|sesong)"
_N = r"a couple(?: of)?|a|one|two|three|four|five|\d|en|et|ett|to|tre|fire|fem"
# "two years ago", "for to år siden"; ahead: "om to år" ("VM om to år"; an English "in two
# years" is as often how long something took, so only "in two years' time")
_AGO = rf"(?:for )?(?P<n>{_N}) (?:years?|seasons?|år|sesonger) (?:ago|siden)"
_AHEAD = rf"(?:om (?P<ahead>{_N}) (?:år|sesonger?)|in (?P<time>{_N}) years?'? time)"
_SAID = re.compile(
    rf"\b(?:(?P<before_last>(?:the )?year before last|in forfjor|forfjorårets|forfjor)"
    rf"|(?P<last>{_LAST}|(?:in|i) fjor(?: sommer)?|ifjor|fjor årets|fjoråret|fjorårets|"
    rf"last summer|a year ago)"
    rf"|(?P<now>{_NOW}|(?:in|i) år|årets|this summer|(?:in|i) sommer|this year's)"
    rf"|(?P<next>{_NEXT}|next summer|neste sommer)"
    rf"|{_AGO}|{_AHEAD}"
    # a week past: "last weekend", "sist helg", "forrige uke" (the year of a week ago)
    rf"|(?P<week>(?:last|past|previous|sist|siste|forrige) (?:weekend|week|helg|helga|uke|uka)))\b"
)
_COUNTS = {"a couple": 2, "a couple of": 2, "a": 1, "one": 1, "en": 1, "et": 1, "ett": 1}
_COUNTS |= {"two": 2, "to": 2, "three": 3, "tre": 3, "four": 4, "fire": 4, "five": 5, "fem": 5}
_SHIFT = {"before_last": -2, "last": -1, "now": 0, "next": 1}


def _count(said: str) -> int:
    """How many years a count says ("two", "to", "3")."""
    return int(said) if said.isdigit() else _COUNTS[said]


WEEK = dt.timedelta(days=7)


# a month said relative to the clock: "last july", "this august", "forrige juni", "neste
# mars" (whole names only: "this may be", "mar" are no months)
_SHORT_OR_VERB = frozenset({"may", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt"})
_MONTH_NAMES = "|".join(w for w in MONTHS if (len(w) > 3 or w == "mai") and w not in _SHORT_OR_VERB)
_MONTH_SAID = re.compile(
    rf"\b(?P<which>last|previous|this|next|forrige|sist|siste|denne|neste|kommende) "
    rf"(?P<month>{_MONTH_NAMES})\b"
)
_MONTH_SHIFT = {"last": -1, "previous": -1, "forrige": -1, "sist": -1, "siste": -1}
_MONTH_SHIFT |= {"next": 1, "neste": 1, "kommende": 1}


def _month_year(which: str, month: int, today: dt.date) -> int:
    """The year of the month said: "last july" in March 2026 is July 2025, in August 2026."""
    shift = _MONTH_SHIFT.get(which, 0)
    if shift < 0:
        return today.year if month < today.month else today.year - 1
    if shift > 0:
        return today.year if month > today.month else today.year + 1
    return today.year


def relative_years(text: str, today: dt.date) -> list[tuple[int, int, int]]:
    """Every year ``text`` (lower case) says relative to ``today``: (start, end, year).

    ("worlds last year", "VM neste år", "i fjor", "two seasons ago", "last july"; start and
    end are the characters the words span.)
    """
    found = [
        (m.start(), m.end(), _month_year(m.group("which"), MONTHS[m.group("month")], today))
        for m in _MONTH_SAID.finditer(text)
    ]
    for match in _SAID.finditer(text):
        count, ahead = match.group("n"), match.group("ahead") or match.group("time")
        if ahead is not None:  # "om to år": years ahead
            found.append((match.start(), match.end(), today.year + _count(ahead)))
            continue
        if match.group("week") is not None:
            found.append((match.start(), match.end(), (today - WEEK).year))
            continue
        if count is not None:
            shift = -_count(count)
        else:
            shift = next(_SHIFT[k] for k, v in match.groupdict().items() if v and k in _SHIFT)
        found.append((match.start(), match.end(), today.year + shift))
    return sorted(found)


def when_said(raw: str, today: dt.date) -> tuple[DateSaid | None, str]:
    """A date typed and the text around it; or the text with relative years as digits.

    ("23 aug 2023" -> that day and ""; "VM neste år" -> None and "vm 2027", as of 2026.)
    """
    lowered = raw.lower()
    said = date_said(lowered)
    if said is not None:
        return said, f"{lowered[: said.start]} {lowered[said.end :]}"
    for start, end, year in reversed(relative_years(lowered, today)):
        lowered = f"{lowered[:start]} {year} {lowered[end:]}"
    return None, lowered


# which edition a meet's words ask for, whatever the command's own default: "the next worlds"
# in /results is Beijing 2027, "the last worlds" in /next-race Tokyo 2025 ("neste VM", "siste
# OL", "forrige EM", nynorsk "førre", "komande"). Years said relative to the clock ("last year")
# are read first, so "last" here is the edition's order, never a year.
Order = Literal["next", "last"]
_ORDER = re.compile(
    r"\b(?:(?P<next>next|upcoming|coming|forthcoming|neste|nesta|kommende|komande|førstkommende)"
    r"|(?P<last>last|latest|previous|prior|(?:most )?recent|forrige|førre|siste|sist|seneste"
    r"|nyeste|nyaste))\b"
)


def order_said(text: str) -> tuple[Order | None, str]:
    """The edition an order word asks for, and the text without it ("siste vm" -> last, "vm").

    None and the text unchanged when no order word is said, or when it is all that is said.
    """
    found = _ORDER.search(text)
    if found is None:
        return None, text
    rest = _ORDER.sub(" ", text)
    if not rest.strip(" '-.,"):
        return None, text
    return ("next" if found.group("next") else "last"), rest


def order_purpose(purpose: Purpose, text: str) -> tuple[Purpose, str]:
    """The purpose an order word says ("next", "siste"), and the text without that word.

    "Last" in /results stays the latest with results; elsewhere it is the latest begun.
    """
    order, rest = order_said(text)
    if order == "next":
        return "next", rest
    if order == "last":
        return ("results" if purpose == "results" else "latest"), rest
    return purpose, text
