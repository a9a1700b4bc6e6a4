"""The supporter's own words: quotes, attributions, signatures and footers removed."""

from __future__ import annotations

from ..models import Extraction
from .text import extract_text

__all__ = ["extract"]


def extract(text: str, html: str = "") -> Extraction:
    """Extract the statement from a reply's text (and HTML) body."""
    return extract_text(text)
