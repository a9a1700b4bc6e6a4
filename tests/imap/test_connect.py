"""Connecting and logging in: TLS, STARTTLS, clear text on loopback only, passwords, XOAUTH2, a dead server."""

from __future__ import annotations

import shlex
import subprocess
import sys
import time
from pathlib import Path

from dovecot import running_dovecot
from imaptools import PASSWORD, PASSWORD_ENV, Mailbox, cli_env, reply


def _one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("statement-collector: "), stderr
    return lines[0]


def test_tls_with_ca_file_verifies_the_server_and_polls(mailbox: Mailbox) -> None:
    mailbox.append([reply(1)])

    done = mailbox.run("poll")

    assert done.returncode == 0, done.stderr
    assert len(mailbox.stored_message_ids()) == 1


def test_unknown_certificate_exits_1_and_points_at_ca_file(mailbox: Mailbox) -> None:
    mailbox.config({"ca_file": ""})

    done = mailbox.run("poll")

    assert done.returncode == 1
    line = _one_error_line(done.stderr)
    assert "not trusted" in line and "imap.ca_file" in line


def test_verify_certificate_false_connects_but_warns(mailbox: Mailbox) -> None:
    mailbox.append([reply(1)])
    mailbox.config({"ca_file": "", "verify_certificate": False})

    done = mailbox.run("poll")

    assert done.returncode == 0, done.stderr
    assert "verify_certificate is false" in done.stderr


def test_starttls_upgrades_the_plain_port(mailbox: Mailbox) -> None:
    mailbox.append([reply(1)])
    mailbox.config({"security": "starttls", "port": mailbox.server.imap_port})

    done = mailbox.run("poll")

    assert done.returncode == 0, done.stderr
    assert len(mailbox.stored_message_ids()) == 1


def test_security_none_works_on_loopback(mailbox: Mailbox) -> None:
    mailbox.append([reply(1)])
    mailbox.config({"security": "none", "port": mailbox.server.imap_port})

    assert mailbox.run("poll").returncode == 0
    assert len(mailbox.stored_message_ids()) == 1


def test_security_none_is_refused_for_a_remote_host(mailbox: Mailbox) -> None:
    mailbox.config({"security": "none", "host": "imap.example.org", "port": 143})

    done = mailbox.run("poll")

    assert done.returncode == 1
    assert "imap.security" in _one_error_line(done.stderr)


def test_wrong_password_exits_1_naming_the_setting_and_never_the_password(mailbox: Mailbox) -> None:
    wrong = "Wr0ng-Pa55-" + "q" * 8
    env = {**cli_env(), PASSWORD_ENV: wrong}

    done = subprocess.run(mailbox.command("-v", "poll"), capture_output=True, text=True, env=env, timeout=60)

    assert done.returncode == 1
    line = _one_error_line("\n".join(x for x in done.stderr.splitlines() if "INFO" not in x))
    assert "refused the login" in line and PASSWORD_ENV in line and "imap.username" in line
    assert wrong not in done.stdout + done.stderr


def test_password_command_first_line_is_the_password(mailbox: Mailbox, tmp_path: Path) -> None:
    mailbox.append([reply(1)])
    script = tmp_path / "pass.py"
    script.write_text(f"print({PASSWORD!r}); print('second line is ignored')\n")
    mailbox.config({"password_env": "SC_TEST_UNSET_VARIABLE",
                    "password_command": f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}"})

    done = mailbox.run("poll")

    assert done.returncode == 0, done.stderr
    assert len(mailbox.stored_message_ids()) == 1


def test_xoauth2_logs_in_with_the_token_from_the_command(mailbox: Mailbox, tmp_path: Path) -> None:
    # Real XOAUTH2: Dovecot's oauth2 passdb asks the test's RFC 7662 introspection endpoint
    # (tests/imap/dovecot.py TokenEndpoint, on 127.0.0.1) whether the token is active and whose it is.
    token = f"ya29.test-token-for-{mailbox.user}"
    mailbox.server.tokens.tokens[token] = mailbox.user
    mailbox.append([reply(1)])
    mailbox.config({"auth": "xoauth2", "password_env": "SC_TEST_UNSET_VARIABLE",
                    "oauth2_token_command": f"echo {token}"})

    done = mailbox.run("poll")

    assert done.returncode == 0, done.stderr
    assert len(mailbox.stored_message_ids()) == 1


def test_xoauth2_with_a_rejected_token_exits_1_naming_the_token_command(mailbox: Mailbox) -> None:
    mailbox.config({"auth": "xoauth2", "oauth2_token_command": "echo expired-token"})

    done = mailbox.run("poll")

    assert done.returncode == 1
    line = _one_error_line(done.stderr)
    assert "imap.oauth2_token_command" in line and "expired-token" not in line


def test_stopped_server_exits_75_after_retries_keeping_what_was_stored(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    with running_dovecot() as server:  # its own server, so stopping it disturbs no other test
        box = Mailbox(server, server.add_user(), tmp_path)
        box.append([reply(1)])
        ca.write_bytes(server.ca_file.read_bytes())
        box.config({"port": server.imaps_port, "ca_file": str(ca)})
        assert box.run("poll").returncode == 0

    started = time.monotonic()
    done = box.run("poll")

    assert done.returncode == 75, done.stderr
    last = done.stderr.splitlines()[-1]
    assert last.startswith("statement-collector: cannot reach 127.0.0.1") and "after 4 attempts" in last
    assert time.monotonic() - started < 20
    assert len(box.stored_message_ids()) == 1


def test_check_logs_in_and_names_the_server(mailbox: Mailbox) -> None:
    done = mailbox.run("check")

    assert done.returncode == 0, done.stderr
    assert f"login: OK as '{mailbox.user}'" in done.stdout


def test_check_warns_when_a_world_readable_config_spells_out_a_secret(mailbox: Mailbox) -> None:
    path = mailbox.config({"password_env": "SC_TEST_UNSET_VARIABLE", "password_command": f"echo {PASSWORD}"})
    path.chmod(0o644)
    warned = mailbox.run("check")
    assert warned.returncode == 0, warned.stderr
    assert "readable by other users" in warned.stdout and "imap.password_command" in warned.stdout
    assert PASSWORD not in warned.stdout + warned.stderr
    path.chmod(0o600)
    assert "readable by other users" not in mailbox.run("check").stdout


def test_verbose_poll_logs_neither_password_nor_message_bodies(mailbox: Mailbox) -> None:
    mailbox.append([reply(1, body="A unique sentence about barn heaters for the verbose log test.")])
    mailbox.config()
    done = mailbox.run("-v", "poll")
    assert done.returncode == 0, done.stderr
    assert PASSWORD not in done.stdout + done.stderr
    assert "barn heaters" not in done.stdout + done.stderr
