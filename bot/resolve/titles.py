"""A place or a title in a description's clause: "who won", "who was world champion".

("som tok bronse", "som ble europamester".)

A title is a win in a final of the championship it names: "world champion" is first in a
Worlds final, "olympisk mester" first at an Olympics. The championship's own word is read by
the meets' names (the caller's ``meets``), so the title reads whatever the store's series do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

# the championship a title's first word names, as the meets' names spell it
TITLE_SERIES: dict[str, str] = {
    **dict.fromkeys(("world", "worlds", "verdens"), "worlds"),
    **dict.fromkeys(("olympic", "olympisk", "olympiske"), "olympics"),
    **dict.fromkeys(("european", "europeisk", "europa"), "europeans"),
    **dict.fromkeys(("commonwealth",), "commonwealth games"),
}
CHAMPION = frozenset({"champion", "champ", "champs", "mester", "mesteren"})
# one word for the whole title ("verdensmester", "europamesteren")
COMPOUND = {"verdensmester": "worlds", "europamester": "europeans", "olympiamester": "olympics"}
WINNER_PLACES = (1, 1)
# what a relative clause may say that the store's results can check: a place in a final ...
PLACES: dict[str, tuple[int, int]] = {
    **dict.fromkeys(("won", "win", "wins", "winner", "vant", "vinner", "gold", "gull"), (1, 1)),
    **dict.fromkeys(("silver", "solv"), (2, 2)),
    **dict.fromkeys(("bronze", "bronse"), (3, 3)),
    **dict.fromkeys(("medal", "medalled", "medaled", "medalje", "podium"), (1, 3)),
    **dict.fromkeys(("second", "2nd", "runner"), (2, 2)),  # "who came second", "runner up"
    **dict.fromkeys(("third", "3rd"), (3, 3)),
    **dict.fromkeys(("fourth", "4th"), (4, 4)),
}


def title_at(
    said: Sequence[str], at: int, meets: Callable[[str], tuple[str, ...]]
) -> tuple[int, tuple[str, ...], str] | None:
    """The title said at ``said[at]``: where it ends, the meets it was won at, their words."""
    word = said[at]
    series = COMPOUND.get(word.removesuffix("en"))
    end = at + 1
    if series is None and word in TITLE_SERIES and at + 1 < len(said):
        series = TITLE_SERIES[word] if said[at + 1] in CHAMPION else None
        end = at + 2
    ids = meets(series) if series else ()
    return (end, ids, series) if series and ids else None


def place_at(
    said: Sequence[str], at: int, meets: Callable[[str], tuple[str, ...]]
) -> tuple[int, tuple[int, int], tuple[str, ...] | None, str | None] | None:
    """A place said at ``said[at]`` ("won", "bronze", "world champion"), if any.

    Where it ends, the places, and for a title the meets it was won at and their words.
    """
    title = title_at(said, at, meets)
    if title is not None:
        return title[0], WINNER_PLACES, title[1], title[2]
    word = said[at]
    return (at + 1, PLACES[word], None, None) if word in PLACES else None


MEET_WORDS = 4  # words a meet's name may have in a clause


def meet_run(
    said: Sequence[str],
    at: int,
    meets: Callable[[str], tuple[str, ...]],
    modifies: Callable[[str], bool] | None,
) -> tuple[int, tuple[str, ...]] | None:
    """The longest run of words from ``at`` naming meets ("worlds in tokyo"), if any.

    In a sentence it ends on a content word ("worlds in tokyo", not "worlds in tokyo vs").
    """
    for length in range(min(MEET_WORDS, len(said) - at), 0, -1):
        if modifies is not None and not modifies(said[at + length - 1]):
            continue
        ids = meets(" ".join(said[at : at + length]))
        if ids:
            return _with_year(said, at, at + length, meets) or (at + length, ids)
    return None


def _with_year(
    said: Sequence[str], at: int, end: int, meets: Callable[[str], tuple[str, ...]]
) -> tuple[int, tuple[str, ...]] | None:
    """The meet words with the year after them ("won the worlds in 2017"), if it names one."""
    skip = 1 if end < len(said) and said[end] in ("in", "i") else 0
    year = said[end + skip] if end + skip < len(said) else ""
    if not (len(year) == 4 and year.isdigit()):
        return None
    ids = meets(" ".join((*said[at:end], year)))
    return (end + skip + 1, ids) if ids else None
