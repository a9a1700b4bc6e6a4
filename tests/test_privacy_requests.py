"""Requests apply to the person: follow-ups, withdrawals, permissions and names across messages (en and es)."""

from __future__ import annotations

from datetime import datetime

import pytest

from helpers import EST, Workspace, make_mail
from statement_collector.config import load_settings
from statement_collector.models import Status
from statement_collector.pipeline import import_paths
from statement_collector.store import Store

STATEMENT = {"en": "I support the farmworker housing bill because my family lives in a cold trailer.",
             "es": "Apoyo la ley de vivienda porque mi familia vive en una casa sin calefacción."}
ANONYMITY = {"en": "One more thing: please leave my name off what I sent.",
             "es": "Una cosa más: no pongan mi nombre en lo que les mandé, por favor."}
WITHDRAWAL = {"en": "Please don't use what I sent after all.", "es": "Ya no quiero que usen mi mensaje."}
PERMISSION = {"en": "Actually you can use my name after all.", "es": "Pensándolo bien, pueden poner mi nombre."}


def _records(ws: Workspace) -> dict[str, dict[str, object]]:
    """What `list --status all --json` prints, read in process (the CLI itself is tested elsewhere)."""
    with Store(ws.root / "statements.db") as store:
        return {str(s.message_id): {"id": s.id, **s.record()} for s in store.statements(list(Status))}


def _import(ws: Workspace) -> None:
    """`import` of the workspace's mail folder, in process."""
    settings = load_settings(ws.config)
    with Store(settings.database_path) as store:
        import_paths([ws.mail], store, settings)


def _at(hour: int) -> datetime:
    return datetime(2026, 11, 24, hour, 0, tzinfo=EST)


def _two(ws: Workspace, first: str, second: str, sender: str = "Rosa Pérez <rosa@example.com>",
         second_sender: str | None = None) -> dict[str, dict[str, object]]:
    ws.add("1.eml", make_mail(first, sender=sender, message_id="<m1@x>", when=_at(9)))
    ws.add("2.eml", make_mail(second, sender=second_sender or sender, message_id="<m2@x>", when=_at(11)))
    _import(ws)
    return _records(ws)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_later_anonymity_request_covers_the_earlier_statement_and_is_not_printed(
        workspace: Workspace, lang: str) -> None:
    records = _two(workspace, STATEMENT[lang], ANONYMITY[lang])
    assert (records["<m1@x>"]["status"], records["<m1@x>"]["anonymous"]) == ("accepted", True)
    assert records["<m2@x>"]["status"] == "rejected"
    workspace.run("compile", "--output", "out.html")
    html = (workspace.root / "out.html").read_text(encoding="utf-8")
    assert "Rosa" not in html and "Pérez" not in html and STATEMENT[lang] in html
    assert "nombre" not in html.split(STATEMENT[lang])[1][:200] and "leave my name" not in html


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_withdrawal_rejects_every_statement_of_the_sender_as_withdrawn(workspace: Workspace, lang: str) -> None:
    records = _two(workspace, STATEMENT[lang], WITHDRAWAL[lang])
    assert [(r["status"], r["reason"]) for r in records.values()] == [("rejected", "withdrawn")] * 2
    workspace.run("reprocess")
    assert [r["reason"] for r in _records(workspace).values()] == ["withdrawn", "withdrawn"]


def test_remove_my_name_from_what_i_sent_is_a_privacy_request_not_an_unsubscribe(workspace: Workspace) -> None:
    records = _two(workspace, STATEMENT["en"], "Please remove my name from what I sent.")
    assert records["<m2@x>"]["reason"] != "unsubscribe"
    assert (records["<m1@x>"]["status"], records["<m1@x>"]["anonymous"]) == ("accepted", True)


def test_an_ambiguous_remove_me_holds_the_senders_statement_for_review(workspace: Workspace) -> None:
    records = _two(workspace, STATEMENT["en"], "Remove me.")
    assert (records["<m1@x>"]["status"], records["<m1@x>"]["reason"]) == ("review", "uncertain")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_permission_after_an_anonymity_request_holds_the_statement_for_a_person(
        workspace: Workspace, lang: str) -> None:
    workspace.add("0.eml", make_mail(f"{STATEMENT[lang]} {ANONYMITY[lang]}", message_id="<m0@x>",
                                     sender="Rosa Pérez <rosa@example.com>", when=_at(8)))
    records = _two(workspace, STATEMENT[lang] + " Pass it.", PERMISSION[lang])
    assert records["<m1@x>"]["status"] == "review" and records["<m1@x>"]["anonymous"] is True


def test_a_request_from_another_address_under_the_same_name_holds_that_statement(workspace: Workspace) -> None:
    records = _two(workspace, STATEMENT["en"], "Please don't print my name on anything.",
                   second_sender="Rosa Perez <rosa.perez@work.example>")
    assert (records["<m1@x>"]["status"], records["<m1@x>"]["reason"]) == ("review", "uncertain")
    assert "same name" in workspace.run("show", str(records["<m1@x>"]["id"])).stdout


@pytest.mark.parametrize(("text", "where"), [
    ("This is Rosa Pérez, I milk cows in Addison. I support the bill. Please keep me anonymous.", "Rosa"),
    ("Mi nombre es Rosa Pérez y trabajo en una lechería. Apoyo la ley. Publíquenlo como anónimo.", "Mi nombre es"),
    ("I support the bill. As ROSA PEREZ of Addison I say: pass it.\n\nPlease don't use my name.", "ROSA"),
])
def test_an_anonymous_statement_that_names_its_author_is_held_and_show_says_where(
        workspace: Workspace, text: str, where: str) -> None:
    workspace.add("1.eml", make_mail(text, sender="Rosa Pérez <rosa@example.com>", message_id="<m1@x>"))
    _import(workspace)
    record = _records(workspace)["<m1@x>"]
    assert (record["status"], record["reason"], record["anonymous"]) == ("review", "identifies-author", True)
    assert where in workspace.run("show", str(record["id"])).stdout


def test_an_anonymous_statement_signed_with_the_full_name_prints_without_the_signature(
        workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail("I support the bill with all my heart.\n\nPlease don't use my name.\n\n"
                                     "ROSA PEREZ, ADDISON", sender="Rosa Pérez <rosa@example.com>"))
    _import(workspace)
    workspace.run("compile", "--output", "out.html")
    html = (workspace.root / "out.html").read_text(encoding="utf-8").casefold()
    assert "all my heart" in html and "rosa" not in html and "perez" not in html


@pytest.mark.parametrize(("display", "printed"), [
    ("Rosaura Itzep cel 802 555 0115", "Rosaura Itzep"),
    ("Maria Lopez (cell 802-555-0101)", "Maria Lopez"),
    ("Yolanda Cuxil, 48 Maple Ave", "Yolanda Cuxil"),
    ("Ceferino Tiquirá WhatsApp +502 4455 0143", "Ceferino Tiquirá"),
    ("Wendell Ashcroft - washcroft.farm@outlook.com", "Wendell Ashcroft"),
])
def test_contact_details_in_the_display_name_never_reach_the_printed_name(
        workspace: Workspace, display: str, printed: str) -> None:
    workspace.add("1.eml", make_mail(STATEMENT["en"], sender=f'"{display}" <x@example.com>', message_id="<m1@x>"))
    _import(workspace)
    assert _records(workspace)["<m1@x>"]["name"] == printed
    assert "contact details" in workspace.run("show", "1").stdout


def test_a_display_name_that_is_only_a_phone_number_holds_the_statement(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail(STATEMENT["en"], sender='"cel 802 555 0115" <x@example.com>',
                                     message_id="<m1@x>"))
    _import(workspace)
    record = _records(workspace)["<m1@x>"]
    assert (record["status"], record["reason"]) == ("review", "contact-details") and "555" not in str(record["name"])


def test_approving_a_screened_out_message_prints_the_clean_name_and_honours_its_request(
        workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail(f"{STATEMENT['en']}\n\nPlease don't print my name.",
                                     sender='"Rosa Perez 802-555-0115" <rosa@example.com>', message_id="<m1@x>",
                                     subject="My statement", in_reply_to=None))
    _import(workspace)
    record = _records(workspace)["<m1@x>"]
    assert (record["status"], record["reason"]) == ("rejected", "not-a-reply")
    out = workspace.run("approve", str(record["id"]))
    assert "Anonymous" in out.stdout and "Rosa" not in out.stdout
    workspace.run("compile", "--output", "out.html")
    html = (workspace.root / "out.html").read_text(encoding="utf-8")
    assert STATEMENT["en"] in html and "Rosa" not in html and "555" not in html


def test_approve_warns_when_the_statement_holds_contact_details(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail("I support the bill. Call me at 802-555-0147 for the hearing.",
                                     message_id="<m1@x>"))
    _import(workspace)
    out = workspace.run("approve", "1")
    assert "will print as" in out.stdout and "contact details (phone)" in out.stderr


def test_an_approval_lapses_when_a_later_message_asks_for_anonymity(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail(STATEMENT["en"], sender="Rosa Pérez <rosa@example.com>", message_id="<m1@x>",
                                     when=_at(9)))
    _import(workspace)
    workspace.run("approve", "1")
    workspace.add("2.eml", make_mail(ANONYMITY["en"], sender="Rosa Pérez <rosa@example.com>", message_id="<m2@x>",
                                     when=_at(12)))
    _import(workspace)
    record = _records(workspace)["<m1@x>"]
    assert record["status"] == "review" and record["anonymous"] is True
    assert "approval lapsed" in workspace.run("show", "1").stdout
    workspace.run("approve", "1")
    workspace.run("reprocess")
    assert _records(workspace)["<m1@x>"]["status"] == "accepted"


def test_list_marks_anonymous_statements(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail(f"{STATEMENT['en']} Please keep me anonymous.", message_id="<m1@x>"))
    _import(workspace)
    assert "[anon] Ana Lopez" in workspace.run("list").stdout


def test_a_follow_up_asking_for_anonymity_with_more_text_holds_both_for_a_person(workspace: Workspace) -> None:
    records = _two(workspace, STATEMENT["en"], "Please don't share my name. Just put a feed dealer in Orleans County "
                                               "instead, because some of my customers would not like it at all.")
    assert [(r["status"], r["anonymous"]) for r in records.values()] == [("review", True), ("review", True)]


def test_a_postscript_marker_goes_with_the_request_it_introduced(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail(f"{STATEMENT['es']}\n\npd. ponganlo como anonimo porfa"))
    _import(workspace)
    record = next(iter(_records(workspace).values()))
    assert record["text"] == STATEMENT["es"] and record["anonymous"] is True


def test_a_requested_name_keeps_only_its_name_part(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail(f"{STATEMENT['en']} Please sign it as Rosa 802-555-0147"))
    _import(workspace)
    record = next(iter(_records(workspace).values()))
    assert record["name"] == "Rosa" and "0147" not in str(record["text"])


def test_a_short_follow_up_that_asks_nothing_understood_holds_both_messages(workspace: Workspace) -> None:
    records = _two(workspace, STATEMENT["en"], "On reflection I'd rather it went in some other way, sorry.")
    assert [r["status"] for r in records.values()] == ["review", "review"]


def test_the_same_statement_sent_twice_is_not_held(workspace: Workspace) -> None:
    records = _two(workspace, STATEMENT["en"], STATEMENT["en"] + "!")
    assert [r["status"] for r in records.values()] == ["superseded", "accepted"]


@pytest.mark.parametrize(("display", "text", "where"), [
    ("Rosario Cumatz", "Me dicen Chayo y trabajo en la lechería. Apoyo la ley. No usen mi nombre.", "Chayo"),
    ("A Quiej", "I support the bill. Please keep this anonymous. P.S. Tell Marisela that Abelardo says thanks.",
     "Abelardo"),
])
def test_a_nickname_or_a_first_name_behind_an_initial_identifies_the_author(
        workspace: Workspace, display: str, text: str, where: str) -> None:
    workspace.add("1.eml", make_mail(text, sender=f"{display} <x@example.com>", message_id="<m1@x>"))
    _import(workspace)
    record = _records(workspace)["<m1@x>"]
    assert (record["status"], record["reason"]) == ("review", "identifies-author")
    assert where in workspace.run("show", str(record["id"])).stdout


def test_an_approval_lapses_when_reprocess_extracts_a_different_text(workspace: Workspace) -> None:
    """An approval given on what an earlier release extracted (written into the database as it would have
    stored it) does not carry over to the text a new release extracts from the same mail."""
    workspace.add("1.eml", make_mail(STATEMENT["en"], message_id="<m1@x>"))
    _import(workspace)
    with Store(workspace.root / "statements.db") as store:
        store.db.execute("UPDATE statements SET text = ? WHERE id = 1", (STATEMENT["en"] + " Call 555-0147.",))
    workspace.run("approve", "1")
    workspace.run("reprocess")
    record = _records(workspace)["<m1@x>"]
    assert (record["status"], record["text"]) == ("review", STATEMENT["en"])
