"""Issue 16, points 4 and (labels): the CLI, the cover, the summary page, `stats` and the slides give the same
counts in the same words; the anonymous and unknown-name labels follow the compilation's language unless configured."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from helpers import CONFIG, Workspace, make_mail
from statement_collector.compilation import printed_name
from statement_collector.config import Settings
from statement_collector.models import Statement, Status

FORM = "We urge you to pass the farmworker housing bill. Every worker deserves a safe and dignified home."


def test_compile_the_cover_the_summary_and_stats_give_the_same_counts(workspace: Workspace, tmp_path: Path) -> None:
    workspace.add("1.eml", make_mail(FORM, sender="Carl Diaz <carl@example.com>"))
    workspace.add("2.eml", make_mail(FORM, sender="Bea Evans <bea@example.com>"))
    workspace.add("3.eml", make_mail("I grew up on a dairy farm and the workers deserve better homes.",
                                     sender="Mo Fox <mo@example.com>"))
    workspace.run("import", str(workspace.mail))
    said = workspace.run("compile", "-o", str(tmp_path / "s.pdf")).stdout
    pdf = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "s.pdf").pages)
    stats = json.loads(workspace.run("stats", "--json").stdout)["compilation"]
    slides_said = workspace.run("compile", "--format", "slides", "-o", str(tmp_path / "s.html")).stdout
    slides = " ".join(re.sub(r"<[^>]+>", " ", (tmp_path / "s.html").read_text(encoding="utf-8")).split())
    assert "2 statements from 3 supporters (1 text sent by several supporters)" in said
    assert "2 statements from 3 supporters (1 text sent by several supporters)" in slides_said
    assert "2 statements from 3 supporters" in slides
    assert "2 statements from 3 supporters" in pdf
    assert re.search(r"Statements printed\s*2", pdf) and re.search(r"Supporters\s*3", pdf)
    assert stats == {"statements printed": 2, "supporters": 3, "texts sent by several supporters": 1}


def _statement(name: str | None, anonymous: bool) -> Statement:
    return Statement(sender="a@example.com", name=name, anonymous=anonymous, received_at=datetime.now(UTC),
                     text="Apoyo la ley.", status=Status.ACCEPTED)


def test_the_name_labels_follow_the_compilation_language() -> None:
    spanish = Settings.model_validate({"compilation": {"language": "es"}})
    assert printed_name(_statement("Ana", True), spanish) == "Anónimo"
    assert printed_name(_statement(None, False), spanish) == "Un simpatizante"
    assert printed_name(_statement(None, False), Settings()) == "A supporter"
    assert printed_name(_statement("Ana", True), Settings()) == "Anonymous"


def test_configured_name_labels_win_over_the_language() -> None:
    settings = Settings.model_validate({"compilation": {"language": "es"},
                                        "statements": {"anonymous_label": "Anónima/o"}})
    assert printed_name(_statement("Ana", True), settings) == "Anónima/o"
    assert printed_name(_statement(None, False), settings) == "Un simpatizante"


def test_the_meeting_is_on_the_cover_and_the_compile_date_on_the_summary(tmp_path: Path) -> None:
    config = CONFIG.replace("[compilation]\n", '[compilation]\nmeeting = "Vermont Criminal Justice Council, '
                                               'Wednesday 10-11 am"\n')
    ws = Workspace(tmp_path, config)
    ws.add("1.eml", make_mail("I grew up on a dairy farm and the workers deserve better homes."))
    ws.run("import", str(ws.mail))
    ws.run("compile", "-o", str(tmp_path / "s.pdf"))
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "s.pdf").pages]
    assert "Vermont Criminal Justice Council, Wednesday 10-11 am" in pages[0] and "Compiled on" not in pages[0]
    assert "Compiled on" in pages[-1]
