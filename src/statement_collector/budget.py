"""A time budget for reading one message: past it, the work stops and the message goes to a person.

Every pattern on mail text is linear, so real mail never comes near the budget; it is the last line of defence
against a shape nobody thought of. The regular expression engine checks for signals while it matches, so an
interval timer stops a slow match too. Signals reach only the main thread: elsewhere the budget is not enforced.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class OverBudget(Exception):
    """Reading one message took longer than its budget."""


def _expire(signum: int, frame: FrameType | None) -> None:
    raise OverBudget


@contextmanager
def limit(seconds: float) -> Iterator[None]:
    """Raise `OverBudget` inside the block once `seconds` of wall time have passed."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
