"""Property tests: random bytes and random mutations of real corpus messages, through parse -> extract -> validate."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from statement_collector.config import Settings
from statement_collector.extract import extract
from statement_collector.models import RawMessage, Statement, Status
from statement_collector.parse import parse
from statement_collector.validate import validate

CORPUS = sorted(Path(__file__).resolve().parent.parent.joinpath("fixtures", "corpus").glob("*/*.eml"))
CONFIG = Settings()
PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def through_the_stages(data: bytes) -> Statement:
    """parse -> extract -> validate, as `process` runs them for a message that passes screening."""
    reply = parse(RawMessage(data=data))
    return validate(reply, extract(reply.text, reply.html), CONFIG)


def assert_sound(statement: Statement) -> None:
    """A status from the allowed set; text and name fit to print."""
    assert statement.status in (Status.ACCEPTED, Status.REVIEW, Status.REJECTED)
    assert isinstance(statement.text, str) and "\x00" not in statement.text
    if statement.name is not None:
        assert not [ch for ch in statement.name if unicodedata.category(ch) == "Cc"], repr(statement.name)


@st.composite
def mutated_corpus_message(draw: st.DrawFn) -> bytes:
    """A real corpus message with byte flips, a truncation, and lines duplicated or deleted."""
    data = bytearray(CORPUS[draw(st.integers(0, len(CORPUS) - 1))].read_bytes())
    for _ in range(draw(st.integers(0, 8))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    lines = bytes(data).split(b"\n")
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        if draw(st.booleans()):
            lines.insert(at, lines[at] * draw(st.integers(1, 3)))
        elif len(lines) > 1:
            del lines[at]
    out = b"\n".join(lines)
    return out[: draw(st.integers(0, len(out)))] if draw(st.booleans()) else out


def test_the_corpus_is_there_to_mutate() -> None:
    assert len(CORPUS) > 100


@PROPERTY
@given(st.binary(max_size=4096))
def test_random_bytes_never_raise_and_give_a_sound_statement(data: bytes) -> None:
    assert_sound(through_the_stages(data))


@PROPERTY
@given(st.binary(max_size=2048))
def test_random_bytes_after_real_headers_never_raise(body: bytes) -> None:
    head = b"From: Ana <ana@example.com>\nSubject: Re: x\nContent-Type: text/html; charset=utf-8\n\n"
    assert_sound(through_the_stages(head + body))


@PROPERTY
@given(mutated_corpus_message())
def test_mutated_corpus_messages_never_raise_and_give_a_sound_statement(data: bytes) -> None:
    assert_sound(through_the_stages(data))


@PROPERTY
@given(st.text(max_size=200))
def test_any_display_name_prints_without_control_characters(name: str) -> None:
    header = name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("\r", " ")
    data = f'From: "{header}" <ana@example.com>\nSubject: Re: x\n\nI support the bill fully.\n'
    assert_sound(through_the_stages(data.encode("utf-8", "surrogatepass")))
