"""Every failure is one `statement-collector: ` line with the right exit code, never a traceback; the CLI as people
type it (options after the command, -q that is quiet) and prints nothing a terminal would act on."""

from __future__ import annotations

import fcntl
import os
import re
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from helpers import CONFIG, Workspace, make_mail, run_cli

sys.path.insert(0, str(Path(__file__).parent / "imap"))

from dovecot import PASSWORD, free_port, running_dovecot  # noqa: E402
from imaptools import PASSWORD_ENV, Mailbox, cli_env, reply  # noqa: E402

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def one_line(proc: subprocess.CompletedProcess[str], code: int) -> str:
    """The single stderr line of a failed run, checked for its prefix and exit code."""
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert len(lines) == 1 and lines[0].startswith("statement-collector: "), proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    return lines[0]


@pytest.fixture
def imported(workspace: Workspace) -> Workspace:
    """A workspace holding one accepted statement, id 1."""
    workspace.add("a.eml", make_mail("I support fair housing for the farmworkers who feed Vermont."))
    workspace.run("import", str(workspace.mail))
    return workspace


# usage errors: exit 2 -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """One workspace with statement 1 for the usage errors, which change nothing."""
    ws = Workspace(tmp_path_factory.mktemp("usage"))
    ws.add("a.eml", make_mail("I support fair housing for the farmworkers who feed Vermont."))
    ws.run("import", str(ws.mail))
    return ws


@pytest.mark.parametrize("args", [
    ["show", "abc"],
    ["show", "99999999999999999999999"],
    ["show", "0"],
    ["show"],
    ["approve", "1", "abc"],
    ["reject", "-5"],
    ["list", "--status", "bogus"],
    ["list", "--bogus"],
    ["compile", "--format", "docx"],
    ["purge", "--before", "not-a-date"],
    ["edit", "1"],
    ["no-such-command"],
    ["import"],
], ids=" ".join)
def test_a_usage_error_is_one_line_and_exit_2(shared: Workspace, args: list[str]) -> None:
    one_line(shared.run(*args, check=False), 2)


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_an_empty_edit_text_is_refused_with_exit_2_and_changes_nothing(imported: Workspace, text: str) -> None:
    line = one_line(imported.run("edit", "1", "--text", text, check=False), 2)

    assert "--text" in line and "empty" in line
    assert "I support fair housing" in imported.run("show", "1").stdout


# the database: exit 1, naming it --------------------------------------------------------------------------------

def test_a_database_of_another_program_with_a_statements_table_is_refused_untouched(workspace: Workspace) -> None:
    db = workspace.root / "statements.db"
    with sqlite3.connect(db) as other:
        other.execute("CREATE TABLE statements (who TEXT, what TEXT)")
    before = db.read_bytes()

    for args in (["list"], ["import", str(workspace.mail)], ["stats"]):
        line = one_line(workspace.run(*args, check=False), 1)
        assert str(db) in line and "not a statement-collector database" in line

    assert db.read_bytes() == before


def test_a_file_that_is_not_a_database_is_named(workspace: Workspace) -> None:
    db = workspace.root / "statements.db"
    db.write_bytes(b"these are my notes, not a database\n" * 200)

    line = one_line(workspace.run("list", check=False), 1)

    assert str(db) in line and "not a statement-collector database" in line


def test_a_damaged_database_is_named(imported: Workspace) -> None:
    db = imported.root / "statements.db"
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = con.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(db.read_bytes())
    data[4096:4096 * pages] = b"\xa5" * (4096 * (pages - 1))  # every page but the header page
    db.write_bytes(bytes(data))

    line = one_line(imported.run("list", check=False), 1)

    assert str(db) in line and ("damaged" in line or "not a statement-collector database" in line)


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """`path` unwritable even for root (immutable), or by its mode for anyone else."""
    if os.geteuid() == 0:
        assert shutil.which("chattr"), "running as root: chattr (e2fsprogs) is needed to make a file read-only"
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o400)
        try:
            yield
        finally:
            path.chmod(0o600)


def test_a_read_only_database_is_one_line_naming_it(imported: Workspace) -> None:
    db = imported.root / "statements.db"
    imported.add("b.eml", make_mail("Housing is a right for the people who work our farms.", sender="b@example.com"))

    with read_only(db):
        line = one_line(imported.run("import", str(imported.mail), check=False), 1)
        listed = imported.run("list", check=False)

    assert str(db) in line and "read-only" in line
    assert listed.returncode == 0 and "fair housing" in listed.stdout, "reading still works"


def test_a_full_disk_is_one_line_naming_the_database(workspace: Workspace) -> None:
    workspace.add("big.eml", make_mail("I support safe housing for farmworkers. " * 8000))

    def small_disk() -> None:  # files may not grow past 64 KB: as a full disk, writes fail
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))

    proc = subprocess.run([sys.executable, "-m", "statement_collector", "-c", str(workspace.config), "import",
                           str(workspace.mail)], cwd=workspace.root, capture_output=True, text=True,
                          preexec_fn=small_disk, timeout=120)

    line = one_line(proc, 1)
    assert str(workspace.root / "statements.db") in line and ("full" in line or "written" in line)
    assert workspace.run("list").returncode == 0, "the database is still usable"


def test_a_database_locked_by_another_program_is_a_clear_line(tmp_path: Path) -> None:
    from statement_collector.store import Store, database_error

    path = tmp_path / "statements.db"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            sqlite3.connect(path, timeout=0.1).execute("BEGIN IMMEDIATE")
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    message = str(database_error(path, raised.value))

    assert str(path) in message and "locked by another program" in message


def test_a_database_path_that_is_a_folder_is_named(workspace: Workspace) -> None:
    (workspace.root / "statements.db").mkdir()

    line = one_line(workspace.run("list", check=False), 1)

    assert str(workspace.root / "statements.db") in line and "storage.database" in line


# the last resort ------------------------------------------------------------------------------------------------

BOOM = """
import sys
from statement_collector import cli

@cli.command()
def boom(ctx: cli.typer.Context) -> None:
    "Fail the way imaplib fails on a password it cannot encode."
    "pässwörd".encode("ascii")

sys.argv[0] = "statement-collector"
cli.main()
"""


def test_an_unexpected_exception_is_one_line_without_its_message(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", BOOM, "boom"], capture_output=True, text=True, cwd=tmp_path)

    line = one_line(proc, 1)
    assert line == "statement-collector: internal error: UnicodeEncodeError; run with -v for details"
    assert "ä" not in proc.stderr and "position" not in proc.stderr


def test_verbose_after_the_command_shows_the_traceback_of_an_unexpected_exception_but_never_its_message(
        tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", BOOM, "boom", "-v"], capture_output=True, text=True, cwd=tmp_path)

    assert proc.returncode == 1
    assert "Traceback" in proc.stderr and ", in boom" in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("statement-collector: internal error: UnicodeEncodeError")
    assert "ä" not in proc.stderr and "position" not in proc.stderr


def test_an_output_that_cannot_be_written_is_one_line_naming_it(imported: Workspace) -> None:
    (imported.root / "a-file").write_text("not a folder")

    line = one_line(imported.run("compile", "--output", str(imported.root / "a-file" / "out.csv"), check=False), 1)

    assert "a-file/out.csv" in line


# global options after the command -------------------------------------------------------------------------------

def test_config_option_after_the_command_is_used(imported: Workspace, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    proc = run_cli("list", "-c", str(imported.config), cwd=elsewhere)

    assert "fair housing" in proc.stdout


def test_config_option_after_the_command_wins_over_the_one_before(imported: Workspace, tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    other = Workspace(tmp_path / "other")

    proc = run_cli("-c", str(other.config), "list", "--config", str(imported.config), cwd=tmp_path)

    assert "fair housing" in proc.stdout


def test_quiet_after_the_command_silences_it(imported: Workspace) -> None:
    imported.add("b.eml", make_mail("Farmworkers deserve homes with heat and clean water.", sender="b@example.com"))

    quiet = imported.run("import", str(imported.mail), "-q")
    again = imported.run("reprocess", "--quiet")

    assert quiet.stdout == quiet.stderr == again.stdout == again.stderr == ""
    assert "Farmworkers deserve homes" in imported.run("list").stdout


def test_poll_with_quiet_after_the_command_polls_silently(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, CONFIG.replace('kind = "eml"', 'kind = "eml"\npath = "mail"'))
    ws.add("a.eml", make_mail())

    proc = ws.run("poll", "-q")

    assert proc.stdout == "" and proc.stderr == ""
    assert "fair housing" in ws.run("list").stdout


# -q: nothing but errors -----------------------------------------------------------------------------------------

@contextmanager
def poll_lock(ws: Workspace, age_minutes: float = 0) -> Iterator[Path]:
    """Hold the poll lock as a running poll would, its last sign of life `age_minutes` ago."""
    path = ws.root / "statements.db.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, b"4242\n")
        then = time.time() - age_minutes * 60
        os.utime(path, (then, then))
        yield path
    finally:
        os.close(fd)


@pytest.fixture
def polling(tmp_path: Path) -> Workspace:
    """A workspace whose `poll` reads its mail folder."""
    ws = Workspace(tmp_path, CONFIG.replace('kind = "eml"', 'kind = "eml"\npath = "mail"'))
    ws.add("a.eml", make_mail())
    return ws


def test_quiet_poll_is_silent_while_a_live_poll_holds_the_lock(polling: Workspace) -> None:
    with poll_lock(polling):
        quiet = polling.run("-q", "poll")
        loud = polling.run("poll")

    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""
    assert loud.returncode == 0 and one_line(loud, 0).endswith(f"another poll is running (lock {polling.root}"
                                                                "/statements.db.lock)")


def test_a_lock_held_for_over_30_minutes_is_reported_as_a_stuck_poll_even_with_quiet(polling: Workspace) -> None:
    with poll_lock(polling, age_minutes=31) as lock:
        proc = polling.run("-q", "poll", check=False)

    line = one_line(proc, 1)
    assert "stuck" in line and "4242" in line and str(lock) in line
    assert polling.run("-q", "poll").returncode == 0, "once the stuck poll is gone, polls go on"


def test_retries_are_logged_at_info_so_without_verbose_only_the_final_line_is_printed(tmp_path: Path) -> None:
    port = free_port()  # nothing listens: connection refused, retried, then exit 75
    config = CONFIG.replace('kind = "eml"', 'kind = "imap"') + (
        f'[imap]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\nusername = "u"\n')
    ws = Workspace(tmp_path, config)

    proc = ws.run("poll", "-v", check=False)

    *retries, last = proc.stderr.strip().splitlines()
    assert proc.returncode == 75 and last.startswith("statement-collector: cannot reach 127.0.0.1")
    assert len(retries) == 3 and all(" INFO " in line and "retrying" in line for line in retries), proc.stderr


# host names ----------------------------------------------------------------------------------------------------

def _imap_workspace(tmp_path: Path, host: str) -> Workspace:
    return Workspace(tmp_path, CONFIG.replace('kind = "eml"', 'kind = "imap"')
                     + f'[imap]\nhost = "{host}"\nusername = "u"\n')


def test_a_host_name_that_does_not_exist_exits_1_at_once(tmp_path: Path) -> None:
    host = "no-such-host.invalid"  # RFC 2606: never resolves
    with pytest.raises(socket.gaierror) as lookup:
        socket.getaddrinfo(host, 993)
    assert lookup.value.errno == socket.EAI_NONAME, f"the resolver must answer 'no such host' for {host}"
    ws = _imap_workspace(tmp_path, host)

    started = time.monotonic()
    for command in ("poll", "check"):
        line = one_line(run_cli("-c", str(ws.config), command, cwd=tmp_path, check=False,
                                env={"STATEMENT_COLLECTOR_PASSWORD": "x"}), 1)
        assert f"cannot resolve host {host}" in line and "imap.host" in line
    assert time.monotonic() - started < 20, "no retries for a name that does not exist"


def test_a_temporary_dns_failure_stays_transient() -> None:
    from statement_collector.errors import CollectorError
    from statement_collector.sources.imap import TRANSIENT_ERRORS, unresolved

    temporary = unresolved(socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"), "imap.x.org")
    unknown = unresolved(socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "imap.x.org")

    assert isinstance(temporary, TRANSIENT_ERRORS) and "cannot resolve host imap.x.org" in str(temporary)
    assert isinstance(unknown, CollectorError) and unknown.exit_code == 1


def test_a_host_name_with_an_over_long_label_is_one_line(tmp_path: Path) -> None:
    ws = _imap_workspace(tmp_path, "a" * 64 + ".example.org")

    line = one_line(run_cli("-c", str(ws.config), "poll", cwd=tmp_path, check=False,
                            env={"STATEMENT_COLLECTOR_PASSWORD": "x"}), 1)

    assert "imap.host" in line


# passwords as UTF-8 --------------------------------------------------------------------------------------------

NON_ASCII = "pässwörd-ñ-密码-🔑"


def test_a_non_ascii_password_logs_in_and_a_wrong_one_never_shows(tmp_path: Path) -> None:
    with running_dovecot() as server:  # its own server: its users file is rewritten
        user = server.add_user()
        users = server.root / "users"
        users.write_text(users.read_text().replace(f"{user}:{{PLAIN}}{PASSWORD}:", f"{user}:{{PLAIN}}{NON_ASCII}:"),
                         encoding="utf-8")
        later = time.time() + 5  # Dovecot rereads a passwd-file whose mtime changed
        os.utime(users, (later, later))
        box = Mailbox(server, user, tmp_path)
        box.config()
        _append_one(box)

        good = subprocess.run(box.command("poll"), capture_output=True, text=True, timeout=60,
                              env={**cli_env(), PASSWORD_ENV: NON_ASCII})
        bad = subprocess.run(box.command("poll"), capture_output=True, text=True, timeout=60,
                             env={**cli_env(), PASSWORD_ENV: "wröng-" + NON_ASCII})

    assert good.returncode == 0, good.stderr
    assert len(box.stored_message_ids()) == 1
    line = one_line(bad, 1)
    assert "refused the login" in line
    assert not any(ch in bad.stdout + bad.stderr for ch in "äöñ密码🔑")


def _append_one(box: Mailbox) -> None:
    """Put one reply in the box, logged in with the new password (the fixture's helper knows only the old one)."""
    import imapclient

    with imapclient.IMAPClient(box.server.host, box.server.imap_port, ssl=False, timeout=10) as imap:
        imap.plain_login(box.user, NON_ASCII)
        imap.append("INBOX", reply(1))


# what show and list print --------------------------------------------------------------------------------------

HOSTILE = (
    b"From: =?utf-8?q?Evil_=1B]0;pwned=07Name?= <evil@example.com>\r\n"
    b"To: info@farmworkers.example\r\n"
    b"Subject: Re: Send a statement of support for the housing bill \x1b[2J\x1b[H\x1b]0;owned\x07\r\n"
    b"Date: Tue, 24 Nov 2026 09:30:00 -0500\r\n"
    b"Message-ID: <hostile-1@example.com>\r\n"
    b"In-Reply-To: <campaign-1@farmworkers.example>\r\n"
    b"X-Link: \x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\ \xc2\x9b31m\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"I support housing for farmworkers \x1b[31min red\x1b[0m and \xc2\x9b2J\xc2\x9d0;t\xc2\x9c all year long.\r\n"
    b"\x1bc\x07\x08\r\n"
)


def test_show_and_list_print_no_terminal_controls_from_mail(workspace: Workspace) -> None:
    workspace.add("hostile.eml", HOSTILE)
    workspace.run("import", str(workspace.mail))

    shown = workspace.run("show", "1").stdout
    listed = workspace.run("list", "--status", "all").stdout
    as_json = workspace.run("list", "--json").stdout

    for out in (shown, listed):
        assert not CONTROL.search(out.replace("\n", "").replace("\t", "")), repr(out)
    assert "click me" in shown and "in red" in shown and "evil.example" not in shown
    assert not re.search(r"[\x7f-\x9f]", as_json) and "\\u009b" in as_json, "JSON keeps the data, escaped"


# compile's default output follows the format ---------------------------------------------------------------------

@pytest.mark.parametrize(("args", "written"), [
    (["--format", "csv"], "statements.csv"),
    (["--format", "json"], "statements.json"),
    (["--format", "html"], "statements.html"),
    (["--format", "html", "--include-review"], "statements-DRAFT.html"),
    (["--format", "CSV", "--include-review"], "statements-DRAFT.csv"),
])
def test_the_default_output_name_follows_the_format(imported: Workspace, args: list[str], written: str) -> None:
    said = imported.run("compile", *args).stdout

    assert (imported.root / written).is_file() and written in said
    assert not (imported.root / "statements.pdf").exists()


def test_a_configured_output_takes_the_extension_of_the_format(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, CONFIG.replace("[compilation]", '[compilation]\noutput = "out/hearing.pdf"'))
    ws.add("a.eml", make_mail())
    ws.run("import", str(ws.mail))

    ws.run("compile", "--format", "json")

    assert (tmp_path / "out" / "hearing.json").is_file() and not (tmp_path / "out" / "hearing.pdf").exists()
