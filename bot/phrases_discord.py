"""The phrases of what works only in Discord: server events, following, reports of mistakes.

Part of the one catalog of :mod:`bot.phrases` (which merges them into ``EN``), kept apart so
that each module stays readable; the same rules hold (static keys, ``str.format`` fields).
"""

from __future__ import annotations

DISCORD: dict[str, str] = {
    # server events: "Add to server events" on an upcoming meet
    "events.button": "Add to server events",
    "events.guild_only": "Server events exist only in a server.",
    "events.user_needs": "You need the **Manage Events** permission to add server events.",
    "events.bot_needs": (
        "I need the **Manage Events** permission in this server to add the event. "
        "A server admin can grant it to my role (Server Settings → Roles)."
    ),
    "events.not_on": "That meet is not on: it has no date or is not held.",
    "events.started": "**{meet}** has already started.",
    "events.busy": "**{meet}** is being added by someone else.",
    "events.added": "**{meet}** is in this server's events: {url}",
    "events.main_final": "Main final: {event} {day} {time} local time ({zone}).",
    "events.time_source": "Time: {source}",
    # following: /follow, /following, /unfollow, /remind, /forget-me, posts and events
    "follow.before.15m": "15 minutes",
    "follow.before.1h": "1 hour",
    "follow.before.1d": "1 day",
    "follow.before.minutes": "{minutes} minutes",
    "follow.source": "Source: {source}",
    "follow.every_meet_of": "every meet of {name}",
    "follow.gone": "{name} (no longer in the fact store: no more reminders)",
    "follow.gone.notice": (
        "📭 **{name}** is no longer in the fact store: this channel gets no more reminders for it."
    ),
    "follow.reminder.starts": "⏰ **{meet}** starts {ahead} — {day}.",
    "follow.reminder.final": "⏰ **{meet}** — {label} {countdown} ({when}).",
    "follow.reminder.entered": "{name} is entered.",
    "follow.results": "🏁 Results are in: **{meet}**.",
    "follow.results.athlete": "🏁 Results are in: **{meet}** — {name}'s race.",
    "follow.line": "`#{id}` {target} → {channel}, {before} before{role}",
    "follow.line.role": ", pinging {role}",
    "follow.done": "Following {target} in {channel}: a reminder {before} before{role}.",
    "follow.done.meet": "• {meet} — {label} {when}",
    "follow.label.first_day": "first day",
    "follow.label.final": "{event} final",
    "follow.done.none_yet": "No meet ahead lists him yet; meets added later are followed too.",
    "follow.none": "This server follows nothing yet: see /follow.",
    "follow.unknown": "This server has no follow #{id}: see /following.",
    "follow.stopped": "Stopped following {target} in {channel}.",
    "follow.text_channel": "Pick a text channel for the reminders.",
    "follow.needs_send": "I need the **Send Messages** permission in {channel}.",
    "follow.no_everyone": "I never ping @everyone: pick a role, or none.",
    "follow.nothing_ahead": (
        "That meet has nothing ahead to remind of (finished, not held, or no date yet)."
    ),
    "follow.duplicate": "That channel already follows it.",
    "follow.limit": "This server already has {limit} follows, the most allowed.",
    "remind.done": (
        "I'll DM you {before} before **{meet}** ({label}: {when}). /forget-me deletes it."
    ),
    "remind.nothing_ahead": "That meet has nothing ahead to remind of at that lead time.",
    "remind.duplicate": "You already have a reminder for that meet.",
    "remind.withdrawn": (
        "Your reminder for **{meet}** is off: the meet is cancelled, postponed or no longer "
        "in the fact store."
    ),
    "remind.limit": "You already have {limit} reminders, the most allowed.",
    "forget.done": (
        "Done: {reminders} deleted, {reports} deleted, and your name removed from any follow "
        "you set up. Nothing else about you is stored."
    ),
    # reports of mistakes: /report, "Report a mistake", the staff channel, the DM on closing
    "report.button": "Report a mistake",
    "report.title": "Report a mistake",
    "report.what": "What is wrong?",
    "report.what.hint": "What the answer says, and what is right instead",
    "report.link": "A link that shows it (optional)",
    "report.receipt": (
        "Thanks: your report is number **#{number}** (“{excerpt}”). A curator reads every "
        "report; when it is closed I'll tell you by DM, where Discord allows it. "
        "/forget-me deletes it."
    ),
    "report.limit": (
        "You have sent {limit} reports today, the most allowed: you can send more {countdown}."
    ),
    "report.empty": (
        "Nothing is left of your report without its control characters: say what is wrong."
    ),
    "report.too_long": (
        "Your report is {length} characters long; at most {limit} fit. Nothing was saved."
    ),
    "report.bad_link": (
        "The link must be a web address (https://…). Nothing was saved: send it again without it "
        "or with a working link."
    ),
    "report.link_too_long": "The link is longer than {limit} characters. Nothing was saved.",
    "report.staff.title": "Report #{number}",
    "report.staff.from": "From",
    "report.staff.on": "On the answer",
    "report.staff.link": "Link",
    "report.staff.store": "store {version} · facts as of {day}",
    "report.closed": "Your report #{number} (“{excerpt}”) has been closed by a curator.",
    "report.closed.note": (
        "Your report #{number} (“{excerpt}”) has been closed by a curator: {note}"
    ),
}
