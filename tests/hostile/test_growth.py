"""Work grows linearly with a run of any one character class: ten times the run (10 KB to 100 KB) may cost at most
thirty times the time (a quadratic pattern costs a hundred times). CPU time, best of two, with a floor for tiny
figures, so a busy machine cannot make it flake; absolute times, up to 25 MB, are in bench/hostile.py."""

from __future__ import annotations

import time

import pytest
from regex_audit import UNITS

from helpers import make_mail
from statement_collector.config import Settings
from statement_collector.models import RawMessage, Reason, Status
from statement_collector.pipeline import process

SMALL = 10_000
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


def test_a_five_megabyte_body_of_every_run_is_read_and_held() -> None:
    body = "\n".join(unit * (5_000_000 // len(UNITS) // len(unit)) for unit in UNITS.values())
    statement = process(RawMessage(data=make_mail(f"I support the workers.\n{body}")), Settings())
    # too large to be a statement; the runs of "my name" read as requests nobody can make sense of: uncertain
    assert (statement.status, statement.reason) == (Status.REVIEW, Reason.UNCERTAIN)
    assert "doubt" in statement.requests
    assert statement.text.startswith("I support the workers.")
