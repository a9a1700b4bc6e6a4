"""The supporter's own words: quotes, attributions, signatures and footers removed.

HTML first when there is an HTML part (mail clients mark quotes structurally there), the text part when
the HTML route leaves nothing; then the same text rules on either (DESIGN §5).
"""

from __future__ import annotations

import re

from ..models import Extraction
from .html import html_to_text
from .places import closing_place, opening_place
from .requests import Kind, classify
from .signatures import clean, own_name_words, read_signature
from .text import HTML_CUT, Split, split_lines, split_reply

__all__ = ["extract"]

_BLANK_RUN = re.compile(r"\n\s*\n+")
# Most of a long message gone with no recognised marker: a person should look.
_LONG_MESSAGE = 12
# Extraction reads this much of a body (the statement is at its top, or under a short quote): per-line rules stay
# quick on any body, and a longer one goes to a person as too large.
_READ_CHARS = 200_000
_READ_LINES = 10_000
_MOSTLY_REMOVED = 0.75


def extract(text: str, html: str = "", sender: str = "") -> Extraction:
    """Extract the statement from a reply's text (and HTML) body; `sender` (display name and the address's local
    part) lets a signature in the sender's own name be recognised however it is written ("maria lopez")."""
    if not html.strip():
        return _extract_body([text], sender)
    rendered = html_to_text(html)
    # Whichever body the statement comes from, the message hid text: the plain part may carry it too.
    hidden = {"hidden_text": rendered.hidden_to_report()}
    found = _with_signature(_extract_body(rendered.segments, sender), rendered.signature, sender)
    found = found.model_copy(update=hidden)
    if found.text and not found.uncertain:
        return found
    if text.strip():
        plain = _extract_body([text], sender).model_copy(update=hidden)
        return plain if plain.text and not plain.uncertain else found if found.text else plain
    if found.text:
        return found
    # Everything sat inside a quote container: read it as plain text, and have a person check.
    unquoted = _extract_body(html_to_text(html.replace("<blockquote", "<div")).segments, sender)
    return unquoted.model_copy(update={"uncertain": True, **hidden})


def _extract_body(segments: list[str], sender: str) -> Extraction:
    """The statement in a body given as segments: below each segment's end, a mail client marked quoted mail."""
    segments, rest = _start(segments)
    lines = [line for k, segment in enumerate(segments) for line in [HTML_CUT] * bool(k) + split_lines(segment)]
    split = split_reply(lines)
    cleaned = clean(split.own, sender)
    statement = _paragraphs(cleaned.lines)
    removed = _paragraphs(split.removed + cleaned.removed)
    found = Extraction(
        text=statement,
        removed=removed,
        uncertain=_doubtful(statement, split, lines),
        signoff_name=cleaned.signoff_name,
        anonymous=cleaned.anonymous,
        requested_name=cleaned.requested_name,
        initials_only=cleaned.initials_only,
        first_name_only=cleaned.first_name_only,
        requests=cleaned.requests,
        forwarded=split.forwarded,
        place=None if split.forwarded else (closing_place(cleaned.places, own_name_words(cleaned))
                                            or opening_place(statement)),
        role=None if split.forwarded else cleaned.role,
    )
    return _with_requests_in(rest, found) if rest else found


def _with_signature(found: Extraction, signature: str, sender: str) -> Extraction:
    """What a signature container the HTML marked says: a request in it counts, and the town under its name is
    the place when the closing lines gave none."""
    if not signature.strip() or found.forwarded:
        return found
    read = read_signature(signature, sender)
    place = found.place or closing_place(read.places, own_name_words(read))
    return found.model_copy(update={"requests": read.requests | found.requests, "place": place,
                                    "role": found.role or read.role,
                                    "anonymous": found.anonymous or read.anonymous})


def _start(segments: list[str]) -> tuple[list[str], str]:
    """The part of a body extraction reads (far more than any statement and the mail it quotes) and the rest."""
    kept: list[str] = []
    chars = lines = 0
    for k, segment in enumerate(segments):
        end = min(len(segment), _READ_CHARS - chars)
        newline = -1
        for _ in range(_READ_LINES - lines):
            newline = segment.find("\n", newline + 1, end)
            if newline < 0:
                break
            lines += 1
        cut = end if newline < 0 else newline + 1
        kept.append(segment[:cut])
        chars += cut
        if cut < len(segment):
            return kept, "\n".join([segment[cut:], *segments[k + 1:]])
    return kept, ""


def _with_requests_in(rest: str, found: Extraction) -> Extraction:
    """The whole of an over-long body is read for requests: one in a P.S. at the very end counts."""
    kinds = classify(rest)
    requests = {kind.value: "(far down a very long message)" for kind in kinds} | found.requests
    return found.model_copy(update={"requests": requests, "truncated": True,
                                    "anonymous": found.anonymous or Kind.ANONYMITY in kinds})


def _doubtful(statement: str, split: Split, lines: list[str]) -> bool:
    if not statement or split.uncertain:
        return True
    total = sum(1 for line in lines if line.strip())
    kept = statement.count("\n") + 1
    return not split.marker and total >= _LONG_MESSAGE and kept < (1 - _MOSTLY_REMOVED) * total


def _paragraphs(lines: list[str]) -> str:
    """Paragraphs separated by exactly one blank line; lines within a paragraph kept."""
    text = "\n".join(line for line in lines if line is not HTML_CUT).strip()
    return _BLANK_RUN.sub("\n\n", text)
