"""Parse + extract throughput over the reply corpus, in process, on one core.

usage: python bench/extract_speed.py [--corpus DIR] [--rounds N]
The corpus is read into memory first, so only parsing and extraction are timed (target: >= 1000 messages/s).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from statement_collector.extract import extract
from statement_collector.models import RawMessage
from statement_collector.parse import parse

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus"


def load(corpus: Path) -> list[bytes]:
    """Every .eml under the corpus folder, as bytes."""
    return [path.read_bytes() for path in sorted(corpus.glob("*/*.eml"))]


def run(messages: list[bytes], rounds: int) -> float:
    """Messages per second over `rounds` passes of parse + extract."""
    start = time.perf_counter()
    for _ in range(rounds):
        for data in messages:
            reply = parse(RawMessage(data=data))
            extract(reply.text, reply.html)
    return rounds * len(messages) / (time.perf_counter() - start)


def main() -> None:
    """Print the throughput figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    messages = load(args.corpus)
    run(messages, 1)  # warm up imports and regex caches
    rate = run(messages, args.rounds)
    print(f"parse+extract: {rate:,.0f} messages/s ({len(messages)} messages x {args.rounds} rounds)")


if __name__ == "__main__":
    main()
