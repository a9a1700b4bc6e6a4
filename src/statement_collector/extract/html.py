"""HTML bodies to text, with the quote containers mail clients mark rendered as `>` lines.

The tree is walked once into tokens (text, and `Mark`s for block edges, quote starts and ends and cuts), and the
tokens are joined once into lines: no marker ever travels inside the text, so nothing a sender types can be taken
for one.
"""

from __future__ import annotations

import re
from enum import Enum

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import patterns as p

# Containers whose whole content is quoted mail (matched against lower-cased class and id).
_QUOTE_MARKS = ("gmail_quote", "gmail_attr", "yahoo_quoted", "protonmail_quote", "moz-cite-prefix",
                "zmail_extra", "tutanota_quote", "mailru_quote", "quote_container", "reply-quote")
# Elements after which everything is quoted: Outlook's reply headers and webmail separators.
_CUT_MARKS = ("divrplyfwdmsg", "outlookmessageheader", "olk_src_body_section", "stopspelling", "appendonsend",
              "mail-editor-reference-message-container", "zwchr", "x_divrplyfwdmsg")
_DROP_MARKS = ("gmail_signature", "moz-signature", "signature")
_SKIP = frozenset({"head", "style", "script", "title", "meta", "link", "template", "-comment", "noscript"})
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


def html_to_text(html: str) -> list[str]:
    """Readable text: paragraphs kept, quoted mail as `>` lines; a new segment after each cut (Outlook's reply
    header, a webmail separator), below which is quoted mail."""
    tree = LexborHTMLParser(_flatten_deep(html))
    root = tree.body or tree.root
    if root is None:
        return [""]
    out: list[Token] = []
    _render(root, out)
    return _join(out)


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


def _marks(node: LexborNode) -> str:
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('name') or ''}".lower()


def _render(root: LexborNode, out: list[Token]) -> None:
    """Depth-first over `root`'s children with an explicit stack: mail can nest 100,000 elements deep."""
    stack: list[LexborNode | Token] = list(_children(root))
    while stack:
        item = stack.pop()
        if isinstance(item, str | Mark):
            out.append(item)
            continue
        tag = item.tag
        if tag == "-text":
            out.append(_text(item.text_content or ""))
        elif tag == "br":
            out.append("\n")
        elif tag == "hr":
            out.append(Mark.CUT if "stopspelling" in _marks(item) else "\n" + "_" * 32 + "\n")
        elif tag == "pre":
            out.append("\n" + (item.text(deep=True) or "") + "\n")
        elif tag is not None and tag not in _SKIP:
            _open_element(item, tag, out, stack)


def _children(node: LexborNode) -> list[LexborNode]:
    """The node's children (text included), last first, ready to push on the render stack."""
    return list(node.iter(include_text=True))[::-1]


def _text(raw: str) -> Token:
    """Collapsed spaces; a lone `&nbsp;` (Outlook's empty paragraph) stays as a visible blank."""
    text = _SPACES.sub(" ", raw)
    return Mark.BLANK if text == " " and "\u00a0" in raw else text


def _open_element(node: LexborNode, tag: str, out: list[Token], stack: list[LexborNode | Token]) -> None:
    """Write what opens an element now; push its children and what closes it for later."""
    marks = _marks(node)
    if any(m in marks for m in _DROP_MARKS) and "gmail_quote" not in marks:
        return
    if tag == "blockquote" or any(m in marks for m in _QUOTE_MARKS):
        out.append(Mark.QUOTE_ON)
        stack.append(Mark.QUOTE_OFF)
        stack.extend(_children(node))
        return
    if any(m in marks for m in _CUT_MARKS) or _outlook_header(node):
        out.append(Mark.CUT)
    gap = Mark.PARA if tag in _PARAGRAPH and "msonormal" not in marks else Mark.SOFT if tag in _BLOCK else ""
    out.append(gap)
    stack.append(gap)
    stack.extend(_children(node))


def _outlook_header(node: LexborNode) -> bool:
    """Outlook's reply header: a div with a solid top border whose text starts `From:` (or a translation)."""
    style = node.attributes.get("style") or ""
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
