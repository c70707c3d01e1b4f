"""Whether a fact's evidence (the words of its source a curator copied) states the fact.

Each test reads one kind of value in printed text: a quote's words, a time, a place, a
"behind", a date, a start time, a name. They are deliberately literal: the words must be
printed in the evidence, in any common printed form (English and Norwegian, and the other
languages of the pack's pages), never inferred from it. Only typographic quotes, dashes and
spaces are normalised for a quote; the other tests ignore case and accents.
"""

from __future__ import annotations

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


_NUMBERS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
)
_MARK = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2})\.(\d{2})$")


_MINUTE_WORDS = "|".join(_NUMBERS)
# any printed mark: "3:29.38", "3.29,38", "3 min 29.38", "three minutes and 29.97", "47.59"
_PRINTED_MARK = re.compile(
    rf"(?<![\d.:,])(?:(\d{{1,2}}|{_MINUTE_WORDS})\s*"
    r"(?::|\.|,|m|min|mins|minutes?,?(?:\s+and)?|minutt(?:er)?(?:\s+og)?)\s*)?"
    r"(\d{1,2})[.,](\d{2})(?!\d)"
)
# a mark whose seconds are parted from hundredths by a unit, as French, Italian and Spanish
# wires print it: "3 min 33 sec 14", "3 min 33 s 14", "3'33\"14", "3m33s14". Only with its
# minutes: "10 seconds 12" alone is not a mark.
_UNIT_MARK = re.compile(
    r"(?<![\d.:,])(\d{1,2})\s*(?:'|m|min|mins|minutes?)\.?\s*"
    r"(\d{1,2})\s*(?:\"|s|sec|secs|sek|secondes?|secondi|segundos?)\.?\s*(\d{2})(?!\d)"
)


@functools.lru_cache(maxsize=4096)
def _marks(evidence: str) -> frozenset[tuple[int | None, int, str]]:
    """Every mark printed in the evidence as (minutes or None, seconds, hundredths).

    A mark with minutes is also kept without them: "3:29.38" prints "29.38" too.
    """
    found: set[tuple[int | None, int, str]] = set()
    text = folded(evidence)
    for hit in (*_PRINTED_MARK.finditer(text), *_UNIT_MARK.finditer(text)):
        minutes, seconds, hundredths = hit.groups()
        if minutes is not None:
            number = int(minutes) if minutes.isdigit() else _NUMBERS.index(minutes)
            found.add((number, int(seconds), hundredths))
        found.add((None, int(seconds), hundredths))
    return frozenset(found)


def time_printed(mark: str, evidence: str) -> bool:
    """Whether a mark such as ``3:29.38`` is printed: ``3:29.38``, ``3.29,38``, ``3 min 29.38``."""
    match = _MARK.match(mark)
    if match is None:
        return False
    minutes, seconds, hundredths = match.groups()
    key = (int(minutes) if minutes else None, int(seconds), hundredths)
    return key in _marks(evidence)


# ------------------------------------------------------------------ places

_ORDINAL_WORDS = {
    1: ("first", "forste", "premier", "premiere", "erster", "primo", "eerste", "primero"),
    2: ("second", "andre", "annen", "deuxieme", "zweiter", "secondo", "tweede", "segundo"),
    3: ("third", "tredje", "troisieme", "dritter", "terzo", "derde", "tercero", "terceiro"),
    4: ("fourth", "fjerde", "quatrieme", "vierter", "quarto", "vierde", "cuarto"),
    5: ("fifth", "femte", "cinquieme", "funfter", "vijfde", "quinto"),
    6: ("sixth", "sjette", "sixieme", "sechster", "zesde", "sexto"),
    7: ("seventh", "sjuende", "syvende", "septieme", "siebter", "zevende", "septimo"),
    8: ("eighth", "attende", "huitieme", "achter", "achtste", "octavo", "oitavo"),
    9: ("ninth", "niende", "neuvieme", "neunter", "negende", "noveno", "nono"),
    10: ("tenth", "tiende", "dixieme", "zehnter", "decimo"),
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
        "goud",
        "ouro",
        "impos-se",
        "vitoria",
    ),
    2: (
        "silver",
        "runner-up",
        "runner up",
        "solv",
        "solvet",
        "argent",
        "silber",
        "zilver",
        "prata",
    ),
    3: ("bronze", "bronse", "bronsen", "brons", "podium"),
}
_MEDALS = {1: "\U0001f947", 2: "\U0001f948", 3: "\U0001f949"}  # the medal emoji of a results post
# Norwegian cardinals after "nummer" ("ble nummer ti")
_CARDINALS_NO = (
    "null",
    "en",
    "to",
    "tre",
    "fire",
    "fem",
    "seks",
    "sju",
    "atte",
    "ni",
    "ti",
    "elleve",
    "tolv",
)


@functools.lru_cache(maxsize=64)
def _place_pattern(place: int) -> re.Pattern[str]:
    words = _ORDINAL_WORDS.get(place, ()) + _MEDAL_WORDS.get(place, ())
    forms = [
        rf"(?<![\d.:,]){place}(?:st|nd|rd|th|e|er|eme|\.)(?![\d])",  # 9th, 9e, 9. plass
        rf"(?:^|\n)\s*{place}(?:[\s.)\t|]|$)",  # a table row: "9  Jakob Ingebrigtsen  NOR"
        rf"(?:^|\n)\s*{place}(?=[^\W\d])",  # a row whose place runs into the name: "1Jakob"
        rf"(?:^|\n)\|\s*{place}\s*(?:\||\n|$)",  # a pasted table, one cell a line: "|1"
        rf"\(\s*{place}(?:\s*h\d+)?\s*\)",  # a results grid: "3:29.05 (3)", "3:36.29 (7 h1)"
        rf"(?:place|placed|plass|nummer|nr\.?|no\.?|platz|rang)\s*{place}(?!\d)",
        rf"(?<![\d.:,]){place}\.?\s*(?:place|plass|platz|miejsc\w*|plaats)",
    ]
    forms += [rf"\b{re.escape(word)}(?:plass|-place|place)?\b" for word in words]
    if place in _MEDALS:
        forms.append(_MEDALS[place])
    if place < len(_CARDINALS_NO):
        forms.append(rf"\bnummer\s+{_CARDINALS_NO[place]}\b")
    return re.compile("|".join(forms), re.MULTILINE)


def place_stated(place: int, evidence: str) -> bool:
    """Whether a place is stated: an ordinal, a medal or "won", or a table row's number."""
    return _place_pattern(place).search(folded(evidence)) is not None


def place_or_order_stated(place: int, evidence: str) -> bool:
    """Whether a place is stated, or the order it follows from ("won ... ahead of X (3:30.79)").

    A report lists a race's first finishers in order ("ahead of A and B") without ordinals; that
    order, read with the times it prints, is what proves the places.
    """
    return place_stated(place, evidence) or order_stated(evidence)


_RELATION = re.compile(
    r"\b(?:behind|ahead|beat|beaten|beating|beats|passed|passes|overtook|edged|edges|pipped|"
    r"outkicked|outsprinted|outsprints|outsprinting|followed|won|wins|winner|runner-up|bak|"
    r"foran|etter|slo|slatt|vant|derriere|hinter|vor|voor|achter|overhauled|outdipped|"
    r"out-dipped|held off|pulled away|deixando|uberholen|uberholte|uberholt|"
    # "Nuguse and Kessler claimed the next two places"
    r"the next (?:two|three|four) places)\b"
)


def order_stated(evidence: str) -> bool:
    """Whether the evidence states who finished ahead of whom ("behind", "passed", "beat")."""
    return _RELATION.search(folded(evidence)) is not None


_STATUS = {
    "dnf": (
        r"\bdnf\b|did not finish|dropped out|pulled up|fullforte ikke|\bbrot\b|\bbryte\b|"
        r"abandon"
    ),
    "dns": r"\bdns\b|did not start|withdrew|scratched|stilte ikke|trakk seg",
    "dq": r"\bdq\b|disqualified|\bdisq|diskvalifisert|disqualifie",
}


def status_stated(status: str, evidence: str) -> bool:
    """Whether a did-not-finish, did-not-start or disqualification is stated."""
    pattern = _STATUS.get(status)
    return pattern is not None and re.search(pattern, folded(evidence)) is not None


def name_printed(names: tuple[str, ...], evidence: str) -> bool:
    """Whether one of a person's names, or the last word of one (a surname), is printed.

    A pasted table runs columns together ("KerrGBR3:36.29", "INGEBRIGTSEN JakobNOR"): a name
    ends where a lower-case letter does not follow it.
    """
    text = _unaccented(evidence)
    for name in names:
        # Nordås is also printed Nordaas, Ødegaard Oedegaard
        spelt = name.replace("å", "aa").replace("Å", "Aa").replace("ø", "oe").replace("Ø", "Oe")
        for key in {_unaccented(name), _unaccented(spelt)}:
            for word in {key, key.split()[-1] if key.split() else key}:
                if len(word) >= 3 and _word_at(word, text):
                    return True
    return False


def _word_at(word: str, text: str) -> bool:
    """Whether ``word`` starts a word of ``text`` (any case) and no lower-case letter follows."""
    for hit in re.finditer(rf"(?<![^\W\d]){re.escape(word)}", text, re.IGNORECASE):
        rest = text[hit.end() : hit.end() + 2]
        # a genitive is the name too: "Ingebrigtsens", "Kerr's"
        if not rest or not rest[0].islower() or (rest[0] == "s" and not rest[1:].isalpha()):
            return True
    return False


def _unaccented(text: str) -> str:
    """Typography made plain and accents dropped, case kept (a name's end is its case)."""
    plain = unicodedata.normalize("NFKD", typographic(text))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
