"""Every generated hostile input through `process`, in process: time and peak memory per input, and the worst;
then a reply whose body is one long run of each character class the patterns use, at 1 MB, 5 MB and 25 MB of
UTF-8 body (targets: any 1 MB body under 1 s, 25 MB under 10 s), and the worst run at each size.

    .venv/bin/python bench/hostile.py [--light] [--runs-only]

`--light` skips the 50 MB bodies, the 100,000-deep HTML, the zip bomb and the 25 MB runs. Peak memory is the rise
of the resident high-water mark during `process` (see tests/hostile/measure.py).
"""

from __future__ import annotations

import argparse
import gc
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "hostile"))

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from generators import HEAVY, LIGHT, SHAPES  # noqa: E402
from measure import MB, Cost, measure  # noqa: E402
from regex_audit import UNITS  # noqa: E402

from helpers import make_mail  # noqa: E402
from statement_collector.config import Settings  # noqa: E402
from statement_collector.models import RawMessage, Statement  # noqa: E402
from statement_collector.pipeline import process  # noqa: E402


def settings() -> Settings:
    """The test campaign: hostile replies are threaded under it, so they reach extraction."""
    return Settings.model_validate({"campaign": {"message_ids": ["<campaign-1@farmworkers.example>"],
                                                 "own_addresses": ["info@farmworkers.example"]}})


def run(kinds: dict[str, object]) -> int:
    """Process every shape of every kind; print one line each and the worst; return the number of crashes."""
    config = settings()
    worst_time: tuple[Cost, str] | None = None
    worst_memory: tuple[Cost, str] | None = None
    crashes = 0
    print(f"{'input':28} {'size':>9}   {'time':>9} {'peak extra':>11}   outcome")
    for kind in kinds:
        builder = {**LIGHT, **HEAVY}[kind]
        for variant in range(SHAPES[kind]):
            label = f"{kind}#{variant}"
            raw = RawMessage(data=builder(variant), origin=label)
            gc.collect()
            try:
                statement, cost = measure(lambda raw=raw: process(raw, config))  # type: ignore[misc]
            except Exception:
                crashes += 1
                print(f"{label:28} CRASH\n{traceback.format_exc()}")
                continue
            print(f"{label:28} {len(raw.data) / MB:7.2f}MB {cost}   {outcome(statement)}")
            if worst_time is None or cost.seconds > worst_time[0].seconds:
                worst_time = (cost, label)
            if worst_memory is None or cost.peak_bytes > worst_memory[0].peak_bytes:
                worst_memory = (cost, label)
    if worst_time and worst_memory:
        print(f"\nworst time:   {worst_time[0].seconds:.2f} s ({worst_time[1]})")
        print(f"worst memory: {worst_memory[0].peak_bytes / MB:.1f} MB extra ({worst_memory[1]}, "
              f"{worst_memory[0].method})")
    print(f"crashes: {crashes}")
    return crashes


RUN_SIZES = (1_000_000, 5_000_000, 25_000_000)


def runs(sizes: tuple[int, ...]) -> None:
    """Seconds of `process` on one reply whose body is a run of each class, per size; the worst per size."""
    config = settings()
    print(f"\n{'run':16}" + "".join(f"{size // 1_000_000:>9} MB" for size in sizes) + "   outcome")
    worst: dict[int, tuple[float, str]] = {size: (0.0, "") for size in sizes}
    for name, unit in UNITS.items():
        cells, last = [], ""
        for size in sizes:
            run = unit * (size // len(unit.encode()))  # sizes in bytes of UTF-8 body
            raw = RawMessage(data=make_mail(f"I support the workers.\n{run}"), origin=name)
            gc.collect()
            statement, cost = measure(lambda raw=raw: process(raw, config))  # type: ignore[misc]
            cells.append(f"{cost.seconds:10.2f} s")
            worst[size] = max(worst[size], (cost.seconds, name))
            last = outcome(statement)
        print(f"{name:16}" + "".join(cells) + f"   {last[:40]}", flush=True)
    for size, (seconds, name) in worst.items():
        print(f"worst run at {size // 1_000_000} MB: {seconds:.2f} s ({name})")


def outcome(statement: Statement) -> str:
    """status/reason and the first words of the text."""
    reason = statement.reason.value if statement.reason else "-"
    return f"{statement.status.value}/{reason} {statement.text[:40]!r}"


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--light", action="store_true",
                        help="skip the 50 MB, 100,000-deep and zip bomb inputs and the 25 MB runs")
    parser.add_argument("--runs-only", action="store_true", help="only the long runs of each character class")
    args = parser.parse_args()
    kinds: dict[str, object] = dict(LIGHT) if args.light else {**LIGHT, **HEAVY}
    crashes = 0 if args.runs_only else run(kinds)
    runs(RUN_SIZES[:2] if args.light else RUN_SIZES)
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
