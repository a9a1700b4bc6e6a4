"""Issue 14 point 2 and issue 16 point 2: the supporter's town, from their closing lines (removed from the text)
or their first sentence (copied, the sentence stays), in English and Spanish; never from an address, a role, an
organization, a sign-off or the writer's own name."""

from __future__ import annotations

import pytest

from helpers import make_mail
from statement_collector.config import Settings
from statement_collector.extract import extract
from statement_collector.extract.places import place_at_start
from statement_collector.models import RawMessage
from statement_collector.pipeline import process

EN = "I support fair housing for the farmworkers who feed Vermont. They deserve safe homes."
ES = "Apoyo la vivienda digna para los trabajadores agrícolas de Vermont. Merecen hogares seguros."


@pytest.mark.parametrize(("text", "closing", "place"), [
    (EN, "Maria Lopez, Middlebury", "Middlebury"),
    (EN, "Maria Lopez\nMiddlebury, VT", "Middlebury, VT"),
    (EN, "Maria Lopez\nMiddlebury, Vermont", "Middlebury, Vermont"),
    (EN, "Maria Lopez\nMiddlebury VT", "Middlebury, VT"),
    (EN, "Jordan Smith\nSt. Albans, Vermont", "St. Albans, Vermont"),
    (EN, "Thanks,\nMaria Lopez\nMiddlebury, VT", "Middlebury, VT"),
    (EN, "In solidarity,\nMaria\nWinooski", "Winooski"),
    (EN, "-- Ana, Addison County", "Addison County"),
    (EN, "— Maria, Middlebury, VT", "Middlebury, VT"),
    (EN, "-- \nMaria Lopez\nBurlington, VT", "Burlington, VT"),
    (ES, "Saludos,\nJuan Pérez\nBurlington, Vermont", "Burlington, Vermont"),
    (ES, "Juan Pérez, Middlebury", "Middlebury"),
    (ES, "Un abrazo,\nRosa Díaz\nAlbany, Nueva York", "Albany, Nueva York"),
    (ES, "— Rosa, Winooski", "Winooski"),
    (ES, "Atentamente,\nRosa Díaz\nSan Antonio, Texas", "San Antonio, Texas"),
    (EN, "Maria Lopez, RN\nMiddlebury, Vermont", "Middlebury, Vermont"),
    (EN, "Sincerely,\nJane Doe\nRetired Teacher\nBristol, VT", "Bristol, VT"),
    (EN, "Best,\nRoberto (Beto) García\nBurlington, VT", "Burlington, VT"),
])
def test_a_town_in_the_closing_lines_is_the_place_and_not_part_of_the_text(text: str, closing: str,
                                                                            place: str) -> None:
    found = extract(f"{text}\n\n{closing}", sender="Maria Lopez maria")
    assert found.place == place
    assert found.text == text  # the town line went with the sign-off


def test_a_town_at_the_end_of_the_last_line_is_taken_with_the_name() -> None:
    found = extract(f"{EN} Please pass it! — Maria, Middlebury")
    assert found.place == "Middlebury" and "Middlebury" not in found.text and found.signoff_name == "Maria"


@pytest.mark.parametrize(("text", "place"), [
    ("I'm a nurse in St. Albans and I see what bad housing does to families.", "St. Albans"),
    ("I am a dairy farmer in Addison. My workers deserve safe homes.", "Addison"),
    ("I live in Burlington, and I support this bill.", "Burlington"),
    ("I’m a teacher in South Burlington, Vermont, and my students' parents milk cows.", "South Burlington, Vermont"),
    ("Soy trabajadora agrícola en Addison y apoyo esta ley con todo mi corazón.", "Addison"),
    ("Vivo en Burlington desde hace diez años y apoyo la vivienda digna.", "Burlington"),
    ("Vivo en Middlebury, Vermont. Apoyo la ley.", "Middlebury, Vermont"),
])
def test_a_town_in_the_first_sentence_is_copied_and_the_sentence_stays(text: str, place: str) -> None:
    found = extract(text)
    assert found.place == place and found.text == text


@pytest.mark.parametrize("text", [
    "I support this bill. I live in Burlington.",  # not the first sentence
    "I live in Vermont and I support this bill.",  # a state is not a town
    "I live in fear of losing my home.",
    "I am a firm believer in Justice for all workers.",
    "I am a Latin American immigrant and I support this bill.",
    "Vivo en esta calle desde 1990 y apoyo la ordenanza.",
    "Soy una madre que cree en Dios y en la justicia.",
    "I'm from Guatemala and I support this bill.",  # where someone comes from is not where they live
    "Soy de Oaxaca y apoyo esta ley.",
])
def test_no_place_without_a_town_where_the_writer_lives_in_the_first_sentence(text: str) -> None:
    assert extract(text).place is None


@pytest.mark.parametrize("closing", [
    "Thanks, Maria",
    "Gracias,\nMaría",
    "Best,\nMaria Lopez\nProgram Director\nMigrant Justice",
    "Maria Lopez\nOrganizer, Vermont Food Bank",
    "Saludos,\nJuan Pérez\nCoordinador\nIglesia San Pedro",
    "En nombre de la Asociación de Granjeros,\nJuan Pérez\nPresidente",
    "Maria Lopez, RN",
    "Maria Lopez, PhD",
    "Lopez, Maria",
    "Maria Lopez\nVermont",
    "Maria Lopez\nMiddlebury, VT 05753",
])
def test_a_sign_off_a_role_an_organization_or_a_name_is_no_place(closing: str) -> None:
    assert extract(f"{EN}\n\n{closing}", sender="Maria Lopez maria").place is None


@pytest.mark.parametrize("closing", [
    "Maria Lopez\n12 Main Street\nMiddlebury, VT",
    "Maria Lopez\nMiddlebury, VT\n(802) 555-0100",
    "Maria Lopez\nMiddlebury, VT\nmaria@example.com",
    "Juan Pérez\nCalle Principal 33\nBurlington, Vermont",
])
def test_a_town_in_a_street_address_or_a_contact_block_is_contact_details_not_a_place(closing: str) -> None:
    assert extract(f"{EN}\n\n{closing}", sender="Maria Lopez maria").place is None


def test_the_place_never_comes_from_the_address_or_the_headers() -> None:
    data = make_mail(EN, sender="Maria Middlebury <maria@middlebury.example>",
                     headers={"Organization": "Middlebury, VT", "X-Location": "Burlington, VT"})
    assert process(RawMessage(data=data), Settings()).place is None


def test_the_place_reaches_the_statement_and_its_record() -> None:
    data = make_mail(f"{EN}\n\nSaludos,\nRosa Díaz\nWinooski, VT", sender="Rosa Díaz <rosa@example.com>")
    statement = process(RawMessage(data=data), Settings())
    assert statement.place == "Winooski, VT" and statement.record()["place"] == "Winooski, VT"
    assert "Winooski" not in statement.text


@pytest.mark.parametrize(("text", "place"), [
    ("Middlebury", "Middlebury"), ("St. Albans, Vt.", "St. Albans, Vt."), ("Addison County", "Addison County"),
    ("White River Junction, VT", "White River Junction, VT"), ("Burlington, USA", "Burlington, USA"),
    ("Vermont Food Bank", None), ("UVM Medical Center", None), ("St. Michael's", None), ("Vermont", None),
    ("Thanks", None), ("In solidarity", None), ("Migrant Justice", None), ("Peace", None),
    ("November 24, 2026", None), ("Oaxaca, México", None), ("México", None), ("New York City Council", None),
])
def test_what_counts_as_a_place_line(text: str, place: str | None) -> None:
    assert place_at_start(text) == place


def test_the_town_in_a_signature_the_html_marked_is_the_place() -> None:
    html = ('<div dir="ltr"><div>I support the housing bill for the workers who feed us.</div>'
            '<span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature"><div>Emily Sawyer'
            '</div><div>Cabot, Vermont</div></div></div>')
    found = extract("", html, sender="Emily Sawyer emily")
    assert found.text == "I support the housing bill for the workers who feed us." and found.place == "Cabot, Vermont"


@pytest.mark.parametrize(("first", "place"), [
    ("I teach 4th grade in Swanton and my students' parents milk cows.", "Swanton"),
    ("We milk 220 cows in Highgate and four men from Mexico live on the farm.", "Highgate"),
    ("I'm the pastor of a small church in Brattleboro and I support this bill.", "Brattleboro"),
    ("Yo trabajo en una granja de 800 vacas en Addison.", "Addison"),
    ("Tengo una tiendita de productos mexicanos en Middlebury desde hace quince años.", "Middlebury"),
    ("Je suis acéricultrice à Westfield, près de la frontière.", "Westfield"),
])
def test_a_first_sentence_about_work_or_home_gives_the_town(first: str, place: str) -> None:
    assert extract(f"{first} Please pass the bill.").place == place


@pytest.mark.parametrize("first", [
    "I came to Vermont from Switzerland in 1998 and started milking.",
    "I believe in Justice for every worker.",
    "My family came to this country in 1990.",
])
def test_a_first_sentence_without_a_home_gives_no_town(first: str) -> None:
    assert extract(f"{first} Please pass the bill.").place is None


@pytest.mark.parametrize("closing", ["Roger Whitcomb\nFletcher Selectboard", "Ana Ruiz\nSt. Mary's Parish",
                                     "Tom Gagnon\nTown Clerk"])
def test_a_town_body_or_a_parish_under_the_name_is_no_place(closing: str) -> None:
    assert extract(f"I support the housing bill for the workers who feed us.\n\n{closing}").place is None
