"""Shared test helpers: realistic messages, workspaces and the CLI run as a person runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

CAMPAIGN_ID = "<campaign-1@farmworkers.example>"
CAMPAIGN_SUBJECT = "Send a statement of support for the housing bill"
EST = timezone(timedelta(hours=-5))


def make_mail(
    body: str = "I support fair housing for the farmworkers who feed Vermont.",
    *,
    sender: str = "Ana Lopez <ana@example.com>",
    subject: str = f"Re: {CAMPAIGN_SUBJECT}",
    when: datetime | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = CAMPAIGN_ID,
    headers: dict[str, str] | None = None,
    html: str | None = None,
) -> bytes:
    """A reply as a mail client would send it."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "info@farmworkers.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or datetime(2026, 11, 24, 9, 30, tzinfo=EST))
    msg["Message-ID"] = message_id or make_msgid(domain="example.com")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


CONFIG = f"""
[campaign]
message_ids = ["{CAMPAIGN_ID}"]
subject = "{CAMPAIGN_SUBJECT}"
own_addresses = ["info@farmworkers.example"]
[source]
kind = "eml"
[compilation]
title = "Statements for the hearing"
[storage]
database = "statements.db"
"""


class Workspace:
    """A folder with a config.toml, driven through the real CLI."""

    def __init__(self, root: Path, config: str = CONFIG) -> None:
        self.root = root
        self.config = root / "config.toml"
        self.config.write_text(config, encoding="utf-8")
        self.mail = root / "mail"
        self.mail.mkdir()

    def add(self, name: str, data: bytes) -> Path:
        """Write one .eml file into the workspace's mail folder."""
        path = self.mail / name
        path.write_bytes(data)
        return path

    def run(self, *args: str, check: bool = True, input: str | None = None) -> subprocess.CompletedProcess[str]:
        """`statement-collector -c config.toml ARGS`, as a subprocess."""
        return run_cli("-c", str(self.config), *args, cwd=self.root, check=check, input=input)


def run_cli(*args: str, cwd: Path, check: bool = True, input: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m statement_collector ARGS` in `cwd`."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("STATEMENT_COLLECTOR_CONFIG", None)
    proc = subprocess.run([sys.executable, "-m", "statement_collector", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, input=input, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    return proc
