"""Whether a fact's evidence (the words of its source a curator copied) states the fact.

Each test reads one kind of value in printed text: a quote's words, a time, a place, a
"behind", a date, a start time, a name. They are deliberately literal: the words must be
printed in the evidence, in any common printed form (English and Norwegian, and the other
languages of the pack's pages), never inferred from it. Only typographic quotes, dashes and
spaces are normalised for a quote; the other tests ignore case and accents.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

# typographic quotes and dashes, and odd spaces: the only liberties a quote's copy may take
_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)
_SPACE = re.compile(r"\s+")
# a quote is checked piece by piece where the copy marks a cut ("...") or an [insertion]
_CUT = re.compile(r"\.\.\.|\[[^\]]*\]")
MIN_PIECE = 3


def typographic(text: str) -> str:
    """Typographic quotes, dashes and runs of spaces made plain; case and letters kept."""
    return _SPACE.sub(" ", text.translate(_TYPOGRAPHY)).strip()


@functools.lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """Typography made plain, case folded and accents dropped: for values, not quotes."""
    plain = unicodedata.normalize("NFKD", typographic(text).casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    # letters NFKD keeps whole: Norwegian and Danish ø/æ, German ß
    return plain.replace("ø", "o").replace("æ", "ae").replace("ß", "ss")


def quote_missing(quote: str, evidence: str) -> str | None:
    """The first piece of ``quote`` that ``evidence`` does not print, or None when all are."""
    text = typographic(evidence)
    for piece in _CUT.split(typographic(quote)):
        piece = piece.strip(" .,;:!?\"'-")
        if len(piece) >= MIN_PIECE and piece not in text:
            return piece
    return None


# ------------------------------------------------------------------ times


_MARK = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2})\.(\d{2})$")


def time_printed(mark: str, evidence: str) -> bool:
    """Whether a mark such as ``3:29.38`` is printed: ``3:29.38``, ``3.29,38``, ``3 min 29.38``."""
    match = _MARK.match(mark)
    if match is None:
        return False
    minutes, seconds, hundredths = match.groups()
    text = folded(evidence)
    tail = rf"{int(seconds):02d}[.,]{hundredths}" if minutes else rf"{int(seconds)}[.,]{hundredths}"
    if minutes:
        head = rf"0?{int(minutes)}\s*(?::|\.|,|m|min|mins|minutes?|minutt(?:er)?)\s*"
        pattern = rf"(?<![\d.:,]){head}{tail}(?!\d)"
    else:
        pattern = rf"(?<![\d.:,]){tail}(?!\d)"
    return re.search(pattern, text) is not None


# ------------------------------------------------------------------ places

_ORDINAL_WORDS = {
    1: ("first", "forste", "premier", "premiere", "erster", "primo"),
    2: ("second", "andre", "annen", "deuxieme", "zweiter", "secondo"),
    3: ("third", "tredje", "troisieme", "dritter", "terzo"),
    4: ("fourth", "fjerde", "quatrieme", "vierter", "quarto"),
    5: ("fifth", "femte", "cinquieme", "funfter"),
    6: ("sixth", "sjette", "sixieme", "sechster"),
    7: ("seventh", "sjuende", "syvende", "septieme", "siebter"),
    8: ("eighth", "attende", "huitieme", "achter"),
    9: ("ninth", "niende", "neuvieme", "neunter"),
    10: ("tenth", "tiende", "dixieme", "zehnter"),
    11: ("eleventh", "ellevte", "elfter"),
    12: ("twelfth", "tolvte", "zwolfter"),
    13: ("thirteenth", "trettende"),
    14: ("fourteenth", "fjortende"),
    15: ("fifteenth", "femtende"),
}
# what a report prints for the first three places without an ordinal
_MEDAL_WORDS = {
    1: (
        "won",
        "wins",
        "win",
        "winner",
        "winning",
        "victory",
        "gold",
        "champion",
        "title",
        "vant",
        "vinner",
        "seier",
        "seieren",
        "gull",
        "gullet",
        "gewann",
        "sieg",
        "sieger",
        "remporte",
        "victoire",
        "triumphed",
        "triumph",
        "beat",
        "beating",
        "outsprints",
        "outsprinted",
        "outkicked",
    ),
    2: ("silver", "runner-up", "runner up", "solv", "solvet", "argent", "silber", "second"),
    3: ("bronze", "bronse", "bronsen", "podium"),
}


@functools.lru_cache(maxsize=64)
def _place_pattern(place: int) -> re.Pattern[str]:
    words = _ORDINAL_WORDS.get(place, ()) + _MEDAL_WORDS.get(place, ())
    forms = [
        rf"(?<![\d.:,]){place}(?:st|nd|rd|th|e|er|eme|\.)(?![\d])",  # 9th, 9e, 9. plass
        rf"(?:^|\n)\s*{place}(?:[\s.)\t]|$)",  # a table row: "9  Jakob Ingebrigtsen  NOR"
        rf"(?:place|placed|plass|nummer|nr\.?|no\.?|platz|rang)\s*{place}(?!\d)",
        rf"(?<![\d.:,]){place}\s*(?:place|plass|platz)",
    ]
    forms += [rf"\b{re.escape(word)}\b" for word in words]
    return re.compile("|".join(forms), re.MULTILINE)


def place_stated(place: int, evidence: str) -> bool:
    """Whether a place is stated: an ordinal, a medal or "won", or a table row's number."""
    return _place_pattern(place).search(folded(evidence)) is not None


_RELATION = re.compile(
    r"\b(?:behind|ahead|beat|beaten|beating|beats|passed|passes|overtook|edged|edges|pipped|"
    r"outkicked|outsprinted|outsprints|won|wins|winner|second|runner-up|bak|foran|slo|slatt|"
    r"vant|derriere|hinter)\b"
)


def order_stated(evidence: str) -> bool:
    """Whether the evidence states who finished ahead of whom ("behind", "passed", "beat")."""
    return _RELATION.search(folded(evidence)) is not None


_STATUS = {
    "dnf": r"\bdnf\b|did not finish|dropped out|pulled up|fullforte ikke|brot\b|abandon",
    "dns": r"\bdns\b|did not start|withdrew|scratched|stilte ikke|trakk seg",
    "dq": r"\bdq\b|disqualified|\bdisq|diskvalifisert|disqualifie",
}


def status_stated(status: str, evidence: str) -> bool:
    """Whether a did-not-finish, did-not-start or disqualification is stated."""
    pattern = _STATUS.get(status)
    return pattern is not None and re.search(pattern, folded(evidence)) is not None


def name_printed(names: tuple[str, ...], evidence: str) -> bool:
    """Whether one of a person's names, or the last word of one (a surname), is printed."""
    text = folded(evidence)
    for name in names:
        key = folded(name)
        for word in (key, key.split()[-1] if key.split() else key):
            if len(word) >= 3 and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
                return True
    return False


# ------------------------------------------------------------------ dates and clock times

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


def _numeric_date(day: dt.date, text: str) -> bool:
    d, m, y = day.day, day.month, day.year
    forms = (
        rf"{y}-0?{m}-0?{d}",
        rf"0?{d}[./-]0?{m}[./-](?:{y}|{y % 100:02d})",  # 06.08.2024, 6/8/24
        rf"0?{m}/0?{d}/(?:{y}|{y % 100:02d})",  # 8/6/2024
    )
    return any(re.search(rf"(?<!\d){form}(?!\d)", text) for form in forms)


def _day_near_month(day: int, month: int, text: str) -> bool:
    day_token = re.compile(rf"(?<![\d:.,])0?{day}(?:st|nd|rd|th|er|e|\.)?(?![\d:]|[.,]\d)")
    for hit in _month_pattern(month).finditer(text):
        near = text[max(0, hit.start() - DATE_REACH) : hit.end() + DATE_REACH]
        if day_token.search(near):
            return True
    return False


def _year_printed(year: int, text: str) -> bool:
    return re.search(rf"(?<!\d){year}(?!\d)", text) is not None


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
