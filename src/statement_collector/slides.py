"""The compilation as slides to screen-share at a meeting: one self-contained HTML file (its CSS and script inline,
nothing fetched, a Content-Security-Policy that allows only those two inline blocks), a title slide, then the
statements in the compilation's order, each in large type with its name.

Statements are split into slides here, in Python, on paragraph and sentence boundaries, from an estimate of the
width of each character: the slide is a fixed 1280x720 box that the page scales to the window as a whole, so a
split that fits at 1280x720 fits at every window size. The page's script shrinks the type of a slide that still
overflows (a font wider than the estimate), never below `MIN_TEXT`. Never imports WeasyPrint."""

from __future__ import annotations

import base64
import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from markupsafe import Markup

from .book import Book, _paragraphs
from .compilation import counts
from .config import CompilationSettings
from .errors import RenderError
from .models import Compilation, Entry, Signer
from .render import write_atomically

TEMPLATE = "slides.html.j2"
STYLESHEET = "slides.css"
SCRIPT = "slides.js"

# The slide's geometry in CSS pixels at 1280x720; the stylesheet gets the same numbers from `geometry_css`.
WIDTH, HEIGHT = 1280, 720
PAD_TOP, PAD_BOTTOM, PAD_X = 56, 48, 112
TEXT_SIZES = (52, 44, 38)
"""Statement type, largest first: a statement gets the largest that holds it on one slide, else it continues over
several slides (in the largest size that needs no more slides than the smallest)."""
MIN_TEXT = 30
"""The page's script never shrinks statement type below this (the issue asks for at least 28 px)."""
LINE_HEIGHT = 1.35
PARAGRAPH_GAP = 0.5  # em, between paragraphs
NAME_SIZE = 32
SMALL_SIZE = 28
"""The smallest type on any slide: the continued marker, the place, a group's names."""
ATTRIBUTION_GAP = 32
MARKER_GAP = 16
GROUP_NAME_LINES = 3
"""A group's names are shown when they fit on this many lines; otherwise only how many sent the text."""
FILL = 0.96
"""The share of the computed space the estimate may fill: slack for fonts wider than the estimate."""
LINE_FILL = 0.98
"""The share of the line the estimate may fill (rounding in the browser's layout)."""
BALANCE_FROM = 0.6
"""A slide this full ends before a paragraph that would not fit whole, rather than splitting it."""
CONTENT_WIDTH = WIDTH - 2 * PAD_X
AVAILABLE = HEIGHT - PAD_TOP - PAD_BOTTOM

_SENTENCE_END = re.compile(r"((?<=[.!?…])\s+|(?<=[。！？])\s*)")
"""Where a sentence ends: after . ! ? … and a space; after the CJK full stops, with or without one."""


@dataclass(frozen=True)
class Slide:
    """One statement slide: a part of an entry's text and who sent it."""

    paragraphs: list[list[str]]
    language: str
    size: int
    part: int
    parts: int
    name: str = ""
    place: str = ""
    group: bool = False
    count: int = 1
    names: list[tuple[str, str]] = field(default_factory=list)
    """Named signers of a group with their places ('' when none)."""
    anonymous: int = 0
    show_names: bool = False


@dataclass(frozen=True)
class _Piece:
    """A sentence (or part of one) and how it joins the one before: a new paragraph, a new line, or a space."""

    text: str
    join: str  # "paragraph" | "line" | "space" | "glue" (no space: CJK sentences, a word cut in two)


def slides_for(compilation: Compilation) -> list[Slide]:
    """The statement slides of a compilation, in its order (the title slide is not among them)."""
    return [slide for entry in compilation.entries for slide in entry_slides(entry)]


def entry_slides(entry: Entry) -> list[Slide]:
    """One entry's slides: one if it fits in large type, else as many as its text needs. Places as the
    compilation holds them: never for an anonymous signer, none when `show_places` is off."""
    first = entry.signers[0] if entry.signers else None
    named = [(s.name, _place(s)) for s in entry.signers if not s.anonymous]
    anonymous = len(entry.signers) - len(named)
    name = first.name if first else ""
    place = _place(first) if first is not None and not entry.is_group else ""
    show_names = entry.is_group and _names_fit(named, anonymous)
    if entry.is_group:
        footer = _group_footer(named, anonymous) if show_names else _group_footer([], 0)
    else:
        footer = _attribution(name, place)
    parts, size = _split(_pieces(entry.text), AVAILABLE - footer)
    return [Slide(paragraphs=_as_paragraphs(part), language=entry.language, size=size, part=number,
                  parts=len(parts), name=name, place=place, group=entry.is_group, count=len(entry.signers),
                  names=named, anonymous=anonymous, show_names=show_names)
            for number, part in enumerate(parts, start=1)]


def _place(signer: Signer) -> str:
    return "" if signer.anonymous else (signer.place or "").strip()


def _attribution(name: str, place: str) -> float:
    lines = _lines("— " + name, CONTENT_WIDTH / NAME_SIZE)
    extra = _lines(place, CONTENT_WIDTH / SMALL_SIZE) * SMALL_SIZE * 1.3 if place else 0
    return ATTRIBUTION_GAP + lines * NAME_SIZE * 1.3 + extra


def _names_line(named: list[tuple[str, str]], anonymous: int) -> str:
    """About the group's names line as printed (for its width only: the template writes it in the labels' words)."""
    names = " · ".join(f"{name}, {place}" if place else name for name, place in named)
    return names + (f" and {anonymous} anonymous supporters" if anonymous else "")


def _names_fit(named: list[tuple[str, str]], anonymous: int) -> bool:
    return _lines(_names_line(named, anonymous), CONTENT_WIDTH / SMALL_SIZE) <= GROUP_NAME_LINES


def _group_footer(named: list[tuple[str, str]], anonymous: int) -> float:
    names = _lines(_names_line(named, anonymous), CONTENT_WIDTH / SMALL_SIZE) if (named or anonymous) else 0
    return ATTRIBUTION_GAP + NAME_SIZE * 1.3 + names * SMALL_SIZE * LINE_HEIGHT


def _marker() -> float:
    return SMALL_SIZE * 1.3 + MARKER_GAP


def _pieces(text: str) -> list[_Piece]:
    """The text as sentences, each knowing whether it starts a paragraph, a line, or follows on the same line."""
    pieces = []
    for paragraph in _paragraphs(text):
        for line_number, line in enumerate(paragraph):
            split = _SENTENCE_END.split(line.strip())
            join = "line" if line_number else "paragraph"
            for sentence, after in zip(split[::2], [*split[1::2], ""], strict=True):
                if sentence:
                    pieces.append(_Piece(sentence, join))
                    join = "space" if after else "glue"
    return pieces


def _as_paragraphs(pieces: list[_Piece]) -> list[list[str]]:
    """Pieces back into paragraphs of lines (the template escapes each line)."""
    paragraphs: list[list[str]] = []
    for number, piece in enumerate(pieces):
        if not number or piece.join == "paragraph":
            paragraphs.append([piece.text])
        elif piece.join == "line":
            paragraphs[-1].append(piece.text)
        else:
            paragraphs[-1][-1] += (" " if piece.join == "space" else "") + piece.text
    return paragraphs


def _split(pieces: list[_Piece], room: float) -> tuple[list[list[_Piece]], int]:
    """The slides' pieces and the type size: one slide in the largest size that holds the text, else as few slides
    as the smallest size needs, in the largest size that needs no more, filled evenly."""
    for size in TEXT_SIZES:
        if _height(pieces, size) <= room * FILL:
            return [pieces], size
    room -= _marker()
    fewest = len(_fill(pieces, TEXT_SIZES[-1], room * FILL))
    for size in TEXT_SIZES:
        parts = _fill(pieces, size, room * FILL)
        if len(parts) <= fewest:
            return _balanced(pieces, size, room * FILL, len(parts)), size
    raise AssertionError("unreachable: the smallest size always qualifies")


def _balanced(pieces: list[_Piece], size: int, room: float, slides: int) -> list[list[_Piece]]:
    """`_fill` with the least room that still needs no more than `slides` slides: the parts come out even."""
    low, high = room / slides, room
    for _ in range(12):
        middle = (low + high) / 2
        if len(_fill(pieces, size, middle)) <= slides:
            high = middle
        else:
            low = middle
    return _fill(pieces, size, high)


def _fill(pieces: list[_Piece], size: int, room: float) -> list[list[_Piece]]:
    """Greedy: as many pieces per slide as fit; a new paragraph that does not fit whole on a slide already
    `BALANCE_FROM` full starts the next slide; a sentence too long for a slide is cut between words."""
    slides: list[list[_Piece]] = []
    current: list[_Piece] = []
    for index, piece in enumerate(pieces):
        if piece.join == "paragraph" and current and _height(current, size) >= BALANCE_FROM * room:
            paragraph = [piece, *_rest_of_paragraph(pieces, index + 1)]
            if _height(current + paragraph, size) > room:
                slides.append(current)
                current = []
        if _height([*current, piece], size) <= room:
            current.append(piece)
            continue
        if current:
            slides.append(current)
            current = []
        for cut in _cut(piece, size, room):
            if current:
                slides.append(current)
            current = [cut]
    if current:
        slides.append(current)
    return slides or [[]]


def _rest_of_paragraph(pieces: list[_Piece], start: int) -> list[_Piece]:
    rest = []
    for piece in pieces[start:]:
        if piece.join == "paragraph":
            break
        rest.append(piece)
    return rest


def _cut(piece: _Piece, size: int, room: float) -> list[_Piece]:
    """A sentence cut between words into parts that each fit a slide (the first keeps how it joins); a word
    longer than a slide (text written without spaces) is cut between characters."""
    if _height([piece], size) <= room:
        return [piece]
    parts: list[_Piece] = []
    current = _Piece("", piece.join)
    for number, word in enumerate(piece.text.split(" ")):
        glue = "space" if number else piece.join
        units = [word] if _height([_Piece(word, "paragraph")], size) <= room else list(word)
        for unit_number, unit in enumerate(units):
            join = glue if not unit_number else "glue"
            joined = current.text + (" " if join == "space" and current.text else "") + unit
            if current.text and _height([_Piece(joined, "paragraph")], size) > room:
                parts.append(current)
                current = _Piece(unit, join)
            else:
                current = _Piece(joined, current.join)
    parts.append(current)
    return parts


def _height(pieces: list[_Piece], size: int) -> float:
    """The estimated height in px of pieces set in `size` px type across the slide's width."""
    paragraphs = _as_paragraphs(pieces)
    lines = sum(_lines(line, CONTENT_WIDTH / size) for paragraph in paragraphs for line in paragraph)
    return lines * size * LINE_HEIGHT + max(len(paragraphs) - 1, 0) * size * PARAGRAPH_GAP


def _lines(text: str, width: float) -> int:
    """How many lines `text` wraps to in `width` em (greedy, between words; a word wider than a line breaks)."""
    width *= LINE_FILL
    lines, used = 1, 0.0
    for word in text.split():
        w = sum(_em(ch) for ch in word)
        if used and used + _em(" ") + w <= width:
            used += _em(" ") + w
            continue
        if used:
            lines += 1
        lines += max(math.ceil(w / width) - 1, 0)
        used = w - width * max(math.ceil(w / width) - 1, 0)
    return lines


_WIDTHS = {
    0.32: " 'ijlIJ,.·‘’", 0.4: "/:;\\|f-()[]t", 0.5: '!¡r"*_`–', 0.56: "“”sz?¿cL",
    0.64: "FkvxyPTYo«»aeEhnuSbdgpq$0123456789{}€", 0.72: "KAVXZBRC", 0.8: "UNHDG&OQ", 0.9: "w#+<=>^~M",
    1.0: "%mW@—…",
}
"""Characters by their width in em in DejaVu Sans (measured in Chromium, rounded up), among the widest of the
sans-serif fonts the stylesheet names: text that fits in it fits in the others."""
_EM = {ch: width for width, chars in _WIDTHS.items() for ch in chars}


def _em(ch: str) -> float:
    """A character's width in em, at most as wide as in DejaVu Sans; an accented letter as its base letter; CJK 1;
    emoji and other symbols 1.3; anything else as a wide letter."""
    if ch in _EM:
        return _EM[ch]
    if unicodedata.combining(ch) or ch in "\u200d\ufe0e\ufe0f":
        return 0.0
    if unicodedata.category(ch) == "So":
        return 1.3
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0
    base = unicodedata.normalize("NFD", ch)[0]
    return _EM.get(base, 0.72)


def geometry_css() -> str:
    """The numbers of the slide's geometry for the stylesheet, as custom properties and size classes."""
    sizes = " ".join(f".size-{size} .text {{ font-size: calc({size} * var(--u)); }}" for size in TEXT_SIZES)
    return (f":root {{ --width: {WIDTH}; --height: {HEIGHT}; --pad-top: {PAD_TOP}; --pad-bottom: {PAD_BOTTOM};"
            f" --pad-x: {PAD_X}; --line-height: {LINE_HEIGHT}; --paragraph-gap: {PARAGRAPH_GAP}em;"
            f" --name-size: {NAME_SIZE}; --small-size: {SMALL_SIZE}; --attribution-gap: {ATTRIBUTION_GAP};"
            f" --marker-gap: {MARKER_GAP}; --min-text: {MIN_TEXT}; }}\n{sizes}\n")


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def render_slides(compilation: Compilation, settings: CompilationSettings) -> str:
    """The slides as one HTML document."""
    book = Book(compilation, settings)
    stylesheet = geometry_css() + _template_source(book, STYLESHEET)
    script = _template_source(book, SCRIPT)
    policy = (f"default-src 'none'; style-src '{_hash(stylesheet)}'; script-src '{_hash(script)}'; "
              "img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")
    totals = counts(compilation)
    slides = slides_for(compilation)
    context = {
        "doc": compilation, "t": book.label, "date": book.date, "slides": slides, "policy": policy,
        "stylesheet": Markup(stylesheet), "script": Markup(script),
        "counts": {"statements": totals.statements, "supporters": totals.supporters, "groups": totals.grouped,
                   "grouped_signers": compilation.grouped_signers},
        "total": len(slides) + 1,
    }
    try:
        return book.env.get_template(TEMPLATE).render(context)
    except jinja2.TemplateError as err:
        raise RenderError(f"template {getattr(err, 'name', None) or TEMPLATE}: {err}") from None


def write_slides(compilation: Compilation, settings: CompilationSettings, output: Path) -> Path:
    """Write the slides to `output`, replacing it atomically."""
    html = render_slides(compilation, settings)
    return write_atomically(output, lambda tmp: tmp.write_text(html, encoding="utf-8"))


def _template_source(book: Book, name: str) -> str:
    assert book.env.loader is not None
    try:
        return book.env.loader.get_source(book.env, name)[0]
    except jinja2.TemplateNotFound:
        raise RenderError(f"template {name} not found in the template folders") from None
