"""Screening reasons organizers can trust (issue 14, point 8): auto-replies sent with an empty Return-Path are
auto-replies, bounces need a delivery report, a mailer daemon or DSN headers, and list digests are not replies."""

from __future__ import annotations

import pytest

from helpers import CAMPAIGN_ID, CAMPAIGN_SUBJECT, campaign_settings, make_mail, outcome
from statement_collector.config import Settings
from statement_collector.models import Reason, Status

NULL_PATH = {"Return-Path": "<>"}
AWAY = "I am out of the office until Monday, December 1, with no access to email."

EXCHANGE_OOF_NULL_PATH = make_mail(
    AWAY, sender="Marcus Bell <mbell@contoso.example>", subject=f"Automatic reply: {CAMPAIGN_SUBJECT}",
    headers={**NULL_PATH, "X-Auto-Response-Suppress": "All", "Thread-Topic": CAMPAIGN_SUBJECT},
)
SPANISH_OOF_NULL_PATH = make_mail(
    "Gracias por su mensaje. Estaré fuera de la oficina hasta el 30 de noviembre.",
    sender="Carmen Ortiz <cortiz@example.es>", subject=f"Respuesta automática: {CAMPAIGN_SUBJECT}", headers=NULL_PATH,
)
SIEVE_VACATION = make_mail(AWAY, sender="Jordan Lee <jordan@example.org>", subject=f"Re: {CAMPAIGN_SUBJECT}",
                           headers={**NULL_PATH, "Auto-Submitted": "auto-replied (vacation)"})
SIEVE_NOTIFY = make_mail(AWAY, sender="Jordan Lee <jordan@example.org>", subject=f"Away: {CAMPAIGN_SUBJECT}",
                         headers={**NULL_PATH, "Auto-Submitted": "auto-generated"})

SENDMAIL_DSN = f"""Return-Path: <>
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.org>
To: info@farmworkers.example
Subject: Returned mail: see transcript for details
Date: Tue, 24 Nov 2026 10:02:11 -0500
Message-ID: <dsn-1@relay.example.org>
In-Reply-To: {CAMPAIGN_ID}
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn1"

--dsn1
Content-Type: text/plain; charset=us-ascii

The original message was received at Tue, 24 Nov 2026 10:02:10 -0500.
   ----- The following addresses had permanent fatal errors -----
<gone@example.org>

--dsn1
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.org
Final-Recipient: RFC822; gone@example.org
Action: failed
Status: 5.1.1

--dsn1--
"""
QMAIL_BOUNCE = make_mail(
    "Hi. This is the qmail-send program at mail.example.org.\nI'm afraid I wasn't able to deliver your message "
    "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
    "<gone@example.org>:\nSorry, no mailbox here by that name. (#5.1.1)\n",
    sender="MAILER-DAEMON@mail.example.org", subject="failure notice", headers=NULL_PATH,
)
EXIM_BOUNCE = make_mail(
    "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
    "delivered to one or more of its recipients. This is a permanent error.\n\n  gone@example.org\n    "
    "mailbox unavailable\n",
    sender="Mail Delivery System <Mailer-Daemon@mx.example.org>", subject="Mail delivery failed: returning message",
    headers={**NULL_PATH, "X-Failed-Recipients": "gone@example.org", "Auto-Submitted": "auto-replied"},
)
FAILED_RECIPIENTS_ONLY = make_mail(
    "Delivery to the following recipient failed permanently: gone@example.org",
    sender="Relay <relay@example.org>", subject=f"Re: {CAMPAIGN_SUBJECT}",
    headers={"X-Failed-Recipients": "gone@example.org"},
)

MAILMAN_DIGEST = """Return-Path: <farmworkers-bounces@lists.example.org>
From: farmworkers-request@lists.example.org
Subject: Farmworkers Digest, Vol 12, Issue 3
To: farmworkers@lists.example.org
Date: Tue, 24 Nov 2026 12:00:03 -0500
Message-ID: <mailman.3.1700000000.1234.farmworkers@lists.example.org>
Reply-To: farmworkers@lists.example.org
Precedence: list
X-BeenThere: farmworkers@lists.example.org
List-Id: Farmworkers housing campaign <farmworkers.lists.example.org>
List-Post: <mailto:farmworkers@lists.example.org>
List-Unsubscribe: <https://lists.example.org/mailman/options/farmworkers>,
 <mailto:farmworkers-request@lists.example.org?subject=unsubscribe>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============0123=="

--===============0123==
Content-Type: text/plain; charset="us-ascii"
Content-Description: Farmworkers Digest, Vol 12, Issue 3

Send Farmworkers mailing list submissions to
\tfarmworkers@lists.example.org

Today's Topics:

   1. Re: Send a statement of support for the housing bill (Ana Lopez)
   2. Re: Send a statement of support for the housing bill (Rosa Diaz)

--===============0123==
Content-Type: multipart/digest; boundary="===============4567=="

--===============4567==
Content-Type: message/rfc822

From: Ana Lopez <ana@example.com>
Subject: Re: Send a statement of support for the housing bill
Date: Tue, 24 Nov 2026 09:30:00 -0500
Content-Type: text/plain; charset="us-ascii"

I support fair housing for the farmworkers who feed Vermont.

--===============4567==
Content-Type: message/rfc822

From: Rosa Diaz <rosa@example.net>
Subject: Re: Send a statement of support for the housing bill
Date: Tue, 24 Nov 2026 10:10:00 -0500
Content-Type: text/plain; charset="us-ascii"

Safe housing is the least we owe the people who milk our cows.

--===============4567==--

--===============0123==--
"""
PLAIN_MAILMAN_DIGEST = make_mail(
    "Send Farmworkers mailing list submissions to farmworkers@lists.example.org\n\nToday's Topics:\n\n"
    "   1. Re: Send a statement of support for the housing bill (Ana Lopez)\n",
    sender="farmworkers-request@lists.example.org", subject="Farmworkers Digest, Vol 12, Issue 4", in_reply_to=None,
    headers={"Precedence": "bulk", "List-Id": "<farmworkers.lists.example.org>"},
)
SPANISH_MAILMAN_DIGEST = make_mail(
    "Envíe los mensajes para la lista Trabajadores a trabajadores@lists.example.org\n\nTemas del día:\n\n"
    "   1. Re: Envíe su declaración de apoyo (Carmen Ortiz)\n",
    sender="trabajadores-request@lists.example.org", subject="Resumen de Trabajadores, Vol 12, Envío 3",
    in_reply_to=None, headers={"Precedence": "list", "List-Id": "<trabajadores.lists.example.org>"},
)
GOOGLE_GROUPS_DIGEST = make_mail(
    "farmworkers@googlegroups.com - 3 updates in 2 topics\n\nSend a statement of support for the housing bill"
    " - 2 Updates\n\nAna Lopez: I support fair housing for the farmworkers who feed Vermont.\n",
    sender="farmworkers@googlegroups.com", subject="Digest for farmworkers@googlegroups.com - 3 updates in 2 topics",
    in_reply_to=None,
    headers={"Precedence": "list", "Mailing-list": "list farmworkers@googlegroups.com",
             "List-ID": "<farmworkers.googlegroups.com>", "Auto-Submitted": "auto-generated"},
)
GOOGLE_GROUPS_SUMMARY = make_mail(
    "farmworkers@googlegroups.com - 3 updates in 2 topics\n", sender="farmworkers@googlegroups.com",
    subject="Abridged summary of farmworkers@googlegroups.com - 3 updates in 2 topics", in_reply_to=None,
    headers={"Precedence": "list", "List-ID": "<farmworkers.googlegroups.com>"},
)
WEEKLY_LIST_DIGEST = make_mail(
    "This week on the list: three statements and the hearing date.", sender="news@lists.example.org",
    subject="[farmworkers] Weekly digest", in_reply_to=None, headers={"List-Post": "<mailto:x@lists.example.org>"},
)


def _settings() -> Settings:
    return campaign_settings("info@farmworkers.example")


def _outcome(data: bytes | str, settings: Settings | None = None) -> tuple[Status, Reason | None]:
    return outcome(data, settings or _settings())


@pytest.mark.parametrize("mail", [EXCHANGE_OOF_NULL_PATH, SPANISH_OOF_NULL_PATH, SIEVE_VACATION, SIEVE_NOTIFY],
                         ids=["exchange", "spanish", "sieve-auto-replied", "sieve-auto-generated"])
def test_auto_replies_with_an_empty_return_path_are_auto_replies(mail: bytes) -> None:
    assert _outcome(mail) == (Status.REJECTED, Reason.AUTO_REPLY)


@pytest.mark.parametrize("mail", [SENDMAIL_DSN, QMAIL_BOUNCE, EXIM_BOUNCE, FAILED_RECIPIENTS_ONLY],
                         ids=["dsn-report", "mailer-daemon-text", "exim-failed-recipients", "x-failed-recipients"])
def test_delivery_failures_are_bounces(mail: bytes | str) -> None:
    assert _outcome(mail) == (Status.REJECTED, Reason.BOUNCE)


def test_a_persons_reply_with_an_empty_return_path_is_a_statement() -> None:
    """Some forwarders and gateways send with a null reverse path; nothing else says it is not a person."""
    assert _outcome(make_mail(headers=NULL_PATH))[0] == Status.ACCEPTED


@pytest.mark.parametrize("mail", [MAILMAN_DIGEST, PLAIN_MAILMAN_DIGEST, SPANISH_MAILMAN_DIGEST, GOOGLE_GROUPS_DIGEST,
                                  GOOGLE_GROUPS_SUMMARY, WEEKLY_LIST_DIGEST],
                         ids=["mailman-mime", "mailman-plain", "mailman-spanish", "google-groups", "google-abridged",
                              "list-weekly"])
def test_list_digests_are_not_replies(mail: bytes | str) -> None:
    assert _outcome(mail) == (Status.REJECTED, Reason.NOT_A_REPLY)
    assert _outcome(mail, Settings()) == (Status.REJECTED, Reason.NOT_A_REPLY)  # even with no campaign filter


def test_an_out_of_office_with_precedence_bulk_stays_an_auto_reply() -> None:
    mail = make_mail(AWAY, headers={"Precedence": "bulk", "List-Id": "<staff.example.org>"})
    assert _outcome(mail) == (Status.REJECTED, Reason.AUTO_REPLY)


def test_a_persons_reply_through_the_list_is_a_statement() -> None:
    """Mailman marks every post `Precedence: list`: a supporter answering the campaign on its list is no robot."""
    mail = make_mail(headers={"Precedence": "list", "List-Id": "<farmworkers.lists.example.org>"})
    assert _outcome(mail)[0] == Status.ACCEPTED


def test_a_reply_to_a_digest_is_not_taken_for_one() -> None:
    mail = make_mail(subject="Re: Farmworkers Digest, Vol 12, Issue 3",
                     headers={"List-Id": "<farmworkers.lists.example.org>"})
    assert _outcome(mail)[0] == Status.ACCEPTED
