"""A real Dovecot for the IMAP tests: one server per session, a fresh user and mailbox per test."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dovecot import Dovecot, running_dovecot  # noqa: E402
from imaptools import Mailbox  # noqa: E402


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A Dovecot on 127.0.0.1 for the whole session; fails (never skips) when it cannot start."""
    try:
        context = running_dovecot()
        server = context.__enter__()
    except Exception as err:  # any reason at all: say it plainly
        pytest.fail(f"cannot start Dovecot for the IMAP tests: {err}", pytrace=False)
    try:
        yield server
    finally:
        context.__exit__(None, None, None)


@pytest.fixture
def mailbox(dovecot: Dovecot, tmp_path: Path) -> Mailbox:
    """A fresh user with an empty INBOX, and a config.toml that reaches it over TLS."""
    box = Mailbox(dovecot, dovecot.add_user(), tmp_path)
    box.config()
    return box
