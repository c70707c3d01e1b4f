"""How a reading is shown to the person who asked: the command and its options by name."""

from __future__ import annotations

from bot.facts.store import FactStore
from bot.phrases import say


def _name(store: FactStore, value: str) -> str:
    person = store.people.get(value)
    if person:
        return person.name
    meet = store.meets.get(value)
    return meet.name if meet else f"“{value}”"


def label(store: FactStore, command: str, options: dict[str, str]) -> str:
    """How a reading is shown: "/h2h Josh Kerr vs Jakob Ingebrigtsen, finals only"."""
    o = options

    def name(key: str) -> str:
        return _name(store, o[key])

    bits: list[str] = []
    if command == "h2h":
        bits = [f"{name('athlete')} vs {name('opponent')}"]
        bits += [o["event"]] if "event" in o else []
        bits += [say("h2h.finals_only")] if o.get("rounds") == "finals" else []
        bits += [o["year"]] if "year" in o else []
    elif command == "quote":
        bits = [name("athlete") + (f" about {_name(store, o['topic'])}" if "topic" in o else "")]
        if "topic" in o and o["topic"] not in store.people:
            bits = [f"{name('athlete')} about “{o['topic']}”"]
    elif command == "next-race":
        bits = [" at ".join(name(k) for k in ("athlete", "meet") if k in o)]
    elif command == "results":
        bits = [name("meet")] + [o[k] for k in ("event", "round") if k in o]
    elif command == "athlete":
        bits = [name("name")]
    elif command == "timeline":
        who = " and ".join(name(k) for k in ("athlete", "opponent") if k in o)
        bits = [b for b in (who, o.get("year", "")) if b]
        bits += ["oldest first"] if o.get("order") == "oldest" else []
    text = ", ".join(b for b in bits if b)
    return f"/{command} {text}".rstrip()
