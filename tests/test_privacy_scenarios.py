"""The shared privacy sample set (tests/fixtures/privacy), scored as ../shared/tools/score-privacy scores it.

Every scenario's mail goes into one mbox (sorted by name, so a sender's follow-ups come after the first message),
is imported once and compiled to PDF and HTML; then nothing a scenario must hide may be in either output, and a
supporter who gives a name keeps it in the PDF.
"""

from __future__ import annotations

import html
import json
import mailbox
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

import pytest

from helpers import Workspace

CASES = Path(__file__).parent / "fixtures" / "privacy" / "cases"

CONFIG = """
[campaign]
name = "Winning new federal protections"
message_ids = ["<campaign-2026-11-24@migrantjustice.net>"]
subject = "Winning new federal protections, while Vermont blocks change"
own_addresses = ["info@migrantjustice.net"]
[source]
kind = "mbox"
[storage]
database = "statements.db"
"""

# Characters that print as nothing (or only allow a line break) and so can hide inside a detail.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e"
                                   "\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066"
                                   "\u2067\u2068\u2069\u3164\ufeff\uffa0"))
PHONE_LIKE = re.compile(r"[+\d\s().\-/\u00a0]+")
DIGIT_RUN = re.compile(r"\+?\(?\d[\d\s().\-/\u00a0\u2010-\u2015]*\d")
MIN_COMPACT = 8  # shorter strings only match on collapsed text: "lopez" inside "developez" is noise


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(INVISIBLE)


def collapse(text: str) -> str:
    """Case-folded NFKC text with each whitespace run as one space."""
    return " ".join(_plain(text).split()).casefold()


def compact(text: str) -> str:
    """No whitespace at all: an address or name broken over lines or spaced out still matches."""
    return "".join(_plain(text).split()).casefold()


def digits_joined(text: str) -> str:
    """Every run of digits and phone separators as its digits alone ("(802) 555-0147" -> "8025550147")."""
    return DIGIT_RUN.sub(lambda m: re.sub(r"\D", "", m.group(0)), _plain(text))


def html_text(doc: str) -> str:
    """An HTML file's visible text, plus its attribute values (a name in an attribute is in the file)."""
    doc = re.sub(r"<!--.*?-->", " ", doc, flags=re.S)
    attrs = [a or b for a, b in re.findall(r"=\s*\"([^\"]*)\"|=\s*'([^']*)'", doc)]
    body = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", doc, flags=re.S | re.I)
    body = re.sub(r"<br\s*/?>|</p>|</div>|</li>|</h\d>", "\n", body, flags=re.I)
    body = re.sub(r"<[^>]*>", " ", body)
    return html.unescape(body) + "\n" + html.unescape("\n".join(attrs))


class Output:
    """One rendered output (the PDF's text or the HTML's), in the forms a needle is looked for in."""

    def __init__(self, label: str, text: str) -> None:
        self.label = label
        self.collapsed = collapse(text)
        # a hyphen at a line end (a soft hyphen rendered at a break) both joined and kept
        self.compacts = {compact(text), compact(re.sub(r"[-\u2010\u2011]\s*\n\s*", "", text))}
        self.digits = digits_joined(text)

    def has(self, needle: str) -> bool:
        """Whether `needle` is here as text, as compact text (8+ characters) or, phone-like, as digits."""
        if (c := collapse(needle)) and c in self.collapsed:
            return True
        k = compact(needle)
        if len(k) >= MIN_COMPACT and any(k in t for t in self.compacts):
            return True
        digits = re.sub(r"\D", "", needle)
        return bool(PHONE_LIKE.fullmatch(needle.strip())) and len(digits) >= 7 and digits in self.digits


@dataclass(frozen=True)
class Scenario:
    id: str
    meta: dict[str, Any]
    message_ids: tuple[str, ...]


def _scenarios() -> list[Scenario]:
    emls = sorted(CASES.glob("*.eml"))
    out = []
    for path in sorted(CASES.glob("*.json")):
        prefix = path.stem.split("-", 1)[0] + "-"
        heads = [BytesHeaderParser().parsebytes(e.read_bytes()) for e in emls if e.name.startswith(prefix)]
        ids = tuple(str(h["Message-ID"]).strip() for h in heads if h["Message-ID"])
        out.append(Scenario(path.stem, json.loads(path.read_text(encoding="utf-8")), ids))
    return out


SCENARIOS = _scenarios()
NAMED = [s for s in SCENARIOS if s.meta["expect"] == "named"]


@dataclass(frozen=True, repr=False)  # a failure shows the statuses, not every record
class Compiled:
    pdf: Output
    html: Output
    records: dict[str, dict[str, Any]]  # message-id -> record of `list --status all --json`

    def statuses(self, scenario: Scenario) -> str:
        """Each of the scenario's messages as status[:reason][ anon], as the scorer shows them."""
        parts = []
        for mid in scenario.message_ids:
            r = self.records.get(mid)
            parts.append("?" if r is None else
                         f"{r['status']}{':' + r['reason'] if r['reason'] else ''}{' anon' if r['anonymous'] else ''}")
        return ", ".join(parts)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Compiled:
    """Every case imported as one mbox, compiled to PDF and HTML, with every record's status."""
    ws = Workspace(tmp_path_factory.mktemp("privacy-scenarios"), CONFIG)
    box = mailbox.mbox(ws.mail / "replies.mbox", create=True)
    for path in sorted(CASES.glob("*.eml")):
        box.add(mailbox.mboxMessage(path.read_bytes()))
    box.flush()
    box.close()
    ws.run("import", str(ws.mail / "replies.mbox"))
    ws.run("compile", "--output", str(ws.root / "x.pdf"))
    ws.run("compile", "--output", str(ws.root / "x.html"))
    pdf = subprocess.run(["pdftotext", "-enc", "UTF-8", str(ws.root / "x.pdf"), "-"], check=True,
                         capture_output=True, text=True).stdout
    doc = (ws.root / "x.html").read_text(encoding="utf-8")
    records = json.loads(ws.run("list", "--status", "all", "--json").stdout)
    return Compiled(Output("pdf", pdf), Output("html", html_text(doc)),
                    {r["message_id"].strip(): r for r in records})


def test_every_scenario_has_its_messages_in_the_set() -> None:
    assert len(SCENARIOS) == 32
    assert all(s.message_ids for s in SCENARIOS)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_nothing_a_scenario_must_hide_is_printed(compiled: Compiled, scenario: Scenario) -> None:
    leaks = [f"{needle!r} in {'+'.join(o.label for o in (compiled.pdf, compiled.html) if o.has(needle))}"
             for needle in scenario.meta["must_not_print"] if compiled.pdf.has(needle) or compiled.html.has(needle)]
    assert not leaks, f"leaked ({scenario.meta['expect']}): {', '.join(leaks)} [{compiled.statuses(scenario)}]"


@pytest.mark.parametrize("scenario", NAMED, ids=lambda s: s.id)
def test_a_named_supporter_keeps_the_name(compiled: Compiled, scenario: Scenario) -> None:
    assert scenario.meta["must_print"]
    missing = [needle for needle in scenario.meta["must_print"] if not compiled.pdf.has(needle)]
    assert not missing, f"over-blocked: {missing} not in pdf [{compiled.statuses(scenario)}]"


def test_a_withdrawn_statement_leaves_every_message_of_its_sender_rejected(compiled: Compiled) -> None:
    withdrawn = [s for s in SCENARIOS if s.meta["expect"] == "withdrawn"]
    assert withdrawn
    wrong = []
    for scenario in withdrawn:
        mine = [r for r in compiled.records.values() if r["sender"].casefold() == scenario.meta["sender"].casefold()]
        if len(mine) != len(scenario.message_ids) or any(
                (r["status"], r["reason"]) != ("rejected", "withdrawn") for r in mine):
            wrong.append(f"{scenario.id} [{compiled.statuses(scenario)}]")
    assert not wrong, "not all rejected:withdrawn: " + "; ".join(wrong)


def test_a_follow_up_asking_for_anonymity_leaves_no_named_statement_accepted(compiled: Compiled) -> None:
    followups = [s for s in SCENARIOS if s.meta["category"] == "anonymity-followup"]
    assert followups
    named = [f"{s.id} [{compiled.statuses(s)}]" for s in followups
             if any(r["status"] == "accepted" and not r["anonymous"]
                    for r in map(compiled.records.get, s.message_ids) if r)]
    assert not named, "accepted under a name: " + "; ".join(named)
