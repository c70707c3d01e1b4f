"""/about declared: no options."""

from __future__ import annotations

from bot.answers.common import Reply
from bot.features.about.answer import about
from bot.registry import Context, command


@command("about", "What the bot knows and where it comes from")
def about_bot(ctx: Context) -> Reply:
    """/about: what the bot knows."""
    return about(ctx.store, ctx.issues_url, now=ctx.now)
