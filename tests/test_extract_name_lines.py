"""A name on its own line right under the statement's last sentence (no blank line, no sign-off word) is a
signature: not printed, its name used when the reply has no display name, a town line under it the place."""

from __future__ import annotations

import pytest

from statement_collector.extract import extract


@pytest.mark.parametrize(("body", "text", "name", "place"), [
    ("I support the bill. Farmworkers deserve safe homes.\nBob", "I support the bill. Farmworkers deserve safe "
     "homes.", "Bob", None),
    ("I support the bill. Farmworkers deserve safe homes.\nBob Smith\nMiddlebury, VT",
     "I support the bill. Farmworkers deserve safe homes.", "Bob Smith", "Middlebury, VT"),
    ("Apoyo la ley de vivienda digna.\nMaría José", "Apoyo la ley de vivienda digna.", "María José", None),
    ("Apoyo la ley de vivienda digna.\nRosa Pérez\nSwanton, Vermont", "Apoyo la ley de vivienda digna.",
     "Rosa Pérez", "Swanton, Vermont"),
])
def test_a_name_line_under_the_last_sentence_is_a_signature(body: str, text: str, name: str,
                                                            place: str | None) -> None:
    found = extract(body)
    assert (found.text, found.signoff_name, found.place) == (text, name, place)


@pytest.mark.parametrize("body", [
    "We stand with\nMigrant Justice",  # one sentence over two lines
    "Vote yes!\nSí Se Puede",  # a slogan of three words is no name unless it is the sender's
    "Our families are here to stay.\nBlack Lives Matter",
])
def test_a_line_that_finishes_a_sentence_or_is_a_slogan_is_kept(body: str) -> None:
    assert extract(body).text == body


@pytest.mark.parametrize(("body", "text", "name", "place"), [
    ("Apoyo la ley de vivienda digna.\n\nCarmen Soto\nTrabajadora social\nWinooski, VT",
     "Apoyo la ley de vivienda digna.", "Carmen Soto", "Winooski, VT"),
    ("I support the housing bill.\n\nLic. Carmen Soto\nSocial worker\nWinooski, VT",
     "I support the housing bill.", "Carmen Soto", "Winooski, VT"),
    ("I support the housing bill.\n\nTom Gagnon\nDairy farmer\nAddison, Vermont",
     "I support the housing bill.", "Tom Gagnon", "Addison, Vermont"),
])
def test_a_name_over_a_role_and_a_town_is_a_signature(body: str, text: str, name: str, place: str) -> None:
    found = extract(body)
    assert (found.text, found.signoff_name, found.place) == (text, name, place)


def test_a_short_closing_poem_is_not_a_signature() -> None:
    body = "I support the bill.\n\nWe are here.\nWe will stay\nForever"
    assert extract(body).text == body
