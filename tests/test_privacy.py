"""Privacy: no address, no phone number held for review, no anonymous supporter's name in any PDF or HTML."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from helpers import Workspace

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
SAMPLES = Path(__file__).parents[1] / "src" / "statement_collector" / "samples"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+?\d[\s.()-]*){7,15}\d")

OPEN_CONFIG = """
[source]
kind = "eml"
[statements]
anonymous_label = "Anonymous"
one_per_sender = false
[storage]
database = "statements.db"
"""


@pytest.fixture(scope="module")
def everything(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, str, str]:
    """Every fixture the project has, imported with no campaign filter and compiled to PDF, and to HTML, slides,
    CSV and JSON (joined as the second text: every output a compilation has)."""
    ws = Workspace(tmp_path_factory.mktemp("privacy"), OPEN_CONFIG)
    ws.run("import", str(FIXTURES), str(SAMPLES))
    ws.run("compile", "--output", str(ws.root / "all.pdf"))
    others = ("all.html", "all-slides.html", "all.csv", "all.json")
    for name in others:
        ws.run("compile", "--output", str(ws.root / name))
    pdf = subprocess.run(["pdftotext", "-enc", "UTF-8", str(ws.root / "all.pdf"), "-"], check=True,
                         capture_output=True, text=True).stdout
    return ws, pdf, "\n".join((ws.root / name).read_text(encoding="utf-8-sig") for name in others)


def _listed(ws: Workspace, status: str) -> list[dict[str, object]]:
    return json.loads(ws.run("list", "--status", status, "--json").stdout)  # type: ignore[no-any-return]


def test_no_email_address_appears_in_the_pdf_or_html(everything: tuple[Workspace, str, str]) -> None:
    ws, pdf, html = everything
    assert len(_listed(ws, "accepted")) > 50
    assert EMAIL.findall(pdf) == []
    assert EMAIL.findall(html) == []


def test_no_phone_number_held_for_review_appears(everything: tuple[Workspace, str, str]) -> None:
    ws, pdf, html = everything
    held = [r for r in _listed(ws, "review") if r["reason"] == "contact-details"]
    assert held
    for record in held:
        for number in PHONE.findall(str(record["text"])):
            assert number not in pdf and number not in html


def test_an_anonymous_supporters_name_never_appears(everything: tuple[Workspace, str, str]) -> None:
    ws, pdf, html = everything
    anonymous = [r for r in _listed(ws, "all") if r["anonymous"] and r["name"]]
    assert anonymous
    for record in anonymous:
        assert str(record["name"]) not in pdf and str(record["name"]) not in html
    assert "Anonymous" in pdf


def test_verbose_logs_hold_no_message_body(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, OPEN_CONFIG)
    proc = ws.run("-v", "import", str(SAMPLES))
    assert "H.412" not in proc.stderr and "@" not in proc.stderr
