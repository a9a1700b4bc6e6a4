"""One small, realistic reply per extraction rule (DESIGN §5), named for the behaviour it pins."""

from __future__ import annotations

import pytest

from statement_collector.extract import extract

STATEMENT = "I support the housing bill because my family picks apples in Shoreham every fall."


def own(text: str, html: str = "") -> str:
    return extract(text, html).text


def test_plain_statement_is_kept_whole() -> None:
    assert own(STATEMENT + "\n") == STATEMENT


def test_paragraphs_are_separated_by_one_blank_line_and_lines_kept() -> None:
    body = "First line\nsecond line.\n\n\n\nNext paragraph. 🌱\n"
    assert own(body) == "First line\nsecond line.\n\nNext paragraph. 🌱"


def test_quoted_lines_below_the_reply_are_removed() -> None:
    assert own(f"{STATEMENT}\n\n> Reply with a brief statement of support.\n> Thanks!\n") == STATEMENT


def test_english_attribution_line_is_removed() -> None:
    body = f"{STATEMENT}\n\nOn Tue, Nov 24, 2026 at 9:00 AM Farmworkers <info@example.org> wrote:\n> Reply...\n"
    assert own(body) == STATEMENT


def test_spanish_attribution_line_is_removed() -> None:
    body = "Apoyo la ley de vivienda.\n\nEl mar, 24 nov 2026 a las 9:00, Campaña <info@example.org> escribió:\n> Hola\n"
    assert own(body) == "Apoyo la ley de vivienda."


def test_french_attribution_wrapped_over_three_lines_is_removed() -> None:
    body = "Je soutiens ce projet.\nLe 24 nov. 2026 09:00, \"Campagne\"\n<info@example.org>\na écrit :\n\n> Bonjour\n"
    assert own(body) == "Je soutiens ce projet."


def test_german_gmail_attribution_is_removed() -> None:
    body = "Ich unterstütze das Gesetz.\n\nKampagne <info@example.org> schrieb am Di., 24. Nov. 2026 um 09:00 Uhr:\n"
    assert own(body + "> Hallo\n") == "Ich unterstütze das Gesetz."


def test_attribution_languages_from_data_are_recognised() -> None:
    lines = [
        "Il giorno mar 24 nov 2026 alle 09:00 Campagna <info@example.org> ha scritto:",
        "Em ter., 24 de nov. de 2026 às 09:00, Campanha <info@example.org> escreveu:",
        "Op di 24 nov. 2026 om 09:00 schreef Campagne <info@example.org>:",
        "Den tis 24 nov. 2026 kl 09:00 skrev Kampanj <info@example.org>:",
        "ti 24. marrask. 2026 klo 9.00 Kampanja (info@example.org) kirjoitti:",
        "wt., 24 lis 2026 o 09:00 Kampania <info@example.org> napisał(a):",
        "вт, 24 нояб. 2026 г. в 09:00, Кампания <info@example.org>:",
        "2026年11月24日(火) 9:00 キャンペーン <info@example.org>:",
        "Campaign <info@example.org> 于2026年11月24日周二 09:00写道：",
        "2026년 11월 24일 (화) 오전 9:00, 캠페인 <info@example.org>님이 작성:",
        "El dt., 24 de nov. 2026 a les 9:00, Campanya (<info@example.org>) va escriure:",
        "Kampány <info@example.org> ezt írta (időpont: 2026. nov. 24., K, 9:00):",
        "Kampanya <info@example.org>, 24 Kas 2026 Sal, 09:00 tarihinde şunu yazdı:",
    ]
    for line in lines:
        assert own(f"{STATEMENT}\n\n{line}\n\n> Reply with a statement\n") == STATEMENT, line


def test_attribution_inside_mailto_wrap_is_removed() -> None:
    body = f"{STATEMENT}\n\nOn Tue, Nov 24, 2026 at 9:00 AM Farmworkers\n\n<\nmailto:info@example.org\n> wrote:\n\nAsk"
    assert own(body) == STATEMENT


def test_unquoted_original_below_an_attribution_is_removed() -> None:
    body = f"{STATEMENT}\n\nOn Nov 24, 2026, at 09:00, Campaign <info@example.org> wrote:\n\nPlease reply with...\n"
    assert own(body) == STATEMENT


def test_outlook_header_block_is_removed() -> None:
    body = (f"{STATEMENT}\n\n________________________________\nFrom: Campaign <info@example.org>\n"
            "Sent: Tuesday, November 24, 2026 9:00 AM\nTo: Ana Lopez\nSubject: Send a statement\n\nPlease reply")
    assert own(body) == STATEMENT


def test_localized_outlook_header_block_is_removed() -> None:
    body = ("Apoyo la ley.\n\nDe: Campaña <info@example.org>\nEnviado: martes, 24 de noviembre de 2026 9:00\n"
            "Para: Ana\nAsunto: Envíe su declaración\n\nResponda con...")
    assert own(body) == "Apoyo la ley."


def test_original_message_separator_is_removed() -> None:
    for sep in ("-----Original Message-----", "*--- Original Message ---*", "-------- Mensaje original --------",
                "-----Ursprüngliche Nachricht-----", "------- Message d'origine -------"):
        assert own(f"{STATEMENT}\n\n{sep}\nPlease reply with a statement.\n") == STATEMENT, sep


def test_forwarded_wrapper_below_the_reply_is_removed() -> None:
    body = f"{STATEMENT}\n\n---------- Forwarded message ---------\nFrom: A <a@example.org>\nDate: Nov 24\n\nAsk"
    assert own(body) == STATEMENT


def test_bare_forward_keeps_the_text_but_is_uncertain() -> None:
    result = extract("---------- Forwarded message ---------\nFrom: A <a@example.org>\nDate: today\n\nAsk text\n")
    assert result.text == "Ask text"
    assert result.uncertain


def test_bottom_posted_reply_keeps_the_text_below_the_quote() -> None:
    attribution = "On Tue, Nov 24, 2026 at 9:00 AM Campaign <info@example.org> wrote:"
    body = f"{attribution}\n> Reply with a statement.\n\n{STATEMENT}"
    result = extract(body)
    assert result.text == STATEMENT
    assert not result.uncertain


def test_interleaved_reply_keeps_own_lines_and_is_uncertain() -> None:
    body = "> What town are you from?\nShoreham.\n> Why do you support the bill?\nHousing is a right.\n"
    result = extract(body)
    assert result.text == "Shoreham.\nHousing is a right."
    assert result.uncertain


def test_reply_sharing_a_line_with_the_attribution_is_split() -> None:
    assert own("Count me in--- On Tue, Nov 24, 2026 at 9:00 AM, info@example.org wrote:\n> Hi\n") == "Count me in"


def test_dash_dash_signature_block_is_removed() -> None:
    assert own(f"{STATEMENT}\n\n-- \nAna Lopez\nShoreham Apple Co-op\n802-555-0100\n") == STATEMENT


def test_mobile_footers_in_many_languages_are_removed() -> None:
    for footer in ("Sent from my iPhone", "Enviado desde mi iPhone", "Envoyé de mon iPhone", "Get Outlook for iOS",
                   "Sent from Yahoo Mail on Android", "Von meinem iPhone gesendet", "Inviato da iPhone",
                   "Verzonden vanaf mijn iPhone", "Skickat från min iPhone", "Sendt fra min iPhone",
                   "Wysłane z iPhone'a", "Отправлено с iPhone", "iPhoneから送信", "发自我的iPhone",
                   "Enviado do meu iPhone", "Lähetetty iPhonesta"):
        assert own(f"{STATEMENT}\n\n{footer}\n") == STATEMENT, footer


def test_legal_disclaimer_is_removed() -> None:
    body = (f"{STATEMENT}\n\nCONFIDENTIALITY NOTICE: This e-mail is intended solely for the addressee. If you "
            "have received this message in error, please delete it.\n")
    assert own(body) == STATEMENT


def test_contact_block_without_delimiter_is_removed() -> None:
    body = f"{STATEMENT}\n\nAna Lopez\nOrganizer, Shoreham Tenants\n(802) 555-0100\nwww.example.org\n"
    result = extract(body)
    assert result.text == STATEMENT
    assert result.signoff_name == "Ana Lopez"


def test_greeting_line_is_removed() -> None:
    assert own(f"Hi all,\n\n{STATEMENT}") == STATEMENT
    assert own(f"Hola amigos,\n{STATEMENT}") == STATEMENT


def test_named_greeting_that_is_the_whole_reply_is_kept() -> None:
    assert own("Hey:)\n") == "Hey:)"


def test_signoff_block_is_removed_and_its_name_kept() -> None:
    result = extract(f"{STATEMENT}\n\nThanks,\nJordan Lee\n")
    assert result.text == STATEMENT
    assert result.signoff_name == "Jordan Lee"


def test_signoff_on_one_line_gives_the_name() -> None:
    for closing, name in (("Saludos cordiales, Pedro", "Pedro"), ("In solidarity, Maria", "Maria"),
                          ("— Maria, Burlington", "Maria")):
        result = extract(f"{STATEMENT}\n\n{closing}\n")
        assert result.text == STATEMENT, closing
        assert result.signoff_name == name


def test_sentence_starting_with_thanks_is_kept() -> None:
    body = f"{STATEMENT}\n\nThank you for fighting for farmworkers."
    assert own(body) == body


def test_anonymity_request_sentence_is_removed() -> None:
    body = f"{STATEMENT} Please don't use my name.\n"
    assert own(body) == STATEMENT


def test_dashed_list_at_the_end_is_kept() -> None:
    body = "Three reasons:\n- Rent\n- Safety\n- Dignity"
    assert own(body) == body


def test_empty_reply_is_uncertain() -> None:
    result = extract("> Reply with a statement of support\n")
    assert result.text == ""
    assert result.uncertain
    assert "Reply with a statement" in result.removed


def test_gmail_quote_container_is_removed_from_html() -> None:
    html = (f"<div dir=ltr>{STATEMENT}</div><br><div class=gmail_quote><div class=gmail_attr>On Tue, Campaign "
            "wrote:</div><blockquote class=gmail_quote>Reply with a statement</blockquote></div>")
    assert own("", html) == STATEMENT


def test_outlook_reply_header_div_cuts_the_html() -> None:
    html = (f"<p class=MsoNormal>{STATEMENT}</p><div id=divRplyFwdMsg><b>From:</b> Campaign<br>"
            "<b>Sent:</b> Tuesday</div><div>Reply with a statement</div>")
    assert own("", html) == STATEMENT


def test_thunderbird_cite_blockquote_is_removed_from_html() -> None:
    html = (f"<p>{STATEMENT}</p><div class=moz-cite-prefix>On 24/11/2026 09:00, Campaign wrote:<br></div>"
            "<blockquote type=cite>Reply with a statement</blockquote>")
    assert own("", html) == STATEMENT


def test_html_paragraphs_become_blank_line_separated() -> None:
    assert own("", "<p>One.</p><p>Two<br>lines.</p>") == "One.\n\nTwo\nlines."


def test_html_route_that_leaves_nothing_falls_back_to_the_text_part() -> None:
    assert own(STATEMENT, "<blockquote>Reply with a statement</blockquote>") == STATEMENT


def test_trailing_name_paragraph_is_removed_and_kept_as_the_name() -> None:
    result = extract(f"{STATEMENT}\n\nMaria Lopez\nBurlington, VT\n")
    assert result.text == STATEMENT
    assert result.signoff_name == "Maria Lopez"


def test_short_closing_paragraph_that_is_not_a_name_is_kept() -> None:
    body = f"{STATEMENT}\n\n/ Greetings"
    assert own(body) == body


def test_a_closing_phrase_in_any_language_is_recognised_by_its_shape() -> None:
    for closing in ("Shalom,", "Que Dios los bendiga,", "Solidairement,", "Con respeto,"):
        body = f"{STATEMENT}\n\n{closing}\nRabbi David Klein\nTemple Beth Tikvah, Burlington\n"
        found = extract(body)
        assert found.text == STATEMENT, closing
        assert found.signoff_name == "David Klein"


def test_a_short_line_ending_in_a_comma_inside_the_statement_is_kept() -> None:
    body = f"{STATEMENT}\n\nPlease,\npass the bill this session.\n"
    assert own(body) == f"{STATEMENT}\n\nPlease,\npass the bill this session."


def test_a_short_statement_loses_its_sign_off() -> None:
    assert own("I support this bill!\n\nThanks,\nAlex\n") == "I support this bill!"


def test_an_anonymity_request_is_reported_and_removed() -> None:
    found = extract(f"{STATEMENT} Por favor no usen mi nombre.\n")
    assert found.anonymous is True
    assert found.text == STATEMENT


def test_a_name_after_a_dash_on_the_last_line_is_a_signature() -> None:
    found = extract(f"{STATEMENT} - Maria\n")
    assert found.text == STATEMENT
    assert found.signoff_name == "Maria"


def test_a_dash_inside_the_last_sentence_is_kept() -> None:
    body = "We need safe housing - and we need it before winter.\n"
    assert own(body) == body.strip()


def test_a_closing_name_with_a_town_on_one_line_is_removed() -> None:
    found = extract(f"{STATEMENT}\n\nMaria Lopez, Middlebury VT\n")
    assert found.text == STATEMENT
    assert found.signoff_name == "Maria Lopez"


def test_a_postscript_is_the_supporters_own_words() -> None:
    body = f"{STATEMENT}\n\nP.S. My daughter milks cows in Addison too.\n\nThanks,\nMaria\n"
    assert own(body) == f"{STATEMENT}\n\nP.S. My daughter milks cows in Addison too."


def test_a_samsung_original_message_block_ends_the_statement() -> None:
    body = (f"{STATEMENT}\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\n"
            "From: Campaign <info@example.org> \nDate: 11/23/26 9:14 AM (GMT-05:00) \nSubject: Hearing \n\n"
            "Please reply\n")
    assert own(body) == STATEMENT


@pytest.mark.parametrize("body, sender, statement", [
    ("yo apoyo la ley porque merecemos vivienda digna\n\nmaria lopez\n\nEnviado desde mi iPhone",
     "María López mlopez@example.com", "yo apoyo la ley porque merecemos vivienda digna"),
    ("yo apoyo la ley\n\nmaria", " maria.lopez88@example.com", "yo apoyo la ley"),
    ("Housing now, for every worker.\n\nROSA DIAZ\nBurlington", "Rosa Díaz rd@example.com",
     "Housing now, for every worker."),
    ("We need housing now.\n\nvamos juntos", "Ana Ruiz ana@example.com", "We need housing now.\n\nvamos juntos"),
    ("Apoyo la ley\r\nJuan Perez\r\nTrabajador lechero, Addison", "Juan Pérez jp@example.com", "Apoyo la ley"),
    ("I support the bill.\nJuan Perez is my name and I work in Addison.", "Juan Pérez jp@example.com",
     "I support the bill.\nJuan Perez is my name and I work in Addison."),
])
def test_a_last_paragraph_in_the_senders_own_name_is_their_signature_however_typed(
        body: str, sender: str, statement: str) -> None:
    assert extract(body, "", sender).text == statement


@pytest.mark.parametrize("body", ["Apoyo la ley de vivienda. Saludos cordiales\nJuan",
                                  "I support the housing bill. God bless\nRosa",
                                  "Apoyo la ley de vivienda.\n\nDios los bendiga\n\nCarmen"])
def test_a_sign_off_ending_the_last_line_or_a_blessing_goes_with_the_name_under_it(body: str) -> None:
    assert extract(body).text in ("Apoyo la ley de vivienda.", "I support the housing bill.")


def test_a_closing_word_without_a_name_under_it_stays() -> None:
    assert extract("Necesitamos casas dignas. gracias").text == "Necesitamos casas dignas. gracias"
