"""Run blocking work off the event loop in a thread that shutdown does not wait for."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")


async def in_daemon_thread(work: Callable[[], T], name: str = "background") -> T:
    """``work()`` run in a daemon thread; its result (or exception) is awaited.

    ``asyncio.to_thread`` runs in the loop's default executor, whose threads ``asyncio.run``
    and the interpreter both join on exit: a reload parsing the 100x store held SIGTERM for
    10 s. A daemon thread is abandoned at exit instead; cancelling the await leaves the work
    to finish (or be dropped with the process) and its result unused.
    """
    future: Future[T] = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(work())
        except BaseException as error:
            future.set_exception(error)

    threading.Thread(target=run, name=name, daemon=True).start()
    return await asyncio.wrap_future(future)
