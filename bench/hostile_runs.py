"""Seconds to process one reply whose body holds a run of one character class: 200,000 characters, and 1,000,000
(the issue's target: any 1 MB body under 1 s); the worst last. Run: .venv/bin/python bench/hostile_runs.py"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


from helpers import make_mail  # noqa: E402
from statement_collector.config import Settings  # noqa: E402
from statement_collector.models import RawMessage  # noqa: E402
from statement_collector.pipeline import process  # noqa: E402

N = 200_000
RUNS = {
    "word": "x" * N, "dots": "a." * (N // 2), "digits": "8" * N, "dashes": "-" * N, "at": "a@" * (N // 2),
    "quotes": "> " * (N // 2), "spaces": "a " * (N // 2), "digit-spaces": "8 " * (N // 2), "accents": "é" * N,
    "apostrophes": "’" * N, "parentheses": "(8" * (N // 2), "at-words": "a at " * (N // 5),
    "name-words": "my name " * (N // 8), "name-lines": "my name\n" * (N // 8), "negations": "don't " * (N // 6),
}


def seconds(body: str) -> float:
    """Wall time of the whole pipeline on one message."""
    raw = RawMessage(data=make_mail(f"I support the workers.\n{body}"))
    start = time.perf_counter()
    process(raw, Settings())
    return time.perf_counter() - start


def main() -> None:
    """One line per run: its name, seconds at 200,000 and at 1,000,000 characters; then the worst."""
    worst = ("", 0.0)
    for name, run in RUNS.items():
        big = seconds(run * 5)
        print(f"{name:<14} {seconds(run):6.2f} s   1 MB: {big:6.2f} s", flush=True)
        worst = max(worst, (name, big), key=lambda pair: pair[1])
    print(f"worst at 1 MB: {worst[0]} {worst[1]:.2f} s")


if __name__ == "__main__":
    main()
