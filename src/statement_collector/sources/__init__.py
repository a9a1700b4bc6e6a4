"""Where raw messages come from: one protocol for files and IMAP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from ..models import RawMessage


class MessageSource(Protocol):
    """Yields raw messages (each with its cursor, if the source keeps one); told when each is stored. A source
    only reads: the pipeline writes the message and its cursor in one transaction."""

    def messages(self) -> Iterator[RawMessage]:
        """Raw messages not yet seen, oldest first."""
        ...

    def after_commit(self, raw: RawMessage) -> None:
        """Act on the mailbox once `raw` is safely stored (e.g. move it)."""
        ...
