"""Plain-text extraction: quote markers, attribution lines, signatures (first cut)."""

from __future__ import annotations

import re

from ..models import Extraction

_ATTRIBUTION = re.compile(r"^(On .+ wrote:|El .+ escribi[óo]:)\s*$", re.I)
_FOOTER = re.compile(r"^(Sent from my \w+|Enviado desde mi \w+)", re.I)


def extract_text(body: str) -> Extraction:
    """Keep the lines above the first quote, attribution or signature marker."""
    lines = body.replace("\r\n", "\n").split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(">") or _ATTRIBUTION.match(stripped) or line == "-- " or _FOOTER.match(stripped):
            removed = "\n".join(lines[i:])
            break
        kept.append(line.rstrip())
    else:
        removed = ""
    return Extraction(text=_paragraphs(kept), removed=removed)


def _paragraphs(lines: list[str]) -> str:
    text = "\n".join(lines).strip()
    return re.sub(r"\n\s*\n+", "\n\n", text)
