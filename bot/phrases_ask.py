"""The phrases of /ask's honest short replies to what is no question for the store.

Part of the one catalog of :mod:`bot.phrases` (which merges them into ``EN``), kept apart so
that each module stays readable; the same rules hold (static keys, ``str.format`` fields).
"""

from __future__ import annotations

ASK: dict[str, str] = {
    # a social media account, handle or link
    "ask.outside.social": (
        "I don't keep athletes' social media accounts or links: only cited results, quotes "
        "and schedules."
    ),
    # a long message: only its start, or the sentence that asks, was read
    "ask.cut": "Your message was long: I read only the part that asks (up to {count} characters).",
    # an order to the bot: say, write, pretend, forget its rules
    "ask.outside.instruction": (
        "I don't take orders, write or play a part: I only answer questions from my store of "
        "cited results, quotes and schedules."
    ),
    # sums, general knowledge, other sports, code
    "ask.outside.offtopic": (
        "That's outside what I know: I only hold cited results, quotes and schedules of the "
        "Kerr–Ingebrigtsen rivalry and its middle-distance races."
    ),
    # scorn for the bot itself
    "ask.outside.insult": (
        "I only answer questions about the rivalry from cited sources: try asking who has "
        "won more, Kerr or Ingebrigtsen."
    ),
    # an order to make up a quote or claim, or to repeat or admit one
    "ask.outside.fabrication": (
        "I don't make up or repeat quotes and claims: every quote I show is word for word "
        "from a cited source, and so is every result."
    ),
}
