"""A cache of the validated store as JSON, keyed by the knowledge files' contents.

Parsing YAML dominates start-up (PyYAML builds Python objects one node at a time: about 40 s
for a store 100x the shipped one). The cache holds the store as JSON, which pydantic validates
in Rust; any change to any knowledge file changes the key, so a stale cache is never used.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pydantic
from pydantic import TypeAdapter, ValidationError

from bot.facts import models

log = logging.getLogger(__name__)

FORMAT = "2"  # bump when the cache's layout changes


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
        if not isinstance(data, bytes):
            return None
        digest.update(name.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()


def _path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"store-{key}.json"


def read(cache_dir: Path, key: str, adapter: TypeAdapter[Any]) -> Any | None:
    """The cached store for ``key`` validated by ``adapter``, or None on any miss or mismatch."""
    path = _path(cache_dir, key)
    try:
        raw = path.read_bytes()
    except OSError:
        return None
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
        temporary.write_bytes(blob)
        temporary.replace(_path(cache_dir, key))
    except OSError as error:
        log.info("store cache not written (%s)", error)
