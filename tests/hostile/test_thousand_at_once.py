"""A thousand hostile messages in one mbox: one `import` run stores every one and its summary counts them."""

from __future__ import annotations

import json
import mailbox
import sqlite3
from pathlib import Path

from generators import thousand

from helpers import Workspace


def write_mbox(path: Path, messages: list[bytes]) -> Path:
    """An mbox file holding the messages in order."""
    box = mailbox.mbox(path)
    try:
        for data in messages:
            box.add(data)
        box.flush()
    finally:
        box.close()
    return path


def test_a_thousand_hostile_messages_import_in_one_run_and_every_one_is_stored(workspace: Workspace) -> None:
    messages = thousand()
    assert len(set(messages)) == 1000
    box = write_mbox(workspace.root / "hostile.mbox", messages)
    out = workspace.run("import", str(box)).stdout
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("1000 new ("), out
    assert summary.endswith(", 0 already stored"), out
    counted = [int(word) for word in summary.replace("(", " ").replace(",", " ").split() if word.isdigit()]
    assert counted[1] + counted[2] + counted[3] == 1000, summary  # accepted + review + rejected
    db = sqlite3.connect(workspace.root / "statements.db")
    try:
        assert db.execute("SELECT COUNT(*) FROM raw_messages").fetchone()[0] == 1000
        assert db.execute("SELECT COUNT(*) FROM statements").fetchone()[0] == 1000
        assert db.execute("SELECT COUNT(*) FROM raw_messages WHERE message_id IS NULL").fetchone()[0] >= 1000 // 7
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    stats = json.loads(workspace.run("stats", "--json").stdout)
    assert "1000" in json.dumps(stats)


def test_importing_the_thousand_again_stores_nothing_twice(workspace: Workspace) -> None:
    box = write_mbox(workspace.root / "hostile.mbox", thousand(200))
    workspace.run("import", str(box))
    again = workspace.run("import", str(box)).stdout.strip().splitlines()[-1]
    assert again.startswith("0 new (") and again.endswith(", 200 already stored"), again
