"""HTML bodies to text, with the quote containers mail clients mark rendered as `>` lines.

The tree is walked once into tokens (text, and `Mark`s for block edges, quote starts and ends and cuts), and the
tokens are joined once into lines: no marker ever travels inside the text, so nothing a sender types can be taken
for one. Text a reader cannot see (hidden by an inline style or an attribute) is not written, only counted.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import patterns as p
from .css import LOOKS, Look, declarations, removes

# Containers whose whole content is quoted mail (matched against lower-cased class and id).
_QUOTE_MARKS = ("gmail_quote", "gmail_attr", "yahoo_quoted", "protonmail_quote", "moz-cite-prefix",
                "zmail_extra", "tutanota_quote", "mailru_quote", "quote_container", "reply-quote")
# Elements after which everything is quoted: Outlook's reply headers and webmail separators.
_CUT_MARKS = ("divrplyfwdmsg", "outlookmessageheader", "olk_src_body_section", "stopspelling", "appendonsend",
              "mail-editor-reference-message-container", "zwchr", "x_divrplyfwdmsg")
_DROP_MARKS = ("gmail_signature", "moz-signature", "signature")
_SIGNATURES, _SIGNATURE_CHARS = 3, 2_000
"""Signature containers read (for a town and requests, never printed), and how much of each."""
_SKIP = frozenset({"head", "style", "script", "title", "meta", "link", "template", "-comment", "noscript",
                   "datalist"})
_BLOCK = frozenset({"div", "p", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                    "article", "header", "footer", "center", "dl", "dt", "dd", "address", "form", "body", "html"})
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"})
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


class Mark(Enum):
    """What the walk over the tree says besides text."""

    SOFT = "block edge"  # adjacent edges make one line break...
    PARA = "paragraph edge"  # ...or one blank line if a paragraph starts or ends among them
    BLANK = "visible blank"  # Outlook's `&nbsp;` paragraph: ends a run of edges, prints nothing
    QUOTE_ON = "quote starts"
    QUOTE_OFF = "quote ends"
    CUT = "cut"  # Outlook's reply header or a webmail separator: quoted mail below


Token = str | Mark
Attributes = dict[str, str | None]
# Presentational attributes that change how text looks (`<font color>`, `<td bgcolor>`, `<body text>`).
_LOOK_ATTRIBUTES = ("color", "bgcolor", "background", "text")
_BORDER_TOP = re.compile(r"border-top\s*:[^;]*solid", re.I)
# Enough of a reply header to see its `From:` label, without reading a whole (possibly huge) subtree.
_LEADING_NODES, _LEADING_CHARS = 64, 200
# Tree building costs time quadratic in nesting depth (each start tag checks the open-element scope), so tags
# nested deeper than this are dropped before parsing and their text kept; browsers cap depth too (Blink: 512).
_MAX_DEPTH = 512
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)[^>]*?(/?)>")
# Elements that never nest, or whose end tag is optional (RFC-free HTML reality): not counted as depth.
_FLAT = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "tfoot"})


# Hidden text in the reply's own part is worth a person's look when it is more than a slogan's worth of letters (a
# hidden instruction or slogan is longer; a preheader or tracking code a client adds is a few letters, or padding
# of spaces and joiners, which are not letters), or, in a short reply, more than a third of what can be seen
# (`_HIDDEN_FLOOR` keeps a stray hidden word in a one-line reply from holding it).
_HIDDEN_LETTERS, _HIDDEN_SHARE, _HIDDEN_FLOOR = 40, 3, 10
# Letters are counted in at most this much hidden text (a huge hidden block is reported as at least this many).
_COUNT_CHARS = 1_000_000
# Distinct style attributes (and looks) remembered in one walk: mail repeats a few; HTML made to differ everywhere
# gains nothing from more.
_CACHED = 4096


class HtmlText(NamedTuple):
    """An HTML body as text segments, and how much of the reply's own part (above any quote or cut) was hidden."""

    segments: list[str]
    hidden: int = 0
    """Letters and digits of hidden text not written."""
    visible: int = 0
    """Letters and digits of visible text, counted only as far as the rule on hidden text needs."""
    signature: str = ""
    """The text of signature containers in the reply's own part (never printed; read for a town and requests)."""

    def hidden_to_report(self) -> int:
        """The hidden letters when enough to hold the reply for a person (see `_HIDDEN_LETTERS`), else 0."""
        enough = self.hidden > _HIDDEN_LETTERS or (self.hidden >= _HIDDEN_FLOOR
                                                   and self.hidden * _HIDDEN_SHARE > self.visible)
        return self.hidden if enough else 0


def html_to_text(html: str) -> HtmlText:
    """Readable text: paragraphs kept, quoted mail as `>` lines, hidden text left out (and counted); a new
    segment after each cut (Outlook's reply header, a webmail separator), below which is quoted mail."""
    tree = LexborHTMLParser(_flatten_deep(html))
    root = tree.body or tree.root
    if root is None:
        return HtmlText([""])
    walk = _Walk(root)
    walk.run()
    return HtmlText(_join(walk.out), walk.hidden, walk.visible, "\n".join(walk.signatures))


def readable(text: str, html: str) -> str:
    """A body as a person reads it: the plain part when it has text, else the HTML turned to text (paragraphs
    kept, hidden text left out); never HTML."""
    if text.strip() or not html.strip():
        return text
    return "\n\n".join(html_to_text(html).segments)


def _flatten_deep(html: str) -> str:
    """The HTML with tags nested deeper than `_MAX_DEPTH` removed (their text stays)."""
    if html.count("<") <= _MAX_DEPTH:
        return html
    depth = 0

    def keep(tag: re.Match[str]) -> str:
        nonlocal depth
        if tag.group(3) or tag.group(2).lower() in _FLAT:
            return tag.group()
        deep = depth >= _MAX_DEPTH if not tag.group(1) else depth > _MAX_DEPTH
        depth = depth - 1 if tag.group(1) else depth + 1
        depth = max(depth, 0)
        return "" if deep else tag.group()

    return _TAG.sub(keep, html)


def _marks(attrs: Attributes) -> str:
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('name') or ''}".lower()


def _hidden(tag: str, attrs: Attributes, style: _Style) -> bool:
    """The element shows nothing of what it holds (`aria-hidden` alone hides nothing from the eye)."""
    if "hidden" in attrs and style.declarations.get("display", "none") == "none":
        return True
    return style.removes or tag == "input" and (attrs.get("type") or "").strip().lower() == "hidden"


def _mail_client_part(tag: str, marks: str) -> bool:
    """A quote, reply header or signature a client marked: hidden, it is no text the writer hid."""
    return tag == "blockquote" or any(m in marks for m in (*_QUOTE_MARKS, *_CUT_MARKS, *_DROP_MARKS))


def _letters(text: str) -> int:
    return sum(map(str.isalnum, text))


class _Style(NamedTuple):
    """An inline style read: its declarations, whether they remove the element from view, and whether they may
    change how its text looks."""

    declarations: dict[str, str]
    removes: bool
    looks: bool


class _Walk:
    """Depth-first over the root's children with an explicit stack (mail can nest 100,000 elements deep),
    writing tokens to `out` and counting the letters of hidden and visible text in the reply's own part. A `Look`
    on the stack is the one to return to once an element's children are done; `seen` is whether text in the
    current look can be seen. Mail repeats the same few style attributes on every paragraph: each distinct one
    (and each look it gives inside another) is worked out once."""

    def __init__(self, root: LexborNode) -> None:
        self.out: list[Token] = []
        self.stack: list[LexborNode | Token | Look] = list(_children(root))
        self.look = Look().inside(declarations(root.attributes.get("style") or ""), root.attributes)
        self.seen = self.look.seen()
        self.depth = 0
        self.cut = False
        self.hidden = self.visible = 0
        self.counted = 0
        self.styles: dict[str, _Style] = {}
        self.signatures: list[str] = []
        self.looks: dict[tuple[Look, str, tuple[str | None, ...]], tuple[Look, bool]] = {}

    def run(self) -> None:
        """Walk the whole tree."""
        while self.stack:
            item = self.stack.pop()
            if isinstance(item, Look):
                self.look, self.seen = item, item.seen()
            elif isinstance(item, str | Mark):
                self.emit(item)
            else:
                self.node(item)

    def emit(self, token: Token) -> None:
        """Write a token, following the quote depth and cuts."""
        if token is Mark.QUOTE_ON or token is Mark.QUOTE_OFF:
            self.depth = max(0, self.depth + (1 if token is Mark.QUOTE_ON else -1))
        self.cut = self.cut or token is Mark.CUT
        self.out.append(token)

    def node(self, item: LexborNode) -> None:
        tag = item.tag
        if tag == "-text":
            self.text(item.text_content or "")
        elif tag == "br":
            self.emit("\n")
        elif tag == "hr":
            self.emit(Mark.CUT if "stopspelling" in _marks(item.attributes) else "\n" + "_" * 32 + "\n")
        elif tag is not None and tag not in _SKIP:
            attrs = item.attributes
            style = self.style(attrs.get("style") or "")
            if _hidden(tag, attrs, style):
                if not _mail_client_part(tag, _marks(attrs)):
                    self.count_hidden(item.text(deep=True) or "")
            elif tag == "pre":
                self.text("\n" + (item.text(deep=True) or "") + "\n", collapse=False)
            else:
                self.open(item, tag, attrs, style)

    def style(self, raw: str) -> _Style:
        """The inline style `raw`, read once per walk."""
        if (found := self.styles.get(raw)) is None:
            if len(self.styles) >= _CACHED:
                self.styles.clear()
            style = declarations(raw)
            found = self.styles[raw] = _Style(style, bool(style) and removes(style), not LOOKS.isdisjoint(style))
        return found

    def inside(self, raw: str, style: _Style, attrs: Attributes) -> tuple[Look, bool]:
        """The look of an element with this style and these attributes inside the current one, and whether text in
        it can be seen."""
        key = (self.look, raw, tuple(attrs.get(name) for name in _LOOK_ATTRIBUTES))
        if (found := self.looks.get(key)) is None:
            if len(self.looks) >= _CACHED:
                self.looks.clear()
            look = self.look.inside(style.declarations, attrs)
            found = self.looks[key] = (look, look.seen())
        return found

    def text(self, raw: str, collapse: bool = True) -> None:
        """Text as written (runs of spaces made one unless `collapse` is off), if it can be seen."""
        if not self.seen:
            self.count_hidden(raw)
            return
        token = _text(raw) if collapse else raw
        self.emit(token)
        if self.own() and isinstance(token, str) and self.visible <= _HIDDEN_LETTERS * _HIDDEN_SHARE:
            self.visible += _letters(token)

    def own(self) -> bool:
        """The walk is in the reply's own part: not in a quote, not below a cut."""
        return not self.depth and not self.cut

    def count_hidden(self, raw: str) -> None:
        if self.own() and self.counted < _COUNT_CHARS:
            raw = raw[:_COUNT_CHARS - self.counted]
            self.counted += len(raw)
            self.hidden += _letters(raw)

    def open(self, node: LexborNode, tag: str, attrs: Attributes, style: _Style) -> None:
        """Write what opens an element now; push its children and what closes it for later."""
        marks = _marks(attrs)
        if any(m in marks for m in _DROP_MARKS) and "gmail_quote" not in marks:
            if self.own() and len(self.signatures) < _SIGNATURES:
                self.signatures.append((node.text(deep=True, separator="\n") or "")[:_SIGNATURE_CHARS])
            return
        if style.looks or not attrs.keys().isdisjoint(_LOOK_ATTRIBUTES):
            look, seen = self.inside(attrs.get("style") or "", style, attrs)
            if look != self.look:
                self.stack.append(self.look)
                self.look, self.seen = look, seen
        if tag == "blockquote" or any(m in marks for m in _QUOTE_MARKS):
            self.emit(Mark.QUOTE_ON)
            self.stack.append(Mark.QUOTE_OFF)
            self.stack.extend(_children(node))
            return
        if any(m in marks for m in _CUT_MARKS) or tag == "div" and _outlook_header(node, attrs):
            self.emit(Mark.CUT)
        gap = Mark.PARA if tag in _PARAGRAPH and "msonormal" not in marks else Mark.SOFT if tag in _BLOCK else ""
        self.emit(gap)
        self.stack.append(gap)
        self.stack.extend(_children(node))


def _children(node: LexborNode) -> list[LexborNode]:
    """The node's children (text included), last first, ready to push on the render stack."""
    return list(node.iter(include_text=True))[::-1]


def _text(raw: str) -> Token:
    """Collapsed spaces; a lone `&nbsp;` (Outlook's empty paragraph) stays as a visible blank."""
    text = _SPACES.sub(" ", raw)
    return Mark.BLANK if text == " " and "\u00a0" in raw else text


def _outlook_header(node: LexborNode, attrs: Attributes) -> bool:
    """Outlook's reply header: a div with a solid top border whose text starts `From:` (or a translation)."""
    style = attrs.get("style") or ""
    if node.tag != "div" or not _BORDER_TOP.search(style):
        return False
    return bool(p.HEADER_LINE.match(_leading_text(node).strip()))


def _leading_text(node: LexborNode) -> str:
    """The start of a node's text, reading a bounded number of nodes (a deep tree must stay linear)."""
    parts: list[str] = []
    for _, inner in zip(range(_LEADING_NODES), node.traverse(include_text=True), strict=False):
        if inner.tag == "-text":
            parts.append(inner.text_content or "")
            if sum(map(len, parts)) > _LEADING_CHARS:
                break
    return "".join(parts)


class _Lines:
    """Text joined into lines, each with the quote depth it was written at, split into segments at cuts."""

    def __init__(self) -> None:
        self.segments: list[list[str]] = [[]]
        self.line: list[str] = []
        self.depth = 0

    def text(self, text: str) -> None:
        first, *rest = text.split("\n")
        self.line.append(first)
        for part in rest:
            self.end_line()
            self.line.append(part)

    def end_line(self) -> None:
        line = "".join(self.line).strip()
        self.segments[-1].append("> " * self.depth + line if self.depth and line else line)
        self.line = []

    def quote(self, step: int) -> None:
        self.end_line()
        self.depth = max(0, self.depth + step)

    def cut(self) -> None:
        self.end_line()
        self.segments.append([])

    def joined(self) -> list[str]:
        self.end_line()
        return ["\n".join(lines) for lines in self.segments]


def _join(tokens: list[Token]) -> list[str]:
    """The tokens as text segments: runs of block edges (and the spaces among them) collapsed to one line break,
    or one blank line if a paragraph edge is among them; quoted lines prefixed with `> `."""
    out, edge = _Lines(), None
    for token in tokens:
        if token is Mark.SOFT or token is Mark.PARA:
            edge = Mark.PARA if Mark.PARA in (edge, token) else Mark.SOFT
            continue
        if edge is not None and isinstance(token, str) and not token.strip(" "):
            continue
        if edge is not None:
            out.text("\n\n" if edge is Mark.PARA else "\n")
            edge = None
        if isinstance(token, str):
            out.text(token)
        elif token is Mark.QUOTE_ON or token is Mark.QUOTE_OFF:
            out.quote(1 if token is Mark.QUOTE_ON else -1)
        elif token is Mark.CUT:
            out.cut()
    if edge is not None:
        out.text("\n")
    return out.joined()
