"""The operator's subcommands of ``python -m bot``: ``invite`` and ``doctor``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from bot.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from bot.settings import Settings

OPS_COMMANDS = ("invite", "doctor")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Declare ``invite`` and ``doctor`` on the main parser's subcommands."""
    invite = sub.add_parser("invite", help="print the links that add the bot to Discord")
    invite.add_argument(
        "--ping-roles", action="store_true", help="also ask for Mention Everyone (role pings)"
    )
    sub.add_parser("doctor", help="check the token, database, migrations and store; one line each")


def run(command: str, args: argparse.Namespace, settings: Settings) -> int:
    """Run one operator subcommand; returns the exit code."""
    if command == "invite":
        return cmd_invite(settings, ping_roles=args.ping_roles)
    return cmd_doctor(settings)


def cmd_invite(settings: Settings, *, ping_roles: bool = False) -> int:
    """Print both install links; the application id from ``APPLICATION_ID`` or the token."""
    # each subcommand loads what it uses (discord here) when run, not when parsed
    from bot.ops.invite import TokenShapeError, application_id_of, invite_text

    app_id = settings.application_id
    if app_id is None:
        token = settings.discord_token.get_secret_value() if settings.discord_token else ""
        if not token.strip():
            print(
                "invite needs the application id: set APPLICATION_ID (developer portal, "
                "General Information) or DISCORD_TOKEN, in the environment or .env",
                file=sys.stderr,
            )
            return EXIT_USAGE
        try:
            app_id = application_id_of(token)
        except TokenShapeError as error:
            print(error, file=sys.stderr)
            return EXIT_FAILED
    print(invite_text(app_id, ping_roles=ping_roles))
    return EXIT_OK


def cmd_doctor(settings: Settings) -> int:
    """Print one line per check; exit 1 when one fails."""
    from bot.ops.doctor import doctor

    findings, code = doctor(settings)
    for finding in findings:
        print(finding.line(), flush=True)
    return code
