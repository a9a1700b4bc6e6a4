"""Issue 16 point 2: a statement's place is stored, listed, exported, corrected by a person (surviving reprocess),
printed after a named supporter's name with an index of towns at the end, and never printed or counted for an
anonymous supporter; `[compilation] show_places = false` prints neither."""

from __future__ import annotations

import csv
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import CONFIG, EST, Workspace, make_mail
from statement_collector.compilation import build
from statement_collector.config import Settings
from statement_collector.models import Signer, Statement, Status

EN = "I support fair housing for the farmworkers who feed Vermont. They deserve safe homes."


def _day(hour: int) -> datetime:
    return datetime(2026, 11, 24, hour, 0, tzinfo=EST)


def _records(ws: Workspace) -> dict[str, dict[str, object]]:
    return {str(r["message_id"]): r for r in json.loads(ws.run("list", "--status", "all", "--json").stdout)}


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def _add_supporters(ws: Workspace) -> None:
    ws.add("1.eml", make_mail(f"{EN}\n\nThanks,\nMaria Lopez\nMiddlebury, VT", sender="Maria Lopez <m@example.com>",
                              message_id="<m@x>", when=_day(9)))
    ws.add("2.eml", make_mail("I'm a nurse in Middlebury and I see what bad housing does to families.",
                              sender="Jordan Smith <j@example.com>", message_id="<j@x>", when=_day(10)))
    ws.add("3.eml", make_mail("Vivo en Winooski y apoyo la vivienda digna para los trabajadores.\n\nSaludos,\nRosa",
                              sender="Rosa Díaz <r@example.com>", message_id="<r@x>", when=_day(11)))
    # Asked not to be named, and signed with a small town: neither name nor town may be printed.
    ws.add("4.eml", make_mail("My family picks apples every fall and we need safe homes. Please don't use my name."
                              "\n\nAna Ruiz\nBridport, VT",
                              sender="Ana Ruiz <a@example.com>", message_id="<a@x>", when=_day(12)))


@pytest.fixture
def supporters(workspace: Workspace) -> Workspace:
    _add_supporters(workspace)
    workspace.run("import", str(workspace.mail))
    return workspace


def test_list_json_gives_each_statements_place(supporters: Workspace) -> None:
    records = _records(supporters)
    assert records["<m@x>"]["place"] == "Middlebury, VT"
    assert records["<j@x>"]["place"] == "Middlebury"
    assert records["<r@x>"]["place"] == "Winooski"
    assert records["<a@x>"]["place"] == "Bridport, VT" and records["<a@x>"]["anonymous"] is True
    assert {r["status"] for r in records.values()} == {"accepted"}  # the anonymous one is printed too
    assert "Bridport" not in str(records["<a@x>"]["text"])


def test_extract_json_gives_the_place(tmp_path: Path) -> None:
    from helpers import run_cli

    eml = tmp_path / "one.eml"
    eml.write_bytes(make_mail(f"{EN}\n\n-- Ana, Addison County"))
    (record,) = json.loads(run_cli("extract", "--json", str(eml), cwd=tmp_path).stdout)
    assert record["place"] == "Addison County" and "Addison" not in record["text"]


def test_a_named_supporters_town_is_printed_after_the_name_and_an_anonymous_ones_never(supporters: Workspace,
                                                                                       tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    supporters.run("compile", "-o", str(out))
    text = _pdf_text(out)
    assert "— Maria Lopez, Middlebury, VT" in text
    assert "— Jordan Smith, Middlebury" in text
    assert "— Rosa Díaz, Winooski" in text
    assert "My family picks apples" in text  # printed, anonymously
    assert "Bridport" not in text and "Ana Ruiz" not in text
    # The index after the statements: towns with their named supporters, most first.
    index = text[text.index("Supporters by town"):]
    assert re.search(r"Middlebury\s*2\b", index) and re.search(r"Winooski\s*1\b", index)


def test_the_compiled_signer_of_an_anonymous_statement_carries_no_place() -> None:
    now = datetime.now(UTC)
    statements = [Statement(id=1, sender="a@example.com", name="Ana Ruiz", anonymous=True, received_at=now,
                            text=EN, status=Status.ACCEPTED, place="Bridport, VT"),
                  Statement(id=2, sender="m@example.com", name="Maria Lopez", received_at=now, text=EN + " Yes.",
                            status=Status.ACCEPTED, place="Middlebury")]
    doc = build(statements, Settings())
    signers = {s.statement_id: s for e in doc.entries for s in e.signers}
    assert signers[1].place is None and signers[2].place == "Middlebury"
    assert doc.places == {"Middlebury": 1}
    assert "Bridport" not in doc.model_dump_json()
    assert Signer(name="Anonymous", anonymous=True, received_at=now, place="Bridport").place is None


def test_edit_place_is_kept_through_reprocess_audited_and_cleared_by_an_empty_place(supporters: Workspace) -> None:
    ids = {k: str(v["id"]) for k, v in _records(supporters).items()}
    supporters.run("edit", ids["<j@x>"], "--place", "East Middlebury, VT")
    supporters.run("edit", ids["<m@x>"], "--place", "")
    supporters.run("reprocess")
    records = _records(supporters)
    assert records["<j@x>"]["place"] == "East Middlebury, VT"
    assert records["<m@x>"]["place"] is None
    shown = supporters.run("show", ids["<j@x>"]).stdout
    assert "place: East Middlebury, VT" in shown and '"place": "East Middlebury, VT"' in shown


def test_edit_place_alone_is_enough_and_a_long_place_is_refused(supporters: Workspace) -> None:
    ids = {k: str(v["id"]) for k, v in _records(supporters).items()}
    assert supporters.run("edit", ids["<r@x>"], "--place", "Colchester").returncode == 0
    refused = supporters.run("edit", ids["<r@x>"], "--place", "x" * 200, check=False)
    assert refused.returncode != 0 and "--place" in refused.stderr
    address = supporters.run("edit", ids["<r@x>"], "--place", "12 Main Street, Winooski", check=False)
    assert address.returncode != 0 and "contact details" in address.stderr
    assert _records(supporters)["<r@x>"]["place"] == "Colchester"


def test_exports_carry_the_place(supporters: Workspace, tmp_path: Path) -> None:
    supporters.run("compile", "-f", "csv", "-o", str(tmp_path / "s.csv"))
    supporters.run("compile", "-f", "json", "-o", str(tmp_path / "s.json"))
    ids = {k: v["id"] for k, v in _records(supporters).items()}
    with (tmp_path / "s.csv").open(encoding="utf-8-sig") as handle:
        rows = {int(row["id"]): row for row in csv.DictReader(handle)}
    records = {r["id"]: r for r in json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))}
    assert rows[ids["<m@x>"]]["place"] == "Middlebury, VT" and records[ids["<r@x>"]]["place"] == "Winooski"


def test_show_places_false_prints_no_town_and_no_index(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, CONFIG.replace("[compilation]\n", "[compilation]\nshow_places = false\n"))
    _add_supporters(ws)
    ws.run("import", str(ws.mail))
    ws.run("compile", "-f", "html", "-o", str(tmp_path / "s.html"))
    html = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert "Maria Lopez" in html
    assert html.count("Middlebury") == 1  # only in Jordan Smith's own first sentence ("I'm a nurse in Middlebury")
    assert "Winooski</" not in html and "Supporters by town" not in html and 'class="place"' not in html


def test_the_index_is_in_spanish_with_spanish_labels(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, CONFIG.replace("[compilation]\n", '[compilation]\nlanguage = "es"\n'))
    _add_supporters(ws)
    ws.run("import", str(ws.mail))
    ws.run("compile", "-f", "html", "-o", str(tmp_path / "s.html"))
    html = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert "Simpatizantes por localidad" in html and "Bridport" not in html
    assert re.search(r"<th>Middlebury</th><td>2</td>", html)
