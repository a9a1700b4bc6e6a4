"""Issue 14, points 3 and 8: PGP clear-signed replies print the writer's words only, elision markers go with the
quote they stand for, and a forward with nothing added has nothing to print."""

from __future__ import annotations

from helpers import make_mail
from statement_collector.config import Settings
from statement_collector.extract import extract
from statement_collector.models import RawMessage, Reason, Status
from statement_collector.pipeline import process

SIGNED = """-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA256

{text}

- --
Ana Lopez
-----BEGIN PGP SIGNATURE-----

iQIzBAEBCAAdFiEEexampleexampleexampleexampleexampleFAmVhYWEACgkQexample
=abcd
-----END PGP SIGNATURE-----
"""


def test_a_clear_signed_reply_prints_neither_armour_nor_signature() -> None:
    for text in ("I support fair housing for the farmworkers who feed Vermont.",
                 "Apoyo la vivienda digna para los trabajadores agrícolas de Vermont."):
        found = extract(SIGNED.format(text=text), sender="Ana Lopez ana")
        assert found.text == text


def test_dash_escaped_lines_of_a_signed_reply_are_unescaped() -> None:
    body = SIGNED.format(text="I support the bill.\n- - it matters to my family\n- -- and to my town")
    found = extract(body, sender="Ana Lopez ana")
    assert "- it matters to my family" in found.text and "-- and to my town" in found.text
    assert "- - " not in found.text


def test_quoted_armour_is_left_to_the_quote_rules() -> None:
    body = "I support the bill.\n\n> -----BEGIN PGP SIGNED MESSAGE-----\n> Hash: SHA256\n> Reply with a statement."
    assert extract(body).text == "I support the bill."


def test_an_elision_marker_goes_with_the_quote_in_a_bottom_posted_reply() -> None:
    for marker in ("[...]", "[…]", "[snip]", "<snip>", "[ ... ]", "(...)", "[recortado]"):
        body = ("On Mon, Nov 23, 2026 at 9:00 AM Farmworkers <info@farmworkers.example> wrote:\n"
                "> Reply with a brief statement of support.\n"
                f"{marker}\n\n"
                "I support fair housing for the farmworkers who feed Vermont.")
        assert extract(body).text == "I support fair housing for the farmworkers who feed Vermont.", marker


def test_a_forward_with_nothing_added_is_empty() -> None:
    for header in ("---------- Forwarded message ---------", "-------- Mensaje reenviado --------"):
        body = (f"{header}\nFrom: Farmworkers <info@farmworkers.example>\nDate: Mon, Nov 23, 2026\n"
                "Subject: Send a statement\nTo: Ana <ana@example.com>\n\n"
                "Reply to this email with a brief statement of support for the housing bill.")
        statement = process(RawMessage(data=make_mail(body)), Settings())
        assert (statement.status, statement.reason) == (Status.REJECTED, Reason.EMPTY), header
        assert extract(body).forwarded  # the forwarded text is kept for a person to read, never printed


def test_words_written_above_a_forward_are_the_statement() -> None:
    body = ("I support this bill with all my heart.\n\n---------- Forwarded message ---------\n"
            "From: Farmworkers <info@farmworkers.example>\nSubject: Send a statement\n\n"
            "Reply to this email with a brief statement of support.")
    assert extract(body).text == "I support this bill with all my heart."
