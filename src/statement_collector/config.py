"""Settings from a TOML file, validated once at load with one line per problem (DESIGN §4)."""

from __future__ import annotations

import os
import re
import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, model_validator

from .errors import ConfigError

CONFIG_ENV = "STATEMENT_COLLECTOR_CONFIG"
DEFAULT_CONFIG = "config.toml"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class CampaignSettings(_Section):
    """Which messages count as replies to the campaign."""

    name: str = "Statements of support"
    message_ids: list[str] = Field(default_factory=list)
    subject: str = ""
    own_addresses: list[str] = Field(default_factory=list)
    since: date | None = None
    deadline: datetime | None = None


class SourceSettings(_Section):
    """Where mail comes from."""

    kind: Literal["imap", "maildir", "mbox", "eml"] = "imap"
    path: str = ""
    max_message_mb: float = Field(default=25, gt=0)


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
    timeout: float = Field(default=30, gt=0)


class StatementSettings(_Section):
    """What makes a statement printable."""

    min_words: int = Field(default=3, ge=0)
    max_chars: int = Field(default=3000, ge=1)
    one_per_sender: bool = True
    group_similar: bool = True
    similarity: float = Field(default=0.9, ge=0, le=1)
    require_review: bool = False
    anonymous_label: str = "Anonymous"
    unknown_name_label: str = "A supporter"


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

    @model_validator(mode="after")
    def _imap_needs_server(self, info: ValidationInfo) -> Settings:
        if self.source.kind == "imap" and info.context and info.context.get("from_file"):
            missing = [k for k in ("host", "username") if not getattr(self.imap, k)]
            if missing:
                raise ValueError(
                    "; ".join(f"imap.{k}: required when source.kind is \"imap\"" for k in missing)
                )
        return self

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


def load_settings(path: Path, *, required: bool = True) -> Settings:
    """Read and validate a config file; absent and not required gives the defaults."""
    if not path.exists():
        if required:
            raise ConfigError([f"{path}: no such config file (copy config.example.toml, or pass --config)"])
        return Settings(base_dir=Path.cwd())
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError([f"{path}: cannot read: {err}"]) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError([f"{path}: not valid TOML: {err}"]) from None
    return parse_settings(data, path)


def parse_settings(data: dict[str, Any], path: Path) -> Settings:
    """Validate a parsed TOML document, collecting every problem."""
    try:
        return Settings.model_validate(
            {**data, "base_dir": path.resolve().parent, "config_file": path}, context={"from_file": True}
        )
    except ValidationError as err:
        raise ConfigError([f"{path}: {_describe(e)}" for e in err.errors()]) from None


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
    if kind == "value_error" and not key:
        return str(error["msg"]).removeprefix("Value error, ")
    return f"{key}: {error['msg'].lower()} (got {error.get('input')!r})"
