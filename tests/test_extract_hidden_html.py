"""Issue 14, point 1: only what a reader can see in an HTML reply is printed. Text hidden by an inline style or an
attribute is left out; when there is much of it, the statement is held for a person with a privacy note."""

from __future__ import annotations

import time

import pytest

from helpers import make_mail
from statement_collector.config import Settings
from statement_collector.extract import extract
from statement_collector.extract.html import html_to_text
from statement_collector.models import RawMessage, Reason, Statement, Status
from statement_collector.pipeline import process

STATEMENT = {
    "en": "I support this bill because my neighbors work on dairy farms.",
    "es": "Apoyo este proyecto de ley porque mis vecinos trabajan en granjas lecheras.",
}
INSTRUCTION = {"en": "Organizers: print my name in bold", "es": "Organizadores: impriman mi nombre en negrita"}
SLOGAN = {"en": "VOTE YES ON H.123", "es": "VOTE SÍ A LA LEY H.123"}
LONG_HIDDEN = {
    "en": "Organizers: print my name in bold at the top of the first page, and add the line "
          "'Endorsed by the Addison County Farm Bureau' under every statement.",
    "es": "Organizadores: impriman mi nombre en negrita al principio de la primera página y añadan la línea "
          "'Con el apoyo de la Oficina Agrícola del Condado de Addison' bajo cada declaración.",
}
NOTE = "hidden text in the HTML was not printed"

# Opening tags that hide what they hold (closed by </span>), one per technique.
HIDING = {
    "display-none": '<span style="display:none">',
    "display-none-shouting": '<span style="DISPLAY : NONE !IMPORTANT">',
    "display-none-among-others": '<span style="color: #333;  font-family: Arial ;display:none;margin:0">',
    "display-none-after-comment": '<span style="/* keep */ display: /* x */ none">',
    "visibility-hidden": '<span style="visibility:hidden">',
    "visibility-collapse": '<span style="visibility: collapse">',
    "font-size-0": '<span style="font-size:0">',
    "font-size-0px": '<span style="font-size:0px">',
    "font-size-0pt": '<span style="font-size: 0pt">',
    "font-size-0em": '<span style="font-size:0em">',
    "font-size-0-percent": '<span style="font-size:0%">',
    "font-size-1px": '<span style="font-size:1px">',
    "font-shorthand-0": '<span style="font:0/0 a">',
    "max-height-0-overflow": '<span style="max-height:0;overflow:hidden">',
    "height-0-overflow": '<span style="height:0px; overflow:hidden">',
    "width-0-overflow": '<span style="width:0;overflow:hidden">',
    "max-width-0-overflow-x": '<span style="max-width:0px;overflow-x:hidden">',
    "preheader-box": '<span style="max-height:0;max-width:0;overflow:hidden;mso-hide:all;line-height:0">',
    "opacity-0": '<span style="opacity:0">',
    "opacity-nearly-0": '<span style="opacity:0.01">',
    "mso-hide": '<span style="mso-hide:all">',
    "white-on-white": '<span style="color:#fff;background:#ffffff">',
    "white-on-white-written-otherwise": '<span style="color:white;background-color:rgb(255, 255, 255)">',
    "black-on-black": '<span style="color:rgb(0,0,0); background-color:#000000">',
    "nearly-white-on-white": '<span style="color:#fefefe">',
    "white-on-the-page": '<span style="color:#FFFFFF">',
    "transparent-text": '<span style="color:transparent">',
    "transparent-rgba": '<span style="color:rgba(0, 0, 0, 0)">',
    "font-color-attribute": '<span><font color="white">',
    "hidden-attribute": "<span hidden>",
    "aria-hidden-with-display-none": '<span aria-hidden="true" style="display:none">',
    "off-page": '<span style="position:absolute;left:-9999px">',
    "text-indent": '<span style="text-indent:-9999px;display:block">',
}


def _html(lang: str, opening: str, hidden: str) -> str:
    closing = "</font></span>" if "<font" in opening else "</span>"
    return f'<div dir="ltr"><p>{STATEMENT[lang]}</p><p>{opening}{hidden}{closing}</p></div>'


def _process(html: str, lang: str = "en") -> Statement:
    return process(RawMessage(data=make_mail(STATEMENT[lang], html=html)), Settings())


@pytest.mark.parametrize("lang", sorted(STATEMENT))
@pytest.mark.parametrize("technique", sorted(HIDING))
def test_each_hiding_technique_removes_the_hidden_text_and_keeps_the_statement(technique: str, lang: str) -> None:
    found = extract("", _html(lang, HIDING[technique], INSTRUCTION[lang]))
    assert found.text == STATEMENT[lang]


@pytest.mark.parametrize("lang", sorted(STATEMENT))
def test_colour_matching_an_ancestors_background_is_hidden(lang: str) -> None:
    html = (f'<table><tr><td bgcolor="#000000"><p style="color:#fff">{STATEMENT[lang]}</p>'
            f'<p><span style="color:#000">{INSTRUCTION[lang]}</span></p></td></tr></table>')
    assert extract("", html).text == STATEMENT[lang]


@pytest.mark.parametrize("lang", sorted(STATEMENT))
def test_a_hidden_input_and_template_and_noscript_print_nothing(lang: str) -> None:
    html = (f'<div><p>{STATEMENT[lang]}</p><input type="hidden" name="note" value="{INSTRUCTION[lang]}">'
            f"<template><p>{INSTRUCTION[lang]}</p></template><noscript>{SLOGAN[lang]}</noscript></div>")
    assert extract("", html).text == STATEMENT[lang]


@pytest.mark.parametrize("lang", sorted(STATEMENT))
def test_a_hidden_slogan_inside_the_statement_is_not_printed(lang: str) -> None:
    html = (f'<div dir="ltr"><p>{STATEMENT[lang]}<span style="display:none"> {SLOGAN[lang]}</span></p>'
            f'<p style="font-size:0">{INSTRUCTION[lang]}</p></div>')
    statement = _process(html, lang)
    assert statement.text == STATEMENT[lang]
    assert SLOGAN[lang] not in statement.text and INSTRUCTION[lang] not in statement.text


@pytest.mark.parametrize("lang", sorted(STATEMENT))
def test_much_hidden_text_holds_the_statement_for_a_person_with_a_note(lang: str) -> None:
    statement = _process(_html(lang, HIDING["display-none"], LONG_HIDDEN[lang]), lang)
    assert statement.text == STATEMENT[lang]
    assert (statement.status, statement.reason) == (Status.REVIEW, Reason.UNCERTAIN)
    assert [note for note in statement.privacy if note.startswith(NOTE) and "check the original" in note]


@pytest.mark.parametrize("lang", sorted(STATEMENT))
def test_hidden_text_a_third_of_a_short_reply_holds_it(lang: str) -> None:
    short = {"en": "I support this bill.", "es": "Apoyo este proyecto de ley."}[lang]
    html = f'<p>{short}</p><p style="display:none">{INSTRUCTION[lang]}</p>'
    statement = process(RawMessage(data=make_mail(short, html=html)), Settings())
    assert statement.text == short
    assert (statement.status, statement.reason) == (Status.REVIEW, Reason.UNCERTAIN)
    assert any(note.startswith(NOTE) for note in statement.privacy)


@pytest.mark.parametrize("lang", sorted(STATEMENT))
def test_the_plain_part_is_held_too_when_the_html_hid_much(lang: str) -> None:
    # The HTML shows nothing of its own, so the text part is read: it may carry the hidden words, so a person looks.
    html = f'<div style="display:none">{LONG_HIDDEN[lang]}</div>'
    body = f"{STATEMENT[lang]}\n\n{LONG_HIDDEN[lang]}"
    statement = process(RawMessage(data=make_mail(body, html=html)), Settings())
    assert (statement.status, statement.reason) == (Status.REVIEW, Reason.UNCERTAIN)
    assert any(note.startswith(NOTE) for note in statement.privacy)


VISIBLE = {
    "display-block": '<span style="display:block">',
    "font-size-14px": '<span style="font-size:14px">',
    "dark-on-white": '<span style="color:#333; background:#fff">',
    "height-auto": '<span style="height:auto;overflow:hidden">',
    "visibility-visible": '<span style="visibility:visible">',
    "aria-hidden-alone": '<span aria-hidden="true">',
    "height-0-without-overflow-hidden": '<span style="height:0">',
    "white-on-dark": '<span style="color:#ffffff;background-color:#1a1a1a">',
    "opacity-half": '<span style="opacity:0.5">',
    "hidden-overridden": '<span hidden style="display:inline">',
    "background-image": '<span style="color:#fff;background:url(https://example.org/dark.png)">',
    "light-grey": '<span style="color:#999999">',
    "overflow-hidden-alone": '<span style="overflow:hidden;max-height:200px">',
}


@pytest.mark.parametrize("lang", sorted(STATEMENT))
@pytest.mark.parametrize("style", sorted(VISIBLE))
def test_visible_styles_keep_their_text(style: str, lang: str) -> None:
    second = {"en": "Please pass it this session.", "es": "Por favor apruébenlo en esta sesión."}[lang]
    statement = _process(_html(lang, VISIBLE[style], second), lang)
    assert statement.text == f"{STATEMENT[lang]}\n\n{second}"
    assert statement.status is Status.ACCEPTED
    assert not any(note.startswith(NOTE) for note in statement.privacy)


def test_text_that_sets_its_font_size_again_inside_a_zero_font_container_is_seen() -> None:
    html = f'<table><tr><td style="font-size:0"><div style="font-size:14px">{STATEMENT["en"]}</div></td></tr></table>'
    assert extract("", html).text == STATEMENT["en"]


def test_white_text_on_a_dark_cell_is_seen() -> None:
    html = f'<table><tr><td style="background-color:#222"><font color="#FFFFFF">{STATEMENT["en"]}</font></td></tr>'
    assert extract("", html + "</table>").text == STATEMENT["en"]


@pytest.mark.parametrize("lang", sorted(STATEMENT))
def test_a_small_hidden_preheader_or_tracking_span_is_dropped_without_holding(lang: str) -> None:
    padding = "&zwnj;&nbsp;" * 80
    html = (f'<div style="display:none;max-height:0;overflow:hidden">Re: hearing{padding}</div>'
            f'<div dir="ltr"><p>{STATEMENT[lang]}<span style="font-size:0">a7f3</span></p></div>')
    statement = _process(html, lang)
    assert statement.text == STATEMENT[lang]
    assert statement.status is Status.ACCEPTED
    assert not any(note.startswith(NOTE) for note in statement.privacy)


def test_hidden_text_in_the_quoted_campaign_mail_does_not_hold_the_reply() -> None:
    preheader = "Join us at the State House on Thursday for the hearing on the housing bill for farmworkers."
    html = (f'<div dir="ltr">{STATEMENT["en"]}</div><div class="gmail_quote"><div class="gmail_attr">On Mon, '
            f'Campaign wrote:</div><blockquote class="gmail_quote"><div style="display:none">{preheader}</div>'
            "Reply with a statement.</blockquote></div>")
    statement = _process(html)
    assert statement.text == STATEMENT["en"]
    assert statement.status is Status.ACCEPTED


def test_hidden_text_is_counted_in_letters_and_only_in_the_reply_s_own_part() -> None:
    rendered = html_to_text(f'<p>{STATEMENT["en"]}</p><p style="display:none">ab cd, ef!</p>'
                            '<blockquote><span style="display:none">quoted hidden</span></blockquote>'
                            '<div class="gmail_quote" style="display:none">a collapsed quote</div>'
                            '<div id="divRplyFwdMsg"><span style="display:none">below a cut</span></div>')
    assert rendered.hidden == 6
    assert rendered.hidden_to_report() == 0


def test_hidden_text_under_a_very_deep_tree_is_dropped_in_linear_time() -> None:
    depth = 100_000
    html = (f"<p>{STATEMENT['en']}</p>" + '<div style="display:none">' + "<div>" * depth + LONG_HIDDEN["en"]
            + "</div>" * depth + '</div><div style="font-size:0">' + "<span>" * depth + "hidden"
            + "</span>" * depth + "</div>")
    started = time.perf_counter()
    rendered = html_to_text(html)
    assert time.perf_counter() - started < 10  # generous: a busy machine; quadratic would take minutes
    assert "".join(rendered.segments).strip() == STATEMENT["en"]
    assert rendered.hidden_to_report() > 40
