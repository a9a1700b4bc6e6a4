"""Auto-replies as real mail systems send them: headers and localized subjects (RFC 3834 and vendors)."""

from __future__ import annotations

import pytest

from helpers import CAMPAIGN_ID, CAMPAIGN_SUBJECT, make_mail, outcome
from statement_collector.config import Settings
from statement_collector.models import RawMessage, Reason, Status
from statement_collector.pipeline import process

GMAIL_VACATION = f"""MIME-Version: 1.0
Date: Tue, 24 Nov 2026 07:01:02 -0800
References: {CAMPAIGN_ID}
In-Reply-To: {CAMPAIGN_ID}
Auto-Submitted: auto-replied
Message-ID: <CAGm=vacation@mail.gmail.com>
Subject: Re: {CAMPAIGN_SUBJECT}
From: Jordan Lee <jordan.lee@gmail.com>
To: Farmworkers <info@farmworkers.example>
Content-Type: text/plain; charset="UTF-8"

I'm on vacation until November 30 with limited access to email. I'll reply when I'm back.
"""

EXCHANGE_OOF = f"""From: Marcus Bell <mbell@contoso.example>
To: Farmworkers <info@farmworkers.example>
Subject: Automatic reply: {CAMPAIGN_SUBJECT}
Thread-Topic: {CAMPAIGN_SUBJECT}
Date: Tue, 24 Nov 2026 14:02:11 +0000
Message-ID: <oof-1@contoso.example>
In-Reply-To: {CAMPAIGN_ID}
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: mbell@contoso.example
X-MS-Exchange-Organization-AutoResponse: Oof
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0

I am out of the office until Monday, December 1. For urgent matters contact the front desk.
"""

YAHOO_VACATION = f"""From: Greg Pelletier <gpelletier@yahoo.com>
To: info@farmworkers.example
Subject: Re: {CAMPAIGN_SUBJECT}
Date: Tue, 24 Nov 2026 14:02:11 +0000 (UTC)
Message-ID: <1234.yahoo.vacation@mail.yahoo.com>
X-Autoreply: yes
Precedence: junk
Content-Type: text/plain; charset=UTF-8

Thank you for your message. I am away and will respond when I return.
"""

ZIMBRA_OOF = f"""From: Hannah Rourke <hrourke@vetclinic.example>
To: info@farmworkers.example
Subject: Fuera de la oficina: Re: {CAMPAIGN_SUBJECT}
Date: Tue, 24 Nov 2026 14:02:11 +0000
Message-ID: <zimbra-oof@vetclinic.example>
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
Content-Type: text/plain; charset=utf-8

Estoy fuera de la oficina hasta el lunes.
"""

SPANISH_NO_HEADERS = f"""From: Carmen Ortiz <cortiz@example.es>
To: info@farmworkers.example
Subject: Respuesta automática: {CAMPAIGN_SUBJECT}
Date: Tue, 24 Nov 2026 14:02:11 +0000
Message-ID: <resp-auto@example.es>
In-Reply-To: {CAMPAIGN_ID}
Content-Type: text/plain; charset=utf-8

Gracias por su mensaje. Estaré fuera de la oficina hasta el 30 de noviembre.
"""


def _settings() -> Settings:
    settings = Settings()
    settings.campaign.message_ids = [CAMPAIGN_ID]
    settings.campaign.subject = CAMPAIGN_SUBJECT
    return settings


@pytest.mark.parametrize("mail", [GMAIL_VACATION, EXCHANGE_OOF, YAHOO_VACATION, ZIMBRA_OOF, SPANISH_NO_HEADERS],
                         ids=["gmail-vacation", "exchange-oof", "yahoo", "zimbra", "spanish-subject-only"])
def test_real_auto_replies_are_rejected_as_auto_reply(mail: str) -> None:
    statement = process(RawMessage(data=mail.encode()), _settings())
    assert (statement.status, statement.reason) == (Status.REJECTED, Reason.AUTO_REPLY)


@pytest.mark.parametrize("body", [
    "I am currently out of the office with limited access to email and will return on December 2. For urgent "
    "matters please contact Jane Rowe.",
    "Thank you for your email. I am on vacation until Monday and will reply to your message when I return.",
    "Estoy fuera de la oficina hasta el 2 de diciembre. Para asuntos urgentes comuníquese con Ana.",
    "Je suis absente du bureau jusqu'au 2 décembre. Pour toute urgence, écrivez à Marie.",
])
def test_an_absence_notice_without_auto_reply_headers_is_an_auto_reply(body: str) -> None:
    assert outcome(make_mail(body)) == (Status.REJECTED, Reason.AUTO_REPLY)


@pytest.mark.parametrize("body", [
    "I am on vacation this week so I cannot come to the hearing, but please count my support: close the loophole.",
    "I will be out of the office tomorrow, so I cannot attend. Please contact the council and tell them I support "
    "the stronger policy.",
    "Estoy de vacaciones y no puedo ir a la audiencia, pero apoyo que cierren la excepción.",
])
def test_a_statement_that_mentions_being_away_is_a_statement(body: str) -> None:
    assert outcome(make_mail(body))[0] is Status.ACCEPTED
