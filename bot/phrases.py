"""Every phrase the bot says, in one catalog: a translation is another catalog with these keys.

Values are ``str.format`` templates with named fields. The renderers never write English
themselves: they look phrases up here (through :func:`say`) and only lay them out (embed fields
and Markdown in Discord, lines in the console).

Translations are gettext catalogs (``bot/locale/<lang>/LC_MESSAGES/rivalry.po``) whose entries
have the key as ``msgctxt`` and the English template as ``msgid``. :func:`say` answers in the
language of whoever is being answered (``bot.i18n.speaking``), in English where a catalog
lacks the phrase.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from bot.i18n import speaking
from bot.phrases_ask import ASK
from bot.phrases_charts import CHARTS
from bot.phrases_counts import COUNTS
from bot.phrases_discord import DISCORD
from bot.phrases_h2h import H2H
from bot.phrases_next import NEXT

EN: dict[str, str] = {
    # shared by every reply
    "notes.heading": "How I read your names",
    "sources.heading": "Sources",
    "sources.more": "…and {count} more",
    "facts_as_of": "Facts as of {day} (the date of the newest source)",
    "facts_as_of.none": "No source in the store is that old: nothing was known yet",
    "page": "page {number}/{count}",
    "button.previous": "Previous",
    "button.next": "Next",
    "button.another": "Another",
    "button.pick": "Pick the one you meant",
    "button.expired": "This answer's buttons have expired: ask again.",
    "button.store_changed": (
        "The facts were updated since this answer: this is from the current store."
    ),
    "did_you_mean.heading": "Did you mean…",
    "did_you_mean": "Did you mean: {names}?",
    "source": "source",
    "note": "Note",
    "note.line": "Note: {note}",
    # dates, places and results
    "medal.1": "gold",
    "medal.2": "silver",
    "medal.3": "bronze",
    "date.unknown": "date unknown",
    "date.not_given": "date not given",
    "place.not_given": "place not given",
    "published": "published {when}",
    "source.label": "{publisher}, {when}",
    "meet.undated": "{year} (dates not announced in the store)",
    "meet.from": "From {day}",
    "undecided": " ({count} undecided)",
    "list.and": " and ",
    "list.both": " & ",
    "ordinal.one": "{n}st",  # CLDR's ordinal categories (Babel's Locale.ordinal_form)
    "ordinal.two": "{n}nd",
    "ordinal.few": "{n}rd",
    "ordinal.other": "{n}th",
    "round.final": "final",
    "round.semi-final": "semi-final",
    "round.heat": "heat",
    "round.numbered": "{round} {n}",
    # /h2h
    "h2h.title": "{athlete} vs {opponent}",
    "h2h.scope.all": "all events",
    "h2h.finals_only": "finals only",
    "h2h.never_met": "They have never met in a race in the store.",
    "h2h.never_met.both": (
        "{athlete} and {opponent} have never met in a race in the store ({scope})."
    ),
    "h2h.latest": "Latest race of {name}",
    "h2h.record": "Record: {tally} in {count} {races}",
    "h2h.races": "{count} {races}",
    "race": "race",
    "races": "races",
    "h2h.finals": "Finals only: {tally}",
    "h2h.first": "First meeting: {day}, {meet}",
    "h2h.first.meet": "First meeting: {meet}",
    "h2h.last": "Last meeting: {day}, {meet}",
    "h2h.last.meet": "Last meeting: {meet}",
    "h2h.first_met": "First met: {meet}, {day}",
    "h2h.first_met.meet": "First met: {meet}",
    "h2h.last_met": "Last met: {meet}, {day}",
    "h2h.last_met.meet": "Last met: {meet}",
    "h2h.meetings": "Meetings, newest first",
    "h2h.meetings.range": "Meetings {start}–{end} of {count}, newest first",
    "h2h.leads": "{name} leads",
    "h2h.level": "Level",
    "h2h.span": "First met {first} · last {last}",
    "meet.short.olympics": "Olympics",
    "meet.short.worlds": "Worlds",
    "meet.short.world_indoors": "W. Indoors",
    "meet.short.euros": "Euros",
    "meet.short.euro_indoors": "Euro Indoors",
    "meet.short.commonwealth": "C'wealth",
    "meet.short.u20_worlds": "U20 Worlds",
    "meet.short.dl_final": "DL Final",
    "h2h.no_result": "no result",
    "h2h.by": "{name} by {margin} s",
    "h2h.ahead": "{name} ahead",
    "h2h.key.neither": "undecided",
    "h2h.same_athlete": "Both names are {name}: pick two different athletes.",
    "h2h.no_year": "{names} have no meeting in {year} in the store.",
    "h2h.no_event": "{names} have no meeting over “{event}” in the store.",
    # /quote
    "quote.context": "Context",
    "quote.position": "Quote {number} of {count} by {speaker}",
    "quote.position.topic": "Quote {number} of {count} by {speaker} about “{topic}”",
    "quote.position.person": "Quote {number} of {count} by {speaker} about {topic}",
    "quote.none": "No quote by {speaker} in the store.",
    "quote.none.topic": "No quote by {speaker} about “{topic}” in the store.",
    "quote.none.person": "No quote by {speaker} about {topic} in the store.",
    "quote.topics": "Topics there are",
    "quote.gone": "The facts were updated since this answer: run /quote again.",
    "state.postponed": "Postponed",
    "state.cancelled": "Cancelled",
    # /results
    "results.none": "No results at {meet} in the store.",
    "results.none.for": "No results for {wanted} at {meet} in the store.",
    "results.pending": "The {race} is on the programme for {day} at {at} ({zone}): not run yet.",
    "results.pending.day": "The {race} is on the programme for {day} ({zone}): not run yet.",
    "results.others": "Other races here",
    "results.pick": "Another race of this meet",
    "results.there": "Races there are",
    "results.notes": "Notes",
    "results.row_note": "{name}: {note}",
    "results.no_event": "No “{event}” race at {meet} in the store.",
    "results.no_round": "“{round}” is not a round.",
    # /athlete
    "profile.born": "Born {day}",
    "profile.latest": "Latest race in the store",
    "profile.best": "Best time in the store (not necessarily a PB)",
    "profile.best.line": "Best time in the store, {event}: {time} ({meet})",
    "profile.rivals": "Head-to-head vs frequent opponents",
    "profile.rivals.h2h": "(each race, with its source: use /h2h)",
    "profile.rival.leads": "{name} leads {score}",
    "profile.rival.level": "level {score}",
    "profile.claim": "{claim} — per {source}; {ours}",
    "profile.claim.dated": "{claim} — as of {when}, per {source}; {ours}",
    "profile.claim.record": "the races in the store: {record}",
    "profile.claim.best": "best in the store: {time}",
    "profile.in_store": "In the store",
    "profile.counts": "{races} · {quotes}",
    "profile.counts.line": "{races} and {quotes} in the store",
    # /timeline
    "timeline.title": "Timeline of {who}",
    "timeline.title.year": "Timeline of {who} in {year}",
    "timeline.rivalry": "the rivalry",
    "timeline.count.order": "{events}, {order}",
    "timeline.newest": "newest first",
    "timeline.oldest": "oldest first",
    "timeline.nothing": "Nothing in the store matches.",
    "timeline.nothing.long": "Nothing in the store's timeline matches.",
    "timeline.kind.injury": "injury",
    "timeline.kind.absence": "out",
    "timeline.kind.record": "record",
    "timeline.kind.off the track": "off the track",
    "timeline.kind.title": "title or medal",
    "timeline.kind.words": "words",
    "timeline.kind.race": "race",
    "timeline.kind.other": "other",
    "invalid.year": "“{text}” is not a year.",
    "invalid.number": "“{text}” is not a number from {low} to {high} for {option}.",
    "invalid.choice": "“{text}” is not a choice for {option}: pick one of {choices}.",
    # /about
    "about.title": "About rivalry-bot",
    "about.rivals.none": "athletics rivalries",
    "about.intro": "rivalry-bot settles arguments about {rivals} from a curated, cited fact store.",
    "about.intro.long": (
        "Settles arguments about {rivals} and the athletes around them from a curated fact "
        "store. Every fact cites a published source; quotes are word for word as printed."
    ),
    "about.holds": (
        "It holds {races} ({results}), {quotes}, {timeline}, {meets} and {athletes}, citing "
        "{sources}."
    ),
    "about.range": "Races from {first} to {last}.",
    "about.range.heading": "Races from",
    "about.range.short": "{first} to {last}",
    "about.cited": "Every fact cites a published source; quotes are word for word as printed.",
    "about.mistake": "Spotted a mistake? Report it: {url}",
    "about.mistake.heading": "Spotted a mistake?",
    "about.mistake.detail": "Report it with the source that shows it: {url}",
    "about.races": "Races",
    "about.races.count": "{races} ({results})",
    "about.quotes": "Quotes",
    "about.timeline": "Timeline",
    "about.meets": "Meets",
    "about.athletes": "Athletes",
    "about.sources": "Sources",
    # reading commands
    "usage": "/{command} needs {missing}: /{command} {usage}",
    "console.unknown": "unknown command /{name}; try: {commands}",
    "console.too_many": "/{name} takes at most {count} values: {options}",
    "console.too_many.one": "/{name} takes one value: {options}",
    "console.no_option": "/{name} has no option {option!r}; options: {options}",
    "console.help": "Commands (the same as the slash commands in Discord):",
    "console.help.end": "Type a command or a question, 'help', or 'quit' (or Ctrl-D) to leave.",
    "console.help.discord": "In Discord only: {commands}.",
    "console.discord_only": (
        "/{name} works only in Discord (it acts on servers, channels or DMs): {description}."
    ),
    # resolving names
    "note.took": "Took '{raw}' as {name} (also: {names}).",
    "note.meets.recent": "'{raw}' matches {meets}; showing the most recent: {name}.",
    "note.meets.next": "'{raw}' matches {meets}; showing the next: {name}.",
    "note.meets.results": (
        "'{raw}' matches {meets}; showing the latest with results in the store: {name}."
    ),
    "note.took.raced": "Took '{raw}' as {name}, who raced {opponent} most.",
    "note.took.rival": "Took '{raw}' as {name}, his rival in this bot.",
    "unknown.athlete": "I don't know an athlete called “{text}”.",
    "unknown.person": "I don't know a person called “{text}”.",
    "unknown.meet": "I don't know a meet called “{text}”.",
    "ambiguous.athlete": "“{text}” could be more than one athlete.",
    "ambiguous.person": "“{text}” could be more than one person.",
    "ambiguous.meet": "“{text}” could be more than one meet.",
    "not_an_athlete": "{name} is not an athlete in the store ({role}): /quote has what they said.",
    "nothing": "(nothing)",
    # Discord errors
    "error.cooldown": ("You're asking faster than I can look things up. Try again {countdown}."),
    "error.check": "You can't use that command here.",
    # /ask, mentions and DMs
    "ask.read_as": "Read as: {label}",
    "ask.also": "Also asked: {label} (not answered here: “Not what I meant” shows it)",
    "ask.not_meant": "Not what I meant",
    "ask.not_sure": "I couldn't read that as a question I can answer from the store.",
    "ask.recognised": "I recognised: {names}.",
    "ask.recognised.unclear": "“{text}” (more than one athlete)",
    "ask.label.typed": "“{text}”",
    "ask.label.vs": "{athlete} vs {opponent}",
    "ask.label.at": "{athlete} at {meet}",
    "ask.label.about": "{speaker} about {about}",
    "ask.label.and": "{athlete} and {opponent}",
    "ask.label.oldest": "oldest first",
    "ask.unplaced": "Words I couldn't place: {words}.",
    "ask.try": "Try asking:",
    "ask.no_more": "That was every reading I have of your question.",
    "ask.fact.coach": "Who coaches {name}, as the sources say:",
    "ask.fact.no_coach": "The store's sources don't say who coaches {name}.",
    "ask.fact.age": "{name} was born on {day}: {age} years old.",
    "ask.fact.older": "{name} is the older of the two.",
    "ask.fact.no_age": "The store doesn't hold {name}'s date of birth, so I can't say how old.",
    "ask.outside.weather": (
        "I don't know the weather: I only hold cited results, quotes and schedules."
    ),
    "ask.outside.odds": (
        "I don't do betting odds: I only hold cited results, quotes and schedules."
    ),
    "ask.outside.live": (
        "I can't follow a race live (no splits, no streams): results reach me only once a "
        "source has printed them."
    ),
    "ask.outside.prediction": (
        "I don't predict races: I can tell you what has happened, with sources, and when the "
        "next race is."
    ),
    "ask.outside.money": (
        "I don't know about tickets or money: I only hold cited results, quotes and schedules."
    ),
    "ask.outside.personal": (
        "I don't hold personal details, training or kit: only cited results, quotes and "
        "schedules (try asking for a profile)."
    ),
    "ask.outside.records": (
        "I don't keep a table of records: only the records the sources credit to an athlete "
        "(ask for a profile, e.g. “jakob's world records”)."
    ),
    "ask.outside.other_events": (
        "I only follow the middle-distance races of this rivalry (800m to 5000m and the mile)."
    ),
    "ask.outside.opinion": (
        "I don't pick teams or favourites: I can tell you what has happened, with sources."
    ),
    "ask.outside.court": (
        "I don't follow court cases as they unfold: only the dated moments my sources record, "
        "in the timeline of the person concerned (ask for their timeline)."
    ),
    "ask.outside.women": (
        "I only follow the men's races of this rivalry: no women's results are in my sources."
    ),
    "error.unexpected": (
        "Sorry, something went wrong on my side while answering. It has been logged."
    ),
    # a number and its noun, counted() picking "one" or "other": bot/phrases_counts.py;
    # /next-race: bot/phrases_next.py; charts: bot/phrases_charts.py; server events and the
    # Discord-only commands (following, reports): bot/phrases_discord.py
    **ASK,
    **NEXT,
    **CHARTS,
    **COUNTS,
    **DISCORD,
    **H2H,
}


class Phrase(BaseModel):
    """A sentence as data, worded only when shown: a static phrase key and its values.

    Values are names, numbers and typed text as they are (the store's words, not the bot's),
    or phrases themselves. Stores, resolvers and answers return these, never sentences, so an
    answer's JSON is the same in every language.
    """

    model_config = ConfigDict(frozen=True)

    key: str
    values: dict[str, str | int | Phrase] = {}


def word(phrase: Phrase | str) -> str:
    """A phrase in the viewer's language (a plain string is data: shown as it is)."""
    if isinstance(phrase, str):
        return phrase
    return say(
        phrase.key, **{k: word(v) if isinstance(v, Phrase) else v for k, v in phrase.values.items()}
    )


def say(key: str, /, **values: object) -> str:
    """The phrase ``key`` in the viewer's language, with ``values`` filled in."""
    lang = speaking()
    template = EN[key] if lang.english else lang.text(EN[key], context=key)
    return template.format(**values)


# the nouns counted in answers, from the catalog's "count.<noun>.one" / ".other" pairs:
# (the phrase for one, for any other number)
COUNTED = {
    key.split(".")[1]: (key, key.removesuffix(".one") + ".other")
    for key in EN
    if key.startswith("count.") and key.endswith(".one")
}


def counted_phrase(count: int, noun: str) -> Phrase:
    """:func:`counted` as data, worded when shown (a value of another phrase)."""
    one, other = COUNTED[noun]
    return Phrase(key=one if count == 1 else other, values={"count": count})


def counted(count: int, noun: str) -> str:
    """A number and its noun in the viewer's language: "1 race", "2 races" (race, quote, ...)."""
    one, other = COUNTED[noun]
    return say(one if count == 1 else other, count=count)
