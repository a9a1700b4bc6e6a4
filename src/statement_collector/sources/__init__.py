"""Where raw messages come from: one protocol for files and IMAP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from ..models import RawMessage

if TYPE_CHECKING:
    from ..store import Store


class MessageSource(Protocol):
    """Yields raw messages; told when each is stored, inside and after its transaction."""

    def messages(self) -> Iterator[RawMessage]:
        """Raw messages not yet seen, oldest first."""
        ...

    def mark_done(self, raw: RawMessage, store: Store) -> None:
        """Record progress inside the transaction that stored `raw`."""
        ...

    def after_commit(self, raw: RawMessage) -> None:
        """Act on the mailbox once `raw` is safely stored (e.g. move it)."""
        ...
