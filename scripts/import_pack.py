"""Build knowledge/*.yaml from the research pack in ../shared/sources (the initial import).

This is how the store was first assembled: every fact comes from the pack, cited by the pack's
source id, and every conflict between sources is kept in a ``note``. After the import the YAML
in ``knowledge/`` is the reviewed truth and is edited by hand; re-running this script rewrites
it, so do that only to redo the import (review the diff).

    python scripts/import_pack.py [--pack ../shared/sources] [--out knowledge]
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent

# Country names as the pack prints them -> IOC codes (the codes results already use).
COUNTRY_CODES = {
    "Norway": "NOR",
    "Great Britain": "GBR",
    "United Kingdom": "GBR",
    "Portugal": "POR",
    "Netherlands": "NED",
    "United States": "USA",
    "Kenya": "KEN",
    "Spain": "ESP",
}

# Time zones for cities the pack's meet records do not cover (inferred from the city, like the
# pack's own `timezone_inferred` values).
EXTRA_TIMEZONES = {
    "Bydgoszcz": "Europe/Warsaw",
    "Gateshead": "Europe/London",
    "Belgrade": "Europe/Belgrade",
    "Ostrava": "Europe/Prague",
    "Kingston": "America/Jamaica",
    "Miramar (Miami)": "America/New_York",
    "Saint-Denis (Paris)": "Europe/Paris",
    "Silesia": "Europe/Warsaw",
    "Toruń": "Europe/Warsaw",
    "New York": "America/New_York",
    "Monaco": "Europe/Monaco",
    "Lausanne": "Europe/Zurich",
}

# Spellings of one athlete's name across reports -> the name the store uses.
NAME_VARIANTS = {
    "Mario García Romo": "Mario García",
    "Reynold Kipkorir Cheruiyot": "Reynold Cheruiyot",
    "Narve Gilje Nordas": "Narve Gilje Nordås",
    "Phanuel Koech": "Phanuel Kipkosgei Koech",
    "Stweart Mcsweyn": "Stewart McSweyn",
}

# The rivalry's athletes, and who a bare family name means when several share it.
FEATURED = {"josh-kerr", "jakob-ingebrigtsen"}
DEFAULT_FOR = {"jakob-ingebrigtsen": ["Ingebrigtsen"], "timothy-cheruiyot": []}

# Misspellings printed in the pack's sources (checked by grep), kept as aliases.
PRINTED_MISSPELLINGS = {"jakob-ingebrigtsen": ["Ingebrigsten", "Ingebritsen"]}

EDITORIAL = re.compile(r"(?i)^source (uses|prints|spells)\b|\bmeet_date\b")
INDOOR_HINTS = ("indoor", "millrose", "new balance")
CHAMPIONSHIP_HINTS = ("championship", "olympic", "u20", "commonwealth")

SERIES_RULES = [
    ("u20", "World U20 Championships"),
    ("world athletics indoor", "World Indoor Championships"),
    ("european athletics indoor", "European Indoor Championships"),
    ("olympic", "Olympics"),
    ("world athletics championships", "World Championships"),
    ("world championships", "World Championships"),
    ("european athletics championships", "European Championships"),
    ("grand slam track", "Grand Slam Track"),
    ("millrose", "Millrose Games"),
    ("diamond league final", "Diamond League Final"),
    ("diamond league", "Diamond League"),
    ("prefontaine", "Diamond League"),
    ("golden spike", "World Athletics Continental Tour"),
]

PUBLISHER_RANK = [
    "World Athletics",
    "BBC",
    "The Guardian",
    "Reuters",
    "Associated Press",
    "AP",
    "European Athletics",
    "Athletics Weekly",
    "Track & Field News",
    "NRK",
    "The Independent",
    "CITIUS MAG",
    "LetsRun",
]


def slug(text: str) -> str:
    """Lower-case ASCII slug of a name ("Narve Gilje Nordås" -> "narve-gilje-nordas")."""
    text = text.translate(
        str.maketrans({"ø": "o", "Ø": "O", "å": "a", "æ": "ae", "ł": "l", "ß": "ss"})
    )
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def load_verifier(pack_dir: Path) -> Any:
    """The pack's own checker, so the import keeps only times printed in their source."""
    path = pack_dir.parent / "tools" / "verify_facts.py"
    spec = importlib.util.spec_from_file_location("verify_facts", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Importer:
    """Turns the pack's loose facts into the store's records."""

    def __init__(self, pack_dir: Path) -> None:
        self.pack = json.loads((pack_dir / "pack.json").read_text(encoding="utf-8"))
        self.verify = load_verifier(pack_dir)
        self.verify.SOURCES = pack_dir
        self.texts = self.verify.load_pack()
        self.sources = {s["id"]: s for s in self.pack["sources"]}
        # one entry per URL: later ids for the same page cite the first id
        first_by_url: dict[str, str] = {}
        self.canonical: dict[str, str] = {}
        for source in self.pack["sources"]:
            self.canonical[source["id"]] = first_by_url.setdefault(source["url"], source["id"])
        self.facts = self.pack["facts"]
        self.cited: set[str] = set()
        self.people: dict[str, dict[str, Any]] = {}
        self.meets: dict[str, dict[str, Any]] = {}
        self.left_out: list[str] = []

    # ---------------------------------------------------------------- helpers
    def cite(self, source_id: str) -> str:
        sid = self.canonical[source_id]
        self.cited.add(sid)
        return sid

    def rank(self, source_id: str) -> tuple[int, int]:
        """Lower is more authoritative: known publishers first, then dated pages."""
        source = self.sources[source_id]
        publisher = source.get("publisher") or ""
        order = next(
            (i for i, name in enumerate(PUBLISHER_RANK) if name.lower() in publisher.lower()),
            len(PUBLISHER_RANK),
        )
        return order, 0 if source.get("published") else 1

    def person(self, name: str, *, country: str | None = None, source: str) -> str:
        name = NAME_VARIANTS.get(name.strip(), name.strip())
        pid = slug(name)
        record = self.people.get(pid)
        if record is None:
            record = {"id": pid, "name": name, "role": "athlete", "source": self.cite(source)}
            self.people[pid] = record
        if country and not record.get("country"):
            record["country"] = COUNTRY_CODES.get(country, country)
        return pid

    # ---------------------------------------------------------------- sources
    def build_sources(self) -> list[dict[str, Any]]:
        out = []
        for sid in sorted(self.cited):
            source = self.sources[sid]
            record = {
                "id": sid,
                "url": source["url"],
                "publisher": source["publisher"],
                "published": source.get("published"),
                "title": source["title"],
            }
            if source.get("note"):
                record["note"] = source["note"]
            out.append(record)
        return out

    # ---------------------------------------------------------------- meets
    def build_meets(self) -> None:
        by_id: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
        for fact in self.facts:
            if fact["kind"] == "meet" and fact["data"].get("meet_id"):
                by_id[fact["data"]["meet_id"]].append(fact)
        for meet_id, facts in by_id.items():
            merged: dict[str, Any] = {}
            aliases: list[str] = []
            notes: list[str] = []
            source = None
            for fact in facts:
                data = fact["data"]
                for key in (
                    "name",
                    "series",
                    "city",
                    "country",
                    "venue",
                    "timezone",
                    "start_date",
                    "end_date",
                    "final_date",
                    "year",
                ):
                    if data.get(key) and key not in merged:
                        merged[key] = data[key]
                merged.setdefault("official_name", data.get("official_name"))
                if data.get("timezone_inferred"):
                    merged["timezone_inferred"] = True
                for alias in data.get("aliases") or []:
                    if alias not in aliases and not data.get("aliases_from_url_slug"):
                        aliases.append(alias)
                if data.get("notes"):
                    notes.append(data["notes"])
                if fact.get("note"):
                    notes.append(fact["note"])
                if source is None and (data.get("name") or data.get("start_date")):
                    source = fact["source"]
            name = merged.get("name") or merged.get("official_name") or meet_id
            start = merged.get("start_date")
            end = merged.get("end_date")
            if not start and merged.get("final_date"):
                notes.append(
                    f"Only the 1500m final date ({merged['final_date']}) is in the sources."
                )
            year = merged.get("year") or int(meet_id[:4])
            self.meets[meet_id] = {
                "id": meet_id,
                "name": name,
                "aliases": aliases,
                "series": merged.get("series"),
                "city": merged["city"],
                "country": merged["country"],
                "venue": merged.get("venue"),
                "timezone": merged["timezone"],
                "timezone_inferred": bool(merged.get("timezone_inferred")),
                "year": year,
                "start_date": start,
                "end_date": end,
                "status": "completed"
                if (end or start or str(year)) and year < 2027
                else "scheduled",
                "events": [],
                "entrants": [],
                "source": self.cite(source or facts[0]["source"]),
                "note": " ".join(dict.fromkeys(notes)) or None,
            }
        # the Ultimate Championship is also listed once without an id
        for fact in self.facts:
            if fact["kind"] == "meet" and not fact["data"].get("meet_id"):
                self.left_out.append(
                    f"meet fact without id ({fact['data'].get('meet')}): same meet as "
                    "2026-ultimate-budapest, kept once"
                )

    def tz_for(self, city: str, country: str) -> str:
        for meet in self.meets.values():
            if meet["city"] == city:
                return meet["timezone"]
        return EXTRA_TIMEZONES[city]

    def meet_for_result(self, data: dict[str, Any], source: str) -> str:
        """The meet id of a result row, creating the meet when only results name it."""
        if data.get("meet_id"):
            return data["meet_id"]
        name = data["meet"]
        year_match = re.search(r"(20\d\d)", name)
        year = int(year_match.group(1)) if year_match else int(data["meet_date"][:4])
        if "Tokyo 2020" in name:
            year = 2021
        city = data.get("city") or ""
        short_city = city.split(" (")[0]

        def championship(text: str) -> bool:
            return any(h in text.lower() for h in CHAMPIONSHIP_HINTS)

        candidates = [
            m
            for m in self.meets.values()
            if m["year"] == year
            and championship(m["name"]) == championship(name)
            and (
                slug(m["city"]) in (slug(city), slug(short_city))
                or ("Paris" in city and m["city"] == "Paris")
                or (slug(m["city"]) in slug(name))
            )
        ]
        if len(candidates) > 1:
            lowered = name.lower()
            candidates = [
                m
                for m in candidates
                if (
                    ("olympic" in lowered) == ("olymp" in m["name"].lower())
                    and ("indoor" in lowered) == ("indoor" in m["name"].lower())
                )
            ] or candidates
        if len(candidates) == 1:
            return candidates[0]["id"]
        if len(candidates) > 1:
            raise SystemExit(f"ambiguous meet for {name!r}: {[m['id'] for m in candidates]}")
        lowered = name.lower()
        series = next((s for hint, s in SERIES_RULES if hint in lowered), None)
        base = re.sub(r"\s*\(.*?\)|\s*–.*$|\b20\d\d\b|\bIAAF\b|\bWanda\b", "", name)
        meet_id = f"{year}-{slug(base)}"
        if meet_id not in self.meets:
            self.meets[meet_id] = {
                "id": meet_id,
                "name": name,
                "aliases": [],
                "series": series,
                "city": short_city or city,
                "country": data.get("country"),
                "venue": None,
                "timezone": self.tz_for(city, data.get("country") or ""),
                "timezone_inferred": True,
                "year": year,
                "start_date": None,
                "end_date": None,
                "status": "completed",
                "events": [],
                "entrants": [],
                "source": self.cite(source),
                "note": None,
                "_race_dates": set(),
            }
        return meet_id

    # ---------------------------------------------------------------- races
    @staticmethod
    def split_event(raw: str, round_: str | None, indoor: bool) -> tuple[str, str, int | None]:
        text = raw.lower().replace("men's ", "").strip()
        heat = None
        match = re.search(r"\bheat (\d+)", text)
        if match:
            heat = int(match.group(1))
        found_round = None
        for name in ("semi-final", "final", "heat"):
            if re.search(rf"\b{name}\b", text) and not (name == "final" and "semi-final" in text):
                found_round = name
                text = re.sub(rf"\s*\b{name}\b( \d+)?", "", text).strip()
                break
        if "bowerman mile" in text or "dream mile" in text:
            text = "mile"
        if "wanamaker" in text:
            text = "mile (indoor)"
        if "two mile" in text:
            text = "two miles (indoor)"
        text = text.replace("(indoor)", "").strip()
        if indoor and "steeple" not in text:
            text = f"{text} (indoor)"
        round_value = (round_ or found_round or "final").replace("final (section 2)", "final")
        return text, round_value, heat

    def build_races(self) -> list[dict[str, Any]]:
        rows = []
        for index, fact in enumerate(self.facts):
            if fact["kind"] != "result":
                continue
            data = fact["data"]
            if (
                data.get("place") is None
                and data.get("time") is None
                and not data.get("note")
                and not data.get("outcome")
            ):
                self.left_out.append(
                    f"result fact #{index} ({data.get('athlete')}): no place, time or outcome"
                )
                continue
            meet_id = self.meet_for_result(data, fact["source"])
            meet = self.meets[meet_id]
            indoor = (
                any(
                    h in (meet["name"] + " " + (meet.get("series") or "")).lower()
                    for h in INDOOR_HINTS
                )
                or "indoor" in data["event"].lower()
            )
            event, round_, heat = self.split_event(data["event"], data.get("round"), indoor)
            if data.get("heat") is not None:
                heat = int(data["heat"])
            race_date = data.get("meet_date") or data.get("date")
            rows.append(
                {
                    "index": index,
                    "meet": meet_id,
                    "event": event,
                    "round": round_,
                    "heat": heat,
                    "date": race_date,
                    "place": data.get("place"),
                    "athlete": self.person(data["athlete"], source=fact["source"]),
                    "nationality": data.get("nationality"),
                    "time": data.get("time"),
                    "row_note": data.get("note"),
                    "outcome": data.get("outcome"),
                    "record": data.get("record"),
                    "pack_note": fact.get("note"),
                    "source": fact["source"],
                }
            )
            if data.get("nationality"):
                person = self.people[rows[-1]["athlete"]]
                person.setdefault("country", data["nationality"])
        # An athlete runs one heat per round: rows without a number, or with a minority
        # number, join the heat most reports put that athlete in.
        numbered: dict[tuple[str, str, str, str], collections.Counter[int]] = (
            collections.defaultdict(collections.Counter)
        )
        for row in rows:
            if row["heat"] is not None:
                numbered[(row["meet"], row["event"], row["round"], row["athlete"])][
                    row["heat"]
                ] += 1
        for row in rows:
            if row["round"] == "final":
                continue
            mine = numbered.get((row["meet"], row["event"], row["round"], row["athlete"]))
            if not mine:
                continue
            best = max(mine, key=lambda h: (mine[h], -h))
            if row["heat"] is not None and row["heat"] != best:
                row["pack_note"] = _join(
                    row["pack_note"],
                    f"This report numbers the race {row['round']} {row['heat']}; most say {best}.",
                )
            row["heat"] = best
        for row in rows:
            if row["round"] == "final":
                row["heat"] = None
        groups: dict[tuple[Any, ...], list[dict[str, Any]]] = collections.defaultdict(list)
        for row in rows:
            groups[(row["meet"], row["event"], row["round"], row["heat"])].append(row)
        races = [self.make_race(key, group) for key, group in groups.items()]
        races = [r for r in races if r is not None]
        races.sort(key=lambda r: (r["date"] or f"{self.meets[r['meet']]['year']}-99", r["id"]))
        return races

    def time_printed(self, time: str, source_id: str) -> bool:
        return bool(self.verify.time_in(time, self.texts[source_id]["_text"]))

    def make_race(self, key: tuple[Any, ...], group: list[dict[str, Any]]) -> dict[str, Any]:
        meet_id, event, round_, heat = key
        meet = self.meets[meet_id]
        source_counts = collections.Counter(r["source"] for r in group)
        primary = max(source_counts, key=lambda s: (source_counts[s], -self.rank(s)[0]))
        dates = sorted({r["date"] for r in group if r["date"]})
        race_date = dates[0] if dates else self.race_date_from_meet(meet, event, round_)
        notes = []
        if len(dates) > 1:
            notes.append(f"Reports date this race {', '.join(dates)}.")
        by_athlete: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
        for row in group:
            by_athlete[row["athlete"]].append(row)
        results = [self.merge_rows(rs, primary) for rs in by_athlete.values()]
        results.sort(key=lambda r: (r.get("place") is None, r.get("place") or 99, r["athlete"]))
        # two athletes on one place: keep the better-attested, say why
        seen: dict[int, dict[str, Any]] = {}
        for result in results:
            place = result.get("place")
            if place is None:
                continue
            if place in seen:
                other = seen[place]
                result["note"] = _join(
                    result.get("note"),
                    f"Placed {place} by "
                    f"{result['source'] or primary}, which conflicts with "
                    f"{other['athlete']}'s {place}; place withheld.",
                )
                result["place"] = None
            else:
                seen[place] = result
        race_id = f"{meet_id}-{slug(event)}-{round_}" + (f"-{heat}" if heat else "")
        if race_date is None:
            notes.append("The race's date is not in the sources.")
        for row in results:
            if row.get("source") == primary:
                row["source"] = None
        return {
            "id": race_id,
            "meet": meet_id,
            "event": event,
            "round": round_,
            "heat": heat,
            "date": race_date,
            "source": self.cite(primary),
            "results": [{k: v for k, v in r.items() if v is not None} for r in results],
            "note": " ".join(notes) or None,
        }

    def race_date_from_meet(self, meet: dict[str, Any], event: str, round_: str) -> str | None:
        for fact in self.facts:
            data = fact["data"]
            if fact["kind"] != "event" or data.get("meet_id") != meet["id"]:
                continue
            if event.split(" ")[0] not in (data.get("event") or "").replace("men's ", ""):
                continue
            key = {"final": "final_date", "semi-final": "semi_final_date", "heat": "heats_date"}
            if data.get(key[round_]):
                return data[key[round_]]
        if meet.get("start_date") and meet.get("start_date") == meet.get("end_date"):
            return meet["start_date"]
        return None

    def merge_rows(self, rows: list[dict[str, Any]], primary: str) -> dict[str, Any]:
        """One result line from every report of it: the majority value, conflicts noted."""
        notes: list[str] = []
        for row in rows:
            for text in (row["row_note"], row["outcome"], row["record"], row["pack_note"]):
                for piece in re.split(r";\s+", text or ""):
                    piece = piece.strip()
                    # how a page typeset a time is for the importer, not for readers
                    if piece and not EDITORIAL.search(piece) and piece not in notes:
                        notes.append(piece)
        timed = []
        for row in rows:
            time = row["time"]
            if not time:
                continue
            time = time.replace(",", ".")
            derived = "derived" in (row["row_note"] or "") or "derived" in (row["pack_note"] or "")
            if derived or not self.time_printed(time, row["source"]):
                notes.append(f"{time} is worked out from a margin, not printed; left out.")
                continue
            timed.append((time, row["source"]))
        chosen_time, time_source = None, None
        if timed:
            counts = collections.Counter(t for t, _ in timed)
            chosen_time = max(
                counts,
                key=lambda t: (
                    counts[t],
                    any(s == primary for tt, s in timed if tt == t),
                    -min(self.rank(s)[0] for tt, s in timed if tt == t),
                ),
            )
            time_source = (
                next(s for t, s in timed if t == chosen_time and s == primary)
                if any(t == chosen_time and s == primary for t, s in timed)
                else next(s for t, s in timed if t == chosen_time)
            )
            others = sorted({f"{t} ({s})" for t, s in timed if t != chosen_time})
            if others:
                notes.append(
                    f"Kept {chosen_time}, given by {counts[chosen_time]} report(s); "
                    f"other report(s): {', '.join(others)}."
                )
        places = [(r["place"], r["source"]) for r in rows if r["place"] is not None]
        chosen_place, place_source = None, None
        if places:
            counts = collections.Counter(p for p, _ in places)
            chosen_place = max(
                counts,
                key=lambda p: (
                    counts[p],
                    any(s == (time_source or primary) for pp, s in places if pp == p),
                ),
            )
            place_source = next(s for p, s in places if p == chosen_place)
        text = " ".join(notes).lower()
        status = "finished"
        disqualified = re.search(r"\bdq\b|disqualif", text)
        if (disqualified and not chosen_time) or "subsequently dq" in text:
            status = "dq"
        elif re.search(r"\bdnf\b|dropped out", text) and chosen_place is None and not chosen_time:
            status = "dnf"
        if status == "dq":
            chosen_place = None
        row_source = time_source or place_source or rows[0]["source"]
        return {
            "place": chosen_place,
            "athlete": rows[0]["athlete"],
            "time": chosen_time,
            "status": status,
            "note": "; ".join(dict.fromkeys(notes)) or None,
            "source": self.cite(row_source),
        }

    # ---------------------------------------------------------------- schedule, entrants
    def attach_schedules(self) -> None:
        for fact in self.facts:
            data = fact["data"]
            meet_id = data.get("meet_id")
            if (
                fact["kind"] == "event"
                and meet_id
                and meet_id in self.meets
                and "title" not in data
            ):
                meet = self.meets[meet_id]
                indoor = any(h in meet["name"].lower() for h in INDOOR_HINTS)
                event, _, _ = self.split_event(data.get("event") or "1500m", None, indoor)
                pairs = [
                    ("heat", data.get("heats_date") or data.get("first_round")),
                    ("semi-final", data.get("semi_final_date")),
                    ("final", data.get("final_date") or data.get("mens_1500_final_date")),
                ]
                for round_, day in pairs:
                    if not day:
                        continue
                    local = data.get("local_start_time") if round_ == "final" else None
                    entry = {
                        "event": event,
                        "round": round_,
                        "date": day,
                        "local_time": local,
                        "source": self.cite(fact["source"]),
                        "note": fact.get("note"),
                    }
                    entry = {k: v for k, v in entry.items() if v is not None}
                    if not any(
                        e["event"] == event and e["round"] == round_ for e in meet["events"]
                    ):
                        meet["events"].append(entry)
            if fact["kind"] == "athlete" and meet_id and ";" not in data.get("athlete", ""):
                self.entry(meet_id, data["athlete"], data.get("status", ""), fact["source"])
            if fact["kind"] == "meet" and meet_id:
                for key, name in (("kerr", "Josh Kerr"), ("ingebrigtsen", "Jakob Ingebrigtsen")):
                    self.entry(meet_id, name, data.get(key) or "", fact["source"])

    def entry(self, meet_id: str, name: str, status: str, source: str) -> None:
        """Announced athletes are entrants; those who pulled out are listed as withdrawn."""
        status = status.lower()
        meet = self.meets[meet_id]
        if "withdrew" in status or "ruled out" in status:
            key = "withdrawn"
        elif status.startswith(("announced", "entered")) and "not announced" not in status:
            key = "entrants"
        else:
            return
        pid = self.person(name, source=source)
        for other in ("entrants", "withdrawn"):
            if pid in meet.setdefault(other, []) and other != key:
                meet[other].remove(pid)
        if pid not in meet[key]:
            meet[key].append(pid)

    def finish_meets(self, races: list[dict[str, Any]]) -> list[dict[str, Any]]:
        dates: dict[str, list[str]] = collections.defaultdict(list)
        for race in races:
            if race["date"]:
                dates[race["meet"]].append(race["date"])
        out = []
        for meet in self.meets.values():
            meet.pop("_race_dates", None)
            known = sorted(dates.get(meet["id"], []))
            one_day = not any(h in meet["name"].lower() for h in CHAMPIONSHIP_HINTS)
            if not meet["start_date"] and known and one_day and known[0] == known[-1]:
                meet["start_date"] = meet["end_date"] = known[0]
                meet["note"] = _join(meet["note"], "Meet date taken from the race reports.")
            if meet["start_date"] and not meet["end_date"]:
                if known and known[-1] >= meet["start_date"]:
                    meet["end_date"] = None
                meet["note"] = _join(meet["note"], "End date not in the sources.")
            if not meet["start_date"]:
                meet["note"] = _join(meet["note"], "Meet dates not in the sources.")
            # a meet after the newest source may or may not have happened: the store only
            # knows it was scheduled
            started = meet["start_date"] or f"{meet['year']}-12-31"
            has_results = meet["id"] in dates or any(r["meet"] == meet["id"] for r in races)
            meet["status"] = (
                "completed" if has_results or started <= self.facts_as_of() else "scheduled"
            )
            out.append(
                {k: v for k, v in meet.items() if v not in (None, [], False) or k in ("status",)}
            )
        out.sort(key=lambda m: (m.get("start_date") or f"{m['year']}-12-31", m["id"]))
        return out

    def facts_as_of(self) -> str:
        return max(
            str(self.sources[s]["published"])
            for s in self.cited
            if self.sources[s].get("published")
        )

    # ---------------------------------------------------------------- people
    def build_people(self) -> list[dict[str, Any]]:
        for fact in self.facts:
            data = fact["data"]
            if fact["kind"] != "athlete" or "name" not in data:
                continue
            pid = self.person(data["name"], country=data.get("nationality"), source=fact["source"])
            record = self.people[pid]
            if data.get("born") and not record.get("born"):
                record["born"] = data["born"]
            for text in data.get("notable") or []:
                notable = record.setdefault("notable", [])
                if all(n["text"] != text for n in notable):
                    notable.append({"text": text, "source": self.cite(fact["source"])})
        family: dict[str, list[str]] = collections.defaultdict(list)
        for pid, record in self.people.items():
            if record["role"] == "athlete":
                family[record["name"].split()[-1]].append(pid)
        for pid, record in self.people.items():
            aliases = list(PRINTED_MISSPELLINGS.get(pid, []))
            record["aliases"] = aliases
            if pid in FEATURED:
                record["featured"] = True
            if pid in DEFAULT_FOR:
                record["default_for"] = DEFAULT_FOR[pid]
        order = [
            "id",
            "name",
            "role",
            "country",
            "aliases",
            "default_for",
            "featured",
            "born",
            "notable",
            "source",
            "note",
        ]
        out = []
        for record in sorted(self.people.values(), key=lambda r: r["id"]):
            out.append({k: record[k] for k in order if record.get(k) not in (None, [], False)})
        return out

    # ---------------------------------------------------------------- quotes
    def build_quotes(self) -> list[dict[str, Any]]:
        roles = {
            "Gjert Ingebrigtsen": "coach",
            "Geoff Wightman": "official",
            "Steve Cram": "other",
            "Sebastian Coe": "official",
            "Jonathan Gault": "journalist",
            "Mette Yvonne Larsen": "other",
            "Espen Skoland (Ingebrigtsen spokesperson)": "other",
            "Flynn Sports (Hocker’s agents)": "organisation",
            "USA Track & Field": "organisation",
            "Erlend Slokvik": "official",
            "Cherry Alexander": "other",
        }
        candidates = []
        for index, fact in enumerate(self.facts):
            if fact["kind"] != "quote":
                continue
            data = fact["data"]
            speaker = data["speaker"]
            clean = speaker.split(" (")[0]
            pid = self.person(clean, source=fact["source"])
            if clean in roles or speaker in roles:
                self.people[pid]["role"] = roles.get(speaker, roles.get(clean, "other"))
                if "(" in speaker:
                    self.people[pid]["note"] = speaker.split(" (", 1)[1].rstrip(")")
            candidates.append((index, fact, pid))
        # exact repeats and fragments of a longer quote by the same speaker are kept once
        norm = self.verify.norm
        out: list[dict[str, Any]] = []
        kept: list[tuple[str, str, dict[str, Any]]] = []
        ordered = sorted(
            candidates, key=lambda c: (-len(c[1]["data"]["text"]), self.rank(c[1]["source"]))
        )
        for index, fact, pid in ordered:
            data = fact["data"]
            text_norm = norm(data["text"])
            if not all(
                f in self.texts[fact["source"]]["_text"]
                for f in self.verify.fragments(data["text"])
            ):
                self.left_out.append(f"quote #{index}: not verbatim in its source")
                continue
            duplicate = next((q for p, t, q in kept if p == pid and text_norm in t), None)
            if duplicate is not None:
                duplicate["_also"].append(fact["source"])
                continue
            about, topics = [], []
            for item in data["about"]:
                target = NAME_VARIANTS.get(item, item)
                if slug(target) in self.people and self.people[slug(target)]["role"] == "athlete":
                    about.append(slug(target))
                else:
                    topics.append(item)
            context = data["context"]
            record = {
                "id": "",
                "speaker": pid,
                "said_on": data["said_on"],
                "date_basis": data["date_basis"] if data["said_on"] else "unknown",
                "text": data["text"],
                "about": about,
                "topics": topics,
                "context": context,
                "medium": data.get("medium"),
                "source": self.cite(fact["source"]),
                "note": fact.get("note"),
                "_also": [],
                "_index": index,
            }
            kept.append((pid, text_norm, record))
            out.append(record)
        out.sort(key=lambda q: (q["said_on"] or "9999", q["_index"]))
        used: collections.Counter[str] = collections.Counter()
        for record in out:
            words = re.findall(r"[a-z0-9]+", slug(record["text"]).replace("-", " "))[:5]
            said = record["said_on"] or "undated"
            base = f"{record['speaker'].split('-')[-1]}-{said}-{'-'.join(words)}"
            base = slug(base)[:70].strip("-")
            used[base] += 1
            record["id"] = base if used[base] == 1 else f"{base}-{used[base]}"
            also = sorted({self.canonical[s] for s in record.pop("_also")} - {record["source"]})
            if also:
                record["note"] = _join(record["note"], "Also reported by: " + ", ".join(also) + ".")
            record.pop("_index")
        return [{k: v for k, v in q.items() if v not in (None, [])} for q in out]

    # ---------------------------------------------------------------- timeline
    def build_timeline(self) -> list[dict[str, Any]]:
        out = []
        seen: set[tuple[str, str]] = set()
        for fact in self.facts:
            data = fact["data"]
            if fact["kind"] != "event" or "title" not in data:
                continue
            key = (data["date"], data["title"])
            if key in seen:
                continue
            seen.add(key)
            athletes = [self.person(n, source=fact["source"]) for n in data.get("athletes") or []]
            out.append(
                {
                    "id": slug(f"{data['date']}-{data['title']}")[:80].strip("-"),
                    "date": data["date"],
                    "title": data["title"],
                    "summary": data["summary"],
                    "athletes": athletes,
                    "source": self.cite(fact["source"]),
                    "note": fact.get("note"),
                }
            )
        out = self.merge_repeats(out)
        out.sort(key=lambda e: (e["date"], e["id"]))
        ids: collections.Counter[str] = collections.Counter()
        for event in out:
            ids[event["id"]] += 1
            if ids[event["id"]] > 1:
                event["id"] = f"{event['id']}-{ids[event['id']]}"
        return [{k: v for k, v in e.items() if v not in (None, [])} for e in out]

    def merge_repeats(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One record per moment: the same month, people and story from several sources.

        Kept: the most authoritative source's wording; the others are named in the note.
        """
        groups: list[list[dict[str, Any]]] = []
        for event in events:
            for group in groups:
                first = group[0]
                same_time = first["date"][:7] == event["date"][:7]
                same_people = set(first["athletes"]) == set(event["athletes"])
                text = f"{first['title']} {first['summary']}"
                other = f"{event['title']} {event['summary']}"
                alike = fuzz.token_set_ratio(first["title"], event["title"]) >= 70 or (
                    fuzz.token_sort_ratio(text, other) >= 60
                )
                if same_time and same_people and alike:
                    group.append(event)
                    break
            else:
                groups.append([event])
        merged = []
        for group in groups:
            # prefer an exact day, then the better-known publisher
            group.sort(key=lambda e: (len(e["date"]) != 10, self.rank(e["source"])))
            keep = dict(group[0])
            others = sorted({e["source"] for e in group[1:]} - {keep["source"]})
            if others:
                keep["note"] = _join(
                    keep.get("note"), "Also reported by: " + ", ".join(others) + "."
                )
            merged.append(keep)
        return merged


def _join(first: str | None, second: str) -> str:
    return f"{first} {second}" if first else second


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


def write(out_dir: Path, name: str, header: str, records: list[dict[str, Any]]) -> None:
    body = yaml.dump(records, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    (out_dir / name).write_text(f"# {header}\n{body}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", type=Path, default=ROOT.parent / "shared" / "sources")
    parser.add_argument("--out", type=Path, default=ROOT / "knowledge")
    args = parser.parse_args()
    importer = Importer(args.pack)
    importer.build_meets()
    races = importer.build_races()
    importer.attach_schedules()
    quotes = importer.build_quotes()
    timeline = importer.build_timeline()
    people = importer.build_people()
    meets = importer.finish_meets(races)
    args.out.mkdir(parents=True, exist_ok=True)
    write(
        args.out,
        "sources.yaml",
        "Pages every fact cites; ids are the source pack's ids.",
        importer.build_sources(),
    )
    write(args.out, "athletes.yaml", "Athletes, and the other people the store quotes.", people)
    write(args.out, "meets.yaml", "Meets: dates are local to the meet's time zone.", meets)
    write(args.out, "races.yaml", "Races and their results, times as printed.", races)
    write(args.out, "quotes.yaml", "Words exactly as printed in the cited source.", quotes)
    write(args.out, "timeline.yaml", "Dated moments, each summarised in one sentence.", timeline)
    print(
        f"people {len(people)}, meets {len(meets)}, races {len(races)}, quotes {len(quotes)}, "
        f"timeline {len(timeline)}, sources {len(importer.cited)}",
        file=sys.stderr,
    )
    for line in importer.left_out:
        print("left out: " + line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
