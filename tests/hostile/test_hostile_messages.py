"""Hostile mail: every generated message goes through `process` without an exception, is stored raw, and costs
bounded time and memory. Figures per input: `python bench/hostile.py`."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from generators import CONTROL_NAMES, HEAVY, LIGHT, SHAPES, control_name, deflate_bomb_body, rfc2047_garbage
from measure import MB, Cost, measure

from statement_collector.config import Settings
from statement_collector.models import RawMessage, Reason, Statement, Status
from statement_collector.pipeline import import_paths, process
from statement_collector.store import Store

# Generous sanity bounds, not benchmarks: a laptop must survive any one message.
SECONDS_PER_MESSAGE = 10.0
# The standard library's email parser peaks at about 10x a body that is one 50 MB line (~500 MB measured);
# every other shape stays under 400 MB. See bench/hostile.py for the figures.
EXTRA_MB_PER_MESSAGE = 640
LIGHT_SECONDS, LIGHT_MB = 5.0, 100
HEAVY_VARIANTS = {"50mb-body": (0, 1), "html-100000-deep": (0, 1, 3), "zip-bomb": (0,)}


def settings() -> Settings:
    """The test campaign: hostile replies are threaded under it, so they reach extraction."""
    return Settings.model_validate({"campaign": {"message_ids": ["<campaign-1@farmworkers.example>"],
                                                 "own_addresses": ["info@farmworkers.example"]}})


def assert_sound(statement: Statement) -> None:
    """A statement or a `malformed` rejection, with text and name fit to print."""
    assert statement.status in (Status.ACCEPTED, Status.REVIEW, Status.REJECTED)
    assert statement.status is Status.ACCEPTED or statement.reason is not None
    assert isinstance(statement.text, str) and "\x00" not in statement.text
    assert "\x00" not in statement.sender and "\x00" not in statement.subject
    if statement.name is not None:
        assert not [ch for ch in statement.name if unicodedata.category(ch) == "Cc"], statement.name


def stored_rows(paths: list[Path], tmp_path: Path) -> list[tuple[bytes, str, str | None]]:
    """Import the files into a real store; (raw bytes, status, reason) of every stored message."""
    with Store(tmp_path / "statements.db") as store:
        import_paths(paths, store, settings())
    db = sqlite3.connect(tmp_path / "statements.db")
    try:
        return list(db.execute("SELECT r.data, s.status, s.reason FROM raw_messages r JOIN statements s"
                               " ON s.id = r.id ORDER BY r.id"))
    finally:
        db.close()


LIGHT_CASES = [pytest.param(kind, v, id=f"{kind}#{v}") for kind in LIGHT for v in range(SHAPES[kind])]
HEAVY_CASES = [pytest.param(kind, v, id=f"{kind}#{v}") for kind, vs in HEAVY_VARIANTS.items() for v in vs]


@pytest.fixture(scope="module")
def heavy_inputs() -> Iterator[dict[tuple[str, int], bytes]]:
    """The 50 MB, 100,000-deep and zip bomb messages, built once for the module."""
    built = {(kind, v): HEAVY[kind](v) for kind, vs in HEAVY_VARIANTS.items() for v in vs}
    yield built
    built.clear()


@pytest.mark.parametrize(("kind", "variant"), LIGHT_CASES)
def test_hostile_message_is_processed_without_an_exception_in_bounded_time(kind: str, variant: int) -> None:
    raw = RawMessage(data=LIGHT[kind](variant), origin=f"{kind}#{variant}")
    statement, cost = measure(lambda: process(raw, settings()))
    assert_sound(statement)
    assert cost.seconds < LIGHT_SECONDS, cost
    assert cost.peak_bytes < LIGHT_MB * MB, cost


@pytest.mark.parametrize(("kind", "variant"), HEAVY_CASES)
def test_huge_message_is_processed_within_10_s_and_640_mb(
        kind: str, variant: int, heavy_inputs: dict[tuple[str, int], bytes]) -> None:
    raw = RawMessage(data=heavy_inputs[(kind, variant)], origin=f"{kind}#{variant}")
    statement, cost = measure(lambda: process(raw, settings()))
    assert_sound(statement)
    assert cost.seconds < SECONDS_PER_MESSAGE, cost
    assert cost.peak_bytes < EXTRA_MB_PER_MESSAGE * MB, cost


def test_zip_bomb_attachment_is_never_unzipped(heavy_inputs: dict[tuple[str, int], bytes]) -> None:
    raw = RawMessage(data=heavy_inputs[("zip-bomb", 0)])
    statement, cost = measure(lambda: process(raw, settings()))
    # The archive expands to 1 GiB; reading the mail costs a small multiple of its ~1 MB on the wire.
    assert cost.peak_bytes < 64 * MB, cost
    assert statement.status is Status.ACCEPTED
    assert statement.text.startswith("I support fair housing")


def test_a_body_claiming_gzip_transfer_encoding_is_not_inflated() -> None:
    statement, cost = measure(lambda: process(RawMessage(data=deflate_bomb_body(0)), settings()))
    assert cost.peak_bytes < 32 * MB, cost
    assert len(statement.text) < 100_000


def test_every_light_hostile_message_is_stored_raw_byte_for_byte(tmp_path: Path) -> None:
    files = []
    for n, (kind, variant) in enumerate((k, v) for k in LIGHT for v in range(SHAPES[k])):
        path = tmp_path / "mail" / f"{n:03}-{kind}-{variant}.eml"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(LIGHT[kind](variant))
        files.append(path)
    sent = {path.read_bytes() for path in files}
    rows = stored_rows([tmp_path / "mail"], tmp_path)  # a folder: a lone non-mail file is refused at the door
    assert {data for data, _, _ in rows} == sent
    # `superseded`: one per sender, latest wins, and most of these come from ana@example.com.
    assert {status for _, status, _ in rows} <= {"accepted", "review", "rejected", "superseded"}


def test_huge_messages_are_stored_raw(tmp_path: Path, heavy_inputs: dict[tuple[str, int], bytes]) -> None:
    for (kind, variant), data in heavy_inputs.items():
        (tmp_path / "mail").mkdir(exist_ok=True)
        (tmp_path / "mail" / f"{kind}-{variant}.eml").write_bytes(data)
    rows, cost = measure(lambda: stored_rows([tmp_path / "mail"], tmp_path))
    assert sorted(len(data) for data, _, _ in rows) == sorted(len(d) for d in heavy_inputs.values())
    assert cost.seconds < SECONDS_PER_MESSAGE * len(heavy_inputs), cost


def test_unreadable_bytes_are_stored_and_marked_malformed(tmp_path: Path) -> None:
    noise = tmp_path / "noise.eml"
    noise.write_bytes(b"X-Junk: 1\n\n" + bytes(range(256)) * 64)
    ((data, status, reason),) = stored_rows([noise], tmp_path)
    assert data == noise.read_bytes()
    assert (status, reason) == ("rejected", Reason.MALFORMED.value)


def test_bad_base64_in_the_display_name_still_gives_the_statement() -> None:
    statement = process(RawMessage(data=rfc2047_garbage(0)), settings())
    assert statement.status is Status.ACCEPTED
    assert statement.sender == "ana@example.com"


def test_an_encoded_display_name_cannot_change_the_sender_address() -> None:
    # =?utf-8?B?...?= decoding to `Ana <info@farmworkers.example>`: an encoded word is never an address.
    statement = process(RawMessage(data=rfc2047_garbage(6)), settings())
    assert statement.sender == "ana@example.com"
    assert statement.reason is not Reason.LOOP


def test_nul_bytes_never_reach_the_statement_text() -> None:
    for variant in range(SHAPES["nul-bytes"]):
        statement = process(RawMessage(data=LIGHT["nul-bytes"](variant)), settings())
        assert "\x00" not in statement.text + (statement.name or "") + statement.subject


@pytest.mark.parametrize("variant", range(len(CONTROL_NAMES) * 2))
def test_control_characters_never_reach_the_printed_name(variant: int) -> None:
    statement = process(RawMessage(data=control_name(variant)), settings())
    assert statement.name
    assert not [ch for ch in statement.name if unicodedata.category(ch) in ("Cc", "Cf")], repr(statement.name)


def test_bidi_override_in_the_display_name_is_not_printed() -> None:
    statement = process(RawMessage(data=LIGHT["mixed-scripts"](1)), settings())
    assert statement.name == "Ana Lopez"


def test_right_to_left_and_emoji_statements_are_kept_as_written() -> None:
    arabic = process(RawMessage(data=LIGHT["mixed-scripts"](0)), settings())
    assert arabic.status is Status.ACCEPTED
    assert arabic.name == "\u0622\u0646\u0627 \u0644\u0648\u0628\u064a\u0632"
    assert "\u6211\u652f\u6301" in arabic.text
    emoji = process(RawMessage(data=LIGHT["emoji"](1)), settings())
    assert emoji.name == "Ana \U0001f33d Lopez"
    assert "\U0001f1fa\U0001f1f8" in emoji.text


def test_cost_is_reported_readably() -> None:
    assert str(Cost(1.5, 3 * MB, "rss")) == "   1.50 s      3.0 MB (rss)"
