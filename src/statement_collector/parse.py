"""Raw bytes -> Reply. Bad mail becomes a Reply marked malformed, never an exception."""

from __future__ import annotations

import email.utils
import logging
import re
from datetime import UTC, datetime
from email.header import Header, decode_header
from email.message import Message
from typing import Any

import mailparser

from .models import RawMessage, Reply

log = logging.getLogger(__name__)

_MSGID = re.compile(r"<[^<>\s]+>")
_UNREADABLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def parse(raw: RawMessage) -> Reply:
    """Decode one message; anything unreadable yields `Reply(malformed=True)`."""
    try:
        parsed = mailparser.parse_from_bytes(raw.data)
        reply = _reply_from(parsed.message, parsed)
    except Exception as err:  # mail-parser raises many kinds on hostile input
        log.info("unparseable message from %s: %s", raw.origin, type(err).__name__)
        return Reply(malformed=True, date=raw.received_at, truncated=raw.truncated)
    if reply.date is None:
        reply.date = raw.received_at
    reply.truncated = raw.truncated
    reply.malformed = _nothing_readable(reply)
    return reply


def _reply_from(message: Message, parsed: Any) -> Reply:
    headers = _headers(message)
    name, sender = email.utils.parseaddr(headers.get("from", ""))
    return Reply(
        sender=sender.strip().lower(),
        name=name.strip() or None,
        date=_date(headers.get("date", "")),
        message_id=_first_id(headers.get("message-id", "")),
        in_reply_to=_MSGID.findall(headers.get("in-reply-to", "")),
        references=_MSGID.findall(headers.get("references", "")),
        subject=headers.get("subject", ""),
        headers=headers,
        content_type=_content_type(message),
        part_types=[part.get_content_type() for part in message.walk()],
        text=_unflow("\n".join(parsed.text_plain), message),
        html="\n".join(parsed.text_html),
    )


def _unflow(text: str, message: Message) -> str:
    """Undo RFC 3676 format=flowed soft line breaks, so paragraphs are single lines again."""
    part = next((p for p in message.walk() if p.get_content_type() == "text/plain"), None)
    if part is None or str(part.get_param("format", "")).lower() != "flowed":
        return text
    delsp = str(part.get_param("delsp", "")).lower() == "yes"
    lines: list[str] = []
    joining = False
    for line in text.split("\n"):
        line = line.rstrip("\r")
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        body = body[1:] if body.startswith(" ") else body  # space-stuffing (RFC 3676 §4.4)
        if joining and lines and _depth(lines[-1]) == depth:
            lines[-1] += body
        else:
            lines.append(">" * depth + (" " if depth and body else "") + body)
        joining = line.endswith(" ") and line != "-- " and body != "-- "
        if joining and delsp:
            lines[-1] = lines[-1][:-1]
    return "\n".join(lines)


def _depth(line: str) -> int:
    return len(line) - len(line.lstrip(">"))


def _headers(message: Message) -> dict[str, str]:
    """First value of each header, RFC 2047 decoded, names lower-cased."""
    headers: dict[str, str] = {}
    for key, value in message.items():
        headers.setdefault(key.lower(), _decode(value))
    return headers


def _decode(value: Any) -> str:
    """A header as text: RFC 2047 words decoded, raw 8-bit (RFC 6532) read as UTF-8, else Latin-1."""
    try:
        parts = decode_header(value if isinstance(value, Header) else _raw_utf8(str(value)))
    except Exception:  # malformed encoded words
        parts = [(str(value), None)]
    text = "".join(chunk if isinstance(chunk, str) else _text(chunk, charset) for chunk, charset in parts)
    return " ".join(text.split())


def _text(data: bytes, charset: str | None) -> str:
    if charset and charset != "unknown-8bit":
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a lying or unknown charset: fall through to the usual suspects
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _raw_utf8(value: str) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes: read them as UTF-8, else Latin-1."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    data = value.encode("ascii", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _date(value: str) -> datetime | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _first_id(value: str) -> str | None:
    found = _MSGID.search(value)
    return found.group(0) if found else (value.strip() or None)


def _content_type(message: Message) -> str:
    params = "; ".join(f"{k}={v}" for k, v in message.get_params(failobj=[])[1:])
    return f"{message.get_content_type()}; {params}" if params else message.get_content_type()


def _nothing_readable(reply: Reply) -> bool:
    """Not mail at all, or a body that decodes to mostly garbage."""
    if not (reply.sender or reply.subject or reply.message_id or reply.headers.get("date")):
        return True
    body = reply.text or reply.html
    if not body.strip():
        return False
    return len(_UNREADABLE.findall(body)) > 0.3 * len(body.strip())
