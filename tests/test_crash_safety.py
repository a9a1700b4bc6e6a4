"""kill -9 during import, at random points, many times: never corrupt, never doubled, a rerun completes."""

from __future__ import annotations

import mailbox
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from helpers import Workspace, make_mail

ROUNDS = 12
PER_ROUND = 300


def _mbox(path: Path, count: int) -> Path:
    """Messages 0..count-1: each round's mbox repeats the earlier ones and adds new work."""
    box = mailbox.mbox(path)
    for i in range(count):
        box.add(make_mail(f"Statement {i}: housing for farmworkers is a matter of dignity.",
                          sender=f"P{i} <p{i}@example.com>", message_id=f"<m{i}@example.com>"))
    box.close()
    return path


def test_import_killed_at_random_points_loses_and_doubles_nothing(workspace: Workspace) -> None:
    rng = random.Random(20261128)
    env = {k: v for k, v in os.environ.items() if k != "STATEMENT_COLLECTOR_CONFIG"}
    killed_mid_run = 0
    for round_ in range(ROUNDS):
        box = _mbox(workspace.root / f"round{round_}.mbox", (round_ + 1) * PER_ROUND)
        proc = subprocess.Popen([sys.executable, "-m", "statement_collector", "-c", str(workspace.config),
                                 "import", str(box)], cwd=workspace.root, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        before = _stored(workspace.root / "statements.db")
        _wait_for(lambda n=before, p=proc: _stored(workspace.root / "statements.db") > n or p.poll() is not None)
        time.sleep(rng.uniform(0, 0.25))  # somewhere inside the run of stores
        proc.send_signal(signal.SIGKILL)
        killed_mid_run += proc.wait() == -signal.SIGKILL
        _assert_consistent(workspace.root / "statements.db")
    assert killed_mid_run >= ROUNDS // 2, "the kills should land while the import runs"
    workspace.run("import", str(box))
    db = sqlite3.connect(workspace.root / "statements.db")
    ids = [row[0] for row in db.execute("SELECT message_id FROM raw_messages")]
    assert sorted(ids) == sorted(f"<m{i}@example.com>" for i in range(ROUNDS * PER_ROUND))
    assert db.execute("SELECT COUNT(*) FROM statements").fetchone()[0] == ROUNDS * PER_ROUND


def _stored(path: Path) -> int:
    if not path.exists():
        return 0
    db = sqlite3.connect(path, timeout=10)
    try:
        return int(db.execute("SELECT COUNT(*) FROM raw_messages").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        db.close()


def _wait_for(condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def _assert_consistent(path: Path) -> None:
    if not path.exists():
        return
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        raw = db.execute("SELECT COUNT(*), COUNT(DISTINCT message_id) FROM raw_messages").fetchone()
        assert raw[0] == raw[1]
        orphans = db.execute("SELECT COUNT(*) FROM raw_messages r LEFT JOIN statements s ON s.id = r.id"
                             " WHERE s.id IS NULL").fetchone()[0]
        assert orphans == 0
    finally:
        db.close()


COMPILE_ROUNDS = 8


def test_compile_killed_at_random_points_never_replaces_a_good_pdf(workspace: Workspace) -> None:
    from pypdf import PdfReader

    for i in range(250):  # enough text for the parallel render (two worker processes)
        workspace.add(f"{i}.eml", make_mail(f"Statement {i}: every farmworker deserves a safe, warm home. " * 3,
                                            sender=f"Signer {i} <s{i}@example.com>"))
    workspace.run("import", str(workspace.mail))
    pdf = workspace.root / "statements.pdf"
    workspace.run("compile")
    good_pages = len(PdfReader(pdf).pages)
    rng = random.Random(7)
    killed_mid_run = 0
    for _ in range(COMPILE_ROUNDS):
        proc = subprocess.Popen([sys.executable, "-m", "statement_collector", "-c", str(workspace.config), "compile"],
                                cwd=workspace.root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        _wait_for(lambda p=proc: any(workspace.root.glob(".statements.pdf.*")) or p.poll() is not None)
        time.sleep(rng.uniform(0, 1.5))  # somewhere inside the render
        os.killpg(proc.pid, signal.SIGKILL)  # the whole group: the worker processes die with it, as in a crash
        killed_mid_run += proc.wait() == -signal.SIGKILL
        assert len(PdfReader(pdf).pages) == good_pages
    assert killed_mid_run >= COMPILE_ROUNDS // 2, "the kills should land while the compile runs"
    workspace.run("compile")
    assert len(PdfReader(pdf).pages) == good_pages
    assert list(workspace.root.glob(".statements.pdf.*")) == [], "stale partial files and chunks are cleaned up"
