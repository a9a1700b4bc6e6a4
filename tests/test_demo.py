"""The demo, end to end: bundled sample replies -> workspace -> PDF, read back as text."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from helpers import run_cli

SAMPLES = Path(__file__).parents[1] / "src" / "statement_collector" / "samples"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
FORBIDDEN = ["@", "Sent from", "Enviado desde", "wrote:", "escribió", "House Agriculture Committee will hear",
             "Queridos amigos", "From:", "De:", "confidential", "CONFIDENTIAL"]


def _flat(text: str) -> str:
    """Words only: the PDF re-wraps lines and hyphenation and spacing differ."""
    return " ".join(re.findall(r"\w+", text.casefold()))


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    out = run_cli("demo", str(root / "ws"), cwd=root).stdout
    assert str(root / "ws" / "statements.pdf") in out
    return root / "ws"


@pytest.fixture(scope="module")
def demo_pdf_text(demo_workspace: Path) -> str:
    pdf = demo_workspace / "statements.pdf"
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_demo_prints_every_genuine_statement_exactly_once(demo_pdf_text: str) -> None:
    flat = _flat(demo_pdf_text)
    for case in EXPECTED:
        if case["status"] == "accepted" and not case["duplicate_of"]:
            assert flat.count(_flat(case["text"])) == 1, case["file"]


def test_demo_prints_no_quoted_text_signature_footer_or_address(demo_pdf_text: str) -> None:
    for needle in FORBIDDEN:
        assert needle not in demo_pdf_text, needle


def test_demo_leaves_out_rejected_superseded_and_review_statements(demo_pdf_text: str) -> None:
    flat = _flat(demo_pdf_text)
    for case in EXPECTED:
        if case["status"] in ("superseded", "review") and case["text"]:
            assert _flat(case["text"]) not in flat, case["file"]


def _collapsed(text: str | None) -> str:
    return "\n".join(" ".join(line.split()) for line in (text or "").strip().splitlines())


def test_demo_statements_are_exactly_the_supporters_words_names_and_statuses(demo_workspace: Path) -> None:
    listed = json.loads(run_cli("-c", str(demo_workspace / "config.toml"), "list", "--status", "all", "--json",
                                cwd=demo_workspace).stdout)
    by_id = {r["message_id"]: r for r in listed}
    assert len(listed) == len({c["message_id"] for c in EXPECTED})
    for case in EXPECTED:
        if case["duplicate_of"]:
            continue
        got = by_id[case["message_id"]]
        assert (got["status"], got["reason"]) == (case["status"], case["reason"]), case["file"]
        if case["status"] in ("accepted", "review"):
            assert _collapsed(got["text"]) == _collapsed(case["text"]), case["file"]
            assert got["anonymous"] == case["anonymous"], case["file"]
            if not case["anonymous"]:  # an anonymous supporter's name is kept for the organizer, never printed
                assert got["name"] == case["name"], case["file"]


def test_demo_groups_the_form_letter(demo_workspace: Path) -> None:
    listed = json.loads(run_cli("-c", str(demo_workspace / "config.toml"), "list", "--json",
                                cwd=demo_workspace).stdout)
    groups = {r["message_id"]: r["group"] for r in listed}
    form = [c["message_id"] for c in EXPECTED if c["group"] == "form-letter"]
    assert len(form) == 3 and len({groups[m] for m in form}) == 1 and groups[form[0]] is not None


def test_demo_pdf_prints_the_form_letter_once_with_its_three_signers(demo_pdf_text: str) -> None:
    form = [c for c in EXPECTED if c["group"] == "form-letter"]
    assert _flat(demo_pdf_text).count(_flat(form[0]["text"])) == 1
    assert "Sent by 3 supporters" in demo_pdf_text
    for case in form:
        assert case["name"] in demo_pdf_text


def test_demo_pdf_prints_the_revised_statement_of_a_sender_who_wrote_twice(demo_pdf_text: str) -> None:
    (first,) = [c for c in EXPECTED if c["status"] == "superseded"]
    (latest,) = [c for c in EXPECTED if c["name"] == first["name"] and c["status"] == "accepted"]
    assert _flat(latest["text"]) in _flat(demo_pdf_text)
    assert demo_pdf_text.count(first["name"]) == 1
