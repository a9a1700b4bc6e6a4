"""HTML bodies to text, with the quote containers mail clients mark rendered as `>` lines."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import patterns as p
from .text import HTML_CUT

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
_QUOTE_ON, _QUOTE_OFF = "\u2064\u2061", "\u2064\u2062"
# Block edges: adjacent edges make one line break (or one blank line for paragraphs), never a run of them.
_SOFT, _PARA, _BLANK = "\x01", "\x02", "\x03"
# One pass over maximal runs: a pattern like `[\x01 ]*\x01[\x01 ]*` backtracks quadratically on long runs.
_EDGE_RUN = re.compile(r"[\x01\x02 ]+")
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


def html_to_text(html: str) -> str:
    """Readable text: paragraphs kept, quoted mail as `>` lines, Outlook's header as a cut line."""
    tree = LexborHTMLParser(_flatten_deep(html))
    root = tree.body or tree.root
    if root is None:
        return ""
    out: list[str] = []
    _render(root, out)
    text = _EDGE_RUN.sub(_edges, "".join(out))
    return _quote_lines(text.replace(_BLANK, ""))


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


def _edges(run: re.Match[str]) -> str:
    """A run of block edges: a blank line if a paragraph ends or starts in it, else a line break."""
    edges = run.group()
    return "\n\n" if _PARA in edges else "\n" if _SOFT in edges else edges


def _marks(node: LexborNode) -> str:
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('name') or ''}".lower()


def _render(root: LexborNode, out: list[str]) -> None:
    """Depth-first over `root`'s children with an explicit stack: mail can nest 100,000 elements deep."""
    stack: list[LexborNode | str] = list(_children(root))
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        tag = item.tag
        if tag == "-text":
            out.append(_text(item.text_content or ""))
        elif tag == "br":
            out.append("\n")
        elif tag == "hr":
            out.append("\n" + (HTML_CUT if "stopspelling" in _marks(item) else "_" * 32) + "\n")
        elif tag == "pre":
            out.append("\n" + (item.text(deep=True) or "") + "\n")
        elif tag is not None and tag not in _SKIP:
            _open_element(item, tag, out, stack)


def _children(node: LexborNode) -> list[LexborNode]:
    """The node's children (text included), last first, ready to push on the render stack."""
    return list(node.iter(include_text=True))[::-1]


def _text(raw: str) -> str:
    """Collapsed spaces; a lone `&nbsp;` (Outlook's empty paragraph) stays as a visible blank."""
    text = _SPACES.sub(" ", raw)
    return _BLANK if text == " " and "\u00a0" in raw else text


def _open_element(node: LexborNode, tag: str, out: list[str], stack: list[LexborNode | str]) -> None:
    """Write what opens an element now; push its children and what closes it for later."""
    marks = _marks(node)
    if any(m in marks for m in _DROP_MARKS) and "gmail_quote" not in marks:
        return
    if tag == "blockquote" or any(m in marks for m in _QUOTE_MARKS):
        out.append(f"\n{_QUOTE_ON}\n")
        stack.append(f"\n{_QUOTE_OFF}\n")
        stack.extend(_children(node))
        return
    if any(m in marks for m in _CUT_MARKS) or _outlook_header(node):
        out.append(f"\n{HTML_CUT}\n")
    gap = _PARA if tag in _PARAGRAPH and "msonormal" not in marks else _SOFT if tag in _BLOCK else ""
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


def _quote_lines(text: str) -> str:
    """Prefix the lines between quote sentinels with `> `; tidy spaces and blank runs."""
    depth = 0
    lines: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if line == _QUOTE_ON:
            depth += 1
        elif line == _QUOTE_OFF:
            depth = max(0, depth - 1)
        else:
            lines.append(("> " * depth + line) if depth and line else line)
    return "\n".join(lines)
