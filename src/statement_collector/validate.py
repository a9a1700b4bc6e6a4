"""Validation: the extracted text and the sender's name -> status, reason and printed name."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from .config import Settings
from .models import Extraction, Outcome, Reason, Reply, Statement, Status
from .screen import is_unsubscribe

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w/])(?:\+?\d[\s.()-]*){7,15}\d(?![\w/])")
_STREET = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w.]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|"
    r"Way|Court|Ct|Place|Pl|Highway|Hwy|Calle|Avenida)\b\.?"
)
_VIA = re.compile(r"\s+(?:via|vía|por medio de)\s+.*$", re.I)


def validate(reply: Reply, extraction: Extraction, settings: Settings) -> Statement:
    """Decide what a screened, extracted reply becomes."""
    text = extraction.text
    return Statement(
        message_id=reply.message_id,
        sender=reply.sender,
        name=clean_name(reply.name, reply.sender) or extraction.signoff_name,
        anonymous=extraction.anonymous,
        received_at=reply.date or datetime.now(UTC),
        subject=reply.subject,
        text=text,
        removed=extraction.removed,
        **judge(text, reply, extraction, settings).model_dump(),
    )


def judge(text: str, reply: Reply, extraction: Extraction, settings: Settings) -> Outcome:
    """The first rule that holds decides: rejections, then reasons for review."""
    s = settings.statements
    rules = (
        (Status.REJECTED, Reason.UNSUBSCRIBE, is_unsubscribe(text)),
        (Status.REVIEW, Reason.TOO_LARGE, reply.truncated),
        (Status.REJECTED, Reason.EMPTY, not text.strip()),
        (Status.REJECTED, Reason.TOO_SHORT, len(text.split()) < s.min_words),
        (Status.REVIEW, Reason.TOO_LONG, len(text) > s.max_chars),
        (Status.REVIEW, Reason.CONTACT_DETAILS, has_contact_details(text)),
        (Status.REVIEW, Reason.UNCERTAIN, extraction.uncertain),
        (Status.REVIEW, Reason.NEEDS_APPROVAL, s.require_review),
    )
    for status, reason, hit in rules:
        if hit:
            return Outcome(status=status, reason=reason)
    return Outcome(status=Status.ACCEPTED)


def has_contact_details(text: str) -> bool:
    """A phone number, an email address or a street address."""
    return bool(_EMAIL.search(text) or _PHONE.search(text) or _STREET.search(text))


def clean_name(name: str | None, sender: str = "") -> str | None:
    """A printable name from a display name, or None when it is no name."""
    if not name:
        return None
    name = _VIA.sub("", name.strip().strip("'\"").strip())
    if not name or _EMAIL.search(name) or "@" in name or name.casefold() == sender.casefold():
        return None
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if first and last and " " not in last:
            name = f"{first} {last}"
    if name.islower() or (name.isupper() and len(name) > 4):
        name = name.title()
    return " ".join(name.split())
