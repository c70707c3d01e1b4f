"""How /ask reads a question as /about: its cues, its builder and its label."""

from __future__ import annotations

from collections.abc import Mapping

from bot.ask.asking import asks, chatter, states
from bot.ask.parts import Parts, Scores
from bot.ask.replies import Reading
from bot.facts.store import FactStore
from bot.phrases import Phrase
from bot.registry import Understanding

CUES = (
    # (what it knows of someone named asks for his profile: "what do you know about nader")
    (
        r"\b(what do you know(?! (about|on) _)|what can you do|what can i ask|what do you do|"
        r"help|hjelp)\b",
        3.0,
    ),
    (r"\b(who are you|what are you|who made you|about you|your sources|sources)\b", 3.0),
    (r"\b(where do (you|your facts) (get|come)|how up to date|how current|facts as of)\b", 3.0),
    (r"\bhva kan\b|\bhva vet\b(?! (du|dere) (om|på) _)|\bhvor oppdatert\b|\bup to date\b", 3.0),
    # how fresh the bot's facts are: "kor ny e dataen din", "hvor ferske er tallene dine"
    (
        r"\bhvor (ny|nye|fersk|ferske|oppdatert|oppdaterte) er\b|"
        r"\b(dataen|dataene|databasen|infoen|tallene|kildene) (din|dine|di|til botten)\b|"
        # what the bot can answer: "hva denne boten kan svare på", "ka kan du"
        r"\b(denne boten|boten din|kan (du )?svare (på|at)|hva du kan)\b",
        3.0,
    ),
    # the bot named, by what it is or who runs it ("botten" in Trøndelag and Vestland), and
    # what it can do or knows ("ka kan boten fortelle om jakob" tells of someone: a profile):
    # "kan du si hva botten faktisk kan gjøre", "what can this
    # thing actually do", "hva er vitsen med botten", "show me the about page"
    (
        r"\b(about|info|help|hjelp|om) (page|section|screen|command|side|sida|siden|kommando\w*)\b|"
        r"\b(hva|what|which) (\w+ ){0,2}(botten|boten|bot'n|roboten|bot|this thing|denne tingen|"
        r"you|u|du|dere|dokker|dykk|it|den) (\w+ ){0,2}(kan|can|could|klarer|vet|veit|know|knows|"
        r"gjøre|gjør|do|does|svare|answer|for)\b(?! (about|on|om|på) _)|"
        r"\b(botten|boten|bot'n|roboten) (sin|sine|si|sitt|din|di|dine)\b|\b(vitsen|poenget|"
        r"the point) (med|of|with) (botten|boten|bot'n|this bot|the bot|this thing|deg|you)\b|"
        r"\b(who|hvem|kem) (runs|made|built|owns|maintains|is behind|står bak|driver|driv|lagde|"
        r"laget|lagte|eier) (this|the|denne|botten|boten|the bot|this bot|deg|you|u)\b|"
        r"\b(dere|you|you guys|y'all|folk) (som|who|that) (driver|driv|lagde|laget|run|made|"
        r"built|own|maintain) (botten|boten|bot'n|the bot|this bot|this|den|denne)\b",
        3.0,
    ),
    # how far the bot's facts reach: "kor langt fram e dataen oppdatert", "til når er dataene
    # oppdatert", "what date is the data updated to", "how far does your data go"
    (
        r"\b(data|dataen|dataene|dataa|databasen|infoen|info|tallene|kildene|statistikken|"
        r"stats|facts|store|storen|lageret) (\w+ ){0,2}(oppdatert|oppdaterte|updated|current)\b|"
        r"\b(oppdatert|updated|current|up to date) (til|fram til|frem til|until|till|through|"
        r"up to|to) (når|when|what date|which date|hvilken dato|kva dato|hva dato)\b|"
        r"\b(hvor|how) (langt|far) (fram|frem|up|along)\b|\bhow far (does|do) (the|your|ur) "
        r"(data|info|facts|store|database) go\b|"
        r"\blast update\b|\bsiste oppdatering\b",
        3.0,
    ),
    (r"\breport (a|an) (mistake|error|bug)\b|\b(meld|rapporter) (en )?feil\b", 3.0),
    (r"\bwhat (can|do) (u|you|it)\b|\b(this|the|ur|your) bot\b|\bcommands\b", 3.0),
    (r"\bhow do i use\b|\bwhat years\b|\bdata come from\b|\bcover\b", 3.0),
    (r"\b(henter du|database|how recent|kilder|kildene|where do you get)\b", 3.0),
    # where the facts come from: "what's your data source", "source of ur info", "datakilde"
    (
        r"\b(data|info|information|fact|facts) ?sources?\b|\bsources? (of|for) (your|ur|the "
        r"bot'?s?) (data|info|facts|numbers)\b|\bdatakild\w*",
        3.0,
    ),
    # how current the store is: "data cutoff?", "when were you last updated", "how old is
    # your info", "sist oppdatert?", "kor gamle er dataa", "knowledge cutoff"
    (
        r"\b(cut ?off|cut-off|last updated?|updated when|when (were|was) (you|u|it|this|the "
        r"data|your data) (last )?updated|how (old|fresh|stale|new) (is|are) (the|your|ur|this) "
        r"(data|info|facts|database|store|numbers|stats)|(data|info|facts) (from|as of|up to|"
        r"until|through) when|as of when|sist oppdatert|oppdatert når|når (ble|var) (du|den|"
        r"dataen|databasen) (sist )?oppdatert|hvor (gammel|gamle|ferske?) er (dataen|dataene|"
        r"infoen|tallene|databasen)|ka(nskje)? gamle|data(en|ene|a)? (fra|til) når)\b",
        3.0,
    ),
)
NOTHING_NAMED = 0.5
SOMETHING_NAMED = -1.0  # a name or a year is a question about it, not about the bot
# a remark about the bot that asks nothing ("this bot is mid", "boten er treg", "good bot
# lol"): talk, not a request to see what it knows; offered at most as an alternative
SAID_OF_IT = -1.5


def build(parts: Parts, scores: Scores) -> Reading | None:
    """Always a reading; a likely one only when nothing is named and something is asked."""
    # (only when the wording names the bot: the remark tests are kept from other questions)
    said = scores.get("about", 0.0) > 0 and not asks(parts.question)
    if said and (states(parts.question) or chatter(parts.question)):
        return parts.reading("about", {}, SAID_OF_IT)
    empty = not (parts.athletes or parts.slots.meets or parts.slots.years)
    return parts.reading("about", {}, NOTHING_NAMED if empty else SOMETHING_NAMED)


def label(store: FactStore, options: Mapping[str, str]) -> list[str | Phrase]:
    """Shown as: "/about"."""
    del store, options
    return []


READING = Understanding(cues=CUES, build=build, label=label, example="what do you know?")
