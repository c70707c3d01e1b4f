"""What SimCord 3.2.1 cannot arrange itself, added to the interactions it sends the bot.

SimCord sends every interaction with locale ``en-US``, knows no group DMs and no user-installed
apps (its interactions carry no ``authorizing_integration_owners``). Discord sends all three;
this adds them to the INTERACTION_CREATE payload SimCord builds, exactly as Discord documents
them, and leaves everything else (the bot, discord.py, SimCord's backend) as it is.
"""

from __future__ import annotations

from typing import Any

import pytest
from simcord import interactions

USER_INSTALL = "1"  # Discord's ApplicationIntegrationType.USER_INSTALL, as a JSON key
PRIVATE_CHANNEL = 2  # Discord's InteractionContextType.PRIVATE_CHANNEL
GROUP_DM = 3  # Discord's channel type GROUP_DM


class Viewers:
    """Per user: the Discord locale, and whether their DM interactions come from a group DM."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.locales: dict[int, str] = {}
        self.group_dms: dict[int, list[dict[str, Any]]] = {}
        self.user_installs: set[int] = set()
        original = interactions.base_payload

        def payload(backend: Any, **kwargs: Any) -> tuple[Any, dict[str, Any]]:
            record, data = original(backend, **kwargs)
            self._amend(data, kwargs["user_id"])
            return record, data

        monkeypatch.setattr(interactions, "base_payload", payload)

    def _amend(self, data: dict[str, Any], user_id: int) -> None:
        data["locale"] = self.locales.get(user_id, "en-US")
        if user_id in self.user_installs:
            data["authorizing_integration_owners"] = {USER_INSTALL: str(user_id)}
        members = self.group_dms.get(user_id)
        if members is not None and "guild_id" not in data:
            # the user's DM channel, shown to the bot as the group DM the user typed in
            data["context"] = PRIVATE_CHANNEL
            data["channel"] = {
                "id": data["channel_id"],
                "type": GROUP_DM,
                "name": "race night",
                "owner_id": str(user_id),
                "recipients": members,
            }
