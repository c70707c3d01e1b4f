"""``add quote``: words a person said, exactly as printed, proved by the evidence they are in."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from bot.curate import yaml_text
from bot.curate.names import slug
from bot.curate.prompt import Prompter
from bot.curate.stage import Change, ChangeRefused
from bot.curate.text import check_text
from bot.curate.vocab import after_source
from bot.facts.models import Quote, validate_record
from bot.facts.store import FactStore
from bot.resolve import ATHLETE_ROLES, Resolver

_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# only typography differs between a quote as typed and as printed: quotes, dashes, spaces
_TYPOGRAPHY = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "‑": "-",
        "\u00a0": " ",
    }
)


@dataclass
class QuoteRequest:
    """Everything ``add quote`` is given."""

    source: str
    speaker: str
    words: str
    context: str
    evidence: str
    date: str | None = None
    date_basis: str = "said"
    topics: Sequence[str] = ()
    about: Sequence[str] = ()
    medium: str | None = None
    note: str | None = field(default=None)


def typography(text: str) -> str:
    """Text with typographic quotes, dashes and runs of spaces made plain, for comparing."""
    return " ".join(text.translate(_TYPOGRAPHY).split())


def add_quote(
    request: QuoteRequest, store: FactStore, resolver: Resolver, change: Change, prompter: Prompter
) -> str:
    """Stage the quote in ``change``; its id. Raises :class:`ChangeRefused` on bad input."""
    _check_words(request)
    source = store.sources.get(request.source)
    if source is None:
        raise ChangeRefused(
            f"unknown source {request.source!r}: add it first with `python -m bot add source URL`"
        )
    said = request.date or source.published
    if not said or not _PARTIAL.match(said):
        raise ChangeRefused(f"--date {said!r} is not a date such as 2026-06-11 (or 2026-06)")
    if after_source(said, source.published):
        raise ChangeRefused(f"--date {said} is after the source's date ({source.published})")
    speaker = _person(request.speaker, resolver, prompter, "--speaker", roles=None)
    about = [
        _person(name, resolver, prompter, "--about", roles=ATHLETE_ROLES) for name in request.about
    ]
    for quote in store.quotes.values():
        if quote.speaker == speaker and typography(quote.text) == typography(request.words):
            raise ChangeRefused(
                f"{store.people[speaker].name} said that already in the store: {quote.id}"
            )
    surname = slug(store.people[speaker].name).split("-")[-1]
    quote_id = "-".join([surname, said, *slug(request.words).split("-")[:5]])[:120].strip("-")
    if quote_id in store.quotes:
        raise ChangeRefused(f"the id {quote_id} is taken: the store has that quote")
    fields: dict[str, object] = {
        "id": quote_id,
        "speaker": speaker,
        "said_on": said,
        "date_basis": request.date_basis,
        "text": request.words,
        "about": about,
        "topics": list(request.topics),
        "context": request.context,
        "medium": request.medium,
        "source": request.source,
        "evidence": request.evidence,
        "note": request.note,
    }
    record = {k: v for k, v in fields.items() if v not in (None, [])}
    try:
        validate_record(Quote, record)
    except ValueError as error:
        raise ChangeRefused(
            f"the quote is invalid: {str(error).splitlines()[-1].strip()}"
        ) from None
    change.set(
        "quotes",
        yaml_text.insert(
            change.text("quotes"), record, lambda r: str(r.get("said_on") or "") > said
        ),
    )
    return quote_id


def _check_words(request: QuoteRequest) -> None:
    """Refuse control characters, and words that are not in the evidence as printed."""
    for what, value in (
        ("--words", request.words),
        ("--context", request.context),
        ("--note", request.note or ""),
        *(("--topic", t) for t in request.topics),
    ):
        check_text(value, what=what)
    check_text(request.evidence, what="--evidence", limit=300)
    if not request.words.strip():
        raise ChangeRefused("--words is empty")
    if typography(request.words) not in typography(request.evidence):
        raise ChangeRefused(
            "the words are not in the evidence: quote them exactly as printed there"
        )


def _person(
    text: str, resolver: Resolver, prompter: Prompter, flag: str, roles: Collection[str] | None
) -> str:
    found = resolver.athlete(text, roles=roles)
    if found.found and found.id and found.note is None:
        return found.id
    candidates = list(found.candidates) or ([found.id] if found.id else [])
    if candidates:
        options = [
            (c, f"{label} [{c}]")
            for c, label in zip(candidates, resolver.names(candidates), strict=True)
        ]
        chosen = prompter.choose(f"who is {text!r}?", options)
        if chosen:
            return chosen
        raise ChangeRefused(f"{flag} {text!r} could be {', '.join(candidates)}: give the id")
    raise ChangeRefused(
        f"{flag} {text!r} is no one in the store (a speaker needs a record in athletes.yaml)"
    )
