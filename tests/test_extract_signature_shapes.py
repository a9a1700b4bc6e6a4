"""Issue 14, point 2 (in part): sign-off shapes found on unseen mail, as general rules, in English and Spanish."""

from __future__ import annotations

import pytest

from helpers import make_mail
from statement_collector.config import Settings
from statement_collector.extract import extract
from statement_collector.models import RawMessage
from statement_collector.pipeline import process

EN = "I support fair housing for the farmworkers who feed Vermont. They deserve safe homes."
ES = "Apoyo la vivienda digna para los trabajadores agrícolas de Vermont. Merecen hogares seguros."


@pytest.mark.parametrize(("text", "signoff", "name", "ps"), [
    (EN, "Thanks,", "Ana", "P.S. I will be at the next hearing too, with my whole family."),
    (ES, "Saludos,", "Ana", "P.D. Estaré en la próxima audiencia con toda mi familia."),
])
def test_a_postscript_under_a_sign_off_is_kept_and_the_sign_off_goes(text: str, signoff: str, name: str,
                                                                     ps: str) -> None:
    found = extract(f"{text}\n\n{signoff}\n{name}\n\n{ps}", sender="Ana Lopez ana")
    assert found.text == f"{text}\n\n{ps}" and found.signoff_name == name


@pytest.mark.parametrize("block", [
    "Jane Doe | Program Director | Vermont Food Bank\n(802) 555-0100 | 33 Main St, Montpelier, VT 05602",
    "Juana Díaz | Coordinadora | Banco de Alimentos\n(802) 555-0100 | Calle Principal 33, Montpelier, VT",
])
def test_a_business_signature_with_pipes_is_removed(block: str) -> None:
    found = extract(f"{EN}\n\n{block}")
    assert found.text == EN and found.signoff_name in ("Jane Doe", "Juana Díaz")


@pytest.mark.parametrize(("closing", "name"), [
    ("Best,\nRoberto (Beto) García", "Roberto (Beto) García"),
    ('Un abrazo,\nMaría "Mari" Hernández', 'María "Mari" Hernández'),
    ("- Tom and Carol Gagnon", "Tom and Carol Gagnon"),
    ("— Juan y Rosa Pérez", "Juan y Rosa Pérez"),
])
def test_a_closing_name_with_a_nickname_or_two_people_is_a_sign_off(closing: str, name: str) -> None:
    found = extract(f"{EN}\n\n{closing}")
    assert found.text == EN and found.signoff_name == name


def test_without_a_display_name_the_sign_off_name_is_printed() -> None:
    data = make_mail(f"{EN}\n\n- Tom and Carol Gagnon", sender="tgagnon@example.com")
    statement = process(RawMessage(data=data), Settings())
    assert statement.name == "Tom and Carol Gagnon" and statement.text == EN


@pytest.mark.parametrize(("closing", "name"), [
    ("On behalf of the Addison County Farm Bureau,\nJohn Smith\nPresident", "John Smith"),
    ("En nombre de la Asociación de Granjeros,\nJuan Pérez\nPresidente", "Juan Pérez"),
])
def test_an_on_behalf_of_closing_with_a_name_and_a_role_is_a_sign_off(closing: str, name: str) -> None:
    found = extract(f"{EN}\n\n{closing}")
    assert found.text == EN and found.signoff_name == name


def test_a_sentence_about_speaking_for_others_is_kept() -> None:
    text = f"{EN}\n\nOn behalf of my whole family I thank the legislators who will vote yes on this bill."
    assert extract(text).text == text


@pytest.mark.parametrize(("body", "text"), [
    ("Nobody stopped me, but my wife won't let the kids ride with me anymore.\n\nRegards,\nEzequiel\n\n"
     "If you read this at the meeting please refer to me only as a dairy worker from Franklin County.",
     "Nobody stopped me, but my wife won't let the kids ride with me anymore."),
    ("Mi esposa ya no deja que los niños vayan conmigo.\n\nSaludos,\nEzequiel\n\n"
     "Por favor no pongan mi nombre.", "Mi esposa ya no deja que los niños vayan conmigo."),
])
def test_a_sign_off_above_a_request_to_the_organizers_is_removed_too(body: str, text: str) -> None:
    found = extract(body)
    assert found.text == text and found.anonymous


@pytest.mark.parametrize("footer", [
    "This message is intended for the addressee only. Green Mountain Feed Consultants LLC accepts no liability "
    "for opinions expressed by its staff.",
    "The views expressed here do not necessarily represent those of Champlain Dairy Services.",
])
def test_a_company_disclaimer_and_the_signature_above_it_are_removed(footer: str) -> None:
    body = ("It makes no sense that a tail-light stop becomes a deportation. Please fix the policy.\n\n"
            f"Phil Vanderweide, PAS\nGreen Mountain Feed Consultants\n\n{footer}")
    assert extract(body).text == ("It makes no sense that a tail-light stop becomes a deportation. "
                                  "Please fix the policy.")


@pytest.mark.parametrize(("greeting", "rest"), [
    ("Good morning / Buenos días,", "I support the stronger policy for our neighbors."),
    ("Hello! Buenas tardes.", "Me llamo Ana y apoyo la política más fuerte."),
    ("Saludos.", "Trabajo ordeñando en una granja. Apoyo el cambio de la política."),
])
def test_a_greeting_in_two_languages_or_two_breaths_is_not_printed(greeting: str, rest: str) -> None:
    assert extract(f"{greeting}\n\n{rest}").text == rest


def test_a_name_and_town_joined_by_a_dash_under_the_statement_is_a_signature() -> None:
    found = extract("please close the loophole for our families\n\nIsidro Chavajay - Panton VT")
    assert (found.text, found.signoff_name) == ("please close the loophole for our families", "Isidro Chavajay")
    assert found.place is not None and found.place.startswith("Panton")


@pytest.mark.parametrize(("closing", "name", "role", "place"), [
    ("Carmen Soto\nTrabajadora social\nWinooski, VT", "Carmen Soto", "Trabajadora social", "Winooski, VT"),
    ("Jane Doe, RN\nSt. Albans, VT", "Jane Doe", "RN", "St. Albans, VT"),
    ("On behalf of the Addison County Farm Bureau,\nTom Gagnon\nPresident", "Tom Gagnon", "President", None),
    ("Jane Doe\nDirector | Vermont Food Bank\n802-555-0100 | 12 Main St", "Jane Doe", "Director", None),
    ("Saludos,\nAna\nMaestra", "Ana", "Maestra", None),
    ("Thanks,\nBob", "Bob", None, None),
])
def test_the_closing_block_gives_its_name_role_and_town_as_fields(closing: str, name: str, role: str | None,
                                                                  place: str | None) -> None:
    found = extract(f"I support the housing bill for the workers who feed us.\n\n{closing}")
    assert found.text == "I support the housing bill for the workers who feed us."
    assert (found.signoff_name, found.role, found.place) == (name, role, place)


def test_show_says_the_role_and_the_compilation_never_prints_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from helpers import Workspace

    ws = Workspace(tmp_path)
    ws.add("1.eml", make_mail("I support the housing bill for the workers who feed us.\n\nCarmen Soto\n"
                              "Social worker\nWinooski, VT", sender="Carmen Soto <carmen@example.com>"))
    ws.run("import", str(ws.mail))
    assert "signed as: Social worker (never printed)" in ws.run("show", "1").stdout
    ws.run("compile", "-f", "html", "-o", str(tmp_path / "s.html"))
    assert "Social worker" not in (tmp_path / "s.html").read_text(encoding="utf-8")
