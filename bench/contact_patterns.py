"""Seconds `find_contacts` takes on hostile runs of each character class and on 1 MB of realistic text.

    .venv/bin/python bench/contact_patterns.py [--size N]

Every run is N characters (default 200,000). A pattern that rescans a run from each start shows up here as
seconds instead of milliseconds; the aim is well under 0.5 s per run. `fold` (normal.py) is timed apart: it is
shared by every matcher, and on text that is not ASCII it is most of the cost.
"""

from __future__ import annotations

import argparse
import time

from statement_collector.contact import find_contacts
from statement_collector.normal import fold

HOSTILE_UNITS: tuple[str, ...] = (
    "x", "a.", "8", "-", "a@", "> ", "a ", "8 ", "at ", "a at ", ". ", "dot ", "1/", "é", "\n",
    # more of the same kind: every anchor the detectors start from, repeated
    "@", "8.", "88 ", "8-", "(8", "+8 ", "a (at) ", "a@a.", "a@aa.", "a.a@", "x@x.x.", "at a.", "8 a ",
    "1 main ", "1 a a a a ", "calle ", "calle a ", "p.o. box ", "tel ", "\u200b", "&#64;", "a\n", "8\n",
)
REALISTIC = (
    "I have worked on dairy farms in Addison County for eleven years, 60 hours a week, and I am asking the "
    "legislature to pass H.412 before 11/24/2026. About 1,500 workers would be protected and $1,500,000 saved. "
    "Write to me at maria.lopez@gmail.com or victor.szabo AT fastmail DOT fm, call 802-555-0147 or WhatsApp "
    "+502 4455 0143, or come by 27 Cold Spring Lane.\n"
    "Trabajo en la lechería desde hace 10 años. Mi correo es wilfredochom arroba gmail punto com y vivo en "
    "Calle Hidalgo 123, Colonia Centro. Llámame al 802.555.0129 después de las 10:30.\n\n"
)


def hostile(unit: str, size: int) -> str:
    """`unit` repeated to exactly `size` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def seconds(text: str) -> tuple[float, float]:
    """Wall time of one `find_contacts` call, and of the `fold` inside it."""
    start = time.perf_counter()
    fold(text)
    folding = time.perf_counter() - start
    start = time.perf_counter()
    find_contacts(text)
    return time.perf_counter() - start, folding


def main() -> None:
    """Print one line per input and the slowest."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=200_000)
    args = parser.parse_args()
    timings = {repr(unit): seconds(hostile(unit, args.size)) for unit in HOSTILE_UNITS}
    timings["realistic 1 MB"] = seconds(hostile(REALISTIC, 1_000_000))
    print(f"{'input':24} {'total':>9} {'of it fold':>11}")
    for label, (took, folding) in timings.items():
        print(f"{label:24} {took:7.3f} s {folding:9.3f} s")
    worst = max(timings, key=lambda label: timings[label][0])
    print(f"\nslowest: {worst} {timings[worst][0]:.3f} s")


if __name__ == "__main__":
    main()
