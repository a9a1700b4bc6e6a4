"""Screening and validation rules, one realistic message each."""

from __future__ import annotations

import pytest

from helpers import CAMPAIGN_ID, CAMPAIGN_SUBJECT, make_mail
from statement_collector.config import Settings
from statement_collector.models import RawMessage, Reason, Status
from statement_collector.pipeline import process


def _settings(**statements: object) -> Settings:
    settings = Settings()
    settings.campaign.message_ids = [CAMPAIGN_ID]
    settings.campaign.subject = CAMPAIGN_SUBJECT
    settings.campaign.own_addresses = ["info@farmworkers.example"]
    for key, value in statements.items():
        setattr(settings.statements, key, value)
    return settings


def _outcome(data: bytes, settings: Settings | None = None) -> tuple[Status, Reason | None]:
    statement = process(RawMessage(data=data), settings or _settings())
    return statement.status, statement.reason


@pytest.mark.parametrize("headers", [
    {"Auto-Submitted": "auto-replied"},
    {"Auto-Submitted": "auto-generated"},
    {"X-Autoreply": "yes"},
    {"Precedence": "bulk"},
    {"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "x@example.com"},
])
def test_auto_reply_headers_reject_the_message(headers: dict[str, str]) -> None:
    assert _outcome(make_mail("I am out of the office until Monday with no access.", headers=headers)) == \
        (Status.REJECTED, Reason.AUTO_REPLY)


@pytest.mark.parametrize("subject", ["Automatic reply: Statement", "Respuesta automática: Re: Hola",
                                     "Out of Office: hearing", "Abwesenheitsnotiz: Re: x", "رد تلقائي: بيان",
                                     "מענה אוטומטי: הצהרה", "Αυτόματη απάντηση: Δήλωση", "Răspuns automat: x",
                                     "Otomatik yanıt: x", "Trả lời tự động: x", "ตอบกลับอัตโนมัติ: x"])
def test_localized_auto_reply_subjects_reject_the_message(subject: str) -> None:
    assert _outcome(make_mail("Estoy fuera de la oficina hasta el lunes.", subject=subject))[1] == \
        Reason.AUTO_REPLY


def test_auto_submitted_no_is_a_person() -> None:
    assert _outcome(make_mail(headers={"Auto-Submitted": "no"}))[0] == Status.ACCEPTED


def test_mail_from_the_campaigns_own_address_is_a_loop() -> None:
    assert _outcome(make_mail(sender="Campaign <info@farmworkers.example>"))[1] == Reason.LOOP


def test_unrelated_mail_is_not_a_reply() -> None:
    assert _outcome(make_mail(subject="Lunch on Friday?", in_reply_to=None))[1] == Reason.NOT_A_REPLY


@pytest.mark.parametrize("subject", [f"RE: {CAMPAIGN_SUBJECT}", f"AW: Re: {CAMPAIGN_SUBJECT}",
                                     f"RV: {CAMPAIGN_SUBJECT}", f"[Ext] Re[2]: {CAMPAIGN_SUBJECT}",
                                     f"رد: {CAMPAIGN_SUBJECT}", f"השב: {CAMPAIGN_SUBJECT}",
                                     f"Balas: {CAMPAIGN_SUBJECT}", f"پاسخ: {CAMPAIGN_SUBJECT}"])
def test_campaign_subject_behind_reply_prefixes_is_a_reply(subject: str) -> None:
    assert _outcome(make_mail(subject=subject, in_reply_to=None))[0] == Status.ACCEPTED


def test_no_campaign_filter_makes_every_message_a_reply() -> None:
    assert _outcome(make_mail(subject="anything", in_reply_to=None), Settings())[0] == Status.ACCEPTED


def test_fewer_words_than_min_words_is_too_short() -> None:
    assert _outcome(make_mail("+1 yes"))[1] == Reason.TOO_SHORT


def test_longer_than_max_chars_goes_to_review() -> None:
    assert _outcome(make_mail("I support the bill. " * 40), _settings(max_chars=200)) == \
        (Status.REVIEW, Reason.TOO_LONG)


def test_require_review_holds_every_statement() -> None:
    assert _outcome(make_mail(), _settings(require_review=True)) == (Status.REVIEW, Reason.NEEDS_APPROVAL)


def test_quoted_campaign_text_and_footer_are_not_the_statement() -> None:
    body = ("Count me in. Safe housing now!\n\nSent from my iPhone\n\nOn Mon, Nov 23, 2026 at 9:14 AM "
            "Farmworkers <info@farmworkers.example> wrote:\n> Please reply with a statement.\n")
    statement = process(RawMessage(data=make_mail(body)), _settings())
    assert statement.text == "Count me in. Safe housing now!"


def test_an_anonymity_request_is_honoured_and_not_printed() -> None:
    body = "Farmworkers built this state's dairy industry. Please don't use my name.\n"
    statement = process(RawMessage(data=make_mail(body)), _settings())
    assert statement.anonymous is True
    assert statement.text == "Farmworkers built this state's dairy industry."


@pytest.mark.parametrize("display, printed", [
    ('"Lopez, Ana"', "Ana Lopez"), ("ANA MARIA LOPEZ", "Ana Maria Lopez"), ("ana lopez", "Ana Lopez"),
    ('"ana@example.com"', None), ("Ana Lopez via Google Groups", "Ana Lopez"),
])
def test_display_names_are_cleaned_for_print(display: str, printed: str | None) -> None:
    statement = process(RawMessage(data=make_mail(sender=f"{display} <ana@example.com>")), _settings())
    assert statement.name == printed


def test_unparseable_bytes_are_malformed_not_an_exception() -> None:
    assert _outcome(b"\x00\x01\x02\xff" * 100) == (Status.REJECTED, Reason.MALFORMED)


@pytest.mark.parametrize("body, printed", [
    ("Housing is a right for every worker. Please sign it as J. R.", "J. R."),
    ("La vivienda digna es un derecho. Firmen como Lupe R., por favor.", "Lupe R."),
    ("Every worker deserves a warm home. Just use my initials please.", "A. L."),
])
def test_a_supporter_named_by_initials_or_a_pseudonym_gets_exactly_that(body: str, printed: str) -> None:
    statement = process(RawMessage(data=make_mail(body)), _settings())
    assert statement.name == printed
    assert "sign" not in statement.text.lower() and "firmen" not in statement.text.lower()
    assert "initials" not in statement.text.lower()


@pytest.mark.parametrize("display", ["ACLU OF VERMONT", "Rural Vermont", "UVM", "Migrant Justice"])
def test_an_organizations_name_is_kept_as_written(display: str) -> None:
    statement = process(RawMessage(data=make_mail(sender=f"{display} <org@example.org>")), _settings())
    assert statement.name == display


def test_control_characters_never_reach_a_printed_name() -> None:
    statement = process(RawMessage(data=make_mail(sender="\"Ana\x07 Lo\x1bpez\" <ana@example.com>")), _settings())
    assert statement.name is not None and all(ch.isprintable() for ch in statement.name)


def test_terminal_escapes_leave_no_residue_and_emoji_joiners_stay_in_a_name() -> None:
    escaped = process(RawMessage(data=make_mail(sender="\"\x1b[31mAna Lopez\x1b[0m\" <ana@example.com>")), _settings())
    assert escaped.name == "Ana Lopez"
    family = "Ana 👩\u200d🌾 Lopez"
    joined = process(RawMessage(data=make_mail(sender=f"{family} <ana@example.com>")), _settings())
    assert joined.name == family


@pytest.mark.parametrize("body", ["What time is the hearing?", "Is there parking?\nCan I bring a sign?",
                                  "¿A qué hora es la audiencia? ¿Puedo llevar a mis hijos?",
                                  "会议几点开始？我可以带孩子吗？"])
def test_a_reply_of_only_questions_goes_to_review(body: str) -> None:
    assert _outcome(make_mail(body)) == (Status.REVIEW, Reason.NOT_SUPPORT)


def test_a_statement_with_a_question_in_it_is_accepted() -> None:
    assert _outcome(make_mail("I support the bill. Why is this taking so long?"))[0] == Status.ACCEPTED
