"""Contact details however they are written: what is found, what is left alone, and where it is in the original."""

from __future__ import annotations

import pytest

from statement_collector.contact import Finding, find_contacts, has_contact_details, mask, name_part

EMAILS = [
    "a.b@x.org",
    "victor.szabo AT fastmail DOT fm",
    "wilfredochom arroba gmail punto com",
    "maria[at]gmail.com",
    "maria (at) gmail (dot) com",
    "maria {at} gmail [dot] com",
    "maria<at>gmail<dot>com",
    "maria (arroba) gmail (punto) com",
    "maria @ gmail . com",
    "maria.lopez@\ngmail.com",
    "maria.lopez\n@gmail.com",
    "maria.lopez@gmail.\ncom",
    "ana＠correo．mx",
    "jo\u200bse@example.org",
    "ro\u00adsa@example.org",
    "pedro{at}yahoo{dot}es",
    "luis at gmail dot com",
    "luis at gmail.com",
    "LUIS AT GMAIL.COM",
    "maria&#64;gmail.com",
    "wilfredo.chom@correo.org.gt",
    "m.lopez @hotmail.com",
    "maria . lopez at gmail dot com",
    "maria punto lopez arroba gmail punto com",
    "maria(dot)lopez(at)gmail(dot)com",
]

NOT_EMAILS = [
    "I work at the farm. It is hard.",
    "look at this. It matters",
    "We start at 9.30 am every day.",
    "meet at Main St. in Burlington",
    "Vermont.Gov should act",
    "I arrived at home.Me and my wife were tired.",
    "I was at the meeting.\nCo-workers came too.",
]

PHONES = [
    "802-555-0147",
    "(802) 555-0147",
    "802.555.0129",
    "802 555 0115",
    "8025550147",
    "+1 802 555 0147",
    "+1 (802) 555-0147",
    "+502 4455 0143",
    "+52 55 1234 5678",
    "555-0147",
    "5550147",
    "802/555/0147",
    "612 345 678",
    "802 555\n0147",
    "802-555-\n0147",
    "&#56;02-555-0147",
    "802\u2011555\u20110147",
    "(+502) 4455-0143",
    "802 - 555 - 0147",
    "44 55 01 43",
]

ANNOUNCED_PHONES = [
    ("WhatsApp 4455 0143", "4455 0143"),
    ("cel. 4455-0143", "4455-0143"),
    ("tel: 555 01 47", "555 01 47"),
    ("Tel. 612.345.678", "612.345.678"),
    ("mi celular es 802.555.0129", "802.555.0129"),
    ("llámame al 445501", "445501"),
    ("phone number: 445501", "445501"),
]

NOT_PHONES = [
    "on 11/24/2025",
    "el 24/11/2025",
    "on 2026-11-24",
    "el 24.11.2026",
    "on 11/24",
    "in 2025",
    "from 2020-2025",
    "from 11/24/2025 - 12/01/2025",
    "at 10:30",
    "$1,500,000",
    "1,500,000 dollars",
    "1.500.000 personas",
    "1 500 000 personas",
    "H.412",
    "S. 18",
    "45%",
    "about 1,500 workers",
    "123456",
    "1 2 3 4 5 6 7 8",
    "see https://meta.discourse.org/t/configuring-oauth/15858/38",
    "12345678901234567890",
]

STREETS = [
    "27 Cold Spring Lane",
    "48 Maple Ave",
    "123 main st",
    "12 North Williston Road",
    "5 Elm St. Apt 2",
    "48 Maple Ave #2",
    "1517 4th Avenue",
    "4455 Route 100",
    "PO Box 123",
    "P.O. Box 123",
    "apartado postal 45",
    "Calle 5 de Mayo #23",
    "calle Hidalgo 123",
    "Avenida Reforma 45",
    "Av. Juárez 100",
    "Callejón del Beso 8",
    "Carretera 15 km 3",
    "Colonia Centro 45",
    "Calle 10 No. 45-23",
    "Calle Hidalgo 123-B",
    "5a Calle 3-45",
    "4a Avenida 12-34 Zona 1",
]

NOT_STREETS = [
    "Winooski, VT",
    "Middlebury, Vermont",
    "I have worked 20 years on this road",
    "we drove 3 hours down the road",
    "2 dirt roads",
    "the 5 de mayo parade",
    "avenida 5 de mayo",
    "vivo en la calle desde hace 10 años",
    "trabajo 12 horas en la carretera 5 días",
    "I walked 3 miles down the road to work",
    "la calle principal tiene 2 carriles",
    "the calle 5",
    "La policía me paró 3 veces en la carretera 105.",
    "Vivimos en el camino 2 familias con 6 niños.",
]

REALISTIC_STATEMENT = """I have worked on dairy farms in Vermont for 12 years, milking 300 cows twice a day.
We work 70 hours a week, 7 days a week. In 2019, 2020 and 2021 I did not have a single day off.
We earn $12.55 an hour. Please pass H.412 and S.18 before the session ends on May 15, 2026.
About 1,500 farmworkers produce 2.6 billion pounds of milk. I had 3 immigration court dates last year.
We drove 45 minutes to the clinic on Route 7, 5 miles down a dirt road.
Trabajo en la granja desde hace 8 años, 12 horas al día. Se necesitan 1.500.000 firmas.
Nos reunimos el 24/11/2025 a las 10:30 en la iglesia. One day 4 ICE agents came to the farm at 5.30 am.
"""


def only(text: str) -> Finding:
    """The one finding in `text`."""
    findings = find_contacts(text)
    assert len(findings) == 1, findings
    return findings[0]


@pytest.mark.parametrize("address", EMAILS)
def test_an_email_address_in_any_spelling_is_found_whole(address: str) -> None:
    finding = only(f"Write to me: {address} any time.")
    assert (finding.kind, finding.text) == ("email", address)


@pytest.mark.parametrize("sentence", NOT_EMAILS)
def test_a_sentence_with_at_and_a_period_is_no_email_address(sentence: str) -> None:
    assert find_contacts(sentence) == []


def test_a_sentence_going_on_after_an_address_on_the_next_line_stays_out_of_it() -> None:
    assert only("Write to maria@gmail.com.\nThanks for all").text == "maria@gmail.com"


@pytest.mark.parametrize("number", PHONES)
def test_a_phone_number_in_local_national_or_international_form_is_found_whole(number: str) -> None:
    finding = only(f"Call me at {number} after work.")
    assert (finding.kind, finding.text) == ("phone", number)


@pytest.mark.parametrize(("text", "number"), ANNOUNCED_PHONES)
def test_a_number_after_a_phone_word_is_a_phone_number(text: str, number: str) -> None:
    finding = only(text)
    assert (finding.kind, finding.text) == ("phone", number)


@pytest.mark.parametrize("text", NOT_PHONES)
def test_dates_years_times_money_counts_and_bill_numbers_are_no_phone_numbers(text: str) -> None:
    assert find_contacts(text) == []


def test_two_numbers_side_by_side_are_two_phone_numbers() -> None:
    assert [f.text for f in find_contacts("8025550147 8025550148")] == ["8025550147", "8025550148"]


def test_a_complete_number_does_not_take_the_number_on_the_next_line() -> None:
    assert only("my number is 802 555 0147\n2025 was a hard year").text == "802 555 0147"


@pytest.mark.parametrize("address", STREETS)
def test_a_street_address_in_english_or_spanish_is_found_whole(address: str) -> None:
    finding = only(f"Come by {address}, any day.")
    assert (finding.kind, finding.text) == ("street", address)


@pytest.mark.parametrize("text", NOT_STREETS)
def test_a_town_a_count_or_a_date_near_a_street_word_is_no_street_address(text: str) -> None:
    assert find_contacts(text) == []


def test_a_realistic_statement_without_contact_details_has_none() -> None:
    assert find_contacts(REALISTIC_STATEMENT) == []


def test_a_road_named_by_its_number_alone_is_no_street_address() -> None:
    # A decision: "Route 7" names a road, not where someone lives; "4455 Route 100" does.
    assert find_contacts("Route 7 is dangerous in winter") == []


def test_spans_and_texts_are_those_of_the_original_text() -> None:
    text = "Escríbeme a jo\u200bsé&#64;correo．mx o llámame al ８０２ ５５５ ０１４７, gracias."
    findings = find_contacts(text)
    assert [f.text for f in findings] == ["jo\u200bsé&#64;correo．mx", "８０２ ５５５ ０１４７"]
    assert all(text[f.start:f.end] == f.text for f in findings)


def test_findings_come_in_text_order_without_overlapping() -> None:
    text = "48 Maple Ave, 802-555-0147, maria@gmail.com, 8025550147@gmail.com"
    findings = find_contacts(text)
    assert [f.kind for f in findings] == ["street", "phone", "email", "email"]
    assert all(one.end <= two.start for one, two in zip(findings, findings[1:], strict=False))


def test_mask_removes_exactly_the_details_and_keeps_the_rest() -> None:
    text = "I support this. Call 802-555-0147 or write victor AT fastmail DOT fm.\nThank you."
    assert mask(text) == ("I support this. Call [contact details removed] or write [contact details removed]."
                          "\nThank you.")


def test_mask_uses_the_findings_and_label_it_is_given() -> None:
    text = "Call 802-555-0147 or 802-555-0148"
    first = find_contacts(text)[:1]
    assert mask(text, first, label="[number]") == "Call [number] or 802-555-0148"


def test_mask_leaves_text_without_contact_details_as_it_is() -> None:
    text = "I work at the farm. It is hard.\n\nOn 11/24/2025, 1,500 workers marched 3 miles down the road."
    assert mask(text) == text
    assert not has_contact_details(text)


@pytest.mark.parametrize(("text", "description"), [
    ("802.555.0129", "phone number '802.555.0129'"),
    ("x AT y DOT com", "email address 'x AT y DOT com'"),
    ("27 Cold Spring Lane", "street address '27 Cold Spring Lane'"),
])
def test_a_finding_describes_itself_for_a_reviewer(text: str, description: str) -> None:
    assert only(text).describe() == description


@pytest.mark.parametrize(("display_name", "expected"), [
    ("Rosaura Itzep cel 802 555 0115", ("Rosaura Itzep", True)),
    ("Wendell Ashcroft - washcroft.farm@outlook.com", ("Wendell Ashcroft", True)),
    ("Yolanda Cuxil, 48 Maple Ave", ("Yolanda Cuxil", True)),
    ("Ceferino Tiquirá WhatsApp +502 4455 0143", ("Ceferino Tiquirá", True)),
    ("Maria Lopez (cell 802-555-0101)", ("Maria Lopez", True)),
    ("Juan Perez Tel: 555 0147", ("Juan Perez", True)),
    ("Juan Perez | tel 12345", ("Juan Perez", True)),
])
def test_the_name_part_of_a_display_name_loses_its_contact_details(display_name: str,
                                                                   expected: tuple[str, bool]) -> None:
    assert name_part(display_name) == expected


@pytest.mark.parametrize("display_name", ["María López", "Lopez, Maria", "Winooski, VT", "ACLU of Vermont"])
def test_a_display_name_without_contact_details_stays_as_it_is(display_name: str) -> None:
    assert name_part(display_name) == (display_name, False)


@pytest.mark.parametrize("display_name", ["802-555-0147", "Tel: 555 0147", "cel 802 555 0115",
                                          "maria@gmail.com", "(802) 555-0147 cell", "48 Maple Ave"])
def test_a_display_name_with_no_name_left_gives_no_name(display_name: str) -> None:
    assert name_part(display_name) == ("", True)


HOSTILE_UNITS = ["x", "a.", "8", "-", "a@", "> ", "a ", "8 ", "at ", "a at ", ". ", "dot ", "1/", "é", "\n"]


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_a_long_run_of_one_character_class_is_searched_in_linear_time(unit: str) -> None:
    # No timing here: a pattern that rescans the run from each start makes this test hang visibly.
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    assert isinstance(find_contacts(text), list)


@pytest.mark.parametrize("text", ["I had 3 immigration court dates", "we lived in 2 different place",
                                  "my 2 sons drive trucks"])
def test_a_street_type_that_is_an_everyday_word_needs_a_capital(text: str) -> None:
    assert find_contacts(text) == []


@pytest.mark.parametrize("address", ["12 Oak Court", "9 Cedar Way", "3 Park Place", "14 Hillside Dr", "7 oak ct"])
def test_a_street_ending_in_an_everyday_word_is_found_when_written_as_an_address(address: str) -> None:
    assert only(f"I live at {address}.").text == address


@pytest.mark.parametrize(("text", "kind", "core"), [
    ("write me: m a r i a @ g m a i l . c o m", "email", "@ g m a i l"),
    ("Follow me @rosa.lopez.vt on the web", "email", "@rosa.lopez.vt"),
    ("tel 802 five five five 0199", "phone", "802 five five five 0199"),
    ("llamen al ocho cero dos cinco cinco cinco uno dos tres", "phone", "ocho cero dos cinco"),
    ("text me at 8 0 2 5 5 5 0 1 3 6", "phone", "8 0 2 5 5 5 0 1 3 6"),
    ("Si necesitan algo mi correo es lupe.ajanel92 en gmail", "email", "lupe.ajanel92 en gmail"),
    ("vivimos en el 112 de la calle Maple en Enosburg Falls", "street", "112 de la calle Maple"),
    ("es la azul en el número 56 de Hog Island Road, en Swanton", "street", "56 de Hog Island Road"),
])
def test_a_detail_spelled_to_slip_past_the_patterns_is_still_held(text: str, kind: str, core: str) -> None:
    assert any(f.kind == kind and core in f.text for f in find_contacts(text))
