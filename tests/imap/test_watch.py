"""`poll --watch`: IMAP IDLE picks up new mail within seconds, survives a server restart, stops on a signal."""

from __future__ import annotations

import signal
import subprocess
import time

import pytest
from imaptools import Mailbox, cli_env, reply


def _wait_until_stored(mailbox: Mailbox, count: int, timeout: float = 15.0) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if len(mailbox.stored_message_ids()) >= count:
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"only {len(mailbox.stored_message_ids())} of {count} stored after {timeout} s")


def _watch(mailbox: Mailbox) -> subprocess.Popen[str]:
    return subprocess.Popen(mailbox.command("poll", "--watch"), env=cli_env(), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_watch_picks_up_mail_appended_while_idle_and_exits_cleanly_on_signal(
        mailbox: Mailbox, stop: signal.Signals) -> None:
    first = mailbox.append([reply(1)])
    watcher = _watch(mailbox)
    try:
        _wait_until_stored(mailbox, 1)
        time.sleep(0.5)  # now idling
        later = mailbox.append([reply(2)])

        delay = _wait_until_stored(mailbox, 2)

        watcher.send_signal(stop)
        out, err = watcher.communicate(timeout=10)
    finally:
        watcher.kill()
    assert watcher.returncode == 0, err
    assert delay < 5
    assert mailbox.stored_message_ids() == first + later
    assert out.splitlines()[:2] == [line for line in out.splitlines() if line.startswith("1 new")][:2]


def test_watch_reconnects_after_the_server_drops_the_connection(mailbox: Mailbox) -> None:
    mailbox.append([reply(1)])
    watcher = _watch(mailbox)
    try:
        _wait_until_stored(mailbox, 1)
        time.sleep(0.5)
        mailbox.server.kick(mailbox.user)  # `doveadm kick`: the server ends the session (BYE, then EOF)
        mailbox.append([reply(2)])

        _wait_until_stored(mailbox, 2, timeout=20)

        watcher.send_signal(signal.SIGTERM)
        _, err = watcher.communicate(timeout=10)
    finally:
        watcher.kill()
    assert watcher.returncode == 0, err
    assert "reconnecting" in err
    assert len(mailbox.stored_message_ids()) == 2


def test_watch_with_a_wrong_password_exits_1_instead_of_retrying(mailbox: Mailbox) -> None:
    env = {**cli_env(), "SC_TEST_IMAP_PASSWORD": "not-the-password"}

    done = subprocess.run(mailbox.command("poll", "--watch"), env=env, capture_output=True, text=True, timeout=30)

    assert done.returncode == 1 and "refused the login" in done.stderr
