"""An IMAP folder as a message source: read-only, resumable by UID, exactly once with the store's cursor."""

from __future__ import annotations

import logging
import os
import socket
import ssl
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from imapclient import IMAPClient
from imapclient import exceptions as imap_errors

from ..config import imap_problems
from ..errors import ConfigError, LoginError, SourceError, TransientError
from ..models import Cursor, RawMessage

if TYPE_CHECKING:
    from ..config import Settings

log = logging.getLogger(__name__)

RETRY_DELAYS: tuple[float, ...] = (1.0, 2.0, 4.0)
"""Seconds to wait before each reconnection attempt; then the failure is reported as transient (exit 75)."""


class _Transient(Exception):
    """A network failure worth retrying."""


def with_retries(action: Callable[[], IMAPClient], what: str, delays: Sequence[float]) -> IMAPClient:
    """Run `action`, retrying network failures after each delay; then raise `TransientError`."""
    for attempt, delay in enumerate((*delays, None), start=1):
        try:
            return action()
        except _Transient as err:
            if delay is None:
                raise TransientError(f"cannot reach {what} after {attempt} attempts: {err}"
                                     " (check imap.host, imap.port and the network; will retry next run)"
                                     ) from None
            log.info("cannot reach %s (%s); retrying in %.1f s", what, err, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")


class ImapSession:
    """One connection to the configured server, logged in; the building block of poll, watch and check."""

    def __init__(self, settings: Settings, retry_delays: Sequence[float] | None = None) -> None:
        self.settings = settings
        self.imap_settings = settings.imap
        self.retry_delays = RETRY_DELAYS if retry_delays is None else tuple(retry_delays)
        if problems := imap_problems(settings):
            raise ConfigError(problems)
        self.client = with_retries(self._connect_and_login, self.address, self.retry_delays)

    @property
    def address(self) -> str:
        """host:port, for messages."""
        return f"{self.imap_settings.host}:{self.imap_settings.port}"

    def close(self) -> None:
        """Log out, ignoring a connection that is already gone."""
        try:
            self.client.logout()
        except (OSError, imap_errors.IMAPClientError):
            pass

    def _connect_and_login(self) -> IMAPClient:
        client = self._connect()
        try:
            self._login(client)
        except BaseException:
            client.shutdown()
            raise
        return client

    def _connect(self) -> IMAPClient:
        s = self.imap_settings
        context = _tls_context(self.settings)
        try:
            client = IMAPClient(s.host, s.port, ssl=s.security == "tls", ssl_context=context, timeout=s.timeout)
            if s.security == "starttls":
                client.starttls(context)
        except ssl.SSLCertVerificationError as err:
            raise SourceError(f"the certificate of {self.address} is not trusted: {err.verify_message}"
                              " (set imap.ca_file to your server's CA, or fix imap.host)") from None
        except ssl.SSLError as err:
            raise SourceError(f"TLS with {self.address} failed: {err.reason or err}"
                              " (check imap.security and imap.port: 993 is tls, 143 is starttls)") from None
        except imap_errors.IMAPClientError as err:
            raise _classify(err, self.address, "imap.security") from None
        except socket.gaierror as err:
            raise unresolved(err, s.host) from None
        except UnicodeError:  # the IDNA codec refuses an empty or over-long label
            raise SourceError(f"cannot resolve host {s.host}: not a valid host name (check imap.host)") from None
        except OSError as err:
            raise _Transient(_describe_os_error(err)) from None
        return client

    def _login(self, client: IMAPClient) -> None:
        s = self.imap_settings
        try:
            if s.auth == "xoauth2":
                client.oauth2_login(s.username, _secret(s.oauth2_token_command, "imap.oauth2_token_command"))
            else:
                _password_login(client, s.username, _password(self.settings))
        except imap_errors.LoginError as err:
            what = ("the token from imap.oauth2_token_command" if s.auth == "xoauth2"
                    else _password_source(self.settings))
            raise LoginError(f"{self.address} refused the login of {s.username!r}: {_text(err)}"
                             f" (check imap.username and {what})") from None
        except imap_errors.IMAPClientError as err:
            raise _classify(err, self.address, "imap.auth") from None
        except OSError as err:
            raise _Transient(_describe_os_error(err)) from None

    def select(self, folder: str, readonly: bool) -> dict[bytes, Any]:
        """SELECT (or EXAMINE when read-only, RFC 3501 §6.3.2) a folder, naming it when it is missing."""
        try:
            status: dict[bytes, Any] = self.client.select_folder(folder, readonly=readonly)
        except imap_errors.IMAPClientError as err:
            if isinstance(err, imap_errors.IMAPClientAbortError):
                raise
            raise SourceError(f"cannot open folder {folder!r} on {self.address}: {_text(err)}"
                              " (check imap.folder)") from None
        return status

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above `last_uid`, ascending."""
        # RFC 3501 §6.4.8: "n:*" always includes the highest UID, even when it is below n.
        found = self.client.search(["UID", f"{last_uid + 1}:*"])
        return sorted(uid for uid in found if uid > last_uid)


class ImapSource:
    """New messages of one folder, oldest first, with the cursor kept in the store (DESIGN §3 `poll`)."""

    def __init__(self, session: ImapSession, cursor: tuple[int | None, int],
                 should_stop: Callable[[], bool] | None = None) -> None:
        """`cursor`: the stored (UIDVALIDITY, last UID) to continue after (`Store.sync_state`)."""
        self.session = session
        self.settings = session.imap_settings
        self.max_bytes = int(session.settings.source.max_message_mb * 1024 * 1024)
        self.account = account_key(session.settings)
        self.should_stop = should_stop or (lambda: False)
        self.known_validity, self.last_uid = cursor
        self.uidvalidity = 0

    def messages(self) -> Iterator[RawMessage]:
        """Raw messages above the cursor, in batches of `batch_size`, fetched with BODY.PEEK (no \\Seen)."""
        last_uid = self.open()
        uids = self.session.uids_after(last_uid)
        log.info("%s: %d new message(s) after UID %d", self.account, len(uids), last_uid)
        sizes = self._sizes(uids)
        for start in range(0, len(uids), self.settings.batch_size):
            if self.should_stop():
                return
            yield from self._batch(uids[start:start + self.settings.batch_size], sizes)

    def open(self) -> int:
        """Select the folder and return the UID to continue after, resetting the cursor on a new UIDVALIDITY."""
        moving = bool(self.settings.processed_folder)
        if moving:
            self._ensure_processed_folder()
        status = self.session.select(self.settings.folder, readonly=not moving)
        self.uidvalidity = int(status[b"UIDVALIDITY"])
        if self.known_validity != self.uidvalidity:
            if self.known_validity is not None:
                # RFC 3501 §2.3.1.1: old UIDs mean nothing now; rescan, the store drops what it already has (the
                # new cursor is stored with the first message read).
                log.warning("%s: UIDVALIDITY changed (%s -> %s); rescanning the folder",
                            self.account, self.known_validity, self.uidvalidity)
            self.known_validity, self.last_uid = self.uidvalidity, 0
            return 0
        if moving:
            self._move_leftovers(self.last_uid)
        return self.last_uid

    def after_commit(self, raw: RawMessage) -> None:
        """`raw` and its cursor are stored: continue after it, and move it to `processed_folder` if one is set."""
        assert raw.cursor is not None
        self.last_uid = max(self.last_uid, raw.cursor.uid)
        if self.settings.processed_folder:
            self._move([raw.cursor.uid])

    def _sizes(self, uids: list[int]) -> dict[int, int]:
        sizes: dict[int, int] = {}
        for start in range(0, len(uids), 1000):
            chunk = uids[start:start + 1000]
            for uid, data in self.session.client.fetch(chunk, ["RFC822.SIZE"]).items():
                sizes[uid] = int(data.get(b"RFC822.SIZE", 0))
        return sizes

    def _batch(self, uids: list[int], sizes: dict[int, int]) -> Iterator[RawMessage]:
        whole = [uid for uid in uids if sizes.get(uid, 0) <= self.max_bytes]
        large = [uid for uid in uids if sizes.get(uid, 0) > self.max_bytes]
        fetched = self.session.client.fetch(whole, ["BODY.PEEK[]", "INTERNALDATE"]) if whole else {}
        if large:
            log.warning("%s: %d message(s) over %s MB: keeping headers only", self.account, len(large),
                        self.session.settings.source.max_message_mb)
            fetched.update(self.session.client.fetch(large, ["BODY.PEEK[HEADER]", "INTERNALDATE"]))
        for uid in uids:
            if uid in fetched:  # a message expunged meanwhile is simply gone
                yield self._raw(uid, fetched[uid], truncated=uid not in whole)

    def _raw(self, uid: int, data: dict[bytes, Any], truncated: bool) -> RawMessage:
        body = data.get(b"BODY[HEADER]" if truncated else b"BODY[]") or b""
        received = data.get(b"INTERNALDATE")
        return RawMessage(data=bytes(body), origin=self._origin(uid), truncated=truncated,
                          received_at=received if isinstance(received, datetime) else None,
                          cursor=Cursor(account=self.account, uidvalidity=self.uidvalidity, uid=uid))

    def _origin(self, uid: int) -> str:
        # An RFC 5092 IMAP URL: says exactly where the message came from, UID included.
        s = self.settings
        return f"imap://{s.username}@{s.host}:{s.port}/{s.folder};UIDVALIDITY={self.uidvalidity}/;UID={uid}"

    def _ensure_processed_folder(self) -> None:
        client, folder = self.session.client, self.settings.processed_folder
        if not client.folder_exists(folder):
            log.info("creating folder %r for processed mail", folder)
            client.create_folder(folder)

    def _move_leftovers(self, last_uid: int) -> None:
        """Move what a crash left behind: at or below the cursor means already stored."""
        if last_uid:
            leftovers = [uid for uid in self.session.client.search(["UID", f"1:{last_uid}"]) if uid <= last_uid]
            if leftovers:
                self._move(leftovers)

    def _move(self, uids: list[int]) -> None:
        client, folder = self.session.client, self.settings.processed_folder
        if client.has_capability("MOVE"):
            client.move(uids, folder)  # RFC 6851
        elif client.has_capability("UIDPLUS"):
            client.copy(uids, folder)
            client.add_flags(uids, [b"\\Deleted"])
            client.uid_expunge(uids)  # RFC 4315: expunge only these, never another client's \Deleted mail
        else:
            client.copy(uids, folder)
            log.warning("the server has neither MOVE nor UIDPLUS: copied UIDs %s to %r but left them in %r",
                        uids, folder, self.settings.folder)


def account_key(settings: Settings) -> str:
    """The cursor's key: (host, user, folder)."""
    s = settings.imap
    return f"imap://{s.username}@{s.host}/{s.folder}"


TRANSIENT_ERRORS: tuple[type[Exception], ...] = (_Transient, OSError, imap_errors.IMAPClientAbortError)
"""Exceptions that mean the connection broke (worth reconnecting), not that something is wrong."""


def describe_transient(err: BaseException) -> str:
    """A short description of a broken connection."""
    return _describe_os_error(err) if isinstance(err, OSError) else _text(err)


_UNKNOWN_NAME = frozenset({socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)})
"""getaddrinfo's answers that a name does not exist (a typo, not an outage); EAI_AGAIN and the rest may pass."""


def unresolved(err: socket.gaierror, host: str) -> Exception:
    """A failed name lookup: a name that does not exist is the user's to fix (exit 1); anything else, such as
    a temporary DNS failure (EAI_AGAIN), is worth retrying (exit 75 once retries run out)."""
    if err.errno in _UNKNOWN_NAME:
        return SourceError(f"cannot resolve host {host}: no such host name (check imap.host)")
    return _Transient(f"cannot resolve host {host}: {err.strerror or 'name lookup failed'}")


def _password_login(client: IMAPClient, username: str, password: str) -> None:
    """LOGIN where it can carry the credentials; AUTHENTICATE PLAIN (RFC 4616, UTF-8) where they are not ASCII,
    or hold control characters, which LOGIN's quoted strings cannot carry (RFC 3501 §4.3, §9 QUOTED-CHAR)."""
    if all(text.isascii() and text.isprintable() for text in (username, password)):
        client.login(username, password)
    else:
        client.plain_login(username, password)


def _tls_context(settings: Settings) -> ssl.SSLContext | None:
    s = settings.imap
    if s.security == "none":
        return None
    cafile = None
    if s.ca_file:
        path = settings.resolve(s.ca_file)
        if not path.is_file():
            raise ConfigError([f"imap.ca_file: no such file {path}"])
        cafile = str(path)
    context = ssl.create_default_context(cafile=cafile)
    if not s.verify_certificate:
        log.warning("imap.verify_certificate is false: the server %s is not authenticated and anyone on the"
                    " network path can read the password", s.host)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _password(settings: Settings) -> str:
    s = settings.imap
    if s.password_env and os.environ.get(s.password_env):
        return os.environ[s.password_env]
    if s.password_command:
        return _secret(s.password_command, "imap.password_command")
    raise LoginError(f"no password: set the environment variable {s.password_env or '(imap.password_env)'}"
                     " or imap.password_command")


def _password_source(settings: Settings) -> str:
    s = settings.imap
    if s.password_env and os.environ.get(s.password_env):
        return f"the password in ${s.password_env} (imap.password_env)"
    return "the password from imap.password_command"


def _secret(command: str, setting: str) -> str:
    """The first line of a command's output (the isync/aerc/neomutt convention); never logged."""
    try:
        done = subprocess.run(command, shell=True, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise LoginError(f"{setting} could not run: {type(err).__name__}") from None
    lines = done.stdout.decode(errors="replace").splitlines()
    if done.returncode != 0 or not lines or not lines[0].strip():
        raise LoginError(f"{setting} failed (exit {done.returncode}) or printed nothing; run it by hand to see why")
    return lines[0].strip()


def _classify(err: imap_errors.IMAPClientError, address: str, setting: str) -> Exception:
    if isinstance(err, imap_errors.IMAPClientAbortError):
        return _Transient(_text(err))
    return SourceError(f"{address}: {_text(err)} (check {setting})")


def _describe_os_error(err: BaseException) -> str:
    if isinstance(err, TimeoutError | socket.timeout):
        return "timed out (imap.timeout)"
    return getattr(err, "strerror", None) or str(err) or type(err).__name__


def _text(err: BaseException) -> str:
    text = str(err)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text
