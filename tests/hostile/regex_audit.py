"""Every regular expression the package compiles, tried on long runs of each character class: the growth of each
(pattern, run, method) from a short run to one ten times longer; a linear pattern grows about tenfold, a
quadratic one a hundredfold. Run as a script (it re-imports the package to see every pattern compiled):

    .venv/bin/python tests/hostile/regex_audit.py [SHORT_RUN]

prints one line per pattern and run that grows more than thirtyfold, then `N patterns, M slow`; exit 1 if any.
tests/hostile/test_regex_audit.py runs it in `make test`."""

from __future__ import annotations

import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

UNITS = {"word": "x", "digits": "8", "dots": ".", "dashes": "-", "at": "@", "quote-marks": ">", "spaces": " ",
         "double-quotes": '"', "apostrophes": "'", "curly": "’", "equals": "=", "newlines": "\n", "stars": "*",
         "lt": "<", "amp": "&", "parentheses": "(", "slashes": "/", "colons": ":", "accents": "é", "cjk": "中",
         "tabs": "\t", "pipes": "|", "underscores": "_", "commas": ",", "hash": "#",
         "word-at": "a@", "word-dot": "a.", "quoted-lines": "> ", "words": "a ", "digit-dash": "8-",
         "digit-space": "8 ", "word-lines": "a\n", "name-words": "my name ", "at-words": "a at ",
         "header-words": "From: a ", "entity": "&amp;", "url": "http://a", "caps": "A ", "dash-lines": "-\n"}
# Every match in turn is the costliest use (it includes a search); `match` is timed only where that grows, since
# a pattern only ever anchored at the start of a line needs only `match` to be linear.
METHODS: dict[str, Callable[[re.Pattern[str], str], object]] = {
    "finditer": lambda pattern, text: sum(1 for _ in pattern.finditer(text)),
    "match": lambda pattern, text: pattern.match(text),
}
PACKAGE = str(Path(__file__).resolve().parents[2] / "src" / "statement_collector")


def collect() -> list[re.Pattern[str]]:
    """Every str pattern compiled by the package's own code, after importing it and running it over sample mail
    (patterns built lazily from language data are compiled on first use)."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    original = re._compile  # type: ignore[attr-defined]

    def recording(pattern: object, flags: int) -> re.Pattern[str]:
        compiled: re.Pattern[str] = original(pattern, flags)
        caller = sys._getframe(1)
        while caller is not None and caller.f_code.co_filename == re.__file__:
            caller = caller.f_back  # type: ignore[assignment]
        if caller is not None and caller.f_code.co_filename.startswith(PACKAGE) and isinstance(compiled.pattern,
                                                                                                str):
            found[(compiled.pattern, compiled.flags)] = compiled
        return compiled

    re._compile = recording  # type: ignore[attr-defined]
    try:
        for name in [m for m in sys.modules if m.startswith("statement_collector")]:
            del sys.modules[name]
        _exercise()
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return list(found.values())


def _exercise() -> None:
    import importlib
    import pkgutil

    import statement_collector
    from statement_collector.config import Settings
    from statement_collector.models import RawMessage
    from statement_collector.pipeline import process

    for module in pkgutil.walk_packages(statement_collector.__path__, "statement_collector."):
        if not module.name.endswith(("pdf", "render", "cli", "__main__")):
            importlib.import_module(module.name)
    samples = Path(__file__).resolve().parents[1] / "fixtures"
    from statement_collector.campaign import CampaignText

    campaign = CampaignText("Dear friends,\n\nReply with a statement.\n\nHere is a sample statement you can use:\n\n"
                            "I support the bill.", "file")
    for path in sorted(samples.rglob("*.eml"))[:400]:
        process(RawMessage(data=path.read_bytes(), origin=str(path)), Settings(), campaign)


@dataclass(frozen=True)
class Growth:
    pattern: re.Pattern[str]
    unit: str
    method: str
    small: float
    large: float

    @property
    def ratio(self) -> float:
        return self.large / max(self.small, FLOOR)

    def line(self) -> str:
        return (f"{self.ratio:7.1f}x  {self.small * 1e3:8.2f} ms -> {self.large * 1e3:9.2f} ms  {self.method:7} "
                f"{self.unit!r:14} {self.pattern.pattern[:90]!r}")


FLOOR = 2e-4


LIMIT = 0.5


class _TooSlow(Exception):
    pass


def _stop(signum: int, frame: object) -> None:
    raise _TooSlow


def seconds(pattern: re.Pattern[str], method: str, text: str, repeat: int = 2) -> float:
    """Best of `repeat` CPU times of this process (other processes on a busy machine do not count); infinity past
    `LIMIT` seconds of wall time (the regex engine checks for signals)."""
    best = float("inf")
    previous = signal.signal(signal.SIGALRM, _stop)
    try:
        for _ in range(repeat):
            start = time.process_time()
            signal.setitimer(signal.ITIMER_REAL, LIMIT)
            try:
                METHODS[method](pattern, text)
            except _TooSlow:
                return float("inf")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            best = min(best, time.process_time() - start)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return best


def growth(patterns: list[re.Pattern[str]], small: int, factor: int = 10) -> Iterator[Growth]:
    """Each (pattern, run, method), timed at `small` characters and `factor` times that; a large ratio is
    re-timed before it is reported, so a busy moment is not mistaken for a slow pattern."""
    for pattern in patterns:
        for name, unit in UNITS.items():
            short, long = unit * (small // len(unit)), unit * (factor * small // len(unit))
            for method in METHODS:
                result = _timed(pattern, name, method, short, long, 1)
                if result.ratio > 3 * factor:  # again, best of three: a busy moment is not a slow pattern
                    result = _timed(pattern, name, method, short, long, 3)
                yield result
                if result.ratio <= 3 * factor:
                    break


def _timed(pattern: re.Pattern[str], unit: str, method: str, short: str, long: str, repeat: int) -> Growth:
    return Growth(pattern, unit, method, seconds(pattern, method, short, repeat),
                  seconds(pattern, method, long, repeat))


def main() -> int:
    small = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    patterns = collect()
    slow = [result for result in growth(patterns, small) if result.ratio > 30]
    for result in slow:
        print(result.line())
    print(f"{len(patterns)} patterns, {len(slow)} slow")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
