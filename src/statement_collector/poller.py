"""`poll`, `poll --watch` and `check`: the IMAP mailbox into the store, one process at a time."""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from imapclient import IMAPClient
from imapclient import exceptions as imap_errors

from .config import require, secret_exposure
from .errors import CollectorError, ConfigError, LockedError, StuckPollError, TransientError
from .sources.imap import TRANSIENT_ERRORS, ImapSession, ImapSource, account_key, describe_transient

if TYPE_CHECKING:
    from .config import Settings
    from .pipeline import Summary
    from .store import Store

log = logging.getLogger(__name__)

Say = Callable[[str], None]

IDLE_SECONDS = 25 * 60
"""Re-issue IDLE well before the 29 minutes after which RFC 2177 lets a server drop an idle client."""

_RECONNECT: tuple[type[Exception], ...] = (TransientError, *TRANSIENT_ERRORS)

RECONNECT_MAX_SECONDS = 60.0
"""The longest pause between reconnection attempts in --watch."""

STUCK_SECONDS = 30 * 60
"""A lock whose holder has shown no sign of life for this long belongs to a stuck poll: reported, exit 1."""

HEARTBEAT_SECONDS = 60.0
"""How often a running poll marks its lock as alive."""

Heartbeat = Callable[..., None]


def poll(settings: Settings, watch: bool = False, say: Say = print) -> None:
    """Fetch and process new mail once, or keep doing so as it arrives (`watch`)."""
    require(settings, "source")
    if watch and settings.source.kind != "imap":
        raise ConfigError([f"poll --watch needs source.kind = \"imap\" (source.kind is {settings.source.kind!r})"])
    with lock(lock_path(settings)) as heartbeat:
        from .store import Store, database_errors

        with Store(settings.database_path) as store, database_errors(settings.database_path):
            if settings.source.kind != "imap":
                say(_poll_files(settings, store, heartbeat).line())
            elif watch:
                Watcher(settings, store, say, heartbeat).run()
            else:
                say(poll_once(settings, store, progress=heartbeat).line())


def _poll_files(settings: Settings, store: Store, progress: Heartbeat | None = None) -> Summary:
    """A Maildir, mbox or folder of .eml files: everything not yet stored (the store is idempotent)."""
    from .pipeline import ingest
    from .sources.files import FileSource

    source = FileSource([settings.resolve(settings.source.path)], settings.source.kind)
    return ingest(source, store, settings, kind="poll", progress=progress)


def poll_once(settings: Settings, store: Store, retry_delays: tuple[float, ...] | None = None,
              progress: Heartbeat | None = None) -> Summary:
    """Connect, ingest everything above the cursor, disconnect; `progress` is called after each message."""
    session = ImapSession(settings, retry_delays)
    try:
        return _ingest(ImapSource(session, store.sync_state(account_key(settings))), store, settings, progress)
    except TRANSIENT_ERRORS as err:
        raise TransientError(f"lost the connection to {session.address}: {describe_transient(err)}"
                             " (what was stored is kept; the next poll continues)") from None
    finally:
        session.close()


def _ingest(source: ImapSource, store: Store, settings: Settings, progress: Heartbeat | None = None) -> Summary:
    from .pipeline import ingest

    return ingest(source, store, settings, kind="poll", progress=progress)


def lock_path(settings: Settings) -> Path:
    """The lock file beside the database."""
    database = settings.database_path
    return database.with_name(database.name + ".lock")


@contextmanager
def lock(path: Path) -> Iterator[Heartbeat]:
    """Hold an exclusive lock on `path` (created 0600), or raise at once: `LockedError` while the holder is alive,
    `StuckPollError` once it has shown no sign of life for `STUCK_SECONDS`. Yields the holder's heartbeat."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _held(path, fd) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)  # and the file's mtime says the holder is alive
        yield _Pulse(fd)
    finally:
        os.close(fd)  # closing releases the lock; the file stays, so no race on who created it


class _Pulse:
    """The lock holder's heartbeat: touches the lock file, at most once every `HEARTBEAT_SECONDS` however often it
    is called (after each message, each second of IDLE)."""

    def __init__(self, fd: int) -> None:
        self.fd, self.last = fd, time.monotonic()

    def __call__(self, *_: object) -> None:
        now = time.monotonic()
        if now - self.last >= HEARTBEAT_SECONDS:
            os.utime(self.fd)
            self.last = now


def _held(path: Path, fd: int) -> CollectorError:
    """Why the lock is taken: a live poll (cron's next run just steps aside) or a stuck one (a person must look)."""
    age = time.time() - os.fstat(fd).st_mtime
    if age < STUCK_SECONDS:
        return LockedError(f"another poll is running (lock {path})")
    pid = os.pread(fd, 16, 0).decode("ascii", "replace").strip()
    holder = f"process {pid}" if pid.isdigit() else "another process"
    return StuckPollError(f"a poll ({holder}) holds the lock {path} but has shown no progress for {age // 60:.0f}"
                          " minutes: it seems stuck; see what it is doing, and stop it if it hangs")


def check(settings: Settings) -> list[str]:
    """Describe the source: for IMAP log in and look at the folder; for files read them; changes nothing."""
    require(settings, "source")
    warning = secret_exposure(settings)
    lines = [warning] if warning else []
    if settings.source.kind != "imap":
        return lines + _check_files(settings) + [_campaign_line(settings)]
    session = ImapSession(settings)
    try:
        lines += [f"login: OK as {settings.imap.username!r} on {session.address} ({settings.imap.security})"]
        lines += _describe_folder(settings, session)
        if settings.imap.processed_folder:
            exists = session.client.folder_exists(settings.imap.processed_folder)
            lines.append(f"processed folder {settings.imap.processed_folder!r}: "
                         + ("exists" if exists else "missing; the first poll creates it"))
        return [*lines, _campaign_line(settings)]
    finally:
        session.close()


def _check_files(settings: Settings) -> list[str]:
    """A Maildir, mbox or .eml source: that it is there, that every message reads, and what is not yet stored."""
    from .sources.files import FileSource
    from .store import message_key

    kind, path = settings.source.kind, settings.resolve(settings.source.path)
    with _existing_store(settings) as store:
        count = pending = 0
        for raw in FileSource([path], kind).messages():
            count += 1
            pending += store is None or not store.has_message(message_key(raw.data)[0])
    return [f"source: {kind} {path}: {count} messages, all readable", f"not yet processed: {pending}"]


def _campaign_line(settings: Settings) -> str:
    from .campaign import campaign_line

    with _existing_store(settings) as store:
        return f"campaign text: {campaign_line(settings, store)}"


@contextmanager
def _existing_store(settings: Settings) -> Iterator[Store | None]:
    """The store, or None when the database does not exist yet (`check` creates nothing)."""
    if not settings.database_path.exists():
        yield None
        return
    from .store import Store, database_errors

    with Store(settings.database_path) as store, database_errors(settings.database_path):
        yield store


def _describe_folder(settings: Settings, session: ImapSession) -> list[str]:
    status = session.select(settings.imap.folder, readonly=True)
    count, validity = int(status.get(b"EXISTS", 0)), int(status[b"UIDVALIDITY"])
    known_validity, last_uid = _cursor(settings)
    if known_validity != validity:
        pending = count
        note = "" if known_validity is None else " (UIDVALIDITY changed: the next poll rescans the folder)"
    else:
        pending, note = len(session.uids_after(last_uid)), ""
    return [f"folder {settings.imap.folder!r}: {count} messages, UIDVALIDITY {validity}",
            f"not yet processed: {pending}{note}"]


def _cursor(settings: Settings) -> tuple[int | None, int]:
    """The stored cursor, without creating a database that does not exist yet."""
    with _existing_store(settings) as store:
        return (None, 0) if store is None else store.sync_state(account_key(settings))


class Watcher:
    """`poll --watch`: ingest, IDLE until the folder changes, repeat; reconnect after drops; stop on a signal."""

    def __init__(self, settings: Settings, store: Store, say: Say, heartbeat: Heartbeat = lambda: None) -> None:
        self.settings, self.store, self.say, self.heartbeat = settings, store, say, heartbeat
        self.stopping = threading.Event()

    def run(self) -> None:
        """Until SIGINT or SIGTERM."""
        previous = {sig: signal.signal(sig, self._stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            self._loop()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        log.info("watch stopped")

    def _stop(self, signum: int, frame: FrameType | None) -> None:
        self.stopping.set()

    def _loop(self) -> None:
        failures = 0
        while not self.stopping.is_set():
            try:
                self._session()
                failures = 0
            except _RECONNECT as err:
                failures += 1
                pause = min(RECONNECT_MAX_SECONDS, 2.0 ** failures)
                log.warning("connection lost (%s); reconnecting in %.0f s", describe_transient(err), pause)
                self.stopping.wait(pause)

    def _session(self) -> None:
        session = ImapSession(self.settings, retry_delays=())
        try:
            source = ImapSource(session, self.store.sync_state(account_key(self.settings)),
                                should_stop=self.stopping.is_set)
            while not self.stopping.is_set():
                summary = _ingest(source, self.store, self.settings, self.heartbeat)
                if summary.seen:
                    self.say(summary.line())
                self._idle(session)
        finally:
            session.close()

    def _idle(self, session: ImapSession) -> None:
        """Wait for the server to announce new mail (RFC 2177), checking for a stop signal every second."""
        client = session.client
        client.idle()
        deadline, quick_empty = time.monotonic() + IDLE_SECONDS, 0
        try:
            while not self.stopping.is_set() and time.monotonic() < deadline:
                self.heartbeat()
                started = time.monotonic()
                responses = client.idle_check(timeout=1)
                if any(_says_bye(r) for r in responses):
                    raise ConnectionError("the server closed the connection")
                if any(_announces_mail(r) for r in responses):
                    return
                # imapclient swallows EOF: "readable, yet nothing read" again and again means the peer is gone.
                quick_empty = quick_empty + 1 if not responses and time.monotonic() - started < 0.5 else 0
                if quick_empty >= 3:
                    raise ConnectionError("the connection was closed")
        finally:
            _leave_idle(client)


def _leave_idle(client: IMAPClient) -> None:
    try:
        client.idle_done()
    except (OSError, imap_errors.IMAPClientError):
        pass  # the connection is already gone; the caller reports why


def _says_bye(response: tuple[object, ...]) -> bool:
    return bool(response) and response[0] == b"BYE"


def _announces_mail(response: tuple[object, ...]) -> bool:
    return len(response) > 1 and response[1] in (b"EXISTS", b"RECENT")
