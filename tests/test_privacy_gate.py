"""The last check before printing, the DRAFT's masks, and a compile scanned for every form of contact detail."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from helpers import Workspace, make_mail
from statement_collector.store import Store

CONTACTS = [
    "maria.lopez@gmail.com", "victor.szabo AT fastmail DOT fm", "wilfredochom arroba gmail punto com",
    "rosa[at]riseup.net", "pedro (at) yahoo (dot) com", "ana @ correo . mx", "ana＠correo．mx",
    "jo\u200bse@example.org", "lu\u00adis@example.org", "m a r i a @ g m a i l . c o m",
    "802-555-0147", "(802) 555-0148", "802.555.0129", "802/555/0131", "+1 802 555 0133", "+502 4455 0143",
    "555-0149", "5550151", "WhatsApp 4455 0152", "27 Cold Spring Lane", "calle Hidalgo 123", "48 Maple Ave",
]
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _compact(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).translate(INVISIBLE).split()).casefold()


def _digits(text: str) -> str:
    return re.sub(r"(?<=\d)[\s().\-/]+(?=\d)", "", unicodedata.normalize("NFKC", text))


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_no_contact_detail_in_any_form_reaches_the_pdf_or_html(workspace: Workspace) -> None:
    for n, detail in enumerate(CONTACTS):
        workspace.add(f"{n}.eml", make_mail(f"I support the housing bill for every farmworker. Reach me: {detail}",
                                            sender=f"Person {chr(65 + n)} <p{n}@example.com>"))
    workspace.add("clean.eml", make_mail("I support the housing bill for every farmworker in Vermont.",
                                         sender="Clean Sender <clean@example.com>"))
    workspace.run("import", str(workspace.mail))
    workspace.run("compile", "--output", "out.pdf")
    workspace.run("compile", "--output", "out.html")
    printed = _pdf_text(workspace.root / "out.pdf") + (workspace.root / "out.html").read_text(encoding="utf-8")
    assert "every farmworker in Vermont" in printed
    for detail in CONTACTS:
        compact = _compact(detail)
        assert compact not in _compact(printed), detail
        digits = re.sub(r"\D", "", detail)
        assert len(digits) < 7 or digits not in _digits(printed), detail


def _accepted_with(workspace: Workspace, text: str) -> None:
    """A statement accepted by an earlier release whose checks were weaker: its text written straight into the
    database, as no mail today can get it accepted (that is the point of the check)."""
    workspace.add("1.eml", make_mail("I support the housing bill for every farmworker in Vermont."))
    workspace.run("import", str(workspace.mail))
    with Store(workspace.root / "statements.db") as store:
        store.db.execute("UPDATE statements SET text = ? WHERE id = 1", (text,))


def test_compile_stops_with_one_line_per_finding_and_writes_nothing(workspace: Workspace) -> None:
    _accepted_with(workspace, "I support the bill. Call 802 555 0147 or write ana at gmail dot com.")
    proc = workspace.run("compile", "--output", "out.pdf", check=False)
    assert proc.returncode == 1 and not (workspace.root / "out.pdf").exists()
    lines = proc.stderr.strip().splitlines()
    assert "statement-collector: statement 1: a phone number in the text" in lines
    assert "statement-collector: statement 1: an email address in the text" in lines
    assert "0147" not in proc.stderr


def test_a_statement_a_person_approved_as_it_is_prints(workspace: Workspace) -> None:
    _accepted_with(workspace, "I support the bill. Call 802 555 0147 to volunteer.")
    workspace.run("approve", "1")
    workspace.run("compile", "--output", "out.html")
    assert "802 555 0147" in (workspace.root / "out.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [
    "On 11/24/2025 the council met at 10:30 and 1,200 workers waited.",
    "Since 2019-2026 bills H.412 and S.18 have failed; $15.50 an hour is not enough.",
    "El 24/11/2025 a las 9:30 hablamos con 1.500.000 personas.",
])
def test_dates_times_money_and_bill_numbers_do_not_stop_the_compile(workspace: Workspace, text: str) -> None:
    workspace.add("1.eml", make_mail(text))
    workspace.run("import", str(workspace.mail))
    workspace.run("compile", "--output", "out.pdf")
    assert text.split()[0] in _pdf_text(workspace.root / "out.pdf")


def test_a_draft_masks_contact_details_and_author_names_in_statements_under_review(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail("I support the bill. My cell is 802-555-0147 if you need me."))
    workspace.add("2.eml", make_mail("This is Rosa Pérez from Addison. I support the bill. Keep me anonymous.",
                                     sender="Rosa Pérez <rosa@example.com>"))
    workspace.run("import", str(workspace.mail))
    assert workspace.run("list", "--status", "review").stdout.count("review") == 2
    workspace.run("compile", "--include-review", "--output", "draft.html")
    html = (workspace.root / "draft.html").read_text(encoding="utf-8")
    assert "I support the bill." in html and "[contact details removed]" in html
    assert "0147" not in html and "Rosa" not in html and "Pérez" not in html
