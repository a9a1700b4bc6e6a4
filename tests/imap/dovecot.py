"""A throwaway Dovecot on 127.0.0.1 for tests and benchmarks: generated config, passwd-file users, Maildir.

It also runs a tiny OAuth2 token-validation endpoint (Dovecot's oauth2 passdb asks it, RFC 7662 style,
whether an access token is active and whose it is), so XOAUTH2 is exercised against a real server.
"""

from __future__ import annotations

import itertools
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from imapclient import IMAPClient

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
# Dovecot refuses mail access as root: mailboxes belong to nobody.
MAIL_UID, MAIL_GID = pwd.getpwnam("nobody").pw_uid, pwd.getpwnam("nobody").pw_gid
PASSWORD = "s3cret-Pa55word-7f3a"
USERS = 200
"""Users made before the server starts: Dovecot may not notice a passwd-file changed within the same second."""
INSTALL_HINT = "install it with `bash .ci/sysdeps.sh imap` (Debian package dovecot-imapd) or `make test`"

CONF = """\
instance_name = {instance}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = root
default_internal_group = root
default_login_user = dovenull
auth_failure_delay = 0
mail_location = maildir:~/Maildir
# A throwaway server: durability is not what is being tested, speed of setup is.
mail_fsync = never
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
ssl_min_protocol = TLSv1.2
imap_idle_notify_interval = 1 secs
mailbox_idle_check_interval = 1 secs
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = {root}/users
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/oauth2.conf.ext
}}
userdb {{
  driver = passwd-file
  args = {root}/users
}}
service imap-login {{
  inet_listener imap {{
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = {imaps_port}
    ssl = yes
  }}
}}
# No auth penalty (it would slow repeated wrong-password tests by seconds).
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""

OAUTH2_CONF = """\
introspection_mode = post
introspection_url = http://127.0.0.1:{port}/introspect
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
"""


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class TokenEndpoint:
    """An OAuth2 token introspection endpoint (RFC 7662) on 127.0.0.1 that knows the tokens it is given."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}
        tokens = self.tokens

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                token = (parse_qs(body).get("token") or [""])[0]
                user = tokens.get(token)
                reply = {"active": "true", "username": user} if user else {"active": "false"}
                data = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = int(self.server.server_address[1])
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Dovecot:
    """A running Dovecot: where it listens, its CA certificate, and how to add users."""

    root: Path
    imap_port: int
    imaps_port: int
    tokens: TokenEndpoint
    process: subprocess.Popen[bytes] | None = None
    _numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    host = "127.0.0.1"

    @property
    def ca_file(self) -> Path:
        """The self-signed certificate, usable as a CA file."""
        return self.root / "cert.pem"

    def add_user(self) -> str:
        """A fresh user with an empty mailbox (password `PASSWORD`); returns the user name."""
        number = next(self._numbers)
        if number > USERS:
            raise RuntimeError(f"all {USERS} test users are taken; raise USERS in {__file__}")
        return f"user{number}"

    def client(self, user: str) -> IMAPClient:
        """A logged-in plain IMAP client, for putting mail in place."""
        imap = IMAPClient(self.host, self.imap_port, ssl=False, timeout=10)
        imap.login(user, PASSWORD)
        return imap

    def log(self) -> str:
        """Dovecot's log so far."""
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def start(self) -> None:
        """Run `dovecot -F` and wait until both ports accept connections."""
        self.process = subprocess.Popen([DOVECOT, "-F", "-c", str(self.root / "dovecot.conf")],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                output = self.process.stdout.read().decode(errors="replace") if self.process.stdout else ""
                raise RuntimeError(f"dovecot exited with {self.process.returncode}: {output}{self.log()}")
            if _listening(self.imap_port) and _listening(self.imaps_port):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not listen on {self.imap_port}/{self.imaps_port}: {self.log()}")

    def kick(self, user: str) -> None:
        """Drop every connection of a user, server side (`doveadm kick`)."""
        subprocess.run(["doveadm", "-c", str(self.root / "dovecot.conf"), "kick", user],
                       check=True, capture_output=True, timeout=10)

    def stop(self) -> None:
        """Stop the server and wait for it."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _certificate(root: Path) -> None:
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem"), "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )


def _write_users(root: Path) -> None:
    lines = [f"user{n}:{{PLAIN}}{PASSWORD}:{MAIL_UID}:{MAIL_GID}::{root}/mail/user{n}::" for n in range(1, USERS + 1)]
    (root / "users").write_text("\n".join(lines) + "\n")


def _configure(root: Path, tokens: TokenEndpoint) -> Dovecot:
    server = Dovecot(root, free_port(), free_port(), tokens)
    for sub in ("run", "state", "mail"):
        (root / sub).mkdir()
    for number in range(1, USERS + 1):
        home = root / "mail" / f"user{number}"
        home.mkdir()
        os.chown(home, MAIL_UID, MAIL_GID)
    _write_users(root)
    _certificate(root)
    (root / "oauth2.conf.ext").write_text(OAUTH2_CONF.format(port=tokens.port))
    (root / "dovecot.conf").write_text(CONF.format(
        root=root, instance=f"sc-test-{root.name}", imap_port=server.imap_port, imaps_port=server.imaps_port))
    return server


@contextmanager
def running_dovecot(root: Path | None = None) -> Iterator[Dovecot]:
    """A Dovecot running for the duration of the block, in `root` (a new temporary folder by default)."""
    if not Path(DOVECOT).exists() or not shutil.which("openssl"):
        raise RuntimeError(f"dovecot or openssl is not installed; {INSTALL_HINT}")
    own = root is None
    base = Path(tempfile.mkdtemp(prefix="sc-dovecot-")) if root is None else root
    # The login processes run as dovenull and the auth process reads files here: let them traverse.
    base.chmod(0o755)
    tokens = TokenEndpoint()
    server = _configure(base, tokens)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        tokens.close()
        if own:
            shutil.rmtree(base, ignore_errors=True)
