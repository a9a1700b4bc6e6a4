"""Validation: the extracted text and the sender's name -> status, reason and printed name."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

from . import phrases
from .config import Settings
from .extract.patterns import EMAIL, UNSPACED
from .models import Extraction, Outcome, Reason, Reply, Statement, Status
from .screen import is_unsubscribe

_PHONE = re.compile(r"(?<![\w/])(?:\+?\d[\s.()-]*){7,15}\d(?![\w/])")
_STREET = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w.]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|"
    r"Way|Court|Ct|Place|Pl|Highway|Hwy|Calle|Avenida)\b\.?"
)
_ORGANIZATION = re.compile(
    r"\b(?:inc|llc|ltd|co|corp|org|of|the|and|for|association|union|church|farm|farms|dairy|coop|co-op|"
    r"cooperative|council|committee|center|centre|club|alliance|coalition|network|society|foundation|"
    r"university|college|school|aclu|naacp|asociación|comité|iglesia|sindicato)\b|&", re.I)
_JOINERS = {"\u200c", "\u200d"}
_SENTENCE_END = re.compile(r"(?<=[.!?？؟。！])\s+|\n+")
_QUESTION = ("?", "？", "؟")
_VIA = re.compile(r"\s+(?:via|vía|por medio de)\s+.*$", re.I)


def validate(reply: Reply, extraction: Extraction, settings: Settings) -> Statement:
    """Decide what a screened, extracted reply becomes."""
    text = extraction.text
    return Statement(
        message_id=reply.message_id,
        sender=reply.sender,
        name=chosen_name(reply, extraction),
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
        (Status.REVIEW, Reason.UNCERTAIN, _points_to_attachment(text, reply, s.min_words)),
        (Status.REVIEW, Reason.UNCERTAIN, _only_questions(text)),
        (Status.REJECTED, Reason.EMPTY, not text.strip()),
        (Status.REJECTED, Reason.TOO_SHORT, word_count(text) < s.min_words),
        (Status.REVIEW, Reason.TOO_LONG, len(text) > s.max_chars),
        (Status.REVIEW, Reason.CONTACT_DETAILS, has_contact_details(text)),
        (Status.REVIEW, Reason.UNCERTAIN, extraction.uncertain),
        (Status.REVIEW, Reason.NEEDS_APPROVAL, s.require_review),
    )
    for status, reason, hit in rules:
        if hit:
            return Outcome(status=status, reason=reason)
    return Outcome(status=Status.ACCEPTED)


def _points_to_attachment(text: str, reply: Reply, min_words: int) -> bool:
    """The statement may be in an attached file: the reply says too little beside one, or points to it ("my
    letter is attached"); photos attached to a statement written out are not that."""
    if not reply.attachments:
        return False
    low, words = text.lower(), word_count(text)
    pointing = any(word in low for word in phrases.ATTACHMENT)
    return words < min_words or pointing and (words <= 12 or any(word in low for word in phrases.DOCUMENT))


def _only_questions(text: str) -> bool:
    """A short reply made only of questions ("What time is the hearing?") is more likely a note to the organizers
    than a statement for policy-makers: a person decides."""
    sentences = [x for x in _SENTENCE_END.split(text.strip()) if x.strip()]
    return bool(sentences) and word_count(text) <= 40 and all(x.rstrip().endswith(_QUESTION) for x in sentences)


def word_count(text: str) -> int:
    """Words as a reader counts them. Chinese, Japanese, Thai, Lao, Khmer and Burmese put no spaces between words:
    there, about two characters make a word."""
    count = 0
    for token in text.split():
        unspaced = len(UNSPACED.findall(token))
        count += max(1, (unspaced + 1) // 2) if unspaced else 1
    return count


def chosen_name(reply: Reply, extraction: Extraction) -> str | None:
    """The name to print: one the supporter asked for, else the display name, else the sign-off's."""
    if extraction.requested_name:
        return extraction.requested_name
    name = clean_name(reply.name, reply.sender) or extraction.signoff_name
    if name and extraction.initials_only:
        return " ".join(f"{word[0].upper()}." for word in name.split() if word[:1].isalpha())
    if name and extraction.first_name_only:
        return name.split()[0]
    return name


def has_contact_details(text: str) -> bool:
    """A phone number, an email address or a street address."""
    return bool(EMAIL.search(text) or _PHONE.search(text) or _STREET.search(text))


def clean_name(name: str | None, sender: str = "") -> str | None:
    """A printable name from a display name, or None when it is no name."""
    if not name:
        return None
    name = _printable(name)
    name = _VIA.sub("", name.strip().strip("'\"").strip())
    if not name or EMAIL.search(name) or "@" in name or name.casefold() == sender.casefold():
        return None
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if first and last and " " not in last:
            name = f"{first} {last}"
    if _shouting_person(name):
        name = name.title()
    return " ".join(name.split())


def _printable(name: str) -> str:
    """Control and format characters out (spaces for controls); joiners inside emoji stay."""
    return "".join(ch if ch in _JOINERS or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")
                   else (" " if unicodedata.category(ch) == "Cc" else "") for ch in name)


def _shouting_person(name: str) -> bool:
    """All lower or all upper case, and not an organization ("ACLU of Vermont", "UVM")."""
    words = name.split()
    if not (name.islower() or name.isupper()) or not 1 <= len(words) <= 4:
        return False
    return name.islower() or (len(words) >= 2 and not _ORGANIZATION.search(name))
