"""The original message as plain text, each line marked with what extraction did to it."""

from __future__ import annotations

import email
import re
from email.message import Message
from typing import Literal, NamedTuple

from ..extract.html import readable
from ..extract.signatures import clean
from ..extract.text import split_lines, split_reply
from ..models import RawMessage, Statement
from ..parse import parse
from ..store import Store

Kind = Literal["kept", "quote", "removed", "request", "blank"]
LABELS: dict[str, str] = {
    "kept": "kept",
    "quote": "quoted mail",
    "removed": "signature, footer, greeting or note",
    "request": "request (anonymity, name)",
}
"""What each mark means, in the legend beside the original."""
MAX_LINES = 400
"""Lines shown of a long original (the whole message is in the mailbox)."""
MAX_BYTES = 2 << 20
"""Bytes of a message read for the view: far more than the lines shown."""
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]")
"""Control characters, and the bidi embedding and override marks, which can make a line read in a misleading order
(parse.py removes the same from the text extraction reads)."""


class Piece(NamedTuple):
    """A run of one line's text and what extraction did with it."""

    text: str
    kind: Kind


def original(store: Store, s: Statement) -> tuple[list[list[Piece]], int]:
    """The lines of the message `s` was read from, marked, and how many lines were left out of a long one."""
    assert s.id is not None
    lines = split_lines(body_text(store.raw_message(s.id)))
    shown = marked(lines[:MAX_LINES], s, f"{s.name or ''} {s.sender.partition('@')[0]}")
    return shown, max(0, len(lines) - MAX_LINES)


def body_text(raw: RawMessage) -> str:
    """The message's text part as sent (else its HTML as text), without control and bidi-override characters.

    Read with the standard library's parser, which takes a tenth of the time of the pipeline's parse (a page shows
    ten originals); a message it cannot read goes through the pipeline's parse."""
    try:
        message = email.message_from_bytes(raw.data[:MAX_BYTES])
        parts = {"text/plain": "", "text/html": ""}
        for part in message.walk():
            kind = part.get_content_type()
            if kind in parts and not parts[kind] and part.get_content_disposition() != "attachment":
                parts[kind] = _decoded(part)
        text = readable(parts["text/plain"], parts["text/html"])
    except Exception:  # the standard parser gives up on some hostile mail; the pipeline's never raises
        reply = parse(raw)
        text = readable(reply.text, reply.html)
    return _CONTROLS.sub("", text)


def _decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    try:
        return payload.decode(part.get_content_charset() or "utf-8", "replace")
    except LookupError:  # a charset Python does not know
        return payload.decode("utf-8", "replace")


def marked(lines: list[str], s: Statement, sender: str) -> list[list[Piece]]:
    """Each line as pieces: quoted mail, what the signature rules removed, request sentences, and the rest kept."""
    split = split_reply(lines)
    cleaned = clean(split.own, sender)
    quoted = {line.strip() for line in split.removed}
    removed = {line.strip() for line in cleaned.removed}
    requests = [r.strip() for r in {*s.requests.values(), *cleaned.requests.values()} if len(r.strip()) > 3]
    out = []
    for line in lines:
        bare = line.strip()
        kind: Kind = ("blank" if not bare else "quote" if bare in quoted else "removed" if bare in removed
                      else "kept")
        out.append(_with_requests(line, kind, requests))
    return out


def _with_requests(line: str, kind: Kind, requests: list[str]) -> list[Piece]:
    """The line cut around any request sentence in it (a request may be one sentence of a kept line)."""
    if kind in ("blank", "quote"):
        return [Piece(line, kind)]
    for sentence in requests:
        at = line.find(sentence)
        if at >= 0:
            before, after = line[:at], line[at + len(sentence):]
            return ([Piece(before, kind)] * bool(before) + [Piece(sentence, "request")]
                    + (_with_requests(after, kind, requests) if after else []))
        if sentence.find(line.strip()) >= 0 and len(line.strip()) > 3:
            return [Piece(line, "request")]  # a request wrapped over several lines
    return [Piece(line, kind)]
