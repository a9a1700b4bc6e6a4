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
_PARA_RUN = re.compile(r"[\x01\x02 ]*\x02[\x01\x02 ]*")
_SOFT_RUN = re.compile(r"[\x01 ]*\x01[\x01 ]*")
_BORDER_TOP = re.compile(r"border-top\s*:[^;]*solid", re.I)


def html_to_text(html: str) -> str:
    """Readable text: paragraphs kept, quoted mail as `>` lines, Outlook's header as a cut line."""
    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    out: list[str] = []
    _render(root, out)
    text = _SOFT_RUN.sub("\n", _PARA_RUN.sub("\n\n", "".join(out)))
    return _quote_lines(text.replace(_BLANK, ""))


def _marks(node: LexborNode) -> str:
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('name') or ''}".lower()


def _render(node: LexborNode, out: list[str]) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.append(_text(child.text_content or ""))
        elif tag == "br":
            out.append("\n")
        elif tag == "hr":
            out.append("\n" + (HTML_CUT if "stopspelling" in _marks(child) else "_" * 32) + "\n")
        elif tag == "pre":
            out.append("\n" + (child.text(deep=True) or "") + "\n")
        elif tag is not None and tag not in _SKIP:
            _render_element(child, tag, out)


def _text(raw: str) -> str:
    """Collapsed spaces; a lone `&nbsp;` (Outlook's empty paragraph) stays as a visible blank."""
    text = _SPACES.sub(" ", raw)
    return _BLANK if text == " " and "\u00a0" in raw else text


def _render_element(node: LexborNode, tag: str, out: list[str]) -> None:
    marks = _marks(node)
    if any(m in marks for m in _DROP_MARKS) and "gmail_quote" not in marks:
        return
    if tag == "blockquote" or any(m in marks for m in _QUOTE_MARKS):
        out.append(f"\n{_QUOTE_ON}\n")
        _render(node, out)
        out.append(f"\n{_QUOTE_OFF}\n")
        return
    if any(m in marks for m in _CUT_MARKS) or _outlook_header(node):
        out.append(f"\n{HTML_CUT}\n")
    gap = _PARA if tag in _PARAGRAPH and "msonormal" not in marks else _SOFT if tag in _BLOCK else ""
    out.append(gap)
    _render(node, out)
    out.append(gap)


def _outlook_header(node: LexborNode) -> bool:
    """Outlook's reply header: a div with a solid top border whose text starts `From:` (or a translation)."""
    style = node.attributes.get("style") or ""
    if node.tag != "div" or not _BORDER_TOP.search(style):
        return False
    text = (node.text(deep=True) or "").strip()
    return bool(p.HEADER_LINE.match(text))


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
