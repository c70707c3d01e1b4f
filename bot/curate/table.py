"""Read a results table pasted as reports and results pages print it, one row per line.

Layouts read (each row's own line is kept, exactly, as the row's evidence):

- numbered lines, country in brackets: ``1. Jakob Ingebrigtsen (NOR) 3:27.65 (record olimpic)``
- surname-first capitals with codes: ``INGEBRIGTSEN Jakob NOR 3:27.65 SB``, also glued together
  as web tables copy (``1INGEBRIGTSEN JakobNOR3:43.73 Official AR``)
- tab, pipe, comma or semicolon exports, with a header naming place/name/country/time columns
- one cell per line, as some pages copy (``1.`` / ``Isaac Nader`` / ``Portugalsko`` / ``3:34,10``)
- Norwegian: ``1) Jakob Ingebrigtsen, Norge 3.27,65`` (comma decimals)
- DNF/DNS/DQ rows, ties (``=3``), record and qualification marks after the time.

Lines before the first row (titles, headers) are skipped and reported; after it, a line that is
not a row is an error naming its line number, and nothing is imported.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from bot.curate.marks import IOC, PLACE, STATUS, TIME_LIKE, status_in, times_in
from bot.curate.text import TextError, check_text

MAX_ROWS = 500  # a race's results hold at most this many rows
MAX_LINE = 300  # a row's line is its evidence, which is at most this long

HEADER_WORDS: dict[str, str] = {
    **dict.fromkeys(("place", "pos", "position", "rank", "plass", "pl", "nr"), "place"),
    **dict.fromkeys(("name", "athlete", "navn", "competitor", "utøver"), "name"),
    **dict.fromkeys(("first name", "firstname", "given name", "fornavn"), "first"),
    **dict.fromkeys(("last name", "lastname", "surname", "family name", "etternavn"), "last"),
    **dict.fromkeys(
        ("country", "nat", "nation", "nationality", "land", "team", "nasjon"), "country"
    ),
    **dict.fromkeys(("time", "mark", "result", "perf", "performance", "tid", "resultat"), "time"),
}
_BIB = re.compile(r"^\s*\d{1,5}\s+(?=\D)")
_DATE = re.compile(
    r"\b\d{1,2}[ .\-/](?:[A-Za-z]{3,9}|\d{1,2})[ .\-/](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b"
)
_BRACKETS = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_GLUED_CODE = re.compile(r"^(.*[a-zà-ÿ])([A-Z]{3})$")
_CELL_SPLIT = re.compile(r"\s*[|\t]\s*")
_TRIM = " \t,.;:-–|/"


class TableError(ValueError):
    """A line of the pasted table cannot be read as a row: ``line`` is its number (from 1)."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        super().__init__(f"line {line}: {message}")


@dataclass(frozen=True)
class Row:
    """One row read from the pasted table."""

    line: int  # the line number where the row starts (from 1)
    text: str  # the row's own line(s), exactly as pasted: its evidence
    place: int | None
    tie: bool
    status: str  # "finished", "dnf", "dns", "dq"
    time: str | None  # in the store's form, "3:27.65"
    name: str  # given names first, as a name is written: "Jakob Ingebrigtsen"
    country: str | None  # a code, when the line prints one: "NOR"
    country_printed: str | None  # what the line prints as the country otherwise: "Norvegia"


@dataclass(frozen=True)
class Table:
    """The rows read, and the lines skipped before the first row (titles, headers)."""

    rows: tuple[Row, ...]
    skipped: tuple[tuple[int, str], ...]


def parse_table(text: str) -> Table:
    """Read every row of a pasted table; raise :class:`TableError` at the first bad line."""
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        try:
            check_text(line, what="the line", allow_tabs=True)
        except TextError as error:
            raise TableError(number, str(error)) from None
    columns, header_at = _header(lines)
    rows: list[Row] = []
    skipped: list[tuple[int, str]] = []
    for number, original, logical in _logical_lines(lines, header_at):
        if len(original) > MAX_LINE:
            raise TableError(number, f"longer than {MAX_LINE} characters (one row per line)")
        if columns:
            row = _columns_row(number, original, logical, columns)
        else:
            row = _row(number, original, logical)
        if row is None:
            if rows:
                raise TableError(
                    number, f"not a results row (no time and no DNF/DNS/DQ): {original[:60]!r}"
                )
            skipped.append((number, original))
            continue
        rows.append(row)
        if len(rows) > MAX_ROWS:
            raise TableError(number, f"more than {MAX_ROWS} rows")
    if not rows:
        raise TableError(
            max(len(lines), 1), "no results rows found (a row has a place, a name and a time)"
        )
    _check_order(rows)
    return Table(tuple(rows), tuple(skipped))


def _header(lines: list[str]) -> tuple[dict[str, int] | None, int]:
    """The columns of an export's header line, and its index (-1 without one)."""
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if times_in(line):
            return None, -1
        delimiter = _delimiter(line)
        if delimiter is None:
            continue
        cells = [c.strip().lower() for c in _split(line, delimiter)]
        columns: dict[str, int] = {}
        for position, cell in enumerate(cells):
            role = HEADER_WORDS.get(cell)
            if role and role not in columns:
                columns[role] = position
        if "time" in columns and ({"name", "last"} & columns.keys()):
            columns["_delimiter"] = ord(delimiter)
            return columns, index
    return None, -1


def _delimiter(line: str) -> str | None:
    for delimiter in ("\t", "|", ";", ","):
        if line.count(delimiter) >= 2:
            return delimiter
    return None


def _split(line: str, delimiter: str) -> list[str]:
    if delimiter in ",;":
        return next(csv.reader([line], delimiter=delimiter), [])
    return line.strip().strip("|").split(delimiter) if delimiter == "|" else line.split(delimiter)


def _logical_lines(lines: list[str], header_at: int) -> list[tuple[int, str, str]]:
    """(line number, exact text, text to read): one cell per line is gathered into one row."""
    out: list[tuple[int, str, str]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1
        index += 1
        if index - 1 == header_at or not line.strip():
            continue
        if not _lone_place(line):
            out.append((number, line.rstrip(), line))
            continue
        cells = [line]
        while index < len(lines) and not (times_in(lines[index]) or status_in(lines[index])):
            if _lone_place(lines[index]) or not lines[index].strip():
                raise TableError(number, "a place with no time after it")
            cells.append(lines[index])
            index += 1
        if index >= len(lines):
            raise TableError(number, "a place with no time after it")
        cells.append(lines[index])
        index += 1
        out.append((number, "\n".join(c.rstrip() for c in cells), " | ".join(cells)))
    return out


def _lone_place(line: str) -> bool:
    bare = line.strip().strip("|").strip()
    return bool(bare) and bool(re.fullmatch(r"(?:=|T)?\d{1,3}=?[.)]?", bare))


def _row(number: int, original: str, text: str) -> Row | None:
    """One line in any of the free layouts, or None when it is no row at all."""
    status = status_in(text)
    found = times_in(text)
    if len({t for t, _, _ in found}) > 1:
        shown = ", ".join(dict.fromkeys(t for t, _, _ in found))
        raise TableError(number, f"prints several times ({shown}): paste one result per line")
    if not found and status is None:
        odd = TIME_LIKE.search(_DATE.sub(" ", text))
        if odd and PLACE.match(text):
            raise TableError(
                number, f"{odd.group(0)!r} is not a time as results print it (m:ss.hh)"
            )
        return None
    if found:
        time, start, _ = found[0]
        prefix = text[:start]
    else:
        time, prefix = None, STATUS.sub(" ", text)
    if status is not None:
        prefix = STATUS.sub(" ", prefix)
    place, tie, glued, prefix = _place(prefix)
    if status is None and place is None:
        raise TableError(number, "no place at the start of the line (e.g. '1.' or '=3')")
    name, country, printed = _name_and_country(number, prefix, glued)
    where = (number, original)
    return _made(where, (place, tie), status, time, (name, country, printed))


def _made(
    where: tuple[int, str],
    place: tuple[int | None, bool],
    status: str | None,
    time: str | None,
    who: tuple[str, str | None, str | None],
) -> Row:
    """A row: a DNF, DNS or DQ has neither place nor time, whatever else the line prints."""
    (number, original), (name, country, printed) = where, who
    if status is not None:
        return Row(number, original, None, place[1], status, None, name, country, printed)
    return Row(number, original, place[0], place[1], "finished", time, name, country, printed)


def _place(prefix: str) -> tuple[int | None, bool, bool, str]:
    cells = [c for c in _CELL_SPLIT.split(prefix.strip()) if c]
    if not cells:
        return None, False, False, ""
    match = PLACE.match(cells[0])
    if not match or int(match.group(2)) < 1:
        return None, False, False, " | ".join(cells)
    rest = cells[0][match.end() :]
    glued = bool(rest) and not rest[0].isspace() and rest[0].isalpha()
    cells[0] = rest.strip()
    tie = bool(match.group(1) == "=" or match.group(3) or match.group(1) == "T")
    return int(match.group(2)), tie, glued, " | ".join(c for c in cells if c)


def _name_and_country(number: int, text: str, glued: bool) -> tuple[str, str | None, str | None]:
    """The athlete's name and the country, from what stands before the time."""
    text = _DATE.sub(" ", text)
    country: str | None = None
    printed: str | None = None
    for bracket in _BRACKETS.finditer(text):
        inside = (bracket.group(1) or bracket.group(2) or "").strip()
        if inside.upper() in IOC and inside.isupper():
            country = inside
        elif inside and printed is None:
            printed = inside
    text = _BRACKETS.sub(" ", text)
    cells = [c.strip(_TRIM) for c in _CELL_SPLIT.split(text)]
    cells = [c for c in cells if c and not c.isdigit()]
    words: list[str] = []
    for cell in cells:
        cell = _BIB.sub("", cell)
        if cell in IOC:
            country = country or cell
            continue
        if words and printed is None and any(ch.isalpha() for ch in cell):
            printed = cell  # a second cell of letters: the country, as printed
            continue
        words.extend(cell.split())
    words = [w for w in words if not w.isdigit()]
    country, words = _codes_among(words, country, glued)
    if "," in " ".join(words):
        before, _, after = " ".join(words).partition(",")
        words, printed = before.split(), printed or after.strip(_TRIM) or None
    if country is not None:
        words, cut = _cut_glued_country(words)
        printed = printed or cut
    name = " ".join(w.strip(_TRIM) for w in words).strip(_TRIM)
    if not any(ch.isalpha() for ch in name):
        raise TableError(number, "no athlete name before the time")
    return given_first(name), country, printed


def _codes_among(
    words: list[str], country: str | None, glued: bool
) -> tuple[str | None, list[str]]:
    """Take a country code from the words: alone at either end, or glued to the last word."""
    if words and words[0] in IOC:
        country, words = country or words[0], words[1:]
    if words and words[-1] in IOC:
        country, words = country or words[-1], words[:-1]
    if words and country is None:
        last = words[-1]
        match = _GLUED_CODE.match(last)
        if match and match.group(2) in IOC:
            return match.group(2), [*words[:-1], match.group(1)]
        if glued and last.isupper() and len(last) >= 6 and last[-3:] in IOC:
            return last[-3:], [*words[:-1], last[:-3]]
    return country, words


def _cut_glued_country(words: list[str]) -> tuple[list[str], str | None]:
    """Cut a country name glued on ("Jakob IngebrigtsenNorwegen") from the name's end."""
    for index, word in enumerate(words):
        for at in range(len(word) - 3, 2, -1):
            if word[at - 1].islower() and word[at].isupper() and word[at:].isalpha():
                left = word[:at]
                # "McSweyn", "MacDonald" are names: a glued country name is longer than that
                if at >= 4 and len(word) - at >= 4:
                    return [*words[:index], left], " ".join([word[at:], *words[index + 1 :]])
                break
    return words, None


def given_first(name: str) -> str:
    """A printed name as a name is written: "INGEBRIGTSEN Jakob" -> "Jakob Ingebrigtsen".

    "Kerr, Josh" (an export's surname, given names) is "Josh Kerr" too.
    """
    if name.count(",") == 1:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    words = name.split()
    loud = [_is_loud(w) for w in words]
    if not any(loud) or all(loud):
        return " ".join(_titled(w) if loud[i] else w for i, w in enumerate(words))
    surname = [_titled(w) for w, is_loud in zip(words, loud, strict=True) if is_loud]
    given = [w for w, is_loud in zip(words, loud, strict=True) if not is_loud]
    return " ".join([*given, *surname])


def _is_loud(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    return len(letters) >= 2 and upper > len(letters) - upper


def _titled(word: str) -> str:
    if word[:2].lower() == "mc" and len(word) > 2:
        return "Mc" + word[2:].capitalize()
    return "-".join(part.capitalize() for part in word.split("-"))


def _columns_row(number: int, original: str, text: str, columns: dict[str, int]) -> Row | None:
    """One line of an export with a header: its cells read by the header's columns."""
    cells = [c.strip() for c in _split(text, chr(columns["_delimiter"]))]

    def cell(role: str) -> str:
        at = columns.get(role)
        return cells[at] if at is not None and at < len(cells) else ""

    time_cell = cell("time")
    status = status_in(time_cell) or status_in(cell("place"))
    found = times_in(time_cell)
    if not found and status is None:
        if TIME_LIKE.search(time_cell):
            raise TableError(number, f"{time_cell!r} is not a time as results print it (m:ss.hh)")
        return None
    place, tie, _, _ = _place(cell("place"))
    if status is None and place is None:
        raise TableError(number, f"no place in the place column (got {cell('place')!r})")
    name = cell("name") or f"{cell('first')} {cell('last')}".strip()
    if not any(ch.isalpha() for ch in name):
        raise TableError(number, "no athlete name in the name column")
    raw_country = cell("country")
    code = raw_country.upper() if raw_country.upper() in IOC and len(raw_country) == 3 else None
    who = (given_first(name), code, None if code else raw_country or None)
    return _made((number, original), (place, tie), status, found[0][0] if found else None, who)


def _check_order(rows: list[Row]) -> None:
    """Places never go down; a place printed twice is a tie ("=3") or the same time."""
    last: Row | None = None
    for row in rows:
        if row.place is None:
            continue
        if last is not None and last.place is not None:
            if row.place < last.place:
                raise TableError(row.line, f"place {row.place} after place {last.place}")
            if row.place == last.place and not (row.tie or last.tie or row.time == last.time):
                raise TableError(
                    row.line, f"place {row.place} twice (write '={row.place}' for a tie)"
                )
        last = row
