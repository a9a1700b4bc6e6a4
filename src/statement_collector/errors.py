"""One exception tree; the CLI turns each into one stderr line and an exit code."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes fixed by DESIGN §3."""

    OK = 0
    USER_ERROR = 1
    USAGE = 2
    TRANSIENT = 75


class CollectorError(Exception):
    """Base of every error the tool reports to a person."""

    exit_code: ExitCode = ExitCode.USER_ERROR


class UsageError(CollectorError):
    """A command was given a value it cannot use (e.g. an empty `edit --text`)."""

    exit_code = ExitCode.USAGE


class ConfigError(CollectorError):
    """The configuration file is missing, unreadable or invalid."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class SourceError(CollectorError):
    """A mail source (path, folder, server) cannot be read."""


class LoginError(CollectorError):
    """The mail server refused the credentials."""


class TransientError(CollectorError):
    """A failure that may go away by itself (network down after retries)."""

    exit_code = ExitCode.TRANSIENT


class StoreError(CollectorError):
    """The database cannot be opened, read or written, or is not ours."""


class NotFoundError(CollectorError):
    """A statement id that does not exist."""


class RenderError(CollectorError):
    """The compilation could not be written."""


class PrivacyError(CollectorError):
    """The last check before printing found what must not be printed; one line per finding."""

    def __init__(self, findings: list[str]) -> None:
        self.findings = findings
        super().__init__("\n".join(findings))


class LockedError(CollectorError):
    """Another poll holds the lock; not an error for cron (exit 0), and silent under --quiet."""

    exit_code = ExitCode.OK


class StuckPollError(CollectorError):
    """Another poll has held the lock for so long that it is probably stuck: a person should look."""
