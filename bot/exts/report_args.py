"""The arguments of ``python -m bot reports`` and ``reports close N --note`` (report_cli).

Apart from the command: ``python -m bot`` builds every subcommand's parser on each start, and
this loads nothing but argparse (Discord and the database load when ``reports`` runs).
"""

from __future__ import annotations

import argparse


def add_reports_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``reports`` and ``reports close N --note``."""
    reports = sub.add_parser("reports", help="list the open reports of mistakes; close one")
    actions = reports.add_subparsers(dest="action")
    close = actions.add_parser("close", help="close report N and tell its reporter by DM")
    close.add_argument("number", type=int, help="the report's number")
    close.add_argument("--note", help="what was done about it (sent to the reporter)")
