"""Fans' reports of mistakes: cleaning what they typed, and storing it (no Discord types)."""

from bot.reports.records import Asked, Report, ReportError
from bot.reports.store import ReportStore
from bot.reports.text import clean_link, clean_what, neutralise

__all__ = [
    "Asked",
    "Report",
    "ReportError",
    "ReportStore",
    "clean_link",
    "clean_what",
    "neutralise",
]
