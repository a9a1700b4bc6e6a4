"""Benchmark: the review queue of `serve` over a store of N statements (a fifth held for review, some with a quoted
campaign mail and a signature): milliseconds to load a page over HTTP from the real server, for the first page, a
page deep in the list, a filter by status and reason, a search, a statement's own page and the overview.

Usage: .venv/bin/python bench/serve_queue.py [N]   (default 10000; target: <= 200 ms a queue page)
"""

from __future__ import annotations

import logging
import random
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from helpers import CAMPAIGN_ID, make_mail  # noqa: E402
from statement_collector.config import load_settings  # noqa: E402
from statement_collector.models import RawMessage  # noqa: E402
from statement_collector.pipeline import process, refresh  # noqa: E402
from statement_collector.store import Store  # noqa: E402
from statement_collector.web.server import review_server  # noqa: E402

logging.getLogger("werkzeug").setLevel(logging.WARNING)

WORDS = ("farmworkers housing dignity bill pass vermont dairy families safe homes neighbours support urge "
         "legislators justice workers rights community food milk winter heat water fair wages").split()
QUOTE = ("\n\nThanks,\nSam\n\nOn Mon, Nov 23, 2026 at 9:14 AM Farmworkers <info@farmworkers.example> wrote:\n"
         + "".join(f"> {line}\n" for line in ["Dear friends,", "", "Reply with a statement of support.", "",
                                              "In solidarity,", "Farmworkers"]))


def fill(store: Store, n: int, config: Path) -> None:
    """n stored replies from 200 templates processed once each; every fifth holds a phone number (review)."""
    settings = load_settings(config)
    rng = random.Random(7)
    templates = []
    for t in range(200):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 120))).capitalize() + "."
        if t % 5 == 0:
            body += f" Call me at 802-555-{1000 + t:04}."
        raw = RawMessage(data=make_mail(body + QUOTE * (t % 2), sender=f"S {t} <s{t}@example.org>",
                                        message_id="<TEMPLATE>"))
        templates.append((raw.data, process(raw, settings)))
    with store.transaction():
        for i in range(n):
            data, statement = templates[i % len(templates)]
            message_id, sender = f"<r{i}@example.org>", f"s{i}@example.org"
            raw = RawMessage(data=data.replace(b"<TEMPLATE>", message_id.encode()))
            store.add_message(raw, statement.model_copy(update={"message_id": message_id, "sender": sender}))
    refresh(store, settings)


def timed(opener: urllib.request.OpenerDirector, url: str, repeat: int = 7) -> list[float]:
    """Milliseconds per load of `url`, after one warm-up load."""
    times = []
    for k in range(repeat + 1):
        start = time.perf_counter()
        with opener.open(url, timeout=60) as response:
            response.read()
            assert response.status == 200, url
        if k:
            times.append((time.perf_counter() - start) * 1000)
    return times


def main(n: int) -> None:
    """Fill a store, serve it, print the load times of each kind of page."""
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config.toml"
        config.write_text(f'[campaign]\nmessage_ids = ["{CAMPAIGN_ID}"]\n[storage]\ndatabase = "s.db"\n')
        start = time.perf_counter()
        with Store(Path(folder) / "s.db") as store:
            fill(store, n, config)
        print(f"filled {n} statements in {time.perf_counter() - start:.1f} s")
        server, url = review_server(load_settings(config), config, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        opener.open(url, timeout=60).read()
        base = url.split("/?token=")[0]
        pages = {"queue, page 1": "/", f"queue, page {n // 20}": f"/?page={n // 20}",
                 "review + contact-details, page 3": "/?status=review&reason=contact-details&page=3",
                 "search 'dignity', page 2": "/?q=dignity&page=2", "one statement": "/s/4321",
                 "overview": "/overview"}
        worst = 0.0
        for label, path in pages.items():
            times = timed(opener, base + path, 3 if label == "overview" else 7)
            if label.startswith(("queue", "review", "search")):
                worst = max(worst, max(times))
            print(f"{label:<36} median {statistics.median(times):6.1f} ms   max {max(times):6.1f} ms")
        print(f"slowest queue page: {worst:.0f} ms (target <= 200 ms)")
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
