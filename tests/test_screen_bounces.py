"""Bounces, spam verdicts, unsubscribes, contact details and dates: one realistic message per rule."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from helpers import CAMPAIGN_ID, CAMPAIGN_SUBJECT, EST, campaign_settings, make_mail, outcome
from statement_collector.config import Settings
from statement_collector.models import Reason, Status

POSTFIX_DSN = f"""Return-Path: <>
Received: by mail.example.net (Postfix) id 4F1C2
Date: Tue, 24 Nov 2026 10:02:11 -0500 (EST)
From: MAILER-DAEMON@mail.example.net (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: info@farmworkers.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4F1C2.1700000000/mail.example.net"
Message-Id: <20261124150211.4F1C2@mail.example.net>

--4F1C2.1700000000/mail.example.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

--4F1C2.1700000000/mail.example.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net
Final-Recipient: rfc822; gone@example.net
Action: failed
Status: 5.1.1

--4F1C2.1700000000/mail.example.net
Content-Type: text/rfc822-headers

Subject: Re: {CAMPAIGN_SUBJECT}
In-Reply-To: {CAMPAIGN_ID}

--4F1C2.1700000000/mail.example.net--
"""

GMAIL_DSN = """Delivered-To: info@farmworkers.example
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: info@farmworkers.example
X-Failed-Recipients: gone@gmail.com
Subject: Delivery Status Notification (Failure)
Message-ID: <5f0c.gmail-dsn@mx.google.com>
Date: Tue, 24 Nov 2026 07:02:11 -0800
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to gone@gmail.com because the address couldn't be found.
"""

EXCHANGE_NDR = """From: postmaster@outlook.com
To: info@farmworkers.example
Date: Tue, 24 Nov 2026 15:02:11 +0000
Subject: Undeliverable: Re: Send a statement of support for the housing bill
Message-ID: <ndr-1@outlook.com>
Content-Type: multipart/report; report-type="delivery-status"; boundary="b1"
MIME-Version: 1.0

--b1
Content-Type: text/plain; charset=utf-8

Delivery has failed to these recipients or groups.
--b1
Content-Type: message/delivery-status

Action: failed
--b1--
"""


EXCHANGE_NDR_SPANISH = """From: Microsoft Outlook <postmaster@contoso.example>
To: info@farmworkers.example
Date: Tue, 24 Nov 2026 15:02:11 +0000
Subject: =?utf-8?q?No_se_puede_entregar=3A_Re=3A_Env=C3=ADe_su_declaraci=C3=B3n?=
Message-ID: <ndr-es@contoso.example>
Content-Type: multipart/report; report-type=delivery-status; boundary="b2"
MIME-Version: 1.0

--b2
Content-Type: text/plain; charset=utf-8

No se pudo entregar a estos destinatarios o grupos.
--b2
Content-Type: message/delivery-status

Action: failed
Status: 5.1.10
--b2--
"""


def _settings() -> Settings:
    return campaign_settings()


def _outcome(data: bytes | str, settings: Settings | None = None) -> tuple[Status, Reason | None]:
    return outcome(data, settings or _settings())


@pytest.mark.parametrize("dsn", [POSTFIX_DSN, GMAIL_DSN, EXCHANGE_NDR, EXCHANGE_NDR_SPANISH],
                         ids=["postfix", "gmail", "exchange", "exchange-spanish"])
def test_delivery_failures_are_bounces(dsn: str) -> None:
    assert _outcome(dsn) == (Status.REJECTED, Reason.BOUNCE)


@pytest.mark.parametrize("headers", [{"X-Spam-Flag": "YES"}, {"X-Spam-Status": "Yes, score=9.1 required=5.0"}])
def test_the_servers_spam_verdict_rejects_as_spam(headers: dict[str, str]) -> None:
    assert _outcome(make_mail(headers=headers))[1] == Reason.SPAM


def test_spam_status_no_is_not_spam() -> None:
    assert _outcome(make_mail(headers={"X-Spam-Status": "No, score=0.1"}))[0] == Status.ACCEPTED


@pytest.mark.parametrize("body", ["Unsubscribe", "Please remove me from this list.",
                                  "Por favor darme de baja de esta lista", "No me envíen más correos, gracias."])
def test_short_removal_requests_are_unsubscribes(body: str) -> None:
    assert _outcome(make_mail(body))[1] == Reason.UNSUBSCRIBE


def test_a_statement_that_mentions_unsubscribing_in_passing_is_kept() -> None:
    body = ("I almost hit unsubscribe last year, but this campaign is why I stay. Farmworkers who milk our cows "
            "at 3 a.m. deserve heated, safe housing, and this bill gives it to them.")
    assert _outcome(make_mail(body))[0] == Status.ACCEPTED


@pytest.mark.parametrize("body", [
    "I support the bill. Call me at (802) 555-0142 if you need a witness.",
    "I support the bill; write to me at rosa.diaz@example.net for details.",
    "I support the bill. I live at 12 Maple Street in Middlebury with three farmworkers as neighbours.",
])
def test_contact_details_send_a_statement_to_review(body: str) -> None:
    assert _outcome(make_mail(body)) == (Status.REVIEW, Reason.CONTACT_DETAILS)


def test_a_year_is_not_a_phone_number() -> None:
    assert _outcome(make_mail("Since 2019 and 2020 I have worked on farms in Addison County."))[0] == \
        Status.ACCEPTED


def test_mail_before_since_is_not_a_statement() -> None:
    settings = _settings()
    settings.campaign.since = date(2026, 11, 24)
    early = make_mail(when=datetime(2026, 11, 20, 9, 0, tzinfo=EST))
    assert _outcome(early, settings)[1] == Reason.NOT_A_REPLY
    assert _outcome(make_mail(), settings)[0] == Status.ACCEPTED
