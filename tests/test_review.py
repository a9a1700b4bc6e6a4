"""Review and deduplication end to end: decisions and edits survive reprocess; latest wins; form letters group."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from helpers import EST, Workspace, make_mail

# A later statement replaces an earlier one when it is a statement in its own right (40 words or more); a shorter
# follow-up may change the earlier one rather than replace it, and holds both (tests/test_privacy_requests.py).
MORE = (" Farmworkers milk the cows that make Vermont's cheese, they pick the apples in our orchards, and they deserve"
        " the same safety, dignity and protection under the law as every one of their neighbours in this state.")
FORM = "We urge you to pass the farmworker housing bill. Every worker deserves a safe and dignified home."


def _records(ws: Workspace, status: str = "all") -> dict[str, dict[str, object]]:
    rows = json.loads(ws.run("list", "--status", status, "--json").stdout)
    return {str(r["message_id"]): r for r in rows}


def _day(hour: int) -> datetime:
    return datetime(2026, 11, 24, hour, 0, tzinfo=EST)


def test_a_senders_latest_statement_wins_and_the_earlier_is_superseded(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail("My first thoughts on the bill are positive." + MORE, message_id="<a1@x>",
                                     when=_day(9)))
    workspace.add("2.eml", make_mail("On reflection: pass this bill, it protects families." + MORE,
                                     message_id="<a2@x>", when=_day(11)))
    workspace.run("import", str(workspace.mail))
    records = _records(workspace)
    assert records["<a1@x>"]["status"] == "superseded" and records["<a1@x>"]["reason"] is None
    assert records["<a2@x>"]["status"] == "accepted"
    assert "<a1@x>" not in _records(workspace, "accepted")


def test_a_later_auto_reply_supersedes_nothing(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail("I fully support safe housing for farmworkers.", message_id="<b1@x>",
                                     when=_day(9)))
    workspace.add("2.eml", make_mail("I am out of the office until Monday.", message_id="<b2@x>", when=_day(10),
                                     headers={"Auto-Submitted": "auto-replied"}))
    workspace.run("import", str(workspace.mail))
    records = _records(workspace)
    assert records["<b1@x>"]["status"] == "accepted"
    assert (records["<b2@x>"]["status"], records["<b2@x>"]["reason"]) == ("rejected", "auto-reply")


def test_a_form_letter_from_many_senders_forms_one_group(workspace: Workspace) -> None:
    for i, text in enumerate([FORM, FORM, FORM.replace("home.", "home!").replace("  ", " ")]):
        workspace.add(f"{i}.eml", make_mail(text, sender=f"Signer {i} <s{i}@example.com>", message_id=f"<f{i}@x>"))
    workspace.add("own.eml", make_mail("A different statement about my neighbours on the farm.",
                                       sender="o@example.com", message_id="<own@x>"))
    workspace.run("import", str(workspace.mail))
    records = _records(workspace)
    groups = {records[f"<f{i}@x>"]["group"] for i in range(3)}
    assert len(groups) == 1 and None not in groups
    assert records["<own@x>"]["group"] is None


def test_approval_rejection_and_edit_survive_reprocess(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail("Please call me at 802-555-0142 about the bill, I support it.",
                                     sender="c@example.com", message_id="<c1@x>"))
    workspace.add("2.eml", make_mail("I support the bill for my family and neighbours.", sender="d@example.com",
                                     message_id="<d1@x>"))
    workspace.add("3.eml", make_mail("The bill matters to every dairy farm in the state.",
                                     sender="e@example.com", message_id="<e1@x>"))
    workspace.run("import", str(workspace.mail))
    ids = {k: str(v["id"]) for k, v in _records(workspace).items()}
    assert _records(workspace)["<c1@x>"]["reason"] == "contact-details"
    workspace.run("approve", ids["<c1@x>"])
    workspace.run("reject", ids["<d1@x>"], "--reason", "asked to withdraw by phone")
    workspace.run("edit", ids["<e1@x>"], "--text", "The bill matters to every farm.", "--name", "E. Ruiz",
                  "--anonymous")
    for _ in range(2):
        records = _records(workspace)
        assert records["<c1@x>"]["status"] == "accepted"
        assert (records["<d1@x>"]["status"], records["<d1@x>"]["reason"]) == ("rejected", "manual")
        assert records["<e1@x>"]["text"] == "The bill matters to every farm."
        assert records["<e1@x>"]["name"] == "E. Ruiz" and records["<e1@x>"]["anonymous"] is True
        workspace.run("reprocess")
    shown = workspace.run("show", ids["<d1@x>"]).stdout
    assert "asked to withdraw by phone" in shown and "rejected" in shown


def test_show_names_the_reason_and_the_headers(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail("ok", message_id="<s1@x>"))
    workspace.run("import", str(workspace.mail))
    (record,) = _records(workspace).values()
    shown = workspace.run("show", str(record["id"])).stdout
    assert "rejected (too-short)" in shown
    assert "why: Fewer words than `min_words`." in shown
    assert "Message-ID: <s1@x>" in shown


def test_unknown_statement_id_is_one_line_exit_1(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail())
    workspace.run("import", str(workspace.mail))
    proc = workspace.run("approve", "999", check=False)
    assert proc.returncode == 1
    assert proc.stderr.startswith("statement-collector: no statement with id 999")


def test_stats_counts_by_status_and_reason(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail("Yes!", message_id="<t1@x>", sender="t1@example.com"))
    workspace.add("2.eml", make_mail("I am away.", message_id="<t2@x>", sender="t2@example.com",
                                     subject="Automatic reply: hearing"))
    workspace.add("3.eml", make_mail("The housing bill must pass this session.", sender="t3@example.com"))
    workspace.run("import", str(workspace.mail))
    figures = json.loads(workspace.run("stats", "--json").stdout)
    assert figures["status"] == {"accepted": 1, "rejected": 2}
    assert figures["reason"] == {"too-short": 1, "auto-reply": 1}
    assert figures["messages"] == 3 and figures["last_import"]


def test_a_reply_after_the_deadline_is_listed_and_counted_but_not_compiled(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from helpers import CONFIG

    ws = Workspace(tmp_path, CONFIG.replace("[source]", "deadline = 2026-11-25T09:00:00-05:00\n[source]"))
    ws.add("1.eml", make_mail("On time: I support the farmworker housing bill.", sender="a@example.com",
                              message_id="<on@x>", when=datetime(2026, 11, 24, 20, 0, tzinfo=EST)))
    ws.add("2.eml", make_mail("Too late but heartfelt: pass the housing bill.", sender="b@example.com",
                              message_id="<late@x>", when=datetime(2026, 11, 25, 10, 0, tzinfo=EST)))
    ws.run("import", str(ws.mail))
    assert _records(ws)["<late@x>"]["status"] == "accepted"
    assert json.loads(ws.run("stats", "--json").stdout)["after_deadline"] == 1
    ws.run("compile", "--output", str(tmp_path / "out.json"))
    compiled = json.loads((tmp_path / "out.json").read_text())
    assert [r["id"] for r in compiled] == [_records(ws)["<on@x>"]["id"]]


def test_the_same_text_under_the_same_name_from_two_addresses_goes_to_review(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail(FORM, sender="Ana Lopez <ana@example.com>", message_id="<tw1@x>",
                                     when=_day(9)))
    workspace.add("2.eml", make_mail(FORM, sender="Ana Lopez <ana.lopez@example.net>", message_id="<tw2@x>",
                                     when=_day(10)))
    workspace.run("import", str(workspace.mail))
    records = _records(workspace)
    assert records["<tw1@x>"]["status"] == "accepted"
    assert (records["<tw2@x>"]["status"], records["<tw2@x>"]["reason"]) == ("review", "possible-duplicate")
    workspace.run("approve", str(records["<tw2@x>"]["id"]))
    assert _records(workspace)["<tw2@x>"]["status"] == "accepted"


def test_purge_all_deletes_everything_after_confirmation(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail())
    workspace.run("import", str(workspace.mail))
    refused = workspace.run("purge", "--all", input="n\n", check=False)
    assert refused.returncode == 1 and len(_records(workspace)) == 1
    workspace.run("purge", "--all", input="y\n")
    assert _records(workspace) == {}
    import sqlite3

    db = sqlite3.connect(workspace.root / "statements.db")
    assert db.execute("SELECT COUNT(*) FROM raw_messages").fetchone()[0] == 0


def test_purge_before_a_date_keeps_later_mail(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail("An early statement for the housing bill.", message_id="<old@x>",
                                     sender="o@example.com", when=datetime(2026, 11, 20, 9, 0, tzinfo=EST)))
    workspace.add("2.eml", make_mail("A later statement for the housing bill.", message_id="<new@x>",
                                     sender="n@example.com", when=datetime(2026, 11, 26, 9, 0, tzinfo=EST)))
    workspace.run("import", str(workspace.mail))
    workspace.run("purge", "--before", "2026-11-24", "--yes")
    assert list(_records(workspace)) == ["<new@x>"]


def test_latest_wins_by_real_time_across_time_zones(workspace: Workspace) -> None:

    # 10:00 in Vermont is 15:00 UTC: later than 14:00 UTC, though it sorts first as text.
    workspace.add("1.eml", make_mail("Written in Vermont, later in real time: pass the bill." + MORE,
                                     message_id="<vt@x>", when=datetime(2026, 11, 24, 10, 0, tzinfo=EST)))
    workspace.add("2.eml", make_mail("Written abroad, earlier in real time: pass the bill." + MORE,
                                     message_id="<utc@x>", when=datetime(2026, 11, 24, 14, 0, tzinfo=UTC)))
    workspace.run("import", str(workspace.mail))
    records = _records(workspace)
    assert records["<vt@x>"]["status"] == "accepted"
    assert records["<utc@x>"]["status"] == "superseded"
