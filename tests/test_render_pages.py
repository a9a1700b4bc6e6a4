"""Issue 16, point 3: pages without gaps. A long statement may break across pages (its name stays with its last
lines); a short one stays whole. Real WeasyPrint, the PDF read back page by page."""

from __future__ import annotations

from pathlib import Path

from statement_collector.config import CompilationSettings
from statement_collector.render import write_document
from test_render import compilation, entry, pages_text, signer

SHORT = "Short statement {n} begins here. The farmworkers deserve safe homes and fair pay. Short {n} ends here."
LONG = " ".join(f"Long sentence {k} about housing, dignity and the dairy farms of Addison County." for k in range(60))


def _page_of(pages: list[str], text: str) -> int:
    return next(i for i, page in enumerate(pages) if text in " ".join(page.split()))


def test_a_long_statement_starts_under_the_one_before_it_and_keeps_its_name_with_its_end(tmp_path: Path) -> None:
    shorts = [entry(SHORT.format(n=n), signer(f"Short Writer {n}", n)) for n in range(6)]
    doc = compilation([*shorts, entry(LONG, signer("Long Writer", 30))])
    pages = pages_text(write_document(doc, CompilationSettings(), "pdf", tmp_path / "s.pdf"))
    first, last = _page_of(pages, "Long sentence 0 about"), _page_of(pages, "Long sentence 59 about")
    assert first == _page_of(pages, "Short 5 ends here.")  # no gap: it starts where the short ones end
    assert last > first and _page_of(pages, "Long Writer") == last


def test_short_statements_are_never_split(tmp_path: Path) -> None:
    doc = compilation([entry(SHORT.format(n=n), signer(f"Writer {n}", n)) for n in range(40)])
    pages = pages_text(write_document(doc, CompilationSettings(), "pdf", tmp_path / "s.pdf"))
    for n in range(40):
        assert _page_of(pages, f"Short statement {n} begins") == _page_of(pages, f"Short {n} ends here.") == \
            _page_of(pages, f"Writer {n}")
