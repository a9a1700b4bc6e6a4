"""Time and peak memory of one call, in process.

Peak memory is the rise of the process's resident high-water mark (VmHWM, reset through
/proc/self/clear_refs) over its resident size before the call, so it counts C allocations (lexbor,
zlib) as well as Python's. Where /proc cannot be reset, tracemalloc's peak is used instead.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
MB = 1 << 20


@dataclass(frozen=True)
class Cost:
    """What one call took: wall-clock seconds and peak extra memory in bytes, and how it was measured."""

    seconds: float
    peak_bytes: int
    method: str

    def __str__(self) -> str:
        return f"{self.seconds:7.2f} s {self.peak_bytes / MB:8.1f} MB ({self.method})"


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise OSError(field)


def _reset_high_water_mark() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _status("VmHWM") <= _status("VmRSS") + 4 * MB
    except OSError:
        return False


def measure(call: Callable[[], T]) -> tuple[T, Cost]:
    """Run `call` once; return its result and its cost."""
    if _reset_high_water_mark():
        before = _status("VmRSS")
        start = time.perf_counter()
        result = call()
        seconds = time.perf_counter() - start
        return result, Cost(seconds, max(0, _status("VmHWM") - before), "rss")
    tracemalloc.start()
    start = time.perf_counter()
    try:
        result = call()
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result, Cost(seconds, peak, "tracemalloc")
