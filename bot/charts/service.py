"""Charts for answers: a bounded cache, and rendering off the event loop.

Which answer gets a chart, its cache key and its drawing are its feature's
(``bot/features/<name>/chart.py``, found through :mod:`bot.registry`).

Rendering runs on one dedicated worker thread. matplotlib's figures are not safe to draw from
several threads at once, and one thread is enough: a chart takes a few hundred milliseconds
and a repeated question is served from the cache. The event loop only awaits the result.
If matplotlib is missing or a drawing fails, the answer goes out without its chart and the
failure is logged once.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import threading
from collections import OrderedDict
from collections.abc import Hashable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from bot.answers.common import Reply
from bot.facts.store import FactStore
from bot.i18n import speaking
from bot.registry import Context, feature_of

log = logging.getLogger(__name__)

MAX_CACHED = 64  # charts are 50-100 KB of PNG: at most a few MB
# how long an uncached chart may hold its answer back: Discord wants a reply within 3 s
WAIT_SECONDS = 1.5


@dataclass(frozen=True)
class Chart:
    """A rendered chart: the PNG, its alt text, and the file name to attach it under."""

    png: bytes
    description: str
    filename: str


def query_key(answer: Reply) -> Hashable | None:
    """The question an answer answers, as a cache key; None for answers without a chart."""
    feature = feature_of(answer)
    if feature is None or feature.chart is None:
        return None
    return feature.chart.question(answer)


def draw_chart(answer: Reply, store: FactStore) -> Chart | None:
    """Draw the chart of ``answer`` now (no cache); None when it has nothing to plot."""
    feature = feature_of(answer)
    if feature is None or feature.chart is None:
        return None
    chart: Chart | None = feature.chart.draw(answer, store)
    return chart


def cache_key(answer: Reply, ctx: Context) -> Hashable | None:
    """The cache key of an answer's chart: (question, store version, races held, language).

    A chart's words (title, labels, alt text) are in the viewer's language: a Norwegian
    member's chart is another picture than an English one's.

    Over one store an answer also depends on the clock: races not yet run at ``now`` (in
    their meet's own calendar) are left out. The races it holds say that exactly, for a few
    microseconds; the day would be wrong for up to 14 hours around a meet's midnight.
    None for kinds of answer without a chart.
    """
    feature = feature_of(answer)
    if feature is None or feature.chart is None:
        return None
    held = feature.chart.held(answer)
    # the language, not the locale: en-GB and en-US viewers share one picture
    language = speaking().locale.language
    return (feature.chart.question(answer), ctx.store.version, held, language)


class Charts:
    """Charts cached by (question, store version, races held, language), ``max_cached`` at most."""

    def __init__(self, max_cached: int = MAX_CACHED, wait_seconds: float = WAIT_SECONDS) -> None:
        self.max_cached = max_cached
        self.wait_seconds = wait_seconds
        self._cache: OrderedDict[Hashable, Chart | None] = OrderedDict()
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._failed = False  # the first failure is logged with its cause, later ones quietly
        self.available = True  # False once matplotlib is found missing: never tried again
        self.renders = 0  # charts actually drawn (not served from the cache)

    def cached(self, answer: Reply, ctx: Context) -> tuple[bool, Chart | None]:
        """(True, chart) when this question was charted over this store on this day before."""
        key = cache_key(answer, ctx)
        if key is None:
            return True, None  # a kind of answer without a chart
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return True, self._cache[key]
        return False, None

    def render(self, answer: Reply, ctx: Context) -> Chart | None:
        """The chart of ``answer`` (cached), or None: no chart for it, or drawing failed."""
        hit, chart = self.cached(answer, ctx)
        if hit or not self.available:
            return chart
        try:
            chart = draw_chart(answer, ctx.store)
        except ImportError as error:
            self.available = False
            log.warning("charts are off: the plotting library is not available (%s)", error)
            return None
        except Exception:
            # a chart is a bonus: never let it cost the answer
            if not self._failed:
                log.exception("drawing a chart failed; answers go out without it")
            self._failed = True
            return None
        self.renders += 1
        key = cache_key(answer, ctx)
        with self._lock:
            self._cache[key] = chart
            while len(self._cache) > self.max_cached:
                self._cache.popitem(last=False)
        return chart

    async def render_async(self, answer: Reply, ctx: Context) -> Chart | None:
        """:meth:`render` on the chart thread; a cached chart comes without leaving the loop."""
        hit, chart = self.cached(answer, ctx)
        if hit or not self.available:
            return chart
        loop = asyncio.get_running_loop()
        # drawn in the asker's context: in their language (bot.i18n.speaking), not the thread's
        asking = contextvars.copy_context()
        return await loop.run_in_executor(self._thread(), asking.run, self.render, answer, ctx)

    async def within(self, answer: Reply, ctx: Context) -> Chart | None:
        """The chart if ready within ``wait_seconds``; else None (it is cached once drawn)."""
        drawing = asyncio.ensure_future(self.render_async(answer, ctx))
        try:
            return await asyncio.wait_for(asyncio.shield(drawing), self.wait_seconds)
        except TimeoutError:
            log.info("chart not ready in %.1f s: the answer goes without it", self.wait_seconds)
            return None

    async def warm_up(self) -> None:
        """Import the plotting library on the chart thread, so the first chart is not slow."""
        if self.available:
            await asyncio.get_running_loop().run_in_executor(self._thread(), self._import)

    def _import(self) -> None:
        try:
            from matplotlib.backends import backend_agg  # noqa: F401
            from matplotlib.font_manager import fontManager  # noqa: F401  (builds the font cache)
        except ImportError as error:
            self.available = False
            log.warning("charts are off: the plotting library is not available (%s)", error)

    def _thread(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="charts")
        return self._executor

    def close(self) -> None:
        """Stop the chart thread (when the bot closes)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
