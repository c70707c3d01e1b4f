"""A title held, said in a description's clause: "who was world champion", "som ble europamester".

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
WON = (1, 1)


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
