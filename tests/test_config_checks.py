"""Config checked once, at load, for what each command needs: strict types, sane numbers, no echoed secrets, and
`check` on a file source."""

from __future__ import annotations

import mailbox
import subprocess
from pathlib import Path

import pytest

from helpers import CAMPAIGN_ID, Workspace, make_mail, run_cli

MINIMAL = f"""
[campaign]
message_ids = ["{CAMPAIGN_ID}"]
[storage]
database = "statements.db"
"""

EXAMPLE_IMAP = """
[imap]
host = "imap.example.org"
username = "statements@example.org"
"""


def one_line(proc: subprocess.CompletedProcess[str], code: int) -> str:
    """The single stderr line of a failed run, checked for its prefix and exit code."""
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert len(lines) == 1 and lines[0].startswith("statement-collector: "), proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


def _source(kind: str, path: str) -> str:
    return MINIMAL + f'[source]\nkind = "{kind}"\npath = "{path}"\n' + EXAMPLE_IMAP


# what each command needs ----------------------------------------------------------------------------------------

def test_a_config_with_only_campaign_and_storage_serves_every_command_but_poll_and_check(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, MINIMAL)
    eml = ws.add("a.eml", make_mail())

    for args in (["extract", str(eml)], ["import", str(ws.mail)], ["list"], ["show", "1"], ["stats"],
                 ["approve", "1"], ["reject", "1"], ["edit", "1", "--name", "A. Lopez"], ["reprocess"],
                 ["compile", "--format", "csv"]):
        proc = ws.run(*args, check=False)
        assert proc.returncode == 0, (args, proc.stderr)
    for command in ("poll", "check"):
        proc = ws.run(command, check=False)
        assert proc.returncode == 1 and "imap.host: required" in proc.stderr, proc.stderr


def test_import_reads_files_whatever_the_source_says(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, _source("maildir", "no-such-maildir"))
    ws.add("a.eml", make_mail())

    assert ws.run("import", str(ws.mail)).stdout.startswith("1 new")


def test_poll_with_a_maildir_that_does_not_exist_names_it(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, _source("maildir", "Maildir"))

    line = one_line(ws.run("poll", check=False), 1)

    assert "source.path" in line and str(tmp_path / "Maildir") in line


# check on a file source -----------------------------------------------------------------------------------------

def test_check_on_a_maildir_counts_its_messages_without_touching_imap(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, _source("maildir", "Maildir"))  # [imap] names a host that is never reached
    box = mailbox.Maildir(tmp_path / "Maildir")
    box.add(make_mail("The first statement for safe farmworker housing.", sender="a@example.com"))
    box.add(make_mail("A second statement for safe farmworker housing.", sender="b@example.com"))
    box.close()

    before = ws.run("check")
    ws.run("poll")
    after = ws.run("check")

    assert before.stdout.splitlines() == [f"source: maildir {tmp_path / 'Maildir'}: 2 messages, all readable",
                                          "not yet processed: 2", "campaign text: not known yet"]
    assert after.stdout.splitlines()[-2:] == ["not yet processed: 0", "campaign text: not known yet"]
    assert "login" not in before.stdout + after.stdout and before.stderr == ""


def test_check_does_not_create_the_database(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, _source("maildir", "Maildir"))
    mailbox.Maildir(tmp_path / "Maildir").close()

    assert ws.run("check").stdout.startswith("source: maildir")
    assert not (tmp_path / "statements.db").exists()


def test_check_on_an_mbox_and_on_a_folder_of_eml_files(tmp_path: Path) -> None:
    box = mailbox.mbox(tmp_path / "replies.mbox")
    for n in range(3):
        box.add(make_mail(f"Statement number {n} for farmworker housing.", sender=f"s{n}@example.com"))
    box.close()
    ws = Workspace(tmp_path, _source("mbox", "replies.mbox"))
    ws.add("a.eml", make_mail())

    mbox_lines = ws.run("check").stdout
    ws.config.write_text(_source("eml", "mail"))
    eml_lines = ws.run("check").stdout

    assert "replies.mbox: 3 messages, all readable" in mbox_lines
    assert "mail: 1 messages, all readable" in eml_lines


@pytest.mark.parametrize(("kind", "path", "problem"), [
    ("maildir", "Maildir", "no such folder"),
    ("maildir", "plain-folder", "not a Maildir"),
    ("mbox", "plain-folder", "not an mbox file"),
    ("eml", "missing.eml", "no such file or folder"),
    ("mbox", "", "required when source.kind is 'mbox'"),
])
def test_check_on_a_file_source_that_cannot_be_read_is_one_line(tmp_path: Path, kind: str, path: str,
                                                                 problem: str) -> None:
    (tmp_path / "plain-folder").mkdir()
    ws = Workspace(tmp_path, _source(kind, path))

    line = one_line(ws.run("check", check=False), 1)

    assert "source.path" in line and problem in line


# templates: checked by compile, never by poll --------------------------------------------------------------------

def test_a_missing_template_dir_stops_compile_but_not_poll(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, _source("eml", "mail") + '[compilation]\ntemplate_dir = "my-templates"\n')
    ws.add("a.eml", make_mail())

    polled = ws.run("poll", check=False)
    compiled = ws.run("compile", "--format", "html", check=False)

    assert polled.returncode == 0, polled.stderr
    line = one_line(compiled, 1)
    assert "compilation.template_dir" in line and str(tmp_path / "my-templates") in line


def test_template_dir_is_relative_to_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir()
    ws = Workspace(tmp_path / "ws", MINIMAL.replace("[storage]", '[compilation]\ntemplate_dir = "mine"\n[storage]'))
    (ws.root / "mine").mkdir()
    (ws.root / "mine" / "cover.html.j2").write_text('<section class="cover"><h1>OUR OWN COVER</h1></section>')
    ws.add("a.eml", make_mail())
    ws.run("import", str(ws.mail))

    run_cli("-c", str(ws.config), "compile", "--format", "html", cwd=tmp_path)  # from another folder

    assert "OUR OWN COVER" in (ws.root / "statements.html").read_text(encoding="utf-8")


# strict types and sane numbers ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("section", "line", "key"), [
    ("statements", 'one_per_sender = "yes"', "statements.one_per_sender"),
    ("statements", "require_review = 1", "statements.require_review"),
    ("statements", "min_words = 2.5", "statements.min_words"),
    ("statements", "similarity = nan", "statements.similarity"),
    ("statements", "max_chars = 0", "statements.max_chars"),
    ("imap", "batch_size = true", "imap.batch_size"),
    ("imap", "port = true", "imap.port"),
    ("imap", "timeout = inf", "imap.timeout"),
    ("imap", "timeout = 0", "imap.timeout"),
    ("imap", "timeout = -1", "imap.timeout"),
    ("imap", "verify_certificate = \"false\"", "imap.verify_certificate"),
    ("source", "max_message_mb = inf", "source.max_message_mb"),
    ("compilation", "show_dates = \"no\"", "compilation.show_dates"),
], ids=lambda value: str(value))
def test_a_wrong_type_or_an_unreasonable_number_is_one_line_naming_the_key(tmp_path: Path, section: str, line: str,
                                                                         key: str) -> None:
    (tmp_path / "config.toml").write_text(f"[{section}]\n{line}\n", encoding="utf-8")

    error = one_line(run_cli("list", cwd=tmp_path, check=False), 1)

    assert error.startswith(f"statement-collector: config.toml: {key}: ")


def test_a_date_may_be_written_as_a_toml_date_or_a_string(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('[campaign]\nsince = 2026-11-24\ndeadline = "2026-11-25T09:00:00-05:00"\n')

    assert run_cli("list", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("value", ["Hunter2-Secret!", "correct horse battery staple", "pässwörd"])
def test_a_password_put_in_password_env_is_refused_and_never_repeated(tmp_path: Path, value: str) -> None:
    (tmp_path / "config.toml").write_text(f'[imap]\npassword_env = "{value}"\n', encoding="utf-8")

    proc = run_cli("list", cwd=tmp_path, check=False)

    line = one_line(proc, 1)
    assert "imap.password_env" in line and "environment variable" in line
    assert value not in proc.stdout + proc.stderr


def test_a_variable_name_in_password_env_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('[imap]\npassword_env = "CAMPAIGN_MAIL_PASSWORD_2"\n')

    assert run_cli("list", cwd=tmp_path).returncode == 0
