"""The Discord scheduled event kept per (server, meet): reserved first, so never two."""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.db.schema import server_events
from bot.follow.store_base import StoreBase


class ServerEventRows(StoreBase):
    """Reads and writes of ``server_events``."""

    async def server_event(self, guild_id: int, meet_id: str) -> tuple[int, str] | None:
        """The Discord event id and signature saved for a meet in a server."""
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(server_events.c.event_id, server_events.c.signature).where(
                        server_events.c.guild_id == guild_id, server_events.c.meet_id == meet_id
                    )
                )
            ).one_or_none()
        return (row.event_id, row.signature) if row else None

    async def reserve_server_event(self, guild_id: int, meet_id: str) -> bool:
        """Reserve the (server, meet) slot before creating the Discord event; False if taken."""
        try:
            async with self.write() as conn:
                await conn.execute(
                    insert(server_events),
                    {"guild_id": guild_id, "meet_id": meet_id, "event_id": 0, "signature": ""},
                )
        except IntegrityError:
            return False
        return True

    async def save_server_event(
        self, guild_id: int, meet_id: str, event_id: int, signature: str
    ) -> None:
        """Record the Discord event created or updated for the meet."""
        async with self.write() as conn:
            await conn.execute(
                update(server_events)
                .where(server_events.c.guild_id == guild_id, server_events.c.meet_id == meet_id)
                .values(event_id=event_id, signature=signature)
            )

    async def drop_server_event(self, guild_id: int, meet_id: str) -> None:
        """Forget the server event of a meet (cancelled, deleted, or never created)."""
        async with self.write() as conn:
            await conn.execute(
                delete(server_events).where(
                    server_events.c.guild_id == guild_id, server_events.c.meet_id == meet_id
                )
            )

    async def server_events(self) -> list[tuple[int, str, int, str]]:
        """Every saved server event: (guild, meet, event id, signature)."""
        async with self.engine.connect() as conn:
            rows = await conn.execute(select(server_events).where(server_events.c.event_id != 0))
            return [(r.guild_id, r.meet_id, r.event_id, r.signature) for r in rows]
