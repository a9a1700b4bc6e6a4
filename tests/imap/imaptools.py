"""IMAP test helpers: realistic replies and a mailbox on the test Dovecot, driven through the CLI."""


from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from dovecot import PASSWORD, Dovecot  # noqa: E402

from helpers import run_cli  # noqa: E402

CLI = Path(sys.executable).with_name("statement-collector")
PASSWORD_ENV = "SC_TEST_IMAP_PASSWORD"
CAMPAIGN_ID = "<campaign-2026@example.org>"


def reply(number: int, *, body: str | None = None, tag: str = "") -> bytes:
    """A realistic reply to the campaign mail, with a unique Message-ID."""
    sent = datetime(2026, 11, 24, 9, 0, tzinfo=UTC) + timedelta(minutes=number)
    text = body or (f"I support the new library for our town, because my children read there every week. "
                    f"Reply number {number}.")
    return (
        f"From: Supporter {number} <supporter{number}@example.net>\r\n"
        f"To: Campaign <info@example.org>\r\n"
        f"Subject: Re: Support the new library\r\n"
        f"Date: {format_datetime(sent)}\r\n"
        f"Message-ID: <reply-{number}-{tag or uuid.uuid4().hex[:12]}@example.net>\r\n"
        f"In-Reply-To: {CAMPAIGN_ID}\r\n"
        f"References: {CAMPAIGN_ID}\r\n"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"\r\n"
        f"{text}\r\n\r\nSupporter {number}\r\n\r\n"
        f"On Mon, Nov 23, 2026 at 9:00 AM Campaign <info@example.org> wrote:\r\n"
        f"> Please reply with a short statement of support.\r\n"
    ).encode()


def message_id(raw: bytes) -> str:
    """The Message-ID header of a message made by `reply`."""
    for line in raw.split(b"\r\n"):
        if line.lower().startswith(b"message-id:"):
            return line.split(b":", 1)[1].strip().decode()
    raise ValueError("no Message-ID")


@dataclass
class Mailbox:
    """One test's user on the shared Dovecot, its config file and database."""

    server: Dovecot
    user: str
    workdir: Path

    @property
    def database(self) -> Path:
        return self.workdir / "statements.db"

    def append(self, messages: list[bytes], folder: str = "INBOX") -> list[str]:
        """APPEND messages to a folder (created when missing); returns their Message-IDs."""
        with self.server.client(self.user) as imap:
            if not imap.folder_exists(folder):
                imap.create_folder(folder)
            imap.multiappend(folder, messages)
        return [message_id(raw) for raw in messages]

    def folder(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        """UID -> flags of every message in a folder, looked at read-only."""
        with self.server.client(self.user) as imap:
            imap.select_folder(folder, readonly=True)
            uids = imap.search("ALL")
            return {uid: data[b"FLAGS"] for uid, data in imap.fetch(uids, ["FLAGS"]).items()} if uids else {}

    def config(self, imap: dict[str, object] | None = None, source: dict[str, object] | None = None) -> Path:
        """Write config.toml: TLS with the test CA by default, `imap` and `source` keys override."""
        settings: dict[str, object] = {
            "host": "127.0.0.1", "port": self.server.imaps_port, "security": "tls",
            "ca_file": str(self.server.ca_file), "username": self.user, "password_env": PASSWORD_ENV,
            "timeout": 10, "batch_size": 10, **(imap or {}),
        }
        lines = ['[campaign]', f'message_ids = ["{CAMPAIGN_ID}"]', "", "[source]", 'kind = "imap"']
        lines += [f"{key} = {_toml(value)}" for key, value in (source or {}).items()]
        lines += ["", "[imap]"] + [f"{key} = {_toml(value)}" for key, value in settings.items()]
        lines += ["", "[storage]", f"database = {_toml(str(self.database))}", ""]
        path = self.workdir / "config.toml"
        path.write_text("\n".join(lines))
        return path

    def command(self, *args: str) -> list[str]:
        """The CLI invocation for `args`, with this mailbox's config."""
        return [str(CLI), "-c", str(self.workdir / "config.toml"), *args]

    def run(self, *args: str, timeout: float = 60, process: bool = False) -> subprocess.CompletedProcess[str]:
        """Run the CLI to completion, with this mailbox's config (which must have been written) and password: in this
        process, or with `process` as the installed command in a subprocess, stopped after `timeout` seconds."""
        if process:
            return subprocess.run(self.command(*args), capture_output=True, text=True, timeout=timeout, env=cli_env())
        return run_cli("-c", str(self.workdir / "config.toml"), *args, cwd=self.workdir, check=False,
                       env={PASSWORD_ENV: PASSWORD})

    def stored_message_ids(self) -> list[str]:
        """Message-IDs of every stored raw message, in storing order (repeats would show)."""
        if not self.database.exists():
            return []
        with sqlite3.connect(self.database) as db:
            try:
                return [row[0] for row in db.execute("SELECT message_id FROM raw_messages ORDER BY id")]
            except sqlite3.OperationalError:  # a poll has created the file but not yet the tables
                return []

    def query(self, sql: str) -> list[tuple[object, ...]]:
        """Rows of a read-only query on the database."""
        with sqlite3.connect(self.database) as db:
            return list(db.execute(sql))


def cli_env() -> dict[str, str]:
    """The environment for CLI runs: the password in its variable, output unbuffered."""
    return {**os.environ, PASSWORD_ENV: PASSWORD, "PYTHONUNBUFFERED": "1"}


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
