"""Config: validated once at load, one line per problem, exit 1, never a traceback."""

from __future__ import annotations

from pathlib import Path

from helpers import run_cli


def _run_with(tmp_path: Path, text: str, *args: str, command: str = "list") -> tuple[int, list[str]]:
    (tmp_path / "config.toml").write_text(text, encoding="utf-8")
    proc = run_cli(command, *args, cwd=tmp_path, check=False)
    return proc.returncode, proc.stderr.strip().splitlines()


def test_unknown_key_is_named_with_its_section(tmp_path: Path) -> None:
    code, lines = _run_with(tmp_path, '[imap]\nhost = "h"\nusername = "u"\npasword = "x"\n')
    assert code == 1
    assert lines == ["statement-collector: config.toml: unknown key imap.pasword"]


def test_every_problem_gets_its_own_line_and_no_traceback(tmp_path: Path) -> None:
    code, lines = _run_with(tmp_path, '[source]\nkind = "eml"\n[statements]\nmin_words = "three"\n'
                                      'max_chars = -5\nbogus = 1\n')
    assert code == 1
    assert len(lines) == 3
    assert all(line.startswith("statement-collector: config.toml: ") for line in lines)
    assert any("statements.min_words" in line for line in lines)
    assert any("statements.max_chars" in line for line in lines)
    assert any("unknown key statements.bogus" in line for line in lines)
    assert not any("Traceback" in line for line in lines)


def test_imap_source_without_host_names_the_missing_keys_for_poll_and_check(tmp_path: Path) -> None:
    for command in ("poll", "check"):
        code, lines = _run_with(tmp_path, '[source]\nkind = "imap"\n', command=command)
        assert code == 1
        assert any("imap.host" in line and "required" in line for line in lines)
        assert any("imap.username" in line for line in lines)


def test_imap_source_without_host_does_not_stop_commands_that_never_read_mail(tmp_path: Path) -> None:
    code, lines = _run_with(tmp_path, '[source]\nkind = "imap"\n')
    assert code == 0 and lines == []


def test_a_remote_host_in_clear_text_is_refused_at_load(tmp_path: Path) -> None:
    code, lines = _run_with(tmp_path, '[imap]\nhost = "imap.example.org"\nusername = "u"\nsecurity = "none"\n',
                            command="poll")
    assert code == 1 and len(lines) == 1 and "imap.security" in lines[0]


def test_a_wrong_type_shows_the_value_as_toml_spells_it(tmp_path: Path) -> None:
    code, lines = _run_with(tmp_path, "[imap]\nbatch_size = true\n")
    assert code == 1
    assert lines == ["statement-collector: config.toml: imap.batch_size: input should be a valid integer (got true)"]


def test_invalid_toml_is_one_line(tmp_path: Path) -> None:
    code, lines = _run_with(tmp_path, "[campaign\nname = 1\n")
    assert code == 1
    assert len(lines) == 1 and "not valid TOML" in lines[0]


def test_missing_config_file_says_how_to_get_one(tmp_path: Path) -> None:
    proc = run_cli("list", cwd=tmp_path, check=False)
    assert proc.returncode == 1
    assert "config.example.toml" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_config_example_documents_a_valid_configuration() -> None:
    from statement_collector.config import load_settings

    example = Path(__file__).parents[1] / "config.example.toml"
    settings = load_settings(example)
    assert settings.imap.host and settings.statements.min_words == 3


def test_every_key_of_the_settings_appears_in_the_example() -> None:
    from statement_collector.config import Settings

    example = (Path(__file__).parents[1] / "config.example.toml").read_text()
    for section, field in Settings.model_fields.items():
        if field.exclude:  # where the file was read from, not a setting
            continue
        assert f"[{section}]" in example
        for key in field.annotation.model_fields:  # type: ignore[union-attr]
            assert f"\n{key} =" in example or f"\n# {key} =" in example, f"{section}.{key}"
