"""Answers in the viewer's language: every phrase translated, no answer in two languages."""

from __future__ import annotations

import re
import string

import pytest

from bot.console import answer_line
from bot.i18n import language, speaking_in
from bot.i18n.catalog import read_catalog
from bot.phrases import EN
from bot.render.embeds import render_embeds
from bot.render.text import render_text

from .test_snapshots import CASES

NORWEGIAN = language("no")
# what English writing would leave behind in a Norwegian answer, whatever the phrase
ENGLISH_ORDINAL = re.compile(r"\b\d+(st|nd|rd|th)\b")
ENGLISH_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}\b")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_phrase_has_a_norwegian_translation_with_the_same_fields() -> None:
    catalog = read_catalog("nb")
    assert catalog is not None
    missing, broken = [], []
    for key, english in EN.items():
        entry = catalog.get(english, context=key)
        if entry is None or not entry.string or entry.fuzzy:
            missing.append(key)
        elif fields(entry.string) != fields(english):
            broken.append(key)
    assert not missing, f"no Norwegian in bot/locale/nb/LC_MESSAGES/rivalry.po for {missing}"
    assert not broken, f"Norwegian phrases whose {{fields}} differ from the English: {broken}"


def english_fragments() -> list[str]:
    """Stretches of fixed English wording (two words or more) that Norwegian replaces."""
    out = []
    for key, english in EN.items():
        if NORWEGIAN.text(english, context=key) == english:
            continue
        for literal, *_ in string.Formatter().parse(english):
            words = re.findall(r"[A-Za-z']+", literal)
            if len(words) >= 2 and sum(len(w) for w in words) >= 8:
                out.append(" ".join(words))
    return out


def rendered(answer) -> str:
    """The console text and every page's embed text, as one text."""
    parts = [render_text(answer)]
    for page in render_embeds(answer):
        parts += [page.title or "", page.description or "", page.footer.text or ""]
        parts += [page.author.name or ""] + [f"{f.name}\n{f.value}" for f in page.fields]
    return "\n".join(parts)


def words_of(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text))


def strings_in(value: object) -> list[str]:
    """Every text of an answer's data: names, quotes, notes, summaries (they stay as stored)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings_in(v)]
    return []


def phrases_only(answer, rendered_text: str) -> str:
    """The rendered words without the store's own text, which is not translated."""
    words = f" {words_of(rendered_text)} "
    data = sorted(map(words_of, strings_in(answer.model_dump(mode="json"))), key=len)
    for text in reversed(data):  # longest first, so a name inside a summary goes with it
        if len(text) >= 4:
            words = words.replace(f" {text} ", "  ")
    return words


@pytest.mark.parametrize(("name", "line", "now"), CASES, ids=[c[0] for c in CASES])
def test_no_norwegian_answer_mixes_in_english_wording(ctx, name, line, now) -> None:
    fragments = english_fragments()
    english = words_of(rendered(answer_line(ctx(now), line)))
    assert any(f in english for f in fragments)  # the detector sees English where it is
    with speaking_in(NORWEGIAN):
        answer = answer_line(ctx(now), line)  # the names' notes are worded while answering
        norwegian = phrases_only(answer, rendered(answer))
    left = [f for f in fragments if f in norwegian]
    assert not left, f"English wording in a Norwegian {name} answer: {left}"
    assert not ENGLISH_ORDINAL.search(norwegian), ENGLISH_ORDINAL.search(norwegian)
    assert not ENGLISH_MONTH.search(norwegian), ENGLISH_MONTH.search(norwegian)


def test_dates_numbers_and_ordinals_the_viewers_way(ctx) -> None:
    def h2h_text(tag: str) -> str:
        with speaking_in(language(tag)):
            return render_text(answer_line(ctx(), "/h2h kerr jakob event:mile"))

    assert "Kerr 1st 3:45.34" in h2h_text("en-GB") and "Kerr by 0.26 s" in h2h_text("en-GB")
    assert "25 May 2024 · Prefontaine" in h2h_text("en-GB")
    assert "May 25, 2024 · Prefontaine" in h2h_text("en-US")
    norsk = h2h_text("no")
    assert "25. mai 2024 · Prefontaine" in norsk and "Kerr 1. 3.45,34" in norsk
    assert "Kerr med 0,26 s" in norsk and "Fakta per 31. mars 2026" in norsk


def test_a_reminders_target_is_worded_in_the_readers_language() -> None:
    """Stored as keys ("final:1500m", "first_day"); worded for the reader on reading."""
    from bot.i18n import speaking_in
    from bot.render.follow import target_label

    assert target_label("final:1500m") == "1500m final"
    assert target_label("first_day") == "first day"
    with speaking_in(NORWEGIAN):
        assert target_label("final:1500m") == "1500m-finale"
        assert target_label("first_day") == "første dag"


@pytest.mark.parametrize(
    "line", ["/h2h kerr zzqx", "/h2h jakob samuel", "/h2h kerr jakob event:800m", "/zz"]
)
def test_a_refusal_is_data_worded_only_when_shown(ctx, line: str) -> None:
    english = answer_line(ctx(), line)
    with speaking_in(NORWEGIAN):
        norwegian = answer_line(ctx(), line)
        data = norwegian.model_dump(mode="json", exclude={"message"})
        worded = norwegian.words()  # type: ignore[attr-defined]
    # what was said in Norwegian, read back as data, words itself in English
    again = type(norwegian).model_validate(data)
    assert again.message == english.message != worded  # type: ignore[attr-defined]


def test_phrase_keys_are_static_and_exist() -> None:
    """say() takes a key as written (or from a table of keys), never one built from data."""
    import ast
    from pathlib import Path

    built, unknown, calls = [], [], 0
    for path in (Path(__file__).parent.parent / "bot").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say"):
                continue
            if not node.args:
                continue
            key, calls = node.args[0], calls + 1
            if isinstance(key, ast.JoinedStr | ast.BinOp):
                built.append(f"{path}:{node.lineno}")
            elif isinstance(key, ast.Constant) and key.value not in EN:
                unknown.append(f"{path}:{node.lineno} {key.value}")
    assert calls > 100  # the whole package was read
    assert not built, f"phrase keys built from data: {built}"
    assert not unknown, f"phrase keys not in bot/phrases.py: {unknown}"


@pytest.mark.parametrize(
    "line",
    [
        "/results budapest",  # a note on how the meet was read
        "/h2h kerr ingebrigtsen",  # a note on how the family name was read
        "/ask what did jakob say about kerr",  # a reading's label, and the next ones
        "/ask who won more kerr or jakob finals only in 2019",
        "/ask kerr vs el guerrouj",  # not sure: what was recognised
        "/h2h kerr zzqx",  # a refusal
    ],
)
def test_json_answers_are_the_same_in_every_language(ctx, line: str) -> None:
    """Answers are data: `ask --json` gives the same JSON whoever's language is spoken."""
    english = answer_line(ctx(), line).model_dump_json()
    with speaking_in(NORWEGIAN):
        norwegian = answer_line(ctx(), line).model_dump_json()
        shown = render_text(answer_line(ctx(), line))
    assert norwegian == english
    assert shown != render_text(answer_line(ctx(), line))  # worded in Norwegian when shown
