"""Mail files: single .eml files, folders of them, Maildir folders and mbox files."""

from __future__ import annotations

import logging
import mailbox
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import SourceError
from ..models import RawMessage

log = logging.getLogger(__name__)

_HEADER_LINE = re.compile(rb"^(From |[\x21-\x39\x3b-\x7e]{1,76}:)")


def looks_like_mail(head: bytes) -> bool:
    """True when bytes start like a message or an mbox (a header line or a From_ line)."""
    return bool(_HEADER_LINE.match(head.lstrip(b"\r\n")))


class FileSource:
    """Every message under the given paths, in path order."""

    def __init__(self, paths: Sequence[Path], kind: str = "eml") -> None:
        self.paths = [Path(p) for p in paths]
        self.kind = kind
        for path in self.paths:
            _check(path)

    def messages(self) -> Iterator[RawMessage]:
        """Raw messages from every path."""
        for path in self.paths:
            with _reading(path):
                yield from _read(path, self.kind)

    def after_commit(self, raw: RawMessage) -> None:
        """Files are never changed."""


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """A file that cannot be read (permissions, a vanished Maildir file) is one line naming it."""
    try:
        yield
    except OSError as err:
        raise SourceError(f"{err.filename or path}: cannot read: {err.strerror or type(err).__name__}") from None


def _check(path: Path) -> None:
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if path.is_file():
        with _reading(path), path.open("rb") as handle:
            if not looks_like_mail(handle.read(1024)):
                raise SourceError(f"{path}: not an email message (.eml), Maildir folder or mbox file")


def _read(path: Path, kind: str) -> Iterator[RawMessage]:
    if path.is_dir():
        if all((path / sub).is_dir() for sub in ("cur", "new", "tmp")):
            yield from _maildir(path)
        else:
            yield from _folder(path, kind)
    elif kind == "mbox" or _starts_with_from_line(path):
        yield from _mbox(path)
    else:
        yield RawMessage(data=path.read_bytes(), origin=str(path))


def _starts_with_from_line(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"From "


def _folder(path: Path, kind: str) -> Iterator[RawMessage]:
    for child in sorted(path.rglob("*")):
        if child.is_file() and child.suffix.lower() in (".eml", ".msg", ".txt", ".mbox", ""):
            if child.suffix.lower() == ".mbox" or _starts_with_from_line(child):
                yield from _mbox(child)
            else:
                yield RawMessage(data=child.read_bytes(), origin=str(child))


def _maildir(path: Path) -> Iterator[RawMessage]:
    box = mailbox.Maildir(path, factory=None, create=False)
    for key in sorted(box.iterkeys()):
        yield RawMessage(data=box.get_bytes(key), origin=f"{path}#{key}")


def _mbox(path: Path) -> Iterator[RawMessage]:
    box = mailbox.mbox(path, create=False)
    try:
        for index, key in enumerate(box.iterkeys()):
            yield RawMessage(data=box.get_bytes(key), origin=f"{path}#{index}")
    finally:
        box.close()
