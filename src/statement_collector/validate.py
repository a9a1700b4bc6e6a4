"""Validation: the extracted text and the sender's name -> status, reason and printed name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime

from . import phrases
from .config import Settings
from .contact import find_contacts, name_part
from .extract.patterns import UNSPACED
from .extract.requests import DOUBTS, Kind, classify, settled
from .identity import author_names, identifying
from .models import Extraction, Outcome, Reason, Reply, Statement, Status
from .screen import is_unsubscribe, normalize_subject
from .stance import not_support

_ORGANIZATION = re.compile(
    r"\b(?:inc|llc|ltd|co|corp|org|of|the|and|for|association|union|church|farm|farms|dairy|coop|co-op|"
    r"cooperative|council|committee|center|centre|club|alliance|coalition|network|society|foundation|"
    r"university|college|school|aclu|naacp|asociación|comité|iglesia|sindicato)\b|&", re.I)
_JOINERS = {"\u200c", "\u200d"}
_LONGEST_NAME = 300
_BOTH_WAYS = {Kind.ANONYMITY.value, Kind.CONSENT.value}
_VIA = re.compile(r"(?<!\s)\s++(?:via|vía|por medio de)\s++.*$", re.I)


def validate(reply: Reply, extraction: Extraction, settings: Settings) -> Statement:
    """Decide what a screened, extracted reply becomes."""
    extraction = with_subject_requests(extraction, reply.subject, settings.campaign.subject)
    extraction, unread_notes = with_unread_requests(extraction, reply)
    extraction = extraction.model_copy(update={"requests": settled(extraction.requests)})
    text, requests = extraction.text, extraction.requests
    name, name_unclear, notes = _name_and_notes(reply, extraction)
    names = author_names(reply.name, extraction.signoff_name, extraction.requested_name, address=reply.sender)
    return Statement(
        message_id=reply.message_id,
        sender=reply.sender,
        name=name,
        anonymous=extraction.anonymous,
        received_at=reply.date or datetime.now(UTC),
        subject=reply.subject,
        text=text,
        removed=extraction.removed,
        place=extraction.place,
        role=extraction.role,
        requests=requests,
        author_names=names,
        privacy=[*notes, *unread_notes, *_hidden_notes(extraction), *_campaign_notes(extraction),
                 *_request_notes(requests)],
        **judge(text, reply, extraction, settings, name_unclear, names).model_dump(),
    )


def with_subject_requests(extraction: Extraction, subject: str, campaign_subject: str) -> Extraction:
    """A request made only in the edited Subject ("Re: ... [please withhold my name]") counts as one in the body."""
    own = normalize_subject(subject)
    campaign = normalize_subject(campaign_subject) if campaign_subject else ""
    rest = own.replace(campaign, " ") if campaign else own
    kinds = classify(rest) if rest.strip() else set()
    if not kinds:
        return extraction
    requests = {kind.value: f"(subject) {rest.strip()}" for kind in kinds} | extraction.requests
    return extraction.model_copy(update={"requests": requests,
                                         "anonymous": extraction.anonymous or Kind.ANONYMITY in kinds})


def with_unread_requests(extraction: Extraction, reply: Reply) -> tuple[Extraction, list[str]]:
    """Where part of the message could not be read at all, a request there cannot be ruled out: anonymous unless
    a person decides otherwise."""
    if not reply.unread:
        return extraction, []
    return (extraction.model_copy(update={"anonymous": True}),
            ["part of the message was too large to read: printed anonymous unless a person edits it"])


def _name_and_notes(reply: Reply, extraction: Extraction) -> tuple[str | None, bool, list[str]]:
    """The printed name, whether contact details in it left no clear name, and notes. The display name and then
    the chosen name (a sign-off or a requested name may hold a number too) keep only their name part."""
    raw = (reply.name or "")[:_LONGEST_NAME]
    kept, cut = name_part(_printable(raw)) if raw else ("", False)
    notes = [f"the display name held contact details: kept only '{kept}'" if kept else
             "the display name held contact details and no clear name"] if cut else []
    name = chosen_name(reply.model_copy(update={"name": kept or None}) if cut else reply, extraction)
    unclear = cut and not kept
    if name and (find_contacts(name) or "@" in name):
        part, _ = name_part(name)
        notes.append(f"the name to print held contact details: kept only '{part}'" if part else
                     "the name to print held contact details and no clear name")
        name, unclear = part or None, unclear or not part
    return name, unclear, notes


def _hidden_notes(extraction: Extraction) -> list[str]:
    if not extraction.hidden_text:
        return []
    return [f"hidden text in the HTML was not printed ({extraction.hidden_text} letters): check the original"]


def _campaign_notes(extraction: Extraction) -> list[str]:
    return ["the reply holds only the campaign email's own text (pasted or quoted without marks): check the "
            "original"] if extraction.campaign_only else []


def _request_notes(requests: dict[str, str]) -> list[str]:
    words = {Kind.ANONYMITY: "asked not to be named", Kind.CONSENT: "gave permission to print the name",
             Kind.WITHDRAWAL: "asked that what they sent not be used",
             Kind.CHANGE_OF_MIND: "may have changed their mind (a person decides)",
             Kind.DOUBT: "wrote about their name or identity; unclear what they ask (a person decides)"}
    return [f"{words[Kind(kind)]}: \"{sentence}\"" for kind, sentence in requests.items()]


def judge(text: str, reply: Reply, extraction: Extraction, settings: Settings, name_unclear: bool = False,
          names: list[str] | None = None) -> Outcome:
    """The first rule that holds decides: rejections, then reasons for review."""
    s, asked = settings.statements, set(extraction.requests)
    rules: tuple[tuple[Status, Reason, Callable[[], bool]], ...] = (
        (Status.REJECTED, Reason.WITHDRAWN, lambda: Kind.WITHDRAWAL in asked),
        (Status.REVIEW, Reason.UNCERTAIN, lambda: bool(asked & DOUBTS or _BOTH_WAYS <= asked) and bool(text.strip())),
        (Status.REJECTED, Reason.UNSUBSCRIBE, lambda: is_unsubscribe(text)),
        (Status.REVIEW, Reason.TOO_LARGE, lambda: reply.truncated or extraction.truncated),
        (Status.REVIEW, Reason.UNCERTAIN, lambda: _points_to_attachment(text, reply, s.min_words)),
        (Status.REVIEW, Reason.NOT_SUPPORT, lambda: not_support(text, settings.campaign.subject)),
        (Status.REVIEW, Reason.UNCERTAIN, lambda: extraction.hidden_text > 0),
        (Status.REJECTED, Reason.EMPTY, lambda: not text.strip() or extraction.forwarded),
        (Status.REJECTED, Reason.TOO_SHORT, lambda: word_count(text) < s.min_words),
        (Status.REVIEW, Reason.TOO_LONG, lambda: len(text) > s.max_chars),
        (Status.REVIEW, Reason.CONTACT_DETAILS, lambda: has_contact_details(text) or name_unclear),
        (Status.REVIEW, Reason.IDENTIFIES_AUTHOR,
         lambda: extraction.anonymous and bool(identifying(text, names or []))),
        (Status.REVIEW, Reason.UNCERTAIN, lambda: extraction.uncertain),
        (Status.REVIEW, Reason.NEEDS_APPROVAL, lambda: s.require_review),
    )
    for status, reason, hit in rules:  # in order, each computed only if those before it do not hold
        if hit():
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
    """A phone number, an email address or a street address, however written."""
    return bool(find_contacts(text))


def clean_name(name: str | None, sender: str = "") -> str | None:
    """A printable name from a display name, or None when it is no name."""
    if not name:
        return None
    name = _printable(name)
    name = _VIA.sub("", name.strip().strip("'\"").strip())
    if not name or "@" in name or name.casefold() == sender.casefold():
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
