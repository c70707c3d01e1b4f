"""Whether a date or a start time is printed in a fact's evidence, in any common form.

English, Norwegian and the other languages of the pack's pages: "6 August 2024", "Aug. 6",
"6. august", "06.08.2024", "8:50 p.m.", "kl. 20.50". Case and accents are ignored.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from bot.facts.proof import folded

_MONTHS = (
    ("january", "jan", "januar", "janvier", "janeiro", "enero"),
    ("february", "feb", "februar", "fevrier", "febrero", "fevereiro"),
    ("march", "mar", "mars", "marz", "maerz", "marzo", "marco"),
    ("april", "apr", "avril", "abril", "aprile"),
    ("may", "mai", "mayo", "maggio", "maio"),
    ("june", "jun", "juni", "juin", "junio", "giugno", "junho"),
    ("july", "jul", "juli", "juillet", "julio", "luglio", "julho"),
    ("august", "aug", "aout", "agosto"),
    ("september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"),
    ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"),
    ("november", "nov", "novembre", "noviembre", "novembro"),
    ("december", "dec", "desember", "des", "dezember", "dez", "decembre", "diciembre"),
)
# a day and its month printed within this many characters: "August 4 to 13", "11. bis 13. Sept."
DATE_REACH = 24


@functools.lru_cache(maxsize=16)
def _month_pattern(month: int) -> re.Pattern[str]:
    names = sorted(_MONTHS[month - 1], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(names)})\b\.?")


_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")


def _numeric_date(day: dt.date, text: str) -> bool:
    """A day printed in digits: 2024-08-06, 06.08.2024, 6/8/24, or the American 8/6/2024."""
    for hit in _ISO_DATE.finditer(text):
        if (int(hit[1]), int(hit[2]), int(hit[3])) == (day.year, day.month, day.day):
            return True
    for hit in _DAY_FIRST.finditer(text):
        first, second, year = int(hit[1]), int(hit[3]), int(hit[4])
        if year not in (day.year, day.year % 100):
            continue
        if (first, second) == (day.day, day.month):
            return True
        if hit[2] == "/" and (first, second) == (day.month, day.day):
            return True
    return False


@functools.lru_cache(maxsize=32)
def _day_token(day: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![\d:.,])0?{day}(?:st|nd|rd|th|er|e|\.)?(?![\d:]|[.,]\d)")


def _day_near_month(day: int, month: int, text: str) -> bool:
    day_token = _day_token(day)
    for hit in _month_pattern(month).finditer(text):
        near = text[max(0, hit.start() - DATE_REACH) : hit.end() + DATE_REACH]
        if day_token.search(near):
            return True
    return False


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _year_printed(year: int, text: str) -> bool:
    return str(year) in _YEAR.findall(text)


def date_printed(value: str, evidence: str, source_published: str | None = None) -> bool:
    """Whether a date ("2024-08-06", "2024-08" or "2024") is in the evidence or is its source's.

    A day is printed as digits ("06.08.2024", "2024-08-06") or a day next to a month name in
    any order ("6 August", "Aug. 6th", "6. august"); the year may be left out where the source's
    own date is of that year. The source's own date proves a date it starts with.
    """
    if source_published and source_published.startswith(value):
        return True
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    text = folded(evidence)
    year_ok = _year_printed(year, text) or bool(
        source_published and source_published.startswith(str(year))
    )
    if len(parts) == 1:
        return _year_printed(year, text)
    if len(parts) == 2:
        return year_ok and _month_pattern(parts[1]).search(text) is not None
    day = dt.date(year, parts[1], parts[2])
    if _numeric_date(day, text):
        return True
    return year_ok and _day_near_month(day.day, day.month, text)


def clock_printed(time: dt.time, evidence: str) -> bool:
    """Whether a local start time is printed: "20:50", "20.50", "8.50pm", "kl. 20.50"."""
    text = folded(evidence)
    hour12 = time.hour % 12 or 12
    suffix = "pm" if time.hour >= 12 else "am"
    minute = f"{time.minute:02d}"
    forms = [rf"0?{time.hour}[:.h]{minute}"]
    twelve = rf"0?{hour12}(?:[:.]{minute})?\s*{suffix[0]}\.?\s*m\b\.?"
    forms.append(twelve if time.minute == 0 else rf"0?{hour12}[:.]{minute}\s*{suffix[0]}\.?\s*m\b")
    if time.minute == 0:
        forms.append(rf"(?:kl\.?|klokken|at)\s*{time.hour}\b")
    return any(re.search(rf"(?<![\d:.]){form}(?![\d])", text) for form in forms)


# words short enough to be other words ("to", "en", "ni") are left out: a count is proven by
# an unambiguous word or by digits
_NUMBER_WORDS = (
    ("zero", "none", "ingen"),
    ("one", "first", "første"),
    ("two",),
    ("three", "tre"),
    ("four",),
    ("five", "fem"),
    ("six", "seks"),
    ("seven", "sju", "syv"),
    ("eight", "åtte"),
    ("nine",),
    ("ten",),
)
# a count of wins equal to the meetings ("won all of them"), or none ("winless")
_ALL = re.compile(r"\b(?:all|every|samtlige|alle|on all occasions)\b")
_NONE = re.compile(r"\b(?:winless|yet to (?:defeat|beat)|never (?:beaten|beat|won))\b|\b0-\d")


def count_stated(count: int, evidence: str, of: int | None = None) -> bool:
    """Whether a count is printed (digits or a word, English or Norwegian).

    A count of wins equal to ``of`` (the meetings) is stated by "all"; no wins by "winless".
    """
    text = folded(evidence)
    if re.search(rf"(?<![\d.:,]){count}(?![\d]|[.:,]\d)", text):
        return True
    words = _NUMBER_WORDS[count] if count < len(_NUMBER_WORDS) else ()
    if any(re.search(rf"\b{folded(w)}\b", text) for w in words):
        return True
    if count == 0 and _NONE.search(text):
        return True
    return of is not None and count == of and _ALL.search(text) is not None
