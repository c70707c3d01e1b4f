"""Read a knowledge file's top-level list of records one record at a time.

``yaml.load`` composes the whole document into a node tree first, with two position marks
per scalar: about 45 bytes of tree per byte of YAML (770 MB for the 17 MB races file of a
store 100x the shipped one). Here each record's tree is composed, constructed and dropped
before the next, so memory stays near the size of the records; it is also faster. Events
still come from libyaml, and values are constructed exactly as the safe loader does.

Aliases (``*name``, and ``<<: *name`` merges) are refused: a knowledge file has no use for
them, and a few lines of nested aliases (a "billion laughs") expand into gigabytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)


class _NoAliases(Composer):
    """PyYAML's composer, refusing every alias before it can be expanded."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose the next node, unless it is an alias."""
        if self.check_event(AliasEvent):  # type: ignore[attr-defined]
            event = self.peek_event()  # type: ignore[attr-defined]
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in knowledge files", event.start_mark
            )
        return super().compose_node(parent, index)


if hasattr(yaml, "CSafeLoader"):

    class _RecordLoader(_NoAliases, yaml.CSafeLoader):  # type: ignore[misc]
        """libyaml's events, composed one node at a time by PyYAML's own composer."""

        def __init__(self, stream: str) -> None:
            yaml.CSafeLoader.__init__(self, stream)
            Composer.__init__(self)

else:  # PyYAML built without libyaml: the pure-Python loader composes the same way

    class _RecordLoader(_NoAliases, yaml.SafeLoader):  # type: ignore[no-redef]
        """The pure-Python safe loader."""


class EmptyDocument(Exception):
    """The file holds no document, or only a null."""


class NotAList(Exception):
    """The document's top level is not a list."""


def iter_records(text: str) -> Iterator[Any]:
    """Yield each item of the document's top-level list, as ``yaml.safe_load`` would build it.

    Raises ``yaml.YAMLError`` (with its position) for invalid YAML, :class:`EmptyDocument`
    and :class:`NotAList` for a document of the wrong shape.
    """
    loader = _RecordLoader(text)
    try:
        loader.get_event()  # stream start
        if loader.check_event(StreamEndEvent):
            raise EmptyDocument
        loader.get_event()  # document start
        if not loader.check_event(SequenceStartEvent):
            # PyYAML's own loader passes None for the top node's parent and index
            top = loader.compose_node(None, None)  # type: ignore[arg-type]
            if loader.construct_document(top) is None:
                raise EmptyDocument
            raise NotAList
        loader.get_event()
        while not loader.check_event(SequenceEndEvent):
            yield loader.construct_document(loader.compose_node(None, None))  # type: ignore[arg-type]
        loader.get_event()  # sequence end
        loader.get_event()  # document end
        if loader.check_event(DocumentStartEvent):
            mark = getattr(loader.get_event(), "start_mark", None)
            raise yaml.composer.ComposerError(
                "expected a single document in the stream", None, "but found another document", mark
            )
    finally:
        loader.dispose()
