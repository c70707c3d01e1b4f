"""Meets keep their time zones on a host without a system time-zone database."""

from __future__ import annotations

from pathlib import Path

from .conftest import run_bot, side_by_side


def test_store_loads_and_counts_down_without_a_system_zone_database(tmp_path: Path) -> None:
    empty = tmp_path / "no-zoneinfo"
    empty.mkdir()
    # PYTHONTZPATH is where zoneinfo looks for the system database; an empty folder is a slim
    # container or Windows, where only the tzdata package can answer
    checked, asked = side_by_side(
        lambda: run_bot("check", PYTHONTZPATH=str(empty)),
        lambda: run_bot(
            "ask",
            "/next-race meet:worlds 2027",
            "--now",
            "2027-09-01T12:00:00Z",
            PYTHONTZPATH=str(empty),
        ),
    )
    assert checked.returncode == 0, checked.stderr
    assert "unknown time zone" not in checked.stderr + checked.stdout
    assert asked.returncode == 0, asked.stderr
    assert "World Athletics Championships" in asked.stdout
