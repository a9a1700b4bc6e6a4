"""Seconds to process one reply whose body holds a 200,000-character run of one character class (and 400,000, to
show the growth is linear). Run: .venv/bin/python bench/hostile_runs.py"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from helpers import make_mail  # noqa: E402
from statement_collector.config import Settings  # noqa: E402
from statement_collector.models import RawMessage  # noqa: E402
from statement_collector.pipeline import process  # noqa: E402
from test_linear_time import RUNS  # noqa: E402


def seconds(body: str) -> float:
    """Wall time of the whole pipeline on one message."""
    raw = RawMessage(data=make_mail(f"I support the workers.\n{body}"))
    start = time.perf_counter()
    process(raw, Settings())
    return time.perf_counter() - start


def main() -> None:
    """One line per run: its name, seconds at 200,000 and at 400,000 characters."""
    for name, run in RUNS.items():
        print(f"{name:<14} {seconds(run):6.2f} s   x2: {seconds(run * 2):6.2f} s")


if __name__ == "__main__":
    main()
