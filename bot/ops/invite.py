"""``python -m bot invite``: the two install links, with the permissions the bot uses."""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import urlencode

import discord

AUTHORIZE = "https://discord.com/oauth2/authorize"
# what the bot does in a server, each permission with why: the link asks for no more
NEEDED = {
    "view_channel": "see the channels it answers and posts in",
    "send_messages": "answer @mentions and post follow reminders and results",
    "embed_links": "answers are embeds",
    "manage_events": 'the "Add to server events" button',
}
PING_ROLES = {"mention_everyone": "ping roles that are not mentionable in reminders"}
# three base64url parts: the bot's user id, a timestamp, an HMAC
TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{17,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$")


class TokenShapeError(ValueError):
    """A ``DISCORD_TOKEN`` that cannot be a bot token (said in one line, never echoed)."""


def application_id_of(token: str) -> int:
    """The application id a bot token starts with (its first part is the id in base64)."""
    token = token.strip()
    if token.lower().startswith("bot "):
        raise TokenShapeError("DISCORD_TOKEN starts with 'Bot ': set the token alone")
    if not TOKEN_SHAPE.match(token):
        raise TokenShapeError(
            "DISCORD_TOKEN is not shaped like a bot token (three parts joined by dots); "
            "copy it again from the developer portal, Bot -> Reset Token"
        )
    first = token.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(first + "=" * (-len(first) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        decoded = ""
    if not decoded.isdigit():
        raise TokenShapeError(
            "DISCORD_TOKEN's first part is not a bot's id: is it a client secret or a user "
            "token? Copy the bot token from the developer portal, Bot -> Reset Token"
        )
    return int(decoded)


def permissions(ping_roles: bool = False) -> discord.Permissions:
    """The permissions the server link asks for."""
    names = NEEDED | (PING_ROLES if ping_roles else {})
    return discord.Permissions(**dict.fromkeys(names, True))


def server_link(application_id: int, ping_roles: bool = False) -> str:
    """Install in a server: the bot user and its slash commands."""
    query = {
        "client_id": application_id,
        "integration_type": 0,
        "scope": "bot applications.commands",
        "permissions": permissions(ping_roles).value,
    }
    return f"{AUTHORIZE}?{urlencode(query)}"


def user_link(application_id: int) -> str:
    """Install to one's own account: the commands in DMs, group DMs and any server."""
    query = {"client_id": application_id, "integration_type": 1, "scope": "applications.commands"}
    return f"{AUTHORIZE}?{urlencode(query)}"


def invite_text(application_id: int, ping_roles: bool = False) -> str:
    """What ``invite`` prints: both links, and what the server link asks for and why."""
    asked = NEEDED | (PING_ROLES if ping_roles else {})
    lines = [
        "Add the bot to a server (you need Manage Server there):",
        f"  {server_link(application_id, ping_roles)}",
        "  permissions asked for:",
        *(f"    {name.replace('_', ' ').title()}: {why}" for name, why in asked.items()),
        "Add it to your own account (its commands in DMs, group DMs and any server):",
        f"  {user_link(application_id)}",
        "Both links work once the developer portal's Installation page ticks Guild Install and "
        "User Install.",
    ]
    if not ping_roles:
        lines.append("With --ping-roles the server link also asks for Mention Everyone.")
    return "\n".join(lines)
