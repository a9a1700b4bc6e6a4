"""Shared test helpers: realistic messages, workspaces and the CLI run as a person runs it."""

from __future__ import annotations

import io
import logging
import os
import signal
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import statement_collector

CAMPAIGN_ID = "<campaign-1@farmworkers.example>"
CAMPAIGN_SUBJECT = "Send a statement of support for the housing bill"
EST = timezone(timedelta(hours=-5))


def make_mail(
    body: str = "I support fair housing for the farmworkers who feed Vermont.",
    *,
    sender: str = "Ana Lopez <ana@example.com>",
    subject: str = f"Re: {CAMPAIGN_SUBJECT}",
    when: datetime | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = CAMPAIGN_ID,
    headers: dict[str, str] | None = None,
    html: str | None = None,
) -> bytes:
    """A reply as a mail client would send it."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "info@farmworkers.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or datetime(2026, 11, 24, 9, 30, tzinfo=EST))
    msg["Message-ID"] = message_id or make_msgid(domain="example.com")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


CONFIG = f"""
[campaign]
message_ids = ["{CAMPAIGN_ID}"]
subject = "{CAMPAIGN_SUBJECT}"
own_addresses = ["info@farmworkers.example"]
[source]
kind = "eml"
[compilation]
title = "Statements for the hearing"
[storage]
database = "statements.db"
"""


class Workspace:
    """A folder with a config.toml, driven through the real CLI."""

    def __init__(self, root: Path, config: str = CONFIG) -> None:
        self.root = root
        self.config = root / "config.toml"
        self.config.write_text(config, encoding="utf-8")
        self.mail = root / "mail"
        self.mail.mkdir()

    def add(self, name: str, data: bytes) -> Path:
        """Write one .eml file into the workspace's mail folder."""
        path = self.mail / name
        path.write_bytes(data)
        return path

    def run(self, *args: str, check: bool = True, input: str | None = None,
            process: bool = False) -> subprocess.CompletedProcess[str]:
        """`statement-collector -c config.toml ARGS` in the workspace (in a subprocess with `process`)."""
        return run_cli("-c", str(self.config), *args, cwd=self.root, check=check, input=input, process=process)


CONFIG_ENV = "STATEMENT_COLLECTOR_CONFIG"
"""Unset for every run: a config file is named by `-c` or found in the working directory."""
MAIN_MODULE = Path(statement_collector.__file__).with_name("__main__.py")
KEPT_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGALRM)
"""Signals whose handlers the CLI sets for a while (a compile, `poll --watch`, the time budget)."""


def run_cli(*args: str, cwd: Path, check: bool = True, input: str | None = None, env: dict[str, str] | None = None,
            process: bool = False) -> subprocess.CompletedProcess[str]:
    """`python -m statement_collector ARGS` in `cwd`, with `env` added to the environment and `input` on stdin.

    By default in this process, through the CLI's `main()` (quick: no interpreter start-up, nothing imported
    twice); with `process`, in a subprocess, for what only a process shows: signals, kills, locks and polls of
    other processes, the environment a process starts with. Either way the same exit code, stdout and stderr."""
    run = _in_subprocess if process else _in_process
    proc = run(list(args), cwd, input, env or {})
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    return proc


def _in_subprocess(args: list[str], cwd: Path, input: str | None,
                   env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The CLI in a new Python process."""
    full_env = {**os.environ, **env}
    full_env.pop(CONFIG_ENV, None)
    return subprocess.run([sys.executable, "-m", "statement_collector", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, input=input, timeout=300)


def _in_process(args: list[str], cwd: Path, input: str | None,
                env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The CLI's `main()` called here, as `python -m statement_collector` calls it, everything it changes put back.

    Not typer's CliRunner: its `invoke` calls the typer app, not `main()` (the error handler and exit codes under
    test), and its prompts echo the answer to stdout, which a process reading a pipe does not."""
    from statement_collector.cli import main

    stdout, stderr = io.BytesIO(), io.BytesIO()
    with _process_state_kept(), _started_as_module(args, cwd, env), _std_streams(input or "", stdout, stderr):
        code = _exit_code(main)
    return subprocess.CompletedProcess([sys.executable, "-m", "statement_collector", *args], code,
                                       _as_text(stdout), _as_text(stderr))


def _exit_code(main: Callable[[], None]) -> int:
    """The exit status `main()` leaves, as the interpreter makes one of its SystemExit."""
    try:
        main()
    except SystemExit as exit_:
        if exit_.code is None:
            return 0
        if isinstance(exit_.code, int):
            return exit_.code & 0xFF
        print(exit_.code, file=sys.stderr)
        return 1
    return 0


@contextmanager
def _started_as_module(args: list[str], cwd: Path, env: dict[str, str]) -> Iterator[None]:
    """argv, __main__ (click names the program after it), working directory and environment as in
    `python -m statement_collector ARGS` started in `cwd` with `env` added."""
    saved_argv, saved_main, saved_cwd, saved_env = sys.argv, sys.modules["__main__"], os.getcwd(), dict(os.environ)
    main_module = types.ModuleType("__main__")
    main_module.__package__ = "statement_collector"
    sys.argv, sys.modules["__main__"] = [str(MAIN_MODULE), *args], main_module
    os.environ.update(env)
    os.environ.pop(CONFIG_ENV, None)
    os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(saved_cwd)
        sys.argv, sys.modules["__main__"] = saved_argv, saved_main
        _restore_environ(saved_env)


def _restore_environ(saved: dict[str, str]) -> None:
    """os.environ as it was: added variables removed, changed and removed ones set back."""
    for key in set(os.environ) - set(saved):
        del os.environ[key]
    for key, value in saved.items():
        if os.environ.get(key) != value:
            os.environ[key] = value


@contextmanager
def _std_streams(input: str, stdout: io.BytesIO, stderr: io.BytesIO) -> Iterator[None]:
    """stdin reading `input`; stdout and stderr into the buffers, as a process writes to pipes: UTF-8, stderr
    line-buffered and escaping what it cannot encode, neither a terminal."""
    streams = (io.TextIOWrapper(io.BytesIO(input.encode()), encoding="utf-8"),
               io.TextIOWrapper(stdout, encoding="utf-8"),
               io.TextIOWrapper(stderr, encoding="utf-8", errors="backslashreplace", line_buffering=True))
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        yield
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        for stream in streams:
            stream.flush()
            stream.detach()  # the buffers outlive their wrappers


def _as_text(buffer: io.BytesIO) -> str:
    """What `subprocess.run(text=True)` makes of the bytes: decoded, universal newlines."""
    return buffer.getvalue().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


@contextmanager
def _process_state_kept() -> Iterator[None]:
    """Give `main()` a process-like start and put back what it changes for the rest of the process: the root
    logger (the CLI's logging setup replaces its handlers), sys.excepthook (typer sets its own), signal handlers."""
    root = logging.getLogger()
    handlers, level, hook = root.handlers[:], root.level, sys.excepthook
    signals = {signum: signal.getsignal(signum) for signum in KEPT_SIGNALS}
    root.handlers = []  # as in a new process; and so that the CLI's basicConfig(force=True) closes none of these
    root.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers, sys.excepthook = handlers, hook
        root.setLevel(level)
        for signum, action in signals.items():
            if action is not None:  # None: set from outside Python, cannot be set back from it
                signal.signal(signum, action)


def campaign_settings(*own_addresses: str) -> Any:
    """The test campaign's settings (its Message-ID and Subject), with the organizers' own addresses if given."""
    from statement_collector.config import Settings

    settings = Settings()
    settings.campaign.message_ids = [CAMPAIGN_ID]
    settings.campaign.subject = CAMPAIGN_SUBJECT
    settings.campaign.own_addresses = list(own_addresses)
    return settings


def outcome(data: bytes | str, settings: Any = None) -> tuple[Any, Any]:
    """(status, reason) of one message through the pipeline, under the test campaign unless told otherwise."""
    from statement_collector.models import RawMessage
    from statement_collector.pipeline import process

    raw = data.encode() if isinstance(data, str) else data
    statement = process(RawMessage(data=raw), settings or campaign_settings())
    return statement.status, statement.reason
