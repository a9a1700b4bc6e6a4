"""One print order: the PDF prints statements exactly in the order of the JSON export, whatever the order setting,
with anonymous statements after the named ones when ordered by name."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import CONFIG, EST, Workspace, make_mail

REPLIES = [
    ("Zoe Adams <zoe@example.com>", "Zoe writes that the farms need safe housing for every worker this winter."),
    ("Pat Quinn <pat@example.com>", "Please do not use my name. Housing for farmworkers must pass this session."),
    ("ana brown <ana@example.com>", "Ana hopes the legislators vote yes on the farmworker housing bill now."),
    ("Carl Diaz <carl@example.com>", "We urge you to pass the farmworker housing bill for dignified homes today."),
    ("Bea Evans <bea@example.com>", "We urge you to pass the farmworker housing bill for dignified homes today."),
    ("Mo Fox <mo@example.com>", "Mo grew up on a dairy farm and knows the workers deserve better housing."),
]


def _workspace(root: Path, order: str) -> Workspace:
    ws = Workspace(root, CONFIG.replace('[compilation]\n', f'[compilation]\norder = "{order}"\n'))
    for n, (sender, text) in enumerate(REPLIES):
        when = datetime(2026, 11, 24, 9, 0, tzinfo=EST) + timedelta(minutes=10 * (len(REPLIES) - n))
        ws.add(f"{n}.eml", make_mail(text, sender=sender, when=when))
    ws.run("import", str(ws.mail))
    return ws


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("order", ["name", "received"])
def test_the_pdf_prints_statements_in_the_order_of_the_json_export(tmp_path: Path, order: str) -> None:
    ws = _workspace(tmp_path, order)
    ws.run("compile", "--format", "json", "-o", str(tmp_path / "s.json"))
    ws.run("compile", "-o", str(tmp_path / "s.pdf"))
    records = json.loads((tmp_path / "s.json").read_text("utf-8"))
    pdf = _flat(" ".join(page.extract_text() for page in PdfReader(tmp_path / "s.pdf").pages))
    positions = [pdf.index(_flat(r["text"])[:40]) for r in records]
    assert len(records) == len(REPLIES) and positions == sorted(positions)
    firsts = [r["text"].split()[0] for r in records]
    if order == "name":
        # by printed name (Ana, Bea's form letter signed with Carl, Mo, Zoe), the anonymous statement last
        assert list(dict.fromkeys(firsts)) == ["Ana", "We", "Mo", "Zoe", "Housing"]
    else:
        assert firsts[0] == "Mo" and firsts[-1] == "Zoe"
