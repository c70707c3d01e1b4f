"""``add source``: a page facts will cite, dated; a URL already in the store is refused."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from bot.curate import yaml_text
from bot.curate.names import slug
from bot.curate.stage import Change, ChangeRefused
from bot.curate.text import check_text
from bot.facts.models import Source, validate_record
from bot.facts.store import FactStore

_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class SourceRequest:
    """Everything ``add source`` is given."""

    url: str
    publisher: str
    published: str
    derived: bool = False
    title: str | None = None
    note: str | None = None
    id: str | None = None


def same_page(url: str) -> str:
    """A URL's page, for comparing: scheme and host in lower case, no fragment, no end slash."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", parts.netloc.lower().removeprefix("www."), path, parts.query, ""))


def add_source(request: SourceRequest, store: FactStore, change: Change, today: dt.date) -> str:
    """Stage the source in ``change``; its id. Raises :class:`ChangeRefused` on bad input."""
    for what, value in (
        ("the URL", request.url),
        ("--publisher", request.publisher),
        ("--title", request.title or ""),
        ("--note", request.note or ""),
    ):
        check_text(value, what=what, limit=2000)
    _new_page(request.url, store)
    if not _PARTIAL.match(request.published):
        raise ChangeRefused(
            f"--published {request.published!r} is not a date such as 2026-06-11 (or 2026-06)"
        )
    if request.published > today.isoformat()[: len(request.published)]:
        raise ChangeRefused(f"--published {request.published} is after today ({today})")
    source_id = request.id or _id(request)
    if source_id in store.sources:
        raise ChangeRefused(
            f"the id {source_id} is taken by {store.sources[source_id].url}: give --id"
        )
    record: dict[str, object] = {
        "id": source_id,
        "url": request.url,
        "publisher": request.publisher,
    }
    record["published"] = request.published
    if request.derived:
        record["published_derived"] = True
    record["title"] = request.title
    if request.note:
        record["note"] = request.note
    try:
        validate_record(Source, record)
    except ValueError as error:
        raise ChangeRefused(
            f"the source is invalid: {str(error).splitlines()[-1].strip()}"
        ) from None
    change.set(
        "sources",
        yaml_text.insert(change.text("sources"), record, lambda r: str(r.get("id")) > source_id),
    )
    return source_id


def _new_page(url: str, store: FactStore) -> None:
    """Refuse what is no web address, and a page the store has already (naming its id)."""
    if not re.match(r"^https?://[^\s/]+", url):
        raise ChangeRefused(f"{url[:80]!r} is not a web address (http:// or https://)")
    page = same_page(url)
    for source in store.sources.values():
        if source.url and same_page(source.url) == page:
            raise ChangeRefused(f"{url} is already in the store as {source.id}")


def _id(request: SourceRequest) -> str:
    """publisher-date-title: "afp-2026-03-21-kerr-outsprints-hocker"."""
    words = slug(request.title or urlsplit(request.url).path.replace("/", " ")).split("-")
    parts = [slug(request.publisher)[:24].strip("-"), request.published, "-".join(words[:5])]
    return "-".join(p for p in parts if p)[:120].strip("-")
