"""Long runs of one character class go through the whole pipeline: a pattern that backtracks on them would stall
the suite for minutes (timings are in bench/hostile_runs.py, not asserted here)."""

from __future__ import annotations

import pytest

from helpers import make_mail
from statement_collector.config import Settings
from statement_collector.models import RawMessage, Status
from statement_collector.pipeline import process

N = 200_000
RUNS = {
    "word": "x" * N, "dots": "a." * (N // 2), "digits": "8" * N, "dashes": "-" * N, "at": "a@" * (N // 2),
    "quotes": "> " * (N // 2), "spaces": "a " * (N // 2), "digit-spaces": "8 " * (N // 2), "accents": "é" * N,
    "apostrophes": "’" * N, "parentheses": "(8" * (N // 2), "at-words": "a at " * (N // 5),
    "name-words": "my name " * (N // 8), "name-lines": "my name\n" * (N // 8), "negations": "don't " * (N // 6),
}


@pytest.mark.parametrize("run", RUNS.values(), ids=RUNS.keys())
def test_a_long_run_of_one_character_class_is_processed(run: str) -> None:
    raw = RawMessage(data=make_mail(f"I support the workers.\n{run}"))
    statement = process(raw, Settings())
    assert statement.status in (Status.ACCEPTED, Status.REVIEW, Status.REJECTED)
