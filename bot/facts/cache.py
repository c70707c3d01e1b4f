"""A cache of the validated store as JSON, keyed by the knowledge files' contents.

Parsing YAML dominates start-up (PyYAML builds Python objects one node at a time: about 40 s
for a store 100x the shipped one). The cache holds the store as JSON, which pydantic validates
in Rust; any change to any knowledge file changes the key, so a stale cache is never used.

The cache file is not trusted: its first line names the key it was made for and a digest of
the store that follows, and both are checked before the store is read. A cache edited by hand,
cut short, copied from another checkout or replaced by a FIFO is ignored (one log line) and
the YAML is read instead.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pydantic
from pydantic import TypeAdapter, ValidationError

from bot.facts import models
from bot.facts.safe_read import FileRefused, read_regular

log = logging.getLogger(__name__)

FORMAT = "3"  # bump when the cache's layout changes


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/rivalry-bot`` (``~/.cache/rivalry-bot`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "rivalry-bot"


def fingerprint(files: Mapping[str, object]) -> str | None:
    """A digest of every knowledge file's bytes, or None when one could not be read.

    The record definitions and the pydantic version are part of the key: a new validation
    rule must see the files again, not a cache that older rules accepted.
    """
    digest = hashlib.blake2b(FORMAT.encode(), digest_size=20)
    digest.update(pydantic.VERSION.encode() + b"\0" + Path(models.__file__).read_bytes())
    for name, data in files.items():
        if not isinstance(data, bytes | bytearray):
            return None
        digest.update(name.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()


def _path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"store-{key}.json"


def _digest(key: str, blob: bytes | memoryview) -> str:
    digest = hashlib.blake2b(key.encode() + b"\0", digest_size=32)
    digest.update(blob)
    return digest.hexdigest()


def _header(key: str, blob: bytes | memoryview) -> bytes:
    return json.dumps({"format": FORMAT, "key": key, "digest": _digest(key, blob)}).encode()


def read(cache_dir: Path, key: str, adapter: TypeAdapter[Any], limit: int) -> Any | None:
    """The cached store for ``key`` validated by ``adapter``, or None on any miss or mismatch.

    Only a regular file of at most ``limit`` bytes whose header names ``key`` and the digest
    of what follows is read; anything else is logged once and ignored.
    """
    path = _path(cache_dir, key)
    if not os.path.lexists(path):
        return None
    try:
        raw = read_regular(path, limit)
    except FileRefused as refused:
        log.warning("ignoring the store cache at %s: %s", path, refused)
        return None
    end = raw.find(b"\n")
    with memoryview(raw) as view:
        genuine = end > 0 and bytes(view[:end]) == _header(key, view[end + 1 :])
    if not genuine:
        log.warning("ignoring the store cache at %s: not the store it claims to be", path)
        return None
    del raw[: end + 1]  # the header; cutting the front of a bytearray copies nothing
    try:
        return adapter.validate_json(raw)
    except (ValidationError, ValueError):
        log.warning("ignoring an unreadable store cache at %s", path)
        return None


def write(cache_dir: Path, key: str, blob: bytes) -> None:
    """Save the encoded store under ``key``; a cache that cannot be written is only logged."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for old in cache_dir.glob("store-*.json"):
            old.unlink(missing_ok=True)
        temporary = _path(cache_dir, key).with_suffix(".tmp")
        with temporary.open("wb") as handle:
            handle.write(_header(key, blob) + b"\n")
            handle.write(blob)
        temporary.replace(_path(cache_dir, key))
    except OSError as error:
        log.info("store cache not written (%s)", error)
