"""Issue 14, point 4: cut only what is proven quoted. A sentence that starts like a client footer, and a list the
writer marked with `>`, are the writer's own words."""

from __future__ import annotations

import pytest

from statement_collector.extract import extract


@pytest.mark.parametrize("sentence", [
    "Sent from my heart to every farmworker family in Vermont, thank you for your work.",
    "Enviado desde mi corazón a todas las familias trabajadoras de Vermont, gracias por su trabajo.",
])
def test_a_sentence_that_starts_like_a_mobile_footer_is_kept(sentence: str) -> None:
    assert extract(f"I support the housing bill.\n{sentence}").text.endswith(sentence)


@pytest.mark.parametrize("footer", [
    "Sent from my iPhone", "Enviado desde mi Samsung Galaxy", "Sent from Yahoo Mail for Android",
    "Sent wirelessly from my BlackBerry device on the Bell network.", "Obtener Outlook para Android",
])
def test_a_client_footer_is_still_removed(footer: str) -> None:
    assert extract(f"I support the housing bill for the farmworkers.\n\n{footer}").text == \
        "I support the housing bill for the farmworkers."


@pytest.mark.parametrize(("lead", "items"), [
    ("I support the bill because:", ["it gives workers safe homes", "it keeps families together"]),
    ("Apoyo la ley porque:", ["da viviendas dignas", "mantiene unidas a las familias", "ayuda a las granjas"]),
])
def test_a_list_the_writer_marked_with_quote_signs_is_kept(lead: str, items: list[str]) -> None:
    body = "\n".join([lead, *(f"> {item}" for item in items), "", "It matters to our town."])
    text = extract(body).text
    assert all(item in text for item in items) and text.startswith(lead)


def test_quoted_mail_without_an_attribution_is_still_removed() -> None:
    body = "I support the bill.\n\n> Reply to this email with a brief statement.\n> Thanks, the organizers"
    assert extract(body).text == "I support the bill."


@pytest.mark.parametrize(("body", "kept"), [
    ("Apoyo la ley. Como escribió mi abuela:\n\n\"Solo queremos un techo seguro.\"\n\nPor favor escúchenla.",
     "Por favor escúchenla."),
    ("I support the bill. My neighbor, who works on a dairy farm, wrote:\n\"We only want a safe roof.\"\n"
     "Please listen to her.", "Please listen to her."),
])
def test_a_sentence_of_the_writer_ending_in_wrote_is_not_cut_in_two(body: str, kept: str) -> None:
    text = extract(body).text
    assert text == body and kept in text


def test_a_quote_under_the_writers_own_wrote_line_keeps_every_line_above_and_goes_to_a_person() -> None:
    body = ("I support the bill.\n\nMy daughter, who works on a dairy farm, wrote:\n\n"
            "> We work from 4am and live in a trailer with no heat.\n\nPlease help them.")
    found = extract(body)
    assert found.text.startswith("I support the bill.\n\nMy daughter, who works on a dairy farm, wrote:")
    assert found.text.endswith("Please help them.") and found.uncertain
