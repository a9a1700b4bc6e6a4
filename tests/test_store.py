"""The store reads raw messages in batches, so `reprocess` holds one batch of the mailbox at a time."""

from __future__ import annotations

from pathlib import Path

from helpers import make_mail
from statement_collector.config import Settings
from statement_collector.models import RawMessage
from statement_collector.pipeline import process
from statement_collector.store import Store


def test_raw_messages_come_in_batches_all_of_them_once_in_order_while_the_caller_writes(tmp_path: Path) -> None:
    settings = Settings()
    with Store(tmp_path / "s.db") as store:
        for n in range(25):
            raw = RawMessage(data=make_mail(f"I support the workers, number {n}.", message_id=f"<m{n}@example.com>"))
            with store.transaction():
                store.add_message(raw, process(raw, settings))
        seen = []
        for raw_id, raw in store.raw_messages(batch=4):
            with store.transaction():
                store.save_statement(raw_id, process(raw, settings))
            seen.append(raw_id)
        assert seen == sorted(seen) and len(set(seen)) == 25
        assert [b"number 3." in raw.data for _, raw in store.raw_messages(batch=4)].index(True) == 3
