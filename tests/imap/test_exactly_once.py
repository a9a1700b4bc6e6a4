"""Exactly once: crashes, concurrent polls, a recreated folder and moving processed mail lose and double nothing."""

from __future__ import annotations

import fcntl
import os
import random
import signal
import subprocess
import time
from collections.abc import Callable

from imaptools import Mailbox, cli_env, reply

ROUNDS = 24
PER_ROUND = 15


def _wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.002)
    return False


def _cursor(mailbox: Mailbox) -> int:
    rows = mailbox.query("SELECT last_uid FROM sync_state")
    return int(rows[0][0]) if rows else 0  # type: ignore[call-overload]


def test_sigkill_at_random_points_then_rerun_loses_nothing_and_doubles_nothing(mailbox: Mailbox) -> None:
    rng = random.Random(20261124)  # fixed: a failure replays the same kills
    mailbox.config({"batch_size": 4})
    appended: list[str] = []
    killed_while_storing = 0
    for round_ in range(ROUNDS):
        appended += mailbox.append([reply(round_ * PER_ROUND + n) for n in range(PER_ROUND)])
        before = len(mailbox.stored_message_ids())
        poller = subprocess.Popen(mailbox.command("poll"), env=cli_env(),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if round_ % 2:  # half the kills land just after storing began, i.e. inside a batch
            _wait_for(lambda n=before, p=poller: len(mailbox.stored_message_ids()) > n or p.poll() is not None)
            time.sleep(rng.uniform(0, 0.03))
        else:  # the other half anywhere: start-up, login, fetch, storing
            time.sleep(rng.uniform(0.05, 1.0))
        poller.send_signal(signal.SIGKILL)
        if poller.wait() == -signal.SIGKILL and len(mailbox.stored_message_ids()) > before:
            killed_while_storing += 1
        stored = mailbox.stored_message_ids()
        assert stored == appended[:len(stored)], f"round {round_}: not a gap-free, duplicate-free prefix"
        # UIDs are 1..N in this fresh mailbox: the cursor must match what is stored, to the message.
        assert _cursor(mailbox) == len(stored), f"round {round_}: cursor and store disagree"

    final = mailbox.run("poll")

    assert final.returncode == 0, final.stderr
    assert mailbox.stored_message_ids() == appended
    assert mailbox.query("SELECT COUNT(*) FROM statements") == [(len(appended),)]
    assert killed_while_storing >= ROUNDS // 3, f"only {killed_while_storing} kills landed while storing"


def test_poll_while_another_holds_the_lock_prints_one_line_and_exits_0(mailbox: Mailbox) -> None:
    mailbox.append([reply(1)])
    lock = mailbox.workdir / "statements.db.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # what a running poll holds

        done = mailbox.run("poll")
    finally:
        os.close(fd)

    assert done.returncode == 0
    assert done.stderr.strip() == f"statement-collector: another poll is running (lock {lock})"
    assert mailbox.stored_message_ids() == []
    assert mailbox.run("poll").returncode == 0 and len(mailbox.stored_message_ids()) == 1


def test_two_polls_at_once_one_steps_aside_and_everything_is_stored_once(mailbox: Mailbox) -> None:
    appended = mailbox.append([reply(n) for n in range(600)])
    first = subprocess.Popen(mailbox.command("poll"), env=cli_env(), text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert _wait_for(lambda: len(mailbox.stored_message_ids()) > 0), "the first poll never stored anything"

    second = mailbox.run("poll", process=True)  # two processes polling at once
    out, err = first.communicate(timeout=60)

    assert second.returncode == 0 and "another poll is running" in second.stderr, second.stderr
    assert first.returncode == 0, err
    assert out.startswith("600 new")
    assert mailbox.stored_message_ids() == appended


def test_lock_file_is_private(mailbox: Mailbox) -> None:
    mailbox.run("poll")

    assert (mailbox.workdir / "statements.db.lock").stat().st_mode & 0o777 == 0o600


def test_folder_recreated_with_new_uidvalidity_is_rescanned_without_duplicates(mailbox: Mailbox) -> None:
    first = [reply(n, tag="stable") for n in range(1, 4)]
    mailbox.append(first, folder="Campaign")
    mailbox.config({"folder": "Campaign"})
    mailbox.run("poll")
    old_validity = mailbox.query("SELECT uidvalidity FROM sync_state")
    with mailbox.server.client(mailbox.user) as imap:
        imap.delete_folder("Campaign")
        imap.create_folder("Campaign")
    mailbox.append(first + [reply(4, tag="stable")], folder="Campaign")

    done = mailbox.run("poll")

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 new") and "3 already stored" in done.stdout, done.stdout
    assert len(mailbox.stored_message_ids()) == 4
    assert mailbox.query("SELECT uidvalidity FROM sync_state") != old_validity
    assert _cursor(mailbox) == 4


def test_processed_folder_receives_each_message_after_it_is_stored(mailbox: Mailbox) -> None:
    appended = mailbox.append([reply(n) for n in range(1, 5)])
    mailbox.config({"processed_folder": "Processed"})

    done = mailbox.run("poll")

    assert done.returncode == 0, done.stderr
    assert mailbox.stored_message_ids() == appended
    assert mailbox.folder("INBOX") == {}
    moved = mailbox.folder("Processed")
    assert len(moved) == 4 and all(b"\\Seen" not in flags for flags in moved.values())
    assert mailbox.run("poll").stdout.startswith("0 new")


def test_processed_folder_also_takes_mail_stored_before_it_was_set(mailbox: Mailbox) -> None:
    # The same path cleans up after a crash between a commit and its MOVE: at or below the cursor means stored.
    mailbox.append([reply(n) for n in range(1, 4)])
    mailbox.run("poll")
    mailbox.append([reply(4)])
    mailbox.config({"processed_folder": "Processed"})

    done = mailbox.run("poll")

    assert done.stdout.startswith("1 new"), done.stdout + done.stderr
    assert mailbox.folder("INBOX") == {}
    assert len(mailbox.folder("Processed")) == 4
    assert len(mailbox.stored_message_ids()) == 4
