"""The per-user rate of every command and question: one bounded mapping of user -> bucket.

COMMAND_RATE uses per COMMAND_PER seconds per user, counted together for the slash commands,
the follow commands and questions in messages. Times are Discord's: the instant in an
interaction's or a message's id.

Bounded: once per window, every bucket that is full again (its user idle for a whole window,
so it is the same as a new one) is dropped. The mapping holds at most the users seen in the
last two windows, however many came before; a sweep costs one pass per window, not per use.
"""

from __future__ import annotations

from discord.ext import commands

from bot.settings import Settings


class UserCooldowns:
    """Per-user buckets; the rate is read from the settings when a user's bucket starts."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._buckets: dict[int, commands.Cooldown] = {}
        self._swept = float("-inf")  # when full buckets were last dropped

    def take(self, user_id: int, at: float) -> tuple[commands.Cooldown, float | None]:
        """Count one use by ``user_id`` at ``at`` (epoch seconds).

        Returns the user's bucket and, when over the rate, the seconds until the next allowed
        use (None when allowed).
        """
        if at - self._swept >= self._settings.command_per:
            self._sweep(at)
        bucket = self._buckets.get(user_id)
        if bucket is None:
            settings = self._settings
            bucket = self._buckets[user_id] = commands.Cooldown(
                settings.command_rate, settings.command_per
            )
        return bucket, bucket.update_rate_limit(at)

    def _sweep(self, at: float) -> None:
        # a full bucket allows exactly what a new one would: nothing is forgotten
        self._buckets = {
            user: bucket
            for user, bucket in self._buckets.items()
            if bucket.get_tokens(at) < bucket.rate
        }
        self._swept = at

    def __len__(self) -> int:
        """How many users hold a bucket now."""
        return len(self._buckets)
