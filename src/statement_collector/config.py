"""Settings from a TOML file, validated once at load with one line per problem (DESIGN §4)."""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from collections.abc import Collection
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError

CONFIG_ENV = "STATEMENT_COLLECTOR_CONFIG"
DEFAULT_CONFIG = "config.toml"

Need = Literal["source", "templates"]
"""What a command needs beyond a valid file: `source` (poll, check) is `[source]` and, for IMAP, `[imap]`;
`templates` (compile) is an existing `template_dir`. Every other command needs neither."""

_VARIABLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

_SECRET_KEYS = frozenset({"imap.password_env", "imap.password_command", "imap.oauth2_token_command"})
"""Keys whose value is never repeated in an error: a password may have been put there by mistake."""


class _Section(BaseModel):
    # strict: TOML has real booleans and numbers, so "yes" for a bool or true for a number is a mistake
    model_config = ConfigDict(extra="forbid", validate_assignment=True, strict=True)


class CampaignSettings(_Section):
    """Which messages count as replies to the campaign."""

    name: str = "Statements of support"
    message_ids: list[str] = Field(default_factory=list)
    subject: str = ""
    own_addresses: list[str] = Field(default_factory=list)
    since: date | None = Field(default=None, strict=False)
    deadline: datetime | None = Field(default=None, strict=False)
    text_file: str = ""
    """The campaign email as sent (.eml or .txt): its text is removed from replies that quote or paste it."""


class SourceSettings(_Section):
    """Where mail comes from."""

    kind: Literal["imap", "maildir", "mbox", "eml"] = "imap"
    path: str = ""
    max_message_mb: float = Field(default=25, gt=0, le=2048, allow_inf_nan=False)


class ImapSettings(_Section):
    """How to reach and read the campaign mailbox."""

    host: str = ""
    port: int = Field(default=993, ge=1, le=65535)
    security: Literal["tls", "starttls", "none"] = "tls"
    verify_certificate: bool = True
    ca_file: str = ""
    username: str = ""
    auth: Literal["password", "xoauth2"] = "password"
    password_env: str = "STATEMENT_COLLECTOR_PASSWORD"
    password_command: str = ""
    oauth2_token_command: str = ""
    folder: str = "INBOX"
    processed_folder: str = ""
    batch_size: int = Field(default=50, ge=1, le=1000)
    timeout: float = Field(default=30, gt=0, le=3600, allow_inf_nan=False)

    @field_validator("password_env")
    @classmethod
    def _variable_name(cls, value: str) -> str:
        if value and not _VARIABLE_NAME.fullmatch(value):
            raise ValueError("must be the name of an environment variable (letters, digits"
                             " and _, e.g. STATEMENT_COLLECTOR_PASSWORD), not the password itself: put the"
                             " password in that variable")
        return value


class StatementSettings(_Section):
    """What makes a statement printable."""

    min_words: int = Field(default=3, ge=0, le=1000)
    max_chars: int = Field(default=3000, ge=1, le=1_000_000)
    one_per_sender: bool = True
    group_similar: bool = True
    similarity: float = Field(default=0.9, ge=0, le=1, allow_inf_nan=False)
    require_review: bool = False
    anonymous_label: str = ""
    """Printed for an anonymous supporter; empty: the compilation language's ("Anonymous", "Anónimo")."""
    unknown_name_label: str = ""
    """Printed when no name is known; empty: the compilation language's ("A supporter", "Un simpatizante")."""


class CompilationSettings(_Section):
    """How the compilation looks."""

    title: str = "Statements of support"
    subtitle: str = ""
    organization: str = ""
    intro: str = ""
    language: Literal["en", "es"] = "en"
    order: Literal["received", "name"] = "received"
    show_dates: bool = True
    page_size: Literal["letter", "A4"] = "letter"
    output: str = "statements.pdf"
    template_dir: str = ""
    meeting: str = Field(default="", max_length=500)
    """The meeting the statements are for ("Vermont Criminal Justice Council, Wednesday 10-11 am"): on the cover."""
    show_places: bool = True
    """Print a named supporter's town after their name, and an index of towns at the end (never for anonymous
    supporters)."""


class StorageSettings(_Section):
    """Where the database lives."""

    database: str = "statements.db"


class Settings(_Section):
    """The whole configuration; every key of DESIGN §4."""

    campaign: CampaignSettings = Field(default_factory=CampaignSettings)
    source: SourceSettings = Field(default_factory=SourceSettings)
    imap: ImapSettings = Field(default_factory=ImapSettings)
    statements: StatementSettings = Field(default_factory=StatementSettings)
    compilation: CompilationSettings = Field(default_factory=CompilationSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    base_dir: Path = Field(default=Path("."), exclude=True)
    config_file: Path | None = Field(default=None, exclude=True)

    def resolve(self, path: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    @property
    def database_path(self) -> Path:
        """The SQLite file."""
        return self.resolve(self.storage.database)


def config_path(explicit: str | os.PathLike[str] | None) -> Path:
    """The config file to use: --config, else $STATEMENT_COLLECTOR_CONFIG, else ./config.toml."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG)


def load_settings(path: Path, *, required: bool = True, needs: Collection[Need] = ()) -> Settings:
    """Read and validate a config file and check what a command `needs`; absent and not required gives the
    defaults."""
    if not path.exists():
        if required:
            raise ConfigError([f"{path}: no such config file (copy config.example.toml, or pass --config)"])
        return Settings(base_dir=Path.cwd())
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError([f"{path}: cannot read: {_reason(err)}"]) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError([f"{path}: not valid TOML: {err}"]) from None
    settings = parse_settings(data, path)
    require(settings, *needs)
    return settings


def parse_settings(data: dict[str, Any], path: Path) -> Settings:
    """Validate a parsed TOML document, collecting every problem; paths in it become relative to its folder."""
    try:
        settings = Settings.model_validate({**data, "base_dir": path.resolve().parent, "config_file": path})
    except ValidationError as err:
        raise ConfigError([f"{path}: {_describe(e)}" for e in err.errors()]) from None
    if settings.campaign.text_file and not settings.resolve(settings.campaign.text_file).is_file():
        raise ConfigError([f"{path}: campaign.text_file: no such file {settings.resolve(settings.campaign.text_file)}"
                           " (the campaign email as sent, .eml or .txt; leave it empty to learn it from replies)"])
    if settings.compilation.template_dir:
        settings.compilation.template_dir = str(settings.resolve(settings.compilation.template_dir))
    return settings


def require(settings: Settings, *needs: Need) -> None:
    """Raise `ConfigError`, one line per problem, when the settings lack what a command needs."""
    problems = [problem for need in needs for problem in _NEEDS[need](settings)]
    if problems:
        raise ConfigError(problems)


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses, the only hosts `security = "none"` may talk to."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _source_problems(settings: Settings) -> list[str]:
    return imap_problems(settings) if settings.source.kind == "imap" else _file_problems(settings)


def imap_problems(settings: Settings) -> list[str]:
    """What keeps `[imap]` from being used: missing server or user, clear text to a remote host, and so on."""
    s = settings.imap
    problems = [f"imap.{key}: required when source.kind is \"imap\"" for key in ("host", "username")
                if not getattr(s, key)]
    if s.security == "none" and s.host and not is_loopback(s.host):
        problems.append(f"imap.security: \"none\" sends the password in clear text; it is allowed only for"
                        f" localhost, not {s.host!r} (use \"tls\" or \"starttls\")")
    if s.auth == "xoauth2" and not s.oauth2_token_command:
        problems.append("imap.oauth2_token_command: required when imap.auth is \"xoauth2\"")
    if s.ca_file and not settings.resolve(s.ca_file).is_file():
        problems.append(f"imap.ca_file: no such file {settings.resolve(s.ca_file)}")
    return problems


def _file_problems(settings: Settings) -> list[str]:
    kind = settings.source.kind
    if not settings.source.path:
        return [f"source.path: required when source.kind is {kind!r} (the {kind} to poll)"]
    path = settings.resolve(settings.source.path)
    if not path.exists():
        return [f"source.path: no such {'folder' if kind == 'maildir' else 'file or folder'} {path}"]
    if kind == "maildir" and not all((path / sub).is_dir() for sub in ("cur", "new", "tmp")):
        return [f"source.path: {path} is not a Maildir (it has no cur, new and tmp folders)"]
    if kind == "mbox" and not path.is_file():
        return [f"source.path: {path} is a folder, not an mbox file (for a folder of .eml files, kind = \"eml\")"]
    return []


def _template_problems(settings: Settings) -> list[str]:
    folder = settings.compilation.template_dir
    if folder and not Path(folder).is_dir():
        return [f"compilation.template_dir: no such folder {folder} (leave it empty for the bundled templates)"]
    return []


_NEEDS = {"source": _source_problems, "templates": _template_problems}


_SECRET_IN_COMMAND = re.compile(r"^\s*(?:echo|printf)\b|\s(?:-p|--password|--token)[= ]\S|(?:password|token)=\S", re.I)


def secret_exposure(settings: Settings) -> str | None:
    """A warning when the config file is readable by others and a command in it seems to spell out a secret."""
    path = settings.config_file
    if path is None or not path.exists() or not path.stat().st_mode & 0o044:
        return None
    commands = {"imap.password_command": settings.imap.password_command,
                "imap.oauth2_token_command": settings.imap.oauth2_token_command}
    exposed = [key for key, command in commands.items() if command and _SECRET_IN_COMMAND.search(command)]
    if not exposed:
        return None
    return (f"warning: {path} is readable by other users and {', '.join(exposed)} seems to hold a secret; "
            f"run `chmod 600 {path}` or read the secret from a password manager")


def _describe(error: Any) -> str:
    key = ".".join(str(part) for part in error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"unknown key {key}"
    if kind == "missing":
        return f"missing required key {key}"
    message = str(error["msg"]).removeprefix("Value error, ")
    message = message[:1].lower() + message[1:]
    if kind == "value_error" or key in _SECRET_KEYS:
        return f"{key}: {message}" if key else message
    value = error.get("input")
    shown = str(value).lower() if isinstance(value, bool) else repr(value)  # as TOML spells it
    return f"{key}: {message} (got {shown if len(shown) <= 60 else shown[:57] + '...'})"


def _reason(err: OSError | UnicodeDecodeError) -> str:
    if isinstance(err, UnicodeDecodeError):
        return "not UTF-8 text"
    return err.strerror or type(err).__name__
