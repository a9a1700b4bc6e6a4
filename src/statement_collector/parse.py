"""Raw bytes -> Reply. Bad mail becomes a Reply marked malformed, never an exception."""

from __future__ import annotations

import email
import email.utils
import logging
import re
from datetime import UTC, datetime
from email.header import Header, decode_header
from email.message import Message
from types import SimpleNamespace
from typing import Any

import mailparser

from .models import RawMessage, Reply

log = logging.getLogger(__name__)

_MSGID = re.compile(r"<[^<>\s]+>")
_ANGLE_ADDRESS = re.compile(r"<([^<>\s@]+@[^<>\s@]+)>\s*$")
_UNREADABLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
# Control characters are not text (RFC 5322 §2.2 allows none in headers): a NUL or an escape sequence must not
# reach the database, a terminal or a PDF. Bidirectional embedding and override marks go too: mail clients wrap
# RTL attribution lines in them (so the lines would not be recognised), they can make printed text read in a
# misleading order, and the renderer applies the Unicode bidi algorithm by itself. The word joiner and invisible
# operators (U+2060-2064) print as nothing and would make a line that looks blank count as text. Joiners (ZWNJ,
# ZWJ: Persian, emoji) are letters' business and stay.
_BIDI_CONTROLS = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
_BODY_CONTROLS = re.compile(f"[\\x00-\\x08\\x0e-\\x1f\\x7f\u2060-\u2064{_BIDI_CONTROLS}]")
# HTML is mostly markup (inline images, styles) and cheap to render: it gets a larger allowance.
_MAX_HTML = 8_000_000
# Twice the lines of a 40 MB message of base64 photos (77-byte lines): real mail is far below it.
_MAX_LINES = 1_000_000
# RFC 5322 lines stop at 998 bytes; a References header of a long thread folds over many. Far past either.
_MAX_HEADER = 64 << 10
_HEADER_CONTROLS = re.compile(f"[\\x00-\\x08\\x0e-\\x1f\\x7f-\\x84\\x86-\\x9f{_BIDI_CONTROLS}]")
_TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")


def _clean_header(text: str) -> str:
    """Terminal escape sequences and control characters out of a header (they reach names and subjects)."""
    return _HEADER_CONTROLS.sub("", _TERMINAL_ESCAPE.sub("", text))


def parse(raw: RawMessage) -> Reply:
    """Decode one message; anything unreadable yields `Reply(malformed=True)`."""
    data, cut = _bounded(raw.data)
    try:
        parsed = mailparser.parse_from_bytes(data)
        reply = _reply_from(parsed.message, parsed)
    except Exception as err:  # mail-parser raises many kinds on hostile input
        log.info("mail-parser cannot read message from %s: %s", raw.origin, type(err).__name__)
        try:  # e.g. bad base64 in an encoded-word display name: the body is still readable
            reply = _reply_from(*_plain_parse(data))
        except Exception as err:
            log.info("unparseable message from %s: %s", raw.origin, type(err).__name__)
            return Reply(malformed=True, date=raw.received_at, truncated=raw.truncated)
    if reply.date is None:
        reply.date = raw.received_at
    reply.truncated = reply.unread = raw.truncated or cut or len(reply.html) > _MAX_HTML
    reply.html = reply.html[:_MAX_HTML]
    reply.malformed = _nothing_readable(reply)
    reply.text, reply.html = _BODY_CONTROLS.sub("", reply.text), _BODY_CONTROLS.sub("", reply.html)
    return reply


def _bounded(data: bytes) -> tuple[bytes, bool]:
    """The message up to its `_MAX_LINES`th line, each header within `_MAX_HEADER` bytes, and whether anything was
    cut.

    The email parser keeps a string per line (ten million short lines cost a gigabyte), and reads an address
    header in time that grows fast with its length.
    """
    head_end = _header_end(data)
    head, cut_header = _bounded_headers(data[:head_end])
    data = head + data[head_end:]
    if data.count(b"\n") <= _MAX_LINES:
        return data, cut_header
    return data[: _after_line(data, _MAX_LINES)], True


def _after_line(data: bytes, lines: int, block: int = 1 << 20) -> int:
    """The index just after the `lines`th newline of `data`, which has more than that many (counted a block at a
    time, in C)."""
    start = 0
    while (found := data.count(b"\n", start, start + block)) < lines and start + block < len(data):
        lines -= found
        start += block
    piece = data[start:start + block]
    return start + len(piece) - len(piece.split(b"\n", lines)[-1])


def _header_end(data: bytes) -> int:
    ends = [i for i in (data.find(b"\n\n"), data.find(b"\r\n\r\n")) if i >= 0]
    return min(ends) if ends else len(data)


def _bounded_headers(head: bytes) -> tuple[bytes, bool]:
    """Each header (its folded lines together) cut to `_MAX_HEADER` bytes."""
    if len(head) <= _MAX_HEADER:
        return head, False
    kept: list[bytes] = []
    length, cut = 0, False
    for line in head.splitlines(keepends=True):
        length = length + len(line) if line[:1] in (b" ", b"\t") else len(line)
        if length > _MAX_HEADER:
            cut = True
            over = length - _MAX_HEADER
            if over >= len(line):
                continue
            line = line[: len(line) - over].rstrip(b"\r\n") + b"\n"
        kept.append(line)
    return b"".join(kept), cut


def _reply_from(message: Message, parsed: Any) -> Reply:
    headers = _headers(message)
    name, sender = _address(message.get("from", ""))
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
        attachments=sum(map(_attached, message.walk())),
        text=_unflow("\n".join(parsed.text_plain), message),
        html="\n".join(parsed.text_html),
    )


def _attached(part: Message) -> bool:
    """A file the sender attached: marked so, or a document or photo that no HTML part shows by its Content-ID."""
    kind = part.get_content_maintype()
    if kind in ("multipart", "message"):
        return False
    return part.get_content_disposition() == "attachment" or (kind != "text" and not part.get("content-id"))


def _plain_parse(data: bytes) -> tuple[Message, SimpleNamespace]:
    """The standard library's lenient parse, with the text and HTML parts that are not attachments."""
    message = email.message_from_bytes(data)
    bodies: dict[str, list[str]] = {"text/plain": [], "text/html": []}
    for part in message.walk():
        kind = part.get_content_type()
        if kind in bodies and not part.is_multipart() and part.get_content_disposition() != "attachment":
            payload = part.get_payload(decode=True)
            bodies[kind].append(_text(payload if isinstance(payload, bytes) else b"", part.get_content_charset()))
    return message, SimpleNamespace(text_plain=bodies["text/plain"], text_html=bodies["text/html"])


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


def _address(value: Any) -> tuple[str, str]:
    """(display name, address) of a From header, split before RFC 2047 decoding.

    An encoded word is never part of an address (RFC 2047 §5), so a name that decodes to
    `Ana <someone@else>` must not change the sender. A header too broken to split that way
    (`=?utf-8?Q?Ana_[x]?= <a@b>`: specials inside an encoded word) is split after decoding.
    """
    raw = _raw_utf8(value) if isinstance(value, str) else _decode(value)
    name, address = email.utils.parseaddr(_clean_header(raw))
    if "@" in address:
        return _decode(name), address
    decoded = _decode(value)
    name, address = email.utils.parseaddr(decoded)
    found = None if "@" in address else _ANGLE_ADDRESS.search(decoded)
    return (decoded[: found.start()].strip(' "'), found.group(1)) if found else (name, address)


def _decode(value: Any) -> str:
    """A header as text: RFC 2047 words decoded, raw 8-bit (RFC 6532) read as UTF-8, else Latin-1."""
    try:
        parts = decode_header(value if isinstance(value, Header) else _raw_utf8(str(value)))
    except Exception:  # malformed encoded words
        parts = [(str(value), None)]
    text = "".join(chunk if isinstance(chunk, str) else _text(chunk, charset) for chunk, charset in parts)
    return " ".join(_clean_header(text).split())


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
