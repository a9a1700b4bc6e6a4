"""Import: every message stored once, bad mail kept and marked, the run goes on."""

from __future__ import annotations

import json
import mailbox
import os
import sqlite3
import stat
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

from helpers import CAMPAIGN_ID, Workspace, make_mail


def _mbox(path: Path, messages: list[bytes]) -> Path:
    box = mailbox.mbox(path)
    for data in messages:
        box.add(data)
    box.flush()
    box.close()
    return path


def _listed(ws: Workspace, status: str = "all") -> list[dict[str, object]]:
    return json.loads(ws.run("list", "--status", status, "--json").stdout)  # type: ignore[no-any-return]


def test_importing_the_same_mbox_twice_leaves_the_counts_unchanged(workspace: Workspace) -> None:
    box = _mbox(workspace.root / "replies.mbox", [
        make_mail(f"Statement number {i} in support of the housing bill.", sender=f"P{i} <p{i}@example.com>")
        for i in range(5)
    ])
    first = workspace.run("import", str(box)).stdout
    stats_before = workspace.run("stats", "--json").stdout
    second = workspace.run("import", str(box)).stdout
    assert first.startswith("5 new")
    assert second.startswith("0 new") and "5 already stored" in second
    assert workspace.run("stats", "--json").stdout.replace("last_import", "") .split('"last_poll"')[0] == \
        stats_before.replace("last_import", "").split('"last_poll"')[0]
    assert len(_listed(workspace)) == 5


def test_same_message_in_eml_and_mbox_is_stored_once(workspace: Workspace) -> None:
    data = make_mail(message_id="<same@example.com>")
    eml = workspace.add("one.eml", data)
    box = _mbox(workspace.root / "again.mbox", [data])
    workspace.run("import", str(eml), str(box))
    assert len(_listed(workspace)) == 1


def test_message_without_message_id_is_deduplicated_by_its_bytes(workspace: Workspace) -> None:
    data = b"From: x@example.com\nSubject: Re: hi\n\nI stand with the farmworkers of Vermont.\n"
    workspace.add("a.eml", data)
    workspace.add("b.eml", data)
    workspace.run("import", str(workspace.mail))
    assert len(_listed(workspace)) == 1


def test_maildir_and_folder_of_eml_files_are_read(workspace: Workspace) -> None:
    maildir = mailbox.Maildir(workspace.root / "Maildir")
    maildir.add(make_mail("Housing is a human right, and I support this bill.", sender="b@example.com"))
    maildir.close()
    workspace.add("c.eml", make_mail("Farmworkers deserve safe homes, please pass it.", sender="c@example.com"))
    out = workspace.run("import", str(workspace.root / "Maildir"), str(workspace.mail)).stdout
    assert out.startswith("2 new")


def test_database_is_private_to_its_owner(workspace: Workspace) -> None:
    workspace.add("a.eml", make_mail())
    workspace.run("import", str(workspace.mail))
    for name in ("statements.db", "statements.db-wal", "statements.db-shm"):
        path = workspace.root / name
        if path.exists():
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, name


def test_hostile_messages_are_stored_raw_and_the_run_goes_on(workspace: Workspace) -> None:
    truncated = make_mail(html="<p>I support the bill</p>")[:-200]
    lying = (b"From: Luc <luc@example.com>\nSubject: Re: x\nMessage-ID: <lying@example.com>\n"
             b"Content-Type: text/plain; charset=utf-16\n\nJe soutiens les travailleurs agricoles du Vermont.\n")
    blob = bytes(range(256)) * 40
    good = make_mail("After the hostile ones, my statement still counts here.", sender="g@example.com")
    box = _mbox(workspace.root / "hostile.mbox", [truncated, lying, blob, good])
    out = workspace.run("import", str(box)).stdout
    assert out.startswith("4 new")
    records = _listed(workspace)
    assert len(records) == 4
    db = sqlite3.connect(workspace.root / "statements.db")
    assert db.execute("SELECT COUNT(*) FROM raw_messages").fetchone()[0] == 4
    reasons = dict(db.execute("SELECT r.origin, s.reason FROM raw_messages r JOIN statements s ON s.id = r.id"))
    assert reasons[f"{box}#2"] == "malformed"
    assert any(r["text"] == "After the hostile ones, my statement still counts here." for r in records)


def test_a_path_that_is_not_mail_gets_one_clear_line(workspace: Workspace) -> None:
    picture = workspace.root / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(500))
    proc = workspace.run("import", str(picture), check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"statement-collector: {picture}: not an email message (.eml), Maildir folder or mbox file"]


def test_a_missing_path_gets_one_clear_line(workspace: Workspace) -> None:
    proc = workspace.run("import", "nowhere.mbox", check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "statement-collector: nowhere.mbox: no such file or folder"


def test_a_30_mb_reply_with_photos_gives_its_statement(workspace: Workspace) -> None:
    msg = EmailMessage()
    msg["From"] = "Rosa Diaz <rosa@example.com>"
    msg["Subject"] = "Re: Send a statement of support for the housing bill"
    msg["Message-ID"] = "<photos@example.com>"
    msg["In-Reply-To"] = CAMPAIGN_ID
    msg.set_content("Here are photos of the housing on our farm. Please pass this bill.")
    for n in range(3):
        msg.add_attachment(os.urandom(10 * 1024 * 1024), maintype="image", subtype="jpeg",
                           filename=f"photo{n}.jpg")
    workspace.add("big.eml", msg.as_bytes())
    workspace.run("import", str(workspace.mail))
    (record,) = _listed(workspace)
    assert record["status"] == "accepted"
    assert record["text"] == "Here are photos of the housing on our farm. Please pass this bill."


def test_extract_works_without_a_config_and_prints_the_design_fields(
        tmp_path: Path, mail: Callable[..., bytes]) -> None:
    from helpers import run_cli

    eml = tmp_path / "r.eml"
    eml.write_bytes(mail("I support this bill with all my heart.\n\nOn Mon, Nov 23, 2026 at 9:14 AM "
                         "Farmworkers <info@farmworkers.example> wrote:\n> Please reply with a statement"))
    (record,) = json.loads(run_cli("extract", "--json", str(eml), cwd=tmp_path).stdout)
    assert set(record) == {"file", "message_id", "sender", "name", "anonymous", "received_at", "status",
                           "reason", "text", "place"}
    assert record["text"] == "I support this bill with all my heart."
    assert record["status"] == "accepted" and record["name"] == "Ana Lopez"
    assert not (tmp_path / "statements.db").exists()


def test_poll_reads_a_maildir_source_and_only_new_mail(tmp_path: Path) -> None:
    from helpers import CONFIG

    ws = Workspace(tmp_path, CONFIG.replace('kind = "eml"', 'kind = "maildir"\npath = "Maildir"'))
    box = mailbox.Maildir(tmp_path / "Maildir")
    box.add(make_mail("The first statement for safe farmworker housing.", sender="a@example.com"))
    assert ws.run("poll").stdout.startswith("1 new")
    box.add(make_mail("A second statement for safe farmworker housing.", sender="b@example.com"))
    box.close()
    assert ws.run("poll").stdout.startswith("1 new (1 accepted")
    assert ws.run("-q", "poll").stdout == ""


def test_poll_of_a_file_source_without_a_path_names_the_setting(tmp_path: Path) -> None:
    from helpers import CONFIG

    ws = Workspace(tmp_path, CONFIG.replace('kind = "eml"', 'kind = "mbox"'))
    proc = ws.run("poll", check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip() == ("statement-collector: source.path: required when source.kind is 'mbox'"
                                   " (the mbox to poll)")
