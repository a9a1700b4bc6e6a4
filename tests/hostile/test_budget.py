"""The per-message time budget: past it, a message is stored, held as too-large and anonymous, and the run goes on.

Real mail never reaches the budget (every pattern is linear), so these tests lower it: the budget and the interrupt
are real, only the number of seconds is changed."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from helpers import make_mail
from statement_collector import budget, pipeline
from statement_collector.config import Settings
from statement_collector.models import RawMessage, Reason, Status
from statement_collector.store import Store


def test_the_budget_stops_a_runaway_regular_expression() -> None:
    catastrophic = re.compile(r"(?:a|aa)+$")
    start = time.monotonic()
    with pytest.raises(budget.OverBudget), budget.limit(0.2):
        catastrophic.match("a" * 60 + "b")
    assert time.monotonic() - start < 10


def test_the_budget_leaves_no_timer_behind() -> None:
    with budget.limit(0.05):
        pass
    time.sleep(0.1)  # an armed timer would raise here


def test_a_message_over_its_budget_is_held_as_too_large_with_no_text_and_anonymous(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BUDGET", 0.000_5)
    body = "I support the workers, please keep my name out.\n" + "a line of a long statement\n" * 20_000
    statement = pipeline.process(RawMessage(data=make_mail(body)), Settings())
    assert (statement.status, statement.reason) == (Status.REVIEW, Reason.TOO_LARGE)
    assert statement.text == "" and statement.anonymous
    assert statement.sender == "ana@example.com" and any("not" in note for note in statement.privacy)


def test_the_run_goes_on_after_a_message_over_its_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slow = make_mail("I support the workers.\n" + "a line of a long statement\n" * 20_000, sender="A <a@example.com>")
    quick = make_mail("I support fair housing for the farmworkers.", sender="B <b@example.com>")
    (tmp_path / "1.eml").write_bytes(slow)
    (tmp_path / "2.eml").write_bytes(quick)
    real_limit, real_parse, long_one = budget.limit, pipeline.parse, [False]

    def parse(raw: RawMessage):  # type: ignore[no-untyped-def]
        reply = real_parse(raw)
        long_one[0] = len(reply.text) > 100_000
        return reply

    monkeypatch.setattr(pipeline, "parse", parse)
    monkeypatch.setattr(budget, "limit", lambda seconds: real_limit(0.000_5 if long_one[0] else seconds))
    settings = Settings.model_validate({"storage": {"database": str(tmp_path / "s.db")},
                                        "campaign": {"message_ids": ["<campaign-1@farmworkers.example>"]}})
    with Store(tmp_path / "s.db") as store:
        summary = pipeline.import_paths([tmp_path / "1.eml", tmp_path / "2.eml"], store, settings)
        outcomes = {(s.status, s.reason) for s in store.statements()}
    assert summary.new == 2
    assert (Status.REVIEW, Reason.TOO_LARGE) in outcomes and (Status.ACCEPTED, None) in outcomes


def _long_reply(last_line: str) -> RawMessage:
    filler = "We grow the food and we keep the farms running through every winter.\n" * 20_000
    return RawMessage(data=make_mail(f"I support the workers.\n{filler}{last_line}\n"))


def test_a_request_for_anonymity_past_the_part_extraction_reads_still_counts() -> None:
    statement = pipeline.process(_long_reply("P.S. Please do not use my name."), Settings())
    assert (statement.status, statement.reason) == (Status.REVIEW, Reason.TOO_LARGE)
    assert statement.anonymous and "anonymity" in statement.requests


def test_a_withdrawal_past_the_part_extraction_reads_still_counts() -> None:
    statement = pipeline.process(_long_reply("Please do not use what I sent, I changed my mind."), Settings())
    assert (statement.status, statement.reason) == (Status.REJECTED, Reason.WITHDRAWN)


def test_a_long_reply_without_requests_keeps_its_name() -> None:
    statement = pipeline.process(_long_reply("Thank you for organizing."), Settings())
    assert (statement.status, statement.reason) == (Status.REVIEW, Reason.TOO_LARGE)
    assert not statement.anonymous and statement.name == "Ana Lopez"


def test_a_header_longer_than_any_reader_allows_is_cut_and_the_message_held_anonymous() -> None:
    data = make_mail("I support the workers.").replace(b"From: Ana Lopez", b"From: " + b"Ana " * 100_000)
    statement = pipeline.process(RawMessage(data=data), Settings())
    assert (statement.status, statement.reason) == (Status.REVIEW, Reason.TOO_LARGE)
    assert statement.anonymous and statement.text == "I support the workers."
