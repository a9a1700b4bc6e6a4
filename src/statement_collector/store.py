"""SQLite: raw messages, statements, decisions, audit log and poller state."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

from .errors import NotFoundError, StoreError
from .models import Decision, RawMessage, Reason, Resolved, Row, RunKind, Statement, Status

MIGRATIONS: list[str] = [
    """
    CREATE TABLE raw_messages (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        message_id TEXT,
        sha256 TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL,
        truncated INTEGER NOT NULL DEFAULT 0,
        received_at TEXT,
        stored_at TEXT NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE statements (
        id INTEGER PRIMARY KEY REFERENCES raw_messages(id) ON DELETE CASCADE,
        message_id TEXT,
        sender TEXT NOT NULL DEFAULT '',
        name TEXT,
        anonymous INTEGER NOT NULL DEFAULT 0,
        received_at TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        removed TEXT NOT NULL DEFAULT '',
        machine_status TEXT NOT NULL,
        machine_reason TEXT,
        decision TEXT CHECK (decision IN ('approved', 'rejected')),
        decision_note TEXT,
        edit_text TEXT,
        edit_name TEXT,
        edit_anonymous INTEGER,
        status TEXT NOT NULL,
        reason TEXT,
        group_id INTEGER,
        processed_at TEXT NOT NULL
    );
    CREATE INDEX statements_status ON statements(status);
    CREATE INDEX statements_sender ON statements(sender);
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        statement_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    );
    CREATE TABLE sync_state (
        account TEXT PRIMARY KEY,
        uidvalidity INTEGER,
        last_uid INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}'
    );
    """,
    """
    ALTER TABLE statements ADD COLUMN requests TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE statements ADD COLUMN author_names TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE statements ADD COLUMN privacy TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE statements ADD COLUMN person_anonymous INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE statements ADD COLUMN person_note TEXT NOT NULL DEFAULT '';
    ALTER TABLE statements ADD COLUMN seen_fingerprint TEXT
    """,
    """
    ALTER TABLE statements ADD COLUMN place TEXT;
    ALTER TABLE statements ADD COLUMN edit_place TEXT;
    CREATE TABLE campaign_text (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        text TEXT NOT NULL,
        origin TEXT NOT NULL,
        replies INTEGER NOT NULL DEFAULT 0,
        learned_at TEXT NOT NULL
    )
    """,
    """
    ALTER TABLE statements ADD COLUMN role TEXT
    """,
]

_EFFECTIVE = """
    SELECT id, message_id, sender, COALESCE(edit_name, name) AS name,
           COALESCE(edit_anonymous, MAX(anonymous, person_anonymous)) AS anonymous, received_at, subject,
           COALESCE(edit_text, text) AS text, removed, status, reason, group_id, requests, author_names,
           privacy, person_note, seen_fingerprint, decision, NULLIF(COALESCE(edit_place, place), '') AS place, role
    FROM statements
"""


def now() -> str:
    """The current time as ISO 8601 UTC."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def message_key(data: bytes) -> tuple[str, str | None, str]:
    """(identity key, Message-ID, sha256): the Message-ID when present, else the sha256."""
    digest = hashlib.sha256(data).hexdigest()
    try:
        header = BytesHeaderParser().parsebytes(data[:262144]).get("Message-ID")
        message_id = str(header).strip() if header else None
    except Exception:  # any header we cannot read means no usable Message-ID
        message_id = None
    if message_id and (len(message_id) > 998 or "\x00" in message_id):
        message_id = None
    return (f"mid:{message_id}" if message_id else f"sha256:{digest}", message_id, digest)


class Store:
    """One SQLite database, opened with WAL and migrated to the current schema."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot open database {path}: {err.strerror or type(err).__name__}"
                             " (check storage.database)") from None
        with database_errors(path):
            with _private_files():
                self.db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
            try:
                self._refuse_foreign()
                with _private_files():
                    self.db.execute("PRAGMA journal_mode=WAL")
                self.db.row_factory = sqlite3.Row
                self.db.execute("PRAGMA foreign_keys=ON")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except BaseException:
                self.db.close()
                raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def _refuse_foreign(self) -> None:
        """Before anything is written (even the journal mode): tables at user_version 0 are another program's,
        since every migration sets user_version with its tables in one transaction."""
        if self.db.execute("PRAGMA user_version").fetchone()[0] == 0 and (tables := self._tables()):
            raise StoreError(f"{self.path} is not a statement-collector database: it holds another program's"
                             f" tables ({tables}); set storage.database to a new file")

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path} was written by a newer statement-collector; upgrade first")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in script.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")

    def _tables(self) -> str:
        names = [str(row[0]) for row in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        shown = [name for name in names if name.isprintable() and len(name) <= 40][:5]
        return ", ".join(shown + (["..."] if len(shown) < len(names) else []))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception; SQLite's errors become `StoreError`."""
        with database_errors(self.path):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        # After SQLITE_FULL, SQLITE_IOERR or SQLITE_BUSY SQLite may have rolled back already ("Response To Errors
        # Within A Transaction", sqlite.org/lang_transaction.html): a failing ROLLBACK would hide the real error.
        if self.db.in_transaction:
            try:
                self.db.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    # raw messages -------------------------------------------------------

    def has_message(self, key: str) -> bool:
        """True when a message with this identity key is stored."""
        return self.db.execute("SELECT 1 FROM raw_messages WHERE key = ?", (key,)).fetchone() is not None

    def add_message(self, raw: RawMessage, statement: Statement) -> int | None:
        """Store a raw message and its statement together; None when already stored."""
        key, message_id, digest = message_key(raw.data)
        cur = self.db.execute(
            "INSERT OR IGNORE INTO raw_messages (key, message_id, sha256, origin, size, truncated,"
            " received_at, stored_at, data) VALUES (?,?,?,?,?,?,?,?,?)",
            (key, message_id, digest, raw.origin, len(raw.data), int(raw.truncated),
             _iso(raw.received_at), now(), raw.data),
        )
        if not cur.rowcount:
            return None
        raw_id = int(cur.lastrowid or 0)
        self.save_statement(raw_id, statement)
        return raw_id

    def raw_messages(self, batch: int = 100) -> Iterator[tuple[int, RawMessage]]:
        """Every stored raw message, oldest first, read `batch` at a time (the caller may write between them)."""
        last = 0
        while rows := self.db.execute("SELECT id, origin, received_at, truncated, data FROM raw_messages "
                                      "WHERE id > ? ORDER BY id LIMIT ?", (last, batch)).fetchall():
            for row in rows:
                yield row["id"], RawMessage(
                    data=row["data"], origin=row["origin"], truncated=bool(row["truncated"]),
                    received_at=_dt(row["received_at"]) if row["received_at"] else None,
                )
            last = rows[-1]["id"]

    def raw_headers(self, statement_id: int) -> bytes:
        """The header block of a stored message."""
        row = self.db.execute("SELECT data FROM raw_messages WHERE id = ?", (statement_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no statement with id {statement_id}")
        data: bytes = row["data"]
        end = min((i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0), default=len(data))
        return data[:end]

    # statements ---------------------------------------------------------

    def save_statement(self, raw_id: int, s: Statement) -> None:
        """Write the pipeline's result for a message, keeping a person's decision and edits."""
        self.db.execute(
            "INSERT INTO statements (id, message_id, sender, name, anonymous, received_at, subject, text,"
            " removed, machine_status, machine_reason, status, reason, processed_at, requests, author_names,"
            " privacy, place, role) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET message_id=excluded.message_id, sender=excluded.sender,"
            " name=excluded.name, anonymous=excluded.anonymous, received_at=excluded.received_at,"
            " subject=excluded.subject, text=excluded.text, removed=excluded.removed,"
            " machine_status=excluded.machine_status, machine_reason=excluded.machine_reason,"
            " processed_at=excluded.processed_at, requests=excluded.requests,"
            " author_names=excluded.author_names, privacy=excluded.privacy, place=excluded.place,"
            " role=excluded.role",
            (raw_id, s.message_id, s.sender, s.name, int(s.anonymous), _iso(s.received_at), s.subject,
             s.text, s.removed, s.status.value, _reason(s.reason), s.status.value, _reason(s.reason), now(),
             _json(s.requests), _json(s.author_names), _json(s.privacy), s.place, s.role),
        )

    def statements(self, statuses: Sequence[Status] | None = None) -> list[Statement]:
        """Statements as a person sees them (edits applied), oldest first."""
        sql, args = _EFFECTIVE, ()
        if statuses is not None:
            sql += f" WHERE status IN ({','.join('?' * len(statuses))})"
            args = tuple(s.value for s in statuses)  # type: ignore[assignment]
        rows = self.db.execute(sql + " ORDER BY julianday(received_at), id", args).fetchall()
        return [_statement(row) for row in rows]

    def timeline(self) -> list[tuple[int, datetime, Status, int | None]]:
        """(id, received, status, group) of every statement, oldest first: what the overview counts."""
        rows = self.db.execute("SELECT id, received_at, status, group_id FROM statements"
                               " ORDER BY julianday(received_at), id").fetchall()
        return [(r[0], _dt(r[1]), Status(r[2]), r[3]) for r in rows]

    def statements_by_id(self, ids: Sequence[int]) -> list[Statement]:
        """These statements as a person sees them, in the order given."""
        found: dict[int, Statement] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            for row in self.db.execute(_EFFECTIVE + f" WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                found[row["id"]] = _statement(row)
        return [found[i] for i in ids if i in found]

    def queue(self, statuses: Sequence[Status], reasons: Sequence[str] = (), search: str = "", offset: int = 0,
              limit: int = 20) -> tuple[list[Statement], int]:
        """One page of statements as a person sees them, those held for review first, oldest first; and how many
        match. `search` matches the text, name, sender or subject (case-insensitively for ASCII)."""
        where = [f"status IN ({','.join('?' * len(statuses))})"]
        args: list[object] = [s.value for s in statuses]
        if reasons:
            where.append(f"reason IN ({','.join('?' * len(reasons))})")
            args += reasons
        if search:
            columns = ("COALESCE(edit_text, text)", "COALESCE(edit_name, name, '')", "sender", "subject")
            where.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
            args += ["%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"] * 4
        # One pass: sort the ids alone (a sort carrying every text is several times slower), counting the matches
        # on the way; then read the page's rows.
        found = self.db.execute(
            f"SELECT id, COUNT(*) OVER () FROM statements WHERE {' AND '.join(where)}"
            " ORDER BY status != 'review', julianday(received_at), id LIMIT ? OFFSET ?",
            [*args, max(limit, 1), offset]).fetchall()
        total = found[0][1] if found else self.db.execute(
            f"SELECT COUNT(*) FROM statements WHERE {' AND '.join(where)}", args).fetchone()[0]
        ids = [row[0] for row in found][:limit]
        rows = {row["id"]: row for row in self.db.execute(
            _EFFECTIVE + f" WHERE id IN ({','.join('?' * len(ids))})", ids)}
        return [_statement(rows[i]) for i in ids], int(total)

    def tallies(self) -> tuple[dict[str, int], dict[str, int]]:
        """How many statements have each status, and each reason."""
        by_status: dict[str, int] = {}
        by_reason: dict[str, int] = {}
        for status, reason, n in self.db.execute("SELECT status, reason, COUNT(*) FROM statements"
                                                 " GROUP BY status, reason"):
            by_status[status] = by_status.get(status, 0) + n
            if reason is not None:
                by_reason[reason] = by_reason.get(reason, 0) + n
        return by_status, by_reason

    def raw_message(self, statement_id: int) -> RawMessage:
        """The stored message a statement was read from."""
        row = self.db.execute("SELECT origin, received_at, truncated, data FROM raw_messages WHERE id = ?",
                              (statement_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no statement with id {statement_id}")
        return RawMessage(data=row["data"], origin=row["origin"], truncated=bool(row["truncated"]),
                          received_at=_dt(row["received_at"]) if row["received_at"] else None)

    def statement(self, statement_id: int) -> Statement:
        """One statement as a person sees it."""
        row = self.db.execute(_EFFECTIVE + " WHERE id = ?", (statement_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no statement with id {statement_id} (see `statement-collector list`)")
        return _statement(row)

    def decision_rows(self) -> list[Row]:
        """What dedupe needs: machine verdicts, decisions, requests and the effective text and name."""
        records = self.db.execute(
            "SELECT id, sender, COALESCE(edit_name, name) AS name, received_at, machine_status,"
            " machine_reason, decision, COALESCE(edit_text, text) AS text, anonymous, edit_anonymous,"
            " requests, author_names, seen_fingerprint FROM statements ORDER BY id"
        ).fetchall()
        return [Row(id=r["id"], sender=r["sender"], name=r["name"], received_at=r["received_at"],
                    status=Status(r["machine_status"]),
                    reason=Reason(r["machine_reason"]) if r["machine_reason"] else None,
                    decision=Decision(r["decision"]) if r["decision"] else None, text=r["text"],
                    anonymous=bool(r["anonymous"]),
                    edit_anonymous=None if r["edit_anonymous"] is None else bool(r["edit_anonymous"]),
                    requests=json.loads(r["requests"]), author_names=json.loads(r["author_names"]),
                    seen=r["seen_fingerprint"]) for r in records]

    def set_outcomes(self, outcomes: Sequence[Resolved]) -> None:
        """Write the final status, reason, group and person-level privacy of many statements."""
        self.db.executemany(
            "UPDATE statements SET status = ?, reason = ?, group_id = ?, person_anonymous = ?, person_note = ?"
            " WHERE id = ? AND (status IS NOT ? OR reason IS NOT ? OR group_id IS NOT ?"
            " OR person_anonymous IS NOT ? OR person_note IS NOT ?)",
            [(o.status.value, _reason(o.reason), o.group, int(o.anonymous), o.note, o.id,
              o.status.value, _reason(o.reason), o.group, int(o.anonymous), o.note) for o in outcomes],
        )

    def decide(self, statement_id: int, decision: Decision, note: str = "") -> None:
        """Record a person's approval or rejection, with an audit entry; an approval is bound to what was seen."""
        seen = fingerprint(self.statement(statement_id))
        self.db.execute("UPDATE statements SET decision = ?, decision_note = ?, seen_fingerprint = ? WHERE id = ?",
                        (decision.value, note or None, seen, statement_id))
        self.audit(statement_id, decision.value, note)

    def edit(self, statement_id: int, text: str | None, name: str | None, anonymous: bool | None,
             place: str | None = None) -> None:
        """Record a person's correction of text, name, anonymity or place ("" clears the place), with an audit
        entry."""
        self.statement(statement_id)
        changes = {"edit_text": text, "edit_name": name,
                   "edit_anonymous": None if anonymous is None else int(anonymous), "edit_place": place}
        for column, value in changes.items():
            if value is not None:
                self.db.execute(f"UPDATE statements SET {column} = ? WHERE id = ?", (value, statement_id))
        seen = fingerprint(self.statement(statement_id))
        self.db.execute("UPDATE statements SET seen_fingerprint = ? WHERE id = ?", (seen, statement_id))
        detail = {k.removeprefix("edit_"): v for k, v in changes.items() if v is not None}
        self.audit(statement_id, "edit", json.dumps(detail, ensure_ascii=False))

    def decision(self, statement_id: int) -> tuple[Decision | None, str | None]:
        """A person's decision on a statement and its note."""
        row = self.db.execute("SELECT decision, decision_note FROM statements WHERE id = ?",
                              (statement_id,)).fetchone()
        if not row or not row["decision"]:
            return None, row["decision_note"] if row else None
        return Decision(row["decision"]), row["decision_note"]

    def audit(self, statement_id: int, action: str, detail: str = "") -> None:
        """Append to the audit log."""
        self.db.execute("INSERT INTO audit_log (statement_id, action, detail, at) VALUES (?,?,?,?)",
                        (statement_id, action, detail, now()))

    def audit_entries(self, statement_id: int) -> list[tuple[str, str, str]]:
        """(time, action, detail) of a statement's audit entries."""
        rows = self.db.execute("SELECT at, action, detail FROM audit_log WHERE statement_id = ? ORDER BY id",
                               (statement_id,)).fetchall()
        return [(r["at"], r["action"], r["detail"]) for r in rows]

    # the campaign's own text, once learned ------------------------------

    def campaign_text(self) -> tuple[str, int, str] | None:
        """(text, replies it was learned from, when) of the learned campaign text, or None."""
        row = self.db.execute("SELECT text, replies, learned_at FROM campaign_text WHERE id = 1").fetchone()
        return None if row is None else (row["text"], row["replies"], row["learned_at"])

    def set_campaign_text(self, text: str, origin: str, replies: int) -> None:
        """Keep the campaign text learned from replies (verdicts stay put as more mail arrives)."""
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO campaign_text (id, text, origin, replies, learned_at) "
                            "VALUES (1, ?, ?, ?, ?)", (text, origin, replies, now()))

    # poller state and runs ----------------------------------------------

    def sync_state(self, account: str) -> tuple[int | None, int]:
        """(UIDVALIDITY, last UID done) for an account/folder."""
        row = self.db.execute("SELECT uidvalidity, last_uid FROM sync_state WHERE account = ?",
                              (account,)).fetchone()
        return (row["uidvalidity"], row["last_uid"]) if row else (None, 0)

    def set_sync_state(self, account: str, uidvalidity: int, last_uid: int) -> None:
        """Record the cursor; call inside the transaction that stored the message."""
        self.db.execute(
            "INSERT INTO sync_state (account, uidvalidity, last_uid, updated_at) VALUES (?,?,?,?)"
            " ON CONFLICT(account) DO UPDATE SET uidvalidity=excluded.uidvalidity,"
            " last_uid=excluded.last_uid, updated_at=excluded.updated_at",
            (account, uidvalidity, last_uid, now()),
        )

    def record_run(self, kind: RunKind, summary: dict[str, int]) -> None:
        """Remember a finished poll or import."""
        self.db.execute("INSERT INTO runs (kind, finished_at, summary) VALUES (?,?,?)",
                        (kind, now(), json.dumps(summary)))

    def last_run(self, kind: RunKind) -> str | None:
        """When a run of this kind last finished."""
        row = self.db.execute("SELECT finished_at FROM runs WHERE kind = ? ORDER BY id DESC LIMIT 1",
                              (kind,)).fetchone()
        return str(row[0]) if row else None

    def counts(self) -> dict[str, Any]:
        """Counts by status and by reason, distinct senders and groups."""
        by_status = dict(self.db.execute("SELECT status, COUNT(*) FROM statements GROUP BY status").fetchall())
        by_reason = dict(self.db.execute(
            "SELECT reason, COUNT(*) FROM statements WHERE reason IS NOT NULL GROUP BY reason").fetchall())
        senders = self.db.execute("SELECT COUNT(DISTINCT sender) FROM statements WHERE status IN"
                                  " ('accepted', 'review', 'superseded')").fetchone()[0]
        groups = self.db.execute("SELECT COUNT(DISTINCT group_id) FROM statements"
                                 " WHERE group_id IS NOT NULL AND status = 'accepted'").fetchone()[0]
        messages = self.db.execute("SELECT COUNT(*) FROM raw_messages").fetchone()[0]
        return {"messages": messages, "status": by_status, "reason": by_reason,
                "senders": senders, "groups": groups}

    def purge(self, before: datetime | None) -> int:
        """Delete raw messages (and their statements and audit) received before a time, or all."""
        where, args = ("", ()) if before is None else (
            " WHERE julianday(COALESCE(s.received_at, r.received_at, r.stored_at)) < julianday(?)",
            (before.isoformat(),))
        with self.transaction():
            ids = [row[0] for row in self.db.execute(
                "SELECT r.id FROM raw_messages r LEFT JOIN statements s ON s.id = r.id" + where, args).fetchall()]
            for chunk in range(0, len(ids), 500):
                marks = ",".join("?" * len(ids[chunk:chunk + 500]))
                self.db.execute(f"DELETE FROM audit_log WHERE statement_id IN ({marks})", ids[chunk:chunk + 500])
                self.db.execute(f"DELETE FROM raw_messages WHERE id IN ({marks})", ids[chunk:chunk + 500])
        self.db.execute("VACUUM")
        return len(ids)


BUSY_SECONDS = 30
"""How long to wait for another program's lock on the database before giving up."""

_ADVICE: tuple[tuple[str, str], ...] = (
    ("SQLITE_READONLY", "database {path} is read-only: statement-collector must write it and the -wal and -shm"
                        " files beside it (check the permissions of the file and its folder)"),
    ("SQLITE_PERM", "database {path} cannot be written: access denied (check the permissions of the file and its"
                    " folder)"),
    ("SQLITE_FULL", "database {path}: the disk is full; free some space and run again"),
    ("SQLITE_IOERR", "database {path}: the disk could not be read or written ({error}); is it full, failing or"
                     " gone?"),
    ("SQLITE_BUSY", "database {path} is locked by another program (waited {busy} s); run again when it is done"),
    ("SQLITE_LOCKED", "database {path} is locked by another program (waited {busy} s); run again when it is done"),
    ("SQLITE_CORRUPT", "database {path} is damaged ({error}); restore it from a backup, or set storage.database"
                       " to a new file"),
    ("SQLITE_NOTADB", "{path} is not a statement-collector database (not an SQLite file); set storage.database to"
                      " a new file"),
    ("SQLITE_CANTOPEN", "cannot open database {path} (check storage.database: its folder must exist and be"
                        " writable)"),
)
"""SQLite's error names (sqlite.org/rescode.html), each with the one line a person needs."""


def database_error(path: Path, err: sqlite3.Error) -> StoreError:
    """The one line for a SQLite failure: it names the database and what to do."""
    name = str(getattr(err, "sqlite_errorname", "") or "")
    for prefix, advice in _ADVICE:
        if name.startswith(prefix):
            return StoreError(advice.format(path=path, error=err, busy=BUSY_SECONDS))
    if str(err).startswith(("no such table", "no such column")):
        return StoreError(f"{path} is not a statement-collector database, or is damaged ({err}); set"
                          " storage.database to a new file")
    return StoreError(f"database {path}: {err}")


@contextmanager
def database_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's exceptions raised in the block into `StoreError` naming `path`."""
    try:
        yield
    except sqlite3.Error as err:
        raise database_error(path, err) from None


@contextmanager
def _private_files() -> Iterator[None]:
    """Files created meanwhile (database, -wal, -shm) are 0600: they hold supporters' mail."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def fingerprint(statement: Statement) -> str:
    """What a person saw when they approved or edited: the text, the name and whether it is anonymous."""
    return fingerprint_of(statement.text, statement.name, statement.anonymous, statement.person_note)


def fingerprint_of(text: str, name: str | None, anonymous: bool, note: str) -> str:
    """The digest `fingerprint` makes, from its parts."""
    seen = json.dumps([text, name, bool(anonymous), note], ensure_ascii=False)
    return hashlib.sha256(seen.encode()).hexdigest()[:32]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _reason(reason: Reason | None) -> str | None:
    return reason.value if reason else None


def _statement(row: sqlite3.Row) -> Statement:
    return Statement(
        id=row["id"], message_id=row["message_id"], sender=row["sender"], name=row["name"],
        anonymous=bool(row["anonymous"]), received_at=_dt(row["received_at"]), subject=row["subject"],
        text=row["text"], removed=row["removed"], status=Status(row["status"]),
        reason=Reason(row["reason"]) if row["reason"] else None, group=row["group_id"],
        requests=json.loads(row["requests"]), author_names=json.loads(row["author_names"]),
        privacy=json.loads(row["privacy"]),
        person_note=row["person_note"], place=row["place"], role=row["role"],
        checked=row["seen_fingerprint"] == fingerprint_of(row["text"], row["name"], bool(row["anonymous"]),
                                                          row["person_note"]),
    )
