"""Start the review app on a loopback port, print its link (with this start's token) and open the browser."""

from __future__ import annotations

import logging
import re
import secrets
import socket
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

from werkzeug.serving import BaseWSGIServer, make_server

from ..config import Settings, is_loopback
from ..errors import CollectorError
from .app import create_app, name_cookies, state_of

DEFAULT_PORT = 8750


def review_server(settings: Settings, config: Path, host: str = "127.0.0.1",
                  port: int = DEFAULT_PORT) -> tuple[BaseWSGIServer, str]:
    """The server, bound (port 0 picks a free one), and the link that admits a browser."""
    token = secrets.token_urlsafe(32)
    app = create_app(settings, config.resolve(), token)
    with _listening(host, port) as sock:  # werkzeug would print and exit on a port in use: bound here instead
        server = make_server(host, port, app, threaded=False, fd=sock.fileno())
    name_cookies(app, server.port)
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else f"[{host}]" if ":" in host else host
    return server, f"http://{shown}:{server.port}/?token={token}"


def _listening(host: str, port: int) -> socket.socket:
    """A socket listening on host:port; a port in use or an address not of this machine is one line."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET  # as werkzeug picks it for the socket it wraps
        family, kind, proto, _, address = socket.getaddrinfo(host.strip("[]") or None, port, family,
                                                             socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as err:
        raise CollectorError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(64)
    except OSError as err:
        sock.close()
        raise CollectorError(f"cannot listen on {host}:{port}: {err.strerror or err} (try another --port, or "
                             "--port 0 for a free one)") from None
    return sock


def serve(settings: Settings, config: Path, host: str, port: int, open_browser: bool,
          say: Callable[[str], None], warn: Callable[[str], None]) -> None:
    """Serve until interrupted (Ctrl-C), stopping any compile the page started."""
    if not is_loopback(host):
        warn(f"warning: serving on {host}, not loopback: anyone who can reach this port and has the link can read "
             "supporters' mail; prefer an SSH tunnel (ssh -L 8750:127.0.0.1:8750 HOST)")
    root = logging.getLogger()
    # werkzeug logs every request at INFO: only with -v, and never the token of the first one
    requests = logging.getLogger("werkzeug")
    requests.setLevel(logging.INFO if root.isEnabledFor(logging.INFO) else logging.WARNING)
    requests.addFilter(_without_token)
    server, url = review_server(settings, config, host, port)
    say(f"Review at {url}")
    if open_browser:
        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        stop_jobs(server)


_TOKEN = re.compile(r"token=[^\s&\"']++")


def _without_token(record: logging.LogRecord) -> bool:
    """A request log line with the token replaced: the link admits whoever holds it."""
    message = record.getMessage()
    if "token=" in message:
        record.msg, record.args = _TOKEN.sub("token=(hidden)", message), ()
    return True


def stop_jobs(server: BaseWSGIServer) -> None:
    """End the compiles the page started, if still running."""
    for job in state_of(server.app).jobs.values():
        job.close()
