"""Reading pasted results tables: the layouts reports and results pages print, and bad lines.

The names here are layouts only (how a line is printed), not facts: nothing is written.
"""

from __future__ import annotations

import io

import pytest

from bot.curate.marks import printed_times
from bot.curate.prompt import Terminal
from bot.curate.table import TableError, given_first, parse_table


def rows(text: str) -> list[tuple[object, ...]]:
    return [(r.place, r.tie, r.status, r.time, r.name, r.country) for r in parse_table(text).rows]


def test_numbered_lines_with_the_country_in_brackets_and_record_marks() -> None:
    text = "\n".join(
        [
            "1. Jakob Ingebrigtsen (NOR) 3:27.65 WR",
            "2. Josh Kerr (GBR) 3:27.79 =PB",
            "DQ Ola Nordmann (NOR)",
        ]
    )
    assert rows(text) == [
        (1, False, "finished", "3:27.65", "Jakob Ingebrigtsen", "NOR"),
        (2, False, "finished", "3:27.79", "Josh Kerr", "GBR"),
        (None, False, "dq", None, "Ola Nordmann", "NOR"),
    ]


def test_surname_first_capitals_with_codes_and_ties() -> None:
    text = "\n".join(
        [
            "1 INGEBRIGTSEN Jakob NOR 3:27.65 SB",
            "=2 KERR Josh GBR 3:27.79 PB",
            "=2 NORDÅS Narve Gilje NOR 3:27.79",
            "DNS McSWEYN Stewart AUS",
        ]
    )
    assert rows(text) == [
        (1, False, "finished", "3:27.65", "Jakob Ingebrigtsen", "NOR"),
        (2, True, "finished", "3:27.79", "Josh Kerr", "GBR"),
        (2, True, "finished", "3:27.79", "Narve Gilje Nordås", "NOR"),
        (None, False, "dns", None, "Stewart McSweyn", "AUS"),
    ]


def test_norwegian_lines_with_comma_decimals() -> None:
    text = "\n".join(
        [
            "1) Jakob Ingebrigtsen, Norge 3.27,65",
            "2) Josh Kerr, Storbritannia 3.27,79",
            "Brutt: Niels Laros, Nederland",
        ]
    )
    read = parse_table(text).rows
    assert [(r.place, r.time, r.name, r.country_printed, r.status) for r in read] == [
        (1, "3:27.65", "Jakob Ingebrigtsen", "Norge", "finished"),
        (2, "3:27.79", "Josh Kerr", "Storbritannia", "finished"),
        (None, None, "Niels Laros", "Nederland", "dnf"),
    ]
    assert read[0].text == "1) Jakob Ingebrigtsen, Norge 3.27,65"  # the line, as pasted


@pytest.mark.parametrize("sep", [",", "\t", ";"])
def test_exports_with_a_header_of_place_name_country_time(sep: str) -> None:
    name = '"Kerr, Josh"' if sep == "," else "Kerr, Josh"
    lines = ["Place", "Name", "Country", "Time"], ["1", "Jakob Ingebrigtsen", "NOR", "3:27.65"]
    lines += ["2", name, "GBR", "3:27.79 PB"], ["DNF", "Niels Laros", "NED", ""]
    assert rows("\n".join(sep.join(cells) for cells in lines)) == [
        (1, False, "finished", "3:27.65", "Jakob Ingebrigtsen", "NOR"),
        (2, False, "finished", "3:27.79", "Josh Kerr", "GBR"),
        (None, False, "dnf", None, "Niels Laros", "NED"),
    ]


def test_a_web_table_copied_glued_or_one_cell_per_line() -> None:
    assert rows("2Josh KERRGBR3:34.00 Q\n3Reynold Kipkorir CHERUIYOTKEN3:34.24 Q") == [
        (2, False, "finished", "3:34.00", "Josh Kerr", "GBR"),
        (3, False, "finished", "3:34.24", "Reynold Kipkorir Cheruiyot", "KEN"),
    ]
    cells = parse_table("Results\n1.\nIsaac Nader\nPortugalsko\n3:34,10 min\n").rows
    assert [(r.place, r.name, r.country_printed, r.time, r.line) for r in cells] == [
        (1, "Isaac Nader", "Portugalsko", "3:34.10", 2)
    ]
    assert cells[0].text == "1.\nIsaac Nader\nPortugalsko\n3:34,10 min"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("1. Kerr (GBR) 3:29.05\n2. Jakob (NOR) 3:29.3", "line 2: '3:29.3' is not a time"),
        ("1. Kerr (GBR) 3:29.05\nsee you next year", "line 2: not a results row"),
        ("1. Kerr 3:29.05\n3. Jakob 3:30.00\n2. Nuguse 3:31.00", "line 3: place 2 after place 3"),
        ("1. Kerr 3:29.05\n1. Jakob 3:30.00", "line 2: place 1 twice (write '=1' for a tie)"),
        ("1. Kerr 3:29.05 3:28.00", "line 1: prints several times"),
        ("Kerr 3:29.05", "line 1: no place"),
        ("1. 3:29.05", "line 1: no athlete name"),
        ("1. Kerr\u202e 3:29.05", "line 1: the line holds a control character"),
        ("nothing here", "no results rows found"),
        ("1.\nJosh Kerr\n2.\nJakob 3:29.05", "line 1: a place with no time after it"),
    ],
)
def test_a_bad_line_is_named_by_its_number(text: str, said: str) -> None:
    with pytest.raises(TableError) as refused:
        parse_table(text)
    assert said in str(refused.value)


def test_names_and_times_as_the_store_writes_them() -> None:
    assert given_first("INGEBRIGTSEN Jakob") == "Jakob Ingebrigtsen"
    assert given_first("Narve Gilje NORDÅS") == "Narve Gilje Nordås"
    assert given_first("JOSH KERR") == "Josh Kerr"
    assert printed_times("3.27,65 and 13:13.66, born 17.08.99") == {"3:27.65", "13:13.66"}
    assert printed_times("45,20") == {"45.20"}


def test_a_terminal_asks_by_number() -> None:
    answers = iter(["2", "y"])
    out = io.StringIO()
    terminal = Terminal(out, read=lambda _prompt: next(answers))
    options = [
        ("timothy-cheruiyot", "Timothy Cheruiyot"),
        ("reynold-cheruiyot", "Reynold Cheruiyot"),
    ]
    assert terminal.choose("who is 'Cheruiyot'?", options) == "reynold-cheruiyot"
    assert terminal.confirm("write?") is True
    assert "  2) Reynold Cheruiyot" in out.getvalue()
