"""The tokens of a printed results line: times, places, statuses, record marks, country codes.

Results are printed many ways ("3:29.38", "3:29,38 min", the Norwegian "3.27,65"); the store
keeps the one form ``m:ss.hh``. Everything here is about reading what is printed, never about
athletes or meets.
"""

from __future__ import annotations

import re

# m:ss.hh as printed: "3:29.38", "3:29,38" (comma decimals), "3.27,65" (Norwegian)
LONG_TIME = re.compile(r"(?<![\d:.,])(\d{1,2})([:.])([0-5]\d)([.,])(\d{2})(?![\d])")
# ss.hh for sprints, only read when no m:ss.hh is printed: "45.20", "45,20"
SHORT_TIME = re.compile(r"(?<![\d:.,])(\d{1,2})[.,](\d{2})(?![\d.,:])")
# something meant as a time but not printed as results print it: "3:29.3", "3:29"
TIME_LIKE = re.compile(r"(?<![\w.,:])\d{1,2}[:.]\d{1,2}(?:[.,]\d{1,3})?(?![\w:])")

# a place at the start of a line: "1", "1.", "1)", "=3", "3=", "T3", also glued to a name
PLACE = re.compile(r"^\s*(?:(=|T(?=\d))?(\d{1,3})(=)?(?:[.)]|(?=\s)|(?=[A-ZÀ-Þ])|$))")

STATUS_WORDS: dict[str, str] = {
    "dnf": "dnf",
    "dns": "dns",
    "dq": "dq",
    "dsq": "dq",
    "disq": "dq",
    "brutt": "dnf",  # Norwegian: did not finish
    "disk": "dq",  # Norwegian: disqualified
    "ikke startet": "dns",
    "did not finish": "dnf",
    "did not start": "dns",
    "disqualified": "dq",
}
STATUS = re.compile(
    r"(?<![\w])("
    + "|".join(sorted(map(re.escape, STATUS_WORDS), key=len, reverse=True))
    + r")\.?(?![\w])",
    re.IGNORECASE,
)

# marks printed after a time, kept nowhere: records, qualification, "min", "Official"
_MARKS = (
    "PB SB WL CR NR OR WR AR ER MR DLR AU20R WU20R U20R NU20R EU20R EU23R NUR =PB =SB =NR "
    "Q q qR qJ Official min min. s PR"
)
RECORD_MARKS = frozenset(_MARKS.split())

# the IOC codes results print (athletics federations), to find a code glued to a word
_CODES = """AFG ALB ALG AND ANG ANT ARG ARM ARU ASA AUS AUT AZE BAH BAN BAR BDI BEL BEN BER BHU BIH
    BIZ BLR BOL BOT BRA BRN BRU BUL BUR CAF CAM CAN CAY CGO CHA CHI CHN CIV CMR COD COK COL COM
    CPV CRC CRO CUB CYP CZE DEN DJI DMA DOM ECU EGY ERI ESA ESP EST ETH FIJ FIN FRA FSM GAB GAM
    GBR GBS GEO GEQ GER GHA GRE GRN GUA GUI GUM GUY HAI HKG HON HUN INA IND IRI IRL IRQ ISL ISR
    ISV ITA IVB JAM JOR JPN KAZ KEN KGZ KIR KOR KOS KSA KUW LAO LAT LBA LBN LBR LCA LES LIE LTU
    LUX MAD MAR MAS MAW MDA MDV MEX MGL MHL MKD MLI MLT MNE MON MOZ MRI MTN MYA NAM NCA NED NEP
    NGR NIG NOR NRU NZL OMA PAK PAN PAR PER PHI PLE PLW PNG POL POR PRK PUR QAT ROU RSA RUS RWA
    SAM SEN SEY SGP SKN SLE SLO SMR SOL SOM SRB SRI SSD STP SUD SUI SUR SVK SWE SWZ SYR TAN TGA
    THA TJK TKM TLS TOG TPE TTO TUN TUR TUV UAE UGA UKR URU USA UZB VAN VEN VIE VIN YEM ZAM ZIM
    ANA AIN"""
IOC = frozenset(_CODES.split())


def time_of(match: re.Match[str]) -> str:
    """The store's form of a printed long time: "3.27,65" -> "3:27.65"."""
    minutes, _, seconds, _, hundredths = match.groups()
    return f"{int(minutes)}:{seconds}.{hundredths}"


def short_time_of(match: re.Match[str]) -> str:
    """The store's form of a printed short time: "45,20" -> "45.20"."""
    seconds, hundredths = match.groups()
    return f"{int(seconds)}.{hundredths}"


def times_in(text: str) -> list[tuple[str, int, int]]:
    """Every time printed in ``text``, in the store's form, with where it stands."""
    matches = list(LONG_TIME.finditer(text))
    if any(m.group(2) == ":" for m in matches):
        # a line printing "3:29.05" means the dotted "17.08.99" beside it is a date (a
        # Norwegian time, "3.27,65", has a decimal comma)
        matches = [m for m in matches if m.group(2) == ":" or m.group(4) == ","]
    found = [(time_of(m), m.start(), m.end()) for m in matches]
    if not found:
        found = [(short_time_of(m), m.start(), m.end()) for m in SHORT_TIME.finditer(text)]
    return found


def printed_times(text: str) -> set[str]:
    """The times ``text`` prints, in the store's form (for checking a time against evidence)."""
    return {t for t, _, _ in times_in(text)}


def status_in(text: str) -> str | None:
    """The row status a line prints (DNF, DNS, DQ and their spellings), if any."""
    match = STATUS.search(text)
    return STATUS_WORDS[match.group(1).lower()] if match else None
