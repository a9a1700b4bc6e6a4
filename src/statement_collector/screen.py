"""Screening: messages that are not statements, recognised by their headers and shape."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time

from . import phrases
from .config import Settings
from .extract.patterns import words_pattern
from .models import Reason, Reply
from .normal import folded
from .stance import takes_a_stance

_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:" + "|".join(re.escape(p) for p in phrases.REPLY_PREFIXES)
    + r")\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*",
    re.I,
)
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:" + "|".join(re.escape(folded(p)) for p in phrases.AUTO_REPLY_SUBJECTS) + r")"
)
_UNSUBSCRIBE = tuple(folded(p) for p in phrases.UNSUBSCRIBE)
# What vacation programs put on their answers. Not "list": a list server marks every post so, a person's too.
_BULK = {"bulk", "junk", "auto_reply", "auto-reply"}
_ABSENT = re.compile(words_pattern([folded(p) for p in phrases.ABSENT]))
_ABSENT_RETURN = re.compile(words_pattern([folded(p) for p in phrases.ABSENT_RETURN]))
_ABSENCE_READ = 1_500
_ABSENCE_WORDS = 80
"""An absence notice is short; a statement that mentions a vacation is longer or says neither thing."""
_DAEMONS = ("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon")
_DAEMON_NAMES = ("mail delivery system", "mail delivery subsystem", "mail delivery service", "mailer-daemon",
                 "mailer daemon")
_DSN_HEADERS = ("x-failed-recipients",)
_LIST_HEADERS = ("list-id", "list-post")
# Digest subjects of Mailman ("Farm-list Digest, Vol 12, Issue 3", translated "Resumen de Farm-list, Vol 12,
# Envío 3", "Farm-list Nachrichtensammlung, Band 12, Eintrag 3"), Yahoo/groups.io ("[farm] Digest Number 12"),
# LISTSERV ("FARM-L Digest - 23 Nov 2026 ...") and Google Groups ("Digest for farm@googlegroups.com - ...",
# "Abridged summary of ..."). No colon before them: "Re: Farm-list Digest, Vol 12, Issue 3" answers one.
_DIGEST_SUBJECT = re.compile(
    r"^\s*+(?:\[[^\]]{0,100}+\]\s*+)?(?:(?:digest for|abridged summary of)\s++[^\s@]{1,100}+@"
    r"|[^:\[\]]{0,100}?\bdigest(?:,?\s*+vol(?:ume)?\b|\s++number\s*+\d|\s++-\s)"
    r"|[^:\[\]]{0,100}?,\s*+(?:vol(?:ume)?|band)\.?\s*+\d++,\s*+[^\W\d_]++\s*+\d++\s*+$)"
)
_DIGEST_WORD = re.compile(r"^\s*+(?:\[[^\]]{0,100}+\]\s*+)?[^:\[\]]{0,200}?\bdigest\b")


def screen(reply: Reply, settings: Settings) -> Reason | None:
    """The reason this message is not a statement, or None to go on."""
    checks = (
        (Reason.MALFORMED, reply.malformed),
        (Reason.LOOP, is_own(reply, settings)),
        (Reason.BOUNCE, is_bounce(reply)),
        (Reason.NOT_A_REPLY, is_digest(reply)),  # before auto-reply: list servers mark digests bulk or auto
        (Reason.AUTO_REPLY, is_auto_reply(reply)),
        (Reason.SPAM, is_spam(reply)),
        (Reason.NOT_A_REPLY, not is_campaign_reply(reply, settings) or is_too_early(reply, settings)),
    )
    return next((reason for reason, hit in checks if hit), None)


def is_own(reply: Reply, settings: Settings) -> bool:
    """Sent from one of the campaign's own addresses."""
    own = {a.strip().lower() for a in settings.campaign.own_addresses}
    return bool(reply.sender) and reply.sender in own


def is_bounce(reply: Reply) -> bool:
    """A delivery status notification (RFC 3464), a mailer daemon's message, or one with DSN headers.

    Not an empty Return-Path alone: RFC 3834 auto-responders send with one too."""
    return (
        has_delivery_report(reply)
        or from_mailer_daemon(reply)
        or any(h in reply.headers for h in _DSN_HEADERS)
    )


def has_delivery_report(reply: Reply) -> bool:
    """A multipart/report of type delivery-status, or a message/delivery-status part."""
    return ("report-type=delivery-status" in reply.content_type.replace('"', "").lower()
            or "message/delivery-status" in reply.part_types)


def from_mailer_daemon(reply: Reply) -> bool:
    """Sent by a mail system: MAILER-DAEMON or postmaster, or named "Mail Delivery System" or the like."""
    return reply.sender.split("@")[0] in _DAEMONS or folded(reply.name or "").strip() in _DAEMON_NAMES


def is_digest(reply: Reply) -> bool:
    """A mailing list's digest: multipart/digest, or a digest subject (on list mail or a run of messages)."""
    subject = folded(reply.subject[:500])
    if reply.content_type.startswith("multipart/digest") or _DIGEST_SUBJECT.match(subject):
        return True
    carried = any(reply.header(h) for h in _LIST_HEADERS) or reply.part_types.count("message/rfc822") >= 2
    return carried and bool(_DIGEST_WORD.match(subject))


def is_auto_reply(reply: Reply) -> bool:
    """RFC 3834 Auto-Submitted, vendor headers, or a localized auto-reply subject."""
    auto = reply.header("auto-submitted").strip().lower()
    precedence = (reply.header("precedence") or reply.header("x-precedence")).strip().lower()
    return (
        (bool(auto) and not auto.startswith("no"))
        or any(reply.header(h) for h in ("x-autoreply", "x-autorespond", "x-autoresponder"))
        or precedence in _BULK
        or bool(reply.header("x-auto-response-suppress") and reply.header("x-ms-exchange-inbox-rules-loop"))
        or bool(_AUTO_SUBJECT.match(folded(reply.subject[:500])))
        or is_absence_notice(reply.text or reply.html)
    )


def is_absence_notice(body: str) -> bool:
    """An out-of-office answer sent without the headers that mark one: a short reply that says its writer is away
    and when they are back or whom to write instead ("I am out of the office ... I will return on December 2")."""
    start = folded(body[:_ABSENCE_READ])
    own = start.split("\n>", 1)[0]
    if len(own.split()) > _ABSENCE_WORDS:
        return False
    return bool(_ABSENT.search(own)) and bool(_ABSENT_RETURN.search(own)) and not takes_a_stance(own)


def is_spam(reply: Reply) -> bool:
    """The receiving server's spam verdict."""
    return (reply.header("x-spam-flag").strip().upper() == "YES"
            or reply.header("x-spam-status").strip().lower().startswith("yes"))


def is_campaign_reply(reply: Reply, settings: Settings) -> bool:
    """Threaded under a campaign message, or titled as the campaign behind reply prefixes."""
    ids, subject = settings.campaign.message_ids, settings.campaign.subject
    if not ids and not subject:
        return True
    if ids and set(ids) & set(reply.in_reply_to + reply.references):
        return True
    return bool(subject) and normalize_subject(reply.subject) == normalize_subject(subject)


def normalize_subject(subject: str) -> str:
    """The subject without any number of reply/forward prefixes, case-folded."""
    previous = None
    while previous != subject:
        previous, subject = subject, _PREFIX.sub("", subject, count=1)
    return " ".join(folded(subject).split())


def is_too_early(reply: Reply, settings: Settings) -> bool:
    """Dated before the campaign's `since`."""
    since = settings.campaign.since
    if since is None or reply.date is None:
        return False
    return reply.date < datetime.combine(since, time.min, tzinfo=UTC)


def is_unsubscribe(text: str) -> bool:
    """A short reply whose point is to be taken off the list."""
    if len(text.split()) > 12:
        return False
    lowered = folded(text)
    return any(p in lowered for p in _UNSUBSCRIBE)
