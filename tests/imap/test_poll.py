"""`poll` against a real Dovecot: what it stores, what it leaves alone, and how it reads the cursor."""

from __future__ import annotations

from imaptools import Mailbox, reply


def test_first_poll_stores_every_message_and_prints_a_summary(mailbox: Mailbox) -> None:
    appended = mailbox.append([reply(n) for n in range(1, 6)])

    done = mailbox.run("poll")

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("5 new (5 accepted"), done.stdout
    assert mailbox.stored_message_ids() == appended


def test_poll_reads_without_side_effects_no_seen_flag_nothing_deleted(mailbox: Mailbox) -> None:
    mailbox.append([reply(n) for n in range(1, 4)])

    assert mailbox.run("poll").returncode == 0

    flags = mailbox.folder()
    assert len(flags) == 3
    assert all(b"\\Seen" not in f and b"\\Deleted" not in f for f in flags.values()), flags


def test_second_poll_with_nothing_new_stores_nothing(mailbox: Mailbox) -> None:
    # "UID n+1:*" still returns the last message (RFC 3501 §6.4.8); the poller must not take it as new.
    mailbox.append([reply(n) for n in range(1, 4)])
    mailbox.run("poll")

    again = mailbox.run("poll")

    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("0 new"), again.stdout
    assert "0 already stored" in again.stdout
    assert len(mailbox.stored_message_ids()) == 3


def test_mail_arriving_between_polls_is_stored_by_the_next_poll(mailbox: Mailbox) -> None:
    first = mailbox.append([reply(n) for n in range(1, 3)])
    mailbox.run("poll")
    later = mailbox.append([reply(n) for n in range(3, 6)])

    done = mailbox.run("poll")

    assert done.stdout.startswith("3 new"), done.stdout
    assert mailbox.stored_message_ids() == first + later


def test_quiet_poll_is_silent_on_success(mailbox: Mailbox) -> None:
    mailbox.append([reply(1)])

    done = mailbox.run("--quiet", "poll")

    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert len(mailbox.stored_message_ids()) == 1


def test_batches_smaller_than_the_folder_take_everything_oldest_first(mailbox: Mailbox) -> None:
    appended = mailbox.append([reply(n) for n in range(1, 24)])
    mailbox.config({"batch_size": 4})

    assert mailbox.run("poll").returncode == 0

    assert mailbox.stored_message_ids() == appended
    assert mailbox.query("SELECT last_uid FROM sync_state") == [(23,)]


def test_other_folder_than_inbox_is_read_when_configured(mailbox: Mailbox) -> None:
    mailbox.append([reply(1)])
    wanted = mailbox.append([reply(2)], folder="Campaign")
    mailbox.config({"folder": "Campaign"})

    assert mailbox.run("poll").returncode == 0

    assert mailbox.stored_message_ids() == wanted


def test_missing_folder_exits_1_naming_the_setting(mailbox: Mailbox) -> None:
    mailbox.config({"folder": "NoSuchFolder"})

    done = mailbox.run("poll")

    assert done.returncode == 1
    assert done.stderr.startswith("statement-collector: ") and "imap.folder" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_oversized_message_keeps_headers_only_and_goes_to_review(mailbox: Mailbox) -> None:
    big = reply(1, body="I support this. " + "x" * 80 + "\r\n" + ("padding line " * 8 + "\r\n") * 400)
    mailbox.append([big, reply(2)])
    mailbox.config(source={"max_message_mb": 0.02})

    assert mailbox.run("poll").returncode == 0

    rows = mailbox.query("SELECT r.truncated, length(r.data), s.status, s.reason FROM raw_messages r"
                         " JOIN statements s ON s.id = r.id ORDER BY r.id")
    assert rows[0][0] == 1 and rows[0][1] < 2000 and rows[0][2:] == ("review", "too-large")
    assert rows[1][0] == 0 and rows[1][2] == "accepted"


def test_check_reports_count_uidvalidity_and_unprocessed_and_changes_nothing(mailbox: Mailbox) -> None:
    mailbox.append([reply(n) for n in range(1, 4)])
    mailbox.run("poll")
    mailbox.append([reply(n) for n in range(4, 6)])
    before = mailbox.folder()

    done = mailbox.run("check")

    assert done.returncode == 0, done.stderr
    assert "folder 'INBOX': 5 messages, UIDVALIDITY " in done.stdout
    assert "not yet processed: 2" in done.stdout
    assert mailbox.folder() == before
    assert len(mailbox.stored_message_ids()) == 3


def test_check_before_any_poll_creates_no_database(mailbox: Mailbox) -> None:
    mailbox.append([reply(1)])

    done = mailbox.run("check")

    assert "not yet processed: 1" in done.stdout, done.stdout + done.stderr
    assert not mailbox.database.exists()
