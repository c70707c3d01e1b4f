"""What kind of moment a timeline line is, read from its title, for a marker a reader scans by.

The store keeps no kind per moment: the titles say it in a few plain words ("wins", "injury",
"skips", "jibe"). The first rule that matches decides; anything else is a plain pin.
"""

from __future__ import annotations

import re

# (kind, marker, pattern): order matters, an injury in a final is an injury
EVENT_KINDS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (kind, marker, re.compile(pattern, re.I))
    for kind, marker, pattern in (
        ("injury", "🩹", r"\b(injur\w*|calf|hamstring|achilles|illness|surgery|layoff|tear)\b"),
        (
            "absence",
            "⛔",
            r"\b(withdraws?|skips?|misses|miss|scratched|out of|stays out|rules out|"
            r"absent\w*|absentees|did not start|eliminated|disqualified)\b",
        ),
        ("record", "⏱️", r"\brecords?\b|\bworld best\b"),
        (
            "off the track",
            "📰",
            r"\b(coach|signs?|trial|acquitted|bankruptcy|documentary|released|announced|"
            r"campaign|team)\b",
        ),
        ("title", "🏅", r"\b(titles?|gold|silver|bronze|medal|podium|double)\b"),
        (
            "words",
            "💬",
            r"\b(jibe|remarks?|podcast|calls?|chat|comment|reply|hits back|says|memes?|"
            r"celebration)\b",
        ),
        (
            "race",
            "🏁",
            r"\b(wins?|beats?|loss|defeat|final|heats?|semi-final|race|runs|opens|meeting|"
            r"unbeaten|head-to-head|tally|\d+(st|nd|rd|th)|first|second|third|fourth|fifth|"
            r"sixth|seventh|eighth|ninth|tenth)\b",
        ),
    )
)
OTHER = ("other", "📌")


def kind_of(title: str) -> tuple[str, str]:
    """The kind of a moment and its marker: ("injury", "🩹"), ... ("other", "📌")."""
    for kind, marker, pattern in EVENT_KINDS:
        if pattern.search(title):
            return kind, marker
    return OTHER
