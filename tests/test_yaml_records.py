"""Reading a file record by record builds exactly what yaml.safe_load builds, or refuses alike."""

from __future__ import annotations

import pytest
import yaml

from bot.facts.yaml_records import EmptyDocument, NotAList, iter_records

from .conftest import KNOWLEDGE

LISTS = {
    "block list": "- id: a\n  n: 1\n- id: b\n  n: 2.5\n",
    "flow list": "[{id: a}, {id: b, on: yes}]",
    "empty list": "[]",
    "types": "- {a: null, b: ~, c: true, d: 2024-08-06, e: '2024-08-06', f: 3:29.38, g: 012}\n",
    "an anchor never used": "- &who {id: a}\n- {id: b}\n",
    "comments and a document marker": "# header\n---\n- id: a # trailing\n...\n",
    "scalars and nesting": "- 1\n- text\n- [1, [2, 3]]\n- {a: {b: [c]}}\n",
    "unicode": "- name: Narve Gilje Nordås\n  quote: “I’m okay with that.”\n",
}


@pytest.mark.parametrize("text", LISTS.values(), ids=list(LISTS))
def test_same_records_as_safe_load(text: str) -> None:
    assert list(iter_records(text)) == yaml.safe_load(text)


@pytest.mark.parametrize("name", sorted(p.name for p in KNOWLEDGE.glob("*.yaml")))
def test_same_records_as_safe_load_for_the_shipped_files(name: str) -> None:
    text = (KNOWLEDGE / name).read_text(encoding="utf-8")
    assert list(iter_records(text)) == yaml.safe_load(text)


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("", EmptyDocument),
        ("# only a comment\n", EmptyDocument),
        ("~\n", EmptyDocument),
        ("---\n", EmptyDocument),
        ("id: a\n", NotAList),
        ("just text\n", NotAList),
        ("- id: [unclosed\n", yaml.YAMLError),
        ("- a\n- b\n---\n- c\n", yaml.YAMLError),
        ("- *nowhere\n", yaml.YAMLError),
        # aliases are refused outright: knowledge has no use for them, bombs are made of them
        ("- &who {id: a}\n- {id: b, same: *who}\n", yaml.YAMLError),
        ("- &base {id: a, x: 1}\n- {<<: *base, id: b}\n", yaml.YAMLError),
        ("- {a: 1}\n  b: 2\n", yaml.YAMLError),
    ],
)
def test_refuses_what_is_not_one_list(text: str, refusal: type[Exception]) -> None:
    with pytest.raises(refusal):
        list(iter_records(text))


def test_an_error_says_where() -> None:
    with pytest.raises(yaml.YAMLError) as caught:
        list(iter_records("- id: a\n- id: b\n- id: [c\n"))
    mark = getattr(caught.value, "problem_mark", None)
    assert mark is not None and mark.line >= 2


def test_without_libyaml_the_pure_python_loader_reads_the_same(monkeypatch) -> None:
    import importlib

    from bot.facts import yaml_records

    monkeypatch.delattr(yaml, "CSafeLoader")
    try:
        pure = importlib.reload(yaml_records)
        assert issubclass(pure._RecordLoader, yaml.SafeLoader)  # the pure-Python one
        text = (KNOWLEDGE / "races.yaml").read_text(encoding="utf-8")
        assert list(pure.iter_records(text)) == yaml.safe_load(text)
        with pytest.raises(pure.NotAList):
            list(pure.iter_records("id: a\n"))
    finally:
        monkeypatch.undo()
        importlib.reload(yaml_records)
