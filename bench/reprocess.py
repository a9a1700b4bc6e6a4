"""Benchmark: `reprocess` of N stored messages, each size in its own process: seconds, messages/s, the resident
memory while messages are re-read (bounded: the store streams raw messages a batch at a time) and the process's
peak, which includes the refresh over all statements at the end (dedupe needs every statement's row: it grows with
the number of statements, not with the mail's size).

Usage: .venv/bin/python bench/reprocess.py [N ...]   (default: 10000 100000)
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from helpers import CAMPAIGN_ID, make_mail  # noqa: E402
from statement_collector.config import Settings  # noqa: E402
from statement_collector.models import RawMessage  # noqa: E402
from statement_collector.pipeline import process, reprocess  # noqa: E402
from statement_collector.store import Store  # noqa: E402

WORDS = ("farmworkers housing dignity bill pass vermont dairy families safe homes neighbours support urge "
         "legislators justice workers rights community food milk winter heat water fair wages").split()


def fill(store: Store, n: int, settings: Settings) -> None:
    """n stored replies of varied text, from 200 templates processed once each (filling is not what is timed)."""
    rng = random.Random(7)
    templates = []
    for t in range(200):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 120))).capitalize() + "."
        raw = RawMessage(data=make_mail(body, sender=f"S {t} <s{t}@example.org>", message_id="<TEMPLATE>"))
        templates.append((raw.data, process(raw, settings)))
    for i in range(n):
        data, statement = templates[i % len(templates)]
        message_id = f"<r{i}@example.org>"
        raw = RawMessage(data=data.replace(b"<TEMPLATE>", message_id.encode()))
        with store.transaction():
            store.add_message(raw, statement.model_copy(update={"message_id": message_id}))


def one(n: int) -> None:
    """Fill a store with n messages, reprocess it, print the figures."""
    settings = Settings.model_validate({"campaign": {"message_ids": [CAMPAIGN_ID]}})
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "s.db") as store:
        fill(store, n, settings)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        reading = [0]

        def sample(done: int) -> None:
            if done % 1000 == 0:
                reading[0] = max(reading[0], _resident_kb())

        start = time.perf_counter()
        summary = reprocess(store, settings, progress=sample)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{n:>8} messages: {seconds:7.1f} s, {summary.seen / seconds:6.0f} messages/s, resident while re-reading "
          f"{reading[0] / 1024:4.0f} MB, peak with the refresh {peak / 1024:4.0f} MB (before {before / 1024:.0f} MB)",
          flush=True)


def _resident_kb() -> int:
    """This process's resident memory now (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * (resource.getpagesize() // 1024)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    if len(sizes) == 1:
        one(sizes[0])
        return
    for n in sizes:
        subprocess.run([sys.executable, __file__, str(n)], check=True)


if __name__ == "__main__":
    main()
