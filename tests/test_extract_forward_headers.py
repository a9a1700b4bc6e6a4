"""Forward header blocks as each language's mail clients write them (issue 14, point 8): the sender's words above
the block are the statement, the forwarded mail below it is not."""

from __future__ import annotations

import pytest

from helpers import CAMPAIGN_ID, CAMPAIGN_SUBJECT, make_mail
from statement_collector.config import Settings
from statement_collector.models import RawMessage, Status
from statement_collector.pipeline import process

CAMPAIGN_TEXT = "Please reply with a short statement of support for the housing bill.\n"

RU = "Я поддерживаю этот законопроект: работники ферм заслуживают тёплого и безопасного жилья."
UK = "Я підтримую цей законопроект: працівники ферм заслуговують на тепле і безпечне житло."
PL = "Popieram tę ustawę, bo pracownicy rolni zasługują na ciepłe i bezpieczne mieszkania."
CS = "Podporuji tento zákon, protože zemědělští dělníci si zaslouží teplé a bezpečné bydlení."
TR = "Bu yasayı destekliyorum çünkü çiftlik işçileri sıcak ve güvenli bir evi hak ediyor."
PT = "Apoio esta lei porque os trabalhadores agrícolas merecem uma casa quente e segura."
DE = "Ich unterstütze dieses Gesetz, weil Landarbeiter ein warmes und sicheres Zuhause verdienen."
ZH = "我支持这项法案，因为农场工人应该拥有温暖而安全的住房。"
JA = "農場で働く人々には暖かく安全な住まいが必要なので、この法案を支持します。"

FORWARDS = {
    "ru-mailru": (RU, "-------- Пересылаемое сообщение --------\n"
                      "От кого: Farmworkers <info@farmworkers.example>\nКому: Ана <ana@example.com>\n"
                      "Дата: Понедельник, 23 ноября 2026, 9:14 -05:00\nТема: Заявление\n"),
    "ru-mailru-bare-block": (RU, "От кого: Farmworkers <info@farmworkers.example>\nКому: Ана <ana@example.com>\n"
                                 "Дата: Понедельник, 23 ноября 2026, 9:14 -05:00\nТема: Заявление\n"),
    "ru-thunderbird": (RU, "-------- Перенаправленное сообщение --------\nТема: \tЗаявление\n"
                           "Дата: \tMon, 23 Nov 2026 09:14:00 -0500\nОт: \tFarmworkers <info@farmworkers.example>\n"
                           "Кому: \tana@example.com\n"),
    "ru-apple-mail": (RU, "Начало переадресованного сообщения:\n\n"
                          "Отправитель: Farmworkers <info@farmworkers.example>\nТема: Заявление\n"
                          "Дата: 23 ноября 2026 г. в 9:14:00 GMT-5\nКому: ana@example.com\n"),
    "ru-yandex": (RU, "-------- Начало пересылаемого сообщения --------\n"
                      "23.11.2026, 09:14, \"Farmworkers\" <info@farmworkers.example>:\n"),
    "uk-apple-mail": (UK, "Початок листа, що пересилається:\n\nВід кого: Farmworkers <info@farmworkers.example>\n"
                          "Тема: Заява\nДата: 23 листопада 2026 р. о 09:14:00 GMT-5\nКому: ana@example.com\n"),
    "pl-thunderbird": (PL, "-------- Treść przekazanej wiadomości --------\nTemat: \tOświadczenie\n"
                           "Data: \tMon, 23 Nov 2026 09:14:00 -0500\n"
                           "Nadawca: \tFarmworkers <info@farmworkers.example>\nAdresat: \tana@example.com\n"),
    "pl-apple-mail": (PL, "Początek przekazywanej wiadomości:\n\nOd: Farmworkers <info@farmworkers.example>\n"
                          "Temat: Oświadczenie\nData: 23 listopada 2026 o 09:14:00 GMT-5\nDo: ana@example.com\n"),
    "cs-apple-mail": (CS, "Začátek přeposílané zprávy:\n\nOd: Farmworkers <info@farmworkers.example>\n"
                          "Předmět: Prohlášení\nDatum: 23. listopadu 2026 v 9:14:00 SEČ\nKomu: ana@example.com\n"),
    "tr-thunderbird": (TR, "-------- İletilen İleti --------\nKonu: \tAçıklama\n"
                           "Tarih: \tMon, 23 Nov 2026 09:14:00 -0500\n"
                           "Kimden: \tFarmworkers <info@farmworkers.example>\nKime: \tana@example.com\n"),
    "pt-thunderbird": (PT, "-------- Mensagem reencaminhada --------\nAssunto: \tDeclaração\n"
                           "Data: \tMon, 23 Nov 2026 09:14:00 -0500\nDe: \tFarmworkers <info@farmworkers.example>\n"
                           "Para: \tana@example.com\n"),
    "de-t-online": (DE, "-----Original-Nachricht-----\nBetreff: Erklärung\nDatum: 2026-11-23T09:14:00-0500\n"
                        "Von: \"Farmworkers\" <info@farmworkers.example>\nAn: ana@example.com\n"),
    "zh-163": (ZH, "-------- 转发邮件信息 --------\n发件人：\"Farmworkers\" <info@farmworkers.example>\n"
                   "发送日期：2026-11-23 22:14:00\n收件人：ana@example.com\n主题：声明\n"),
    "ja-apple-mail": (JA, "転送されたメッセージ：\n\n差出人: Farmworkers <info@farmworkers.example>\n件名: 声明\n"
                          "日付: 2026年11月23日 9:14:00 JST\n宛先: ana@example.com\n"),
}


def _settings() -> Settings:
    settings = Settings()
    settings.campaign.message_ids = [CAMPAIGN_ID]
    settings.campaign.subject = CAMPAIGN_SUBJECT
    return settings


@pytest.mark.parametrize("own, block", FORWARDS.values(), ids=FORWARDS.keys())
def test_text_above_a_forward_block_is_the_whole_statement(own: str, block: str) -> None:
    body = f"{own}\n\n{block}\n{CAMPAIGN_TEXT}"
    statement = process(RawMessage(data=make_mail(body, subject=f"Fwd: {CAMPAIGN_SUBJECT}")), _settings())
    assert statement.text == own
    assert statement.status == Status.ACCEPTED


@pytest.mark.parametrize("own, block", [FORWARDS["ru-mailru-bare-block"], FORWARDS["pl-thunderbird"]],
                         ids=["ru-mailru-bare-block", "pl-thunderbird"])
def test_a_forward_block_straight_under_the_text_is_cut_too(own: str, block: str) -> None:
    """No blank line between the sender's words and the block: the first header line is not the statement's."""
    body = f"{own}\n{block}\n{CAMPAIGN_TEXT}"
    statement = process(RawMessage(data=make_mail(body, subject=f"Fwd: {CAMPAIGN_SUBJECT}")), _settings())
    assert statement.text == own
