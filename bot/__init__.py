"""rivalry-bot: settle athletics rivalry arguments from a curated, cited fact store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.app import RivalryBot

__all__ = ["create_bot"]


def create_bot(*args: Any, **kwargs: Any) -> RivalryBot:
    """Build the bot (see :func:`bot.app.create_bot`); importing ``bot`` stays cheap."""
    from bot.app import create_bot as build

    return build(*args, **kwargs)
