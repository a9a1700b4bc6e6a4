"""Work grows linearly with a run of any one character class: ten times the run may cost at most thirty times the
time (a quadratic pattern costs a hundred times). CPU time, best of two, with a floor for tiny figures, so a busy
machine cannot make it flake; absolute times are in bench/hostile_runs.py."""

from __future__ import annotations

import time

import pytest

from helpers import make_mail
from statement_collector.config import Settings
from statement_collector.models import RawMessage
from statement_collector.pipeline import process

UNITS = {"word": "x", "digits": "8", "dots": ".", "dashes": "-", "at": "@", "quote-marks": ">", "spaces": " ",
         "double-quotes": '"', "apostrophes": "’", "equals": "=", "newlines": "\n", "stars": "*", "lt": "<",
         "amp": "&", "parentheses": "(", "slashes": "/", "colons": ":", "accents": "é", "cjk": "中",
         "word-at": "a@", "word-dot": "a.", "quoted-lines": "> ", "words": "a ", "digit-dash": "8-",
         "name-words": "my name "}
SMALL = 5_000
FLOOR = 0.01


def _cpu_seconds(body: str) -> float:
    raw = RawMessage(data=make_mail(f"I support the workers.\n{body}"))
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        process(raw, Settings())
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
def test_ten_times_the_run_costs_less_than_thirty_times_the_time(unit: str) -> None:
    small = _cpu_seconds(unit * (SMALL // len(unit)))
    large = _cpu_seconds(unit * (10 * SMALL // len(unit)))
    assert large < 30 * max(small, FLOOR), (small, large)
