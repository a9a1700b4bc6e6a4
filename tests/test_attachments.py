"""A statement sent as an attached file must not be printed as "Please see my statement attached.": it goes to
review, while photos attached to a statement written out leave it accepted, and signature logos count for nothing."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from helpers import CAMPAIGN_ID
from statement_collector.config import load_settings
from statement_collector.pipeline import extract_files

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _extracted(tmp_path: Path, body: str, files: list[tuple[str, str, str]],
               html: str | None = None) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = "Rosa Diaz <rosa@example.com>"
    msg["Subject"] = "Re: Send a statement"
    msg["Message-ID"] = "<attached@example.com>"
    msg["In-Reply-To"] = CAMPAIGN_ID
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
        related = msg.get_payload()[1]  # type: ignore[index]
        related.add_related(b"\x89PNG logo", maintype="image", subtype="png", cid="<logo@sig>")
    for maintype, subtype, name in files:
        msg.add_attachment(b"%PDF or PK or JPEG bytes", maintype=maintype, subtype=subtype, filename=name)
    path = tmp_path / "reply.eml"
    path.write_bytes(msg.as_bytes())
    [record] = extract_files([path], load_settings(tmp_path / "absent.toml", required=False))
    return record


@pytest.mark.parametrize("body, files", [
    ("Please see my statement attached.\n\nThanks,\nRosa", [(*DOCX, "statement.docx")]),
    ("Attached is my letter of support.", [("application", "pdf", "letter.pdf")]),
    ("Here is a photo of my handwritten letter.", [("image", "jpeg", "letter.jpg")]),
    ("Adjunto mi declaración.\n\nSaludos,\nRosa", [(*DOCX, "declaracion.docx")]),
    ("Ver adjunto", [("application", "pdf", "carta.pdf")]),
    ("My statement is in the attached file.", [("text", "plain", "statement.txt")]),
])
def test_a_statement_in_an_attached_file_goes_to_review(tmp_path: Path, body: str,
                                                        files: list[tuple[str, str, str]]) -> None:
    record = _extracted(tmp_path, body, files)
    assert (record["status"], record["reason"]) == ("review", "uncertain")


def test_photos_attached_to_a_written_statement_leave_it_accepted(tmp_path: Path) -> None:
    body = "I support the housing bill because farmworkers deserve safe homes. Photos of our crew attached."
    record = _extracted(tmp_path, body, [("image", "jpeg", "crew1.jpg"), ("image", "jpeg", "crew2.jpg")])
    assert (record["status"], record["text"]) == ("accepted", body)


def test_a_signature_logo_shown_inline_is_not_an_attachment(tmp_path: Path) -> None:
    html = '<p>Yes!</p><p>Rosa</p><img src="cid:logo@sig">'
    record = _extracted(tmp_path, "Yes!\n\nRosa", [], html=html)
    assert record["reason"] == "too-short"  # not sent to review as if a statement were attached
