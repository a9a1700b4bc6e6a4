"""Benchmark: group 100,000 statements (one per sender, similar texts grouped). Prints figures.

Usage: python bench/group_statements.py [N]
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, datetime

from statement_collector.config import StatementSettings
from statement_collector.dedupe import resolve
from statement_collector.models import Row, Status

WORDS = ("farmworkers housing dignity bill pass vermont dairy families safe homes neighbours support urge "
         "legislators justice workers rights community food milk winter heat water fair wages children school "
         "health respect labor immigrant health care county town state future land farm hands together").split()

FORM_LETTERS = [
    "We urge you to pass the farmworker housing bill. Every worker deserves a safe and dignified home.",
    "As a Vermonter who drinks Vermont milk, I ask you to protect the people who produce it.",
    "Housing is a human right. Please vote yes on the farmworker housing bill this session.",
]


def synthetic(n: int, seed: int = 7) -> list[Row]:
    """n statements: 30% form letters with small edits, 5% repeat senders, the rest unique."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        if rng.random() < 0.3:
            text = rng.choice(FORM_LETTERS)
            if rng.random() < 0.3:
                text = text.replace(".", "!", 1) + rng.choice(["", " Thank you.", " Gracias."])
        else:
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 80))).capitalize() + "."
        sender = f"s{rng.randrange(i + 1) if rng.random() < 0.05 else i}@example.org"
        when = datetime(2026, 11, 24, i % 24, tzinfo=UTC)
        rows.append(Row(id=i + 1, sender=sender, name=f"Supporter {i}", received_at=when, status=Status.ACCEPTED,
                        reason=None, text=text))
    return rows


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rows = synthetic(n)
    start = time.perf_counter()
    results = resolve(rows, StatementSettings())
    elapsed = time.perf_counter() - start
    groups = {r.group for r in results if r.group is not None}
    grouped = sum(1 for r in results if r.group is not None)
    superseded = sum(1 for r in results if r.status is Status.SUPERSEDED)
    print(f"statements: {n}")
    print(f"groups: {len(groups)} holding {grouped} statements; superseded: {superseded}")
    print(f"grouping time: {elapsed:.2f} s (target <= 30 s for 100,000)")


if __name__ == "__main__":
    main()
