"""Nothing a sender types is taken for the HTML stage's own markers (issue 13, point 5): the HTML is walked into
tokens and joined once, and the cut between a reply and Outlook's quoted header is a line told apart by identity."""

from __future__ import annotations

from helpers import make_mail
from statement_collector.config import Settings
from statement_collector.extract import extract
from statement_collector.models import RawMessage
from statement_collector.pipeline import process

INVISIBLE = ["\u2063\u2063\u2063", "\u2064\u2061", "\u2064\u2062", "\x01", "\x02\x03"]


def test_a_plain_text_line_of_invisible_characters_does_not_cut_the_statement() -> None:
    for invisible in INVISIBLE:
        found = extract(f"I support the farmworkers.\n{invisible}\nThey deserve safe homes.")
        assert "They deserve safe homes." in found.text and "I support" in found.text, repr(invisible)


def test_html_text_that_looks_like_a_marker_is_text() -> None:
    for invisible in INVISIBLE:
        html = f"<p>I support the farmworkers.</p><p>{invisible}</p><p>They deserve safe homes.</p>"
        found = extract("", html)
        assert "They deserve safe homes." in found.text and not found.text.count(">"), repr(invisible)


def test_the_reply_through_the_pipeline_keeps_both_halves() -> None:
    body = "I support the farmworkers.\n\u2063\u2063\u2063\nThey deserve safe homes, and I will keep saying it."
    statement = process(RawMessage(data=make_mail(body)), Settings())
    assert statement.text.endswith("I will keep saying it.") and statement.text.startswith("I support")


def test_an_outlook_reply_header_still_cuts_the_quoted_mail() -> None:
    html = ("<div>I support the farmworkers and their families.</div>"
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p><b>From:</b> Campaign<br>"
            "<b>Sent:</b> Monday<br><b>To:</b> Ana<br><b>Subject:</b> Statement</p></div>"
            "<div>Please reply with a statement of support.</div>")
    assert extract("", html).text == "I support the farmworkers and their families."


def test_quoted_html_is_still_marked_as_quoted() -> None:
    html = ("<div>I support the farmworkers and their families.</div>"
            "<blockquote><p>Please reply with a statement.</p><blockquote><p>Older</p></blockquote></blockquote>")
    found = extract("", html)
    assert found.text == "I support the farmworkers and their families."
    assert "Please reply with a statement." in found.removed
