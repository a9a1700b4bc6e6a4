"""Extraction across languages and clients beyond the corpus: one reply per attribution, footer, sign-off, greeting."""

from __future__ import annotations

import pytest

from statement_collector.extract import extract

S = "Ich unterstütze dieses Gesetz, weil Landarbeiter ein sicheres Zuhause verdienen."
QUOTED = "\n> Please reply with a short statement.\n> Thank you!\n"

ATTRIBUTIONS = [
 "Il giorno lun 23 nov 2026 alle ore 09:14 Campagna <info@example.org> ha scritto:",
 "Em seg., 23 de nov. de 2026 às 09:14, Campanha <info@example.org> escreveu:",
 "Op ma 23 nov. 2026 om 09:14 schreef Campagne <info@example.org>:",
 "Den mån 23 nov. 2026 kl 09:14 skrev Kampanj <info@example.org>:",
 "W dniu 23.11.2026 o 09:14, Kampania <info@example.org> pisze:",
 "пн, 23 нояб. 2026 г. в 09:14, Кампания <info@example.org>:",
 "2026年11月23日(月) 9:14 キャンペーン <info@example.org>:",
 "Campaign <info@example.org> 于2026年11月23日周一 上午9:14写道：",
 "2026년 11월 23일 (월) 오전 9:14, 캠페인 <info@example.org>님이 작성:",
 "Kampanya <info@example.org>, 23 Kas 2026 Pzt, 09:14 tarihinde şunu yazdı:",
 "Kampány <info@example.org> ezt írta (időpont: 2026. nov. 23., H, 9:14):",
 "El dl., 23 de nov. 2026 a les 9:14, Campanya <info@example.org> va escriure:",
 "ma 23.11.2026 klo 9.14 Kampanja <info@example.org> kirjoitti:",
 "Den man. 23. nov. 2026 kl. 09.14 skrev Kampagne <info@example.org>:",
 "man. 23. nov. 2026 kl. 09:14 skrev Kampanje <info@example.org>:",
 "Le lun. 23 nov. 2026 à 09:14, Campagne <info@example.org> a écrit :",
 "Am Mo., 23. Nov. 2026 um 09:14 Uhr schrieb Kampagne <info@example.org>:",
 "On Monday, November 23, 2026, Campaign <info@example.org> wrote:",
 "On 23/11/2026 09:14, Campaign wrote:",
 "El lun., 23 nov. 2026 9:14, Campaña <info@example.org> escribió:",
 "-----Ursprüngliche Nachricht-----\nVon: Kampagne <info@example.org>\nGesendet: Montag, 23. November 2026 09:14\nAn: Ana\nBetreff: Aussage",
 "________________________________\nDa: Campagna <info@example.org>\nInviato: lunedì 23 novembre 2026 09:14\nA: Ana\nOggetto: Dichiarazione",
 "________________________________\nDe : Campagne <info@example.org>\nEnvoyé : lundi 23 novembre 2026 09:14\nÀ : Ana\nObjet : Déclaration",
 "________________________________\nFrom: Campaign <info@example.org>\nSent: Monday, November 23, 2026 9:14 AM\nTo: Ana\nSubject: Statement",
 "From: Campaign <info@example.org> Sent: Monday, November 23, 2026 9:14 AM To: Ana Subject: Statement",
 "De: Campaña <info@example.org> Enviado: lunes, 23 de noviembre de 2026 9:14 Para: Ana Asunto: Declaración",
 "Campaign <info@example.org> wrote on 11/23/2026 09:14:00 AM:",
 "-------- Original message --------\nFrom: Campaign <info@example.org>\nDate: 11/23/26 9:14 AM (GMT-05:00)\nTo: Ana\nSubject: Statement",
 "Στις Δευ 23 Νοε 2026 στις 9:14 π.μ., ο/η Campaign <info@example.org> έγραψε:",
 "Pe lun., 23 nov. 2026 la 09:14, Campanie <info@example.org> a scris:",
 "Pada tanggal Sen, 23 Nov 2026 pukul 09.14 Kampanye <info@example.org> menulis:",
 "Noong Lun, Nob 23, 2026 nang 9:14 AM, sumulat si Campaign <info@example.org>:",
]
FOOTERS = ["Von meinem iPhone gesendet", "Inviato da iPhone", "Enviado do meu iPhone", "Verzonden vanaf mijn iPhone",
 "Skickat från min iPhone", "Wysłane z iPhone'a", "Отправлено с iPhone", "iPhoneから送信", "Sent from Outlook for Android",
 "Get Outlook for Android", "Envoyé de mon iPhone", "Enviado desde mi Samsung Galaxy", "Sent from my Galaxy",
 "Inviato dal mio dispositivo Galaxy", "Sent from Yahoo Mail for iPhone", "Enviado desde Yahoo Mail para Android",
 "Sent from ProtonMail mobile", "Sent with Proton Mail secure email.", "Outlook for iOS からの送信", "发自我的iPhone",
 "Gesendet von Outlook für Android", "Outlook für Android herunterladen", "Télécharger Outlook pour Android",
 "Scarica Outlook per Android", "Obter o Outlook para Android", "Outlook voor Android downloaden", "Descargar Outlook para iOS", "Sendt fra min iPhone", "Lähetetty iPhonesta", "Sent from my Huawei phone",
 "Get BlueMail for Android", "Get Spark for iOS"]
SIGNOFFS = ["Saludos,\nMaría", "Cordialement,\nJean Dupont", "Mit freundlichen Grüßen\nHans Müller", "Cordiali saluti,\nLuca",
 "Atenciosamente,\nJoão", "Met vriendelijke groet,\nJan", "Med vänliga hälsningar\nErik", "Pozdrawiam,\nAnna",
 "С уважением,\nИван", "Best,\nSam", "Thanks!\nSam", "Cheers,\nSam", "Un abrazo,\nLupe", "Hugs,\nTia", "xo,\nTia",
 "-- \nSam Lee\nTeacher, Burlington High School", "Sam Lee\nBurlington, VT"]
GREETINGS = ["Hi all,", "Hola amigos,", "Bonjour,", "Hallo zusammen,", "Ciao a tutti,", "Olá,", "Dear organizers,", "Hello team!", "Good morning,", "Querida Ana:"]


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
def test_attribution_lines_and_header_blocks_in_many_languages_end_the_statement(attribution: str) -> None:
    assert extract(f"{S}\n\n{attribution}\n{QUOTED}").text == S


@pytest.mark.parametrize("footer", FOOTERS)
def test_mobile_footers_in_many_languages_are_removed(footer: str) -> None:
    assert extract(f"{S}\n\n{footer}\n").text == S


@pytest.mark.parametrize("signoff", SIGNOFFS)
def test_sign_offs_and_signatures_in_many_languages_are_removed(signoff: str) -> None:
    assert extract(f"{S}\n\n{signoff}\n").text == S


@pytest.mark.parametrize("greeting", GREETINGS)
def test_bare_greetings_in_many_languages_are_removed(greeting: str) -> None:
    assert extract(f"{greeting}\n\n{S}\n").text == S
