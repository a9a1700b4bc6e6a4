"""`compile --include-review` is a DRAFT: marked on every page, in every way the PDF is rendered, under its own name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import Workspace, make_mail
from statement_collector import pdf
from statement_collector.book import Book
from statement_collector.config import CompilationSettings
from statement_collector.models import Compilation
from statement_collector.render import draft_path, write_document
from test_render import pages_text, sample
from test_render_parallel import HELD, STAMPED, big

NOTICE = {"en": "DRAFT: includes statements not yet reviewed. Not for distribution.",
          "es": "BORRADOR: incluye declaraciones sin revisar. No distribuir."}
MARK = {"en": "DRAFT", "es": "BORRADOR"}


def draft(compilation: Compilation) -> Compilation:
    return compilation.model_copy(update={"draft": True})


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_of_a_draft_pdf_says_draft_and_the_cover_says_why(tmp_path: Path, language: str) -> None:
    out = write_document(draft(sample(language)), CompilationSettings(language=language), "pdf", tmp_path / "d.pdf")
    text = pages_text(out)
    assert len(text) >= 3
    assert text[0].count(NOTICE[language]) == 2  # the banner above the cover, and the notice every page carries
    assert all(page.count(NOTICE[language]) == 1 for page in text[1:])
    assert all(page.count(MARK[language]) >= 2 for page in text)  # the watermark besides the notice
    assert "Please vote yes on the Clean Air Ordinance." in " ".join(text)  # the marks hide no statement


@pytest.mark.parametrize(("mode", "language"), [(HELD, "en"), (STAMPED, "es")], ids=["held-en", "stamped-es"])
def test_a_draft_rendered_in_parallel_chunks_says_draft_once_on_every_page_in_both_ways(
        tmp_path: Path, mode: dict[str, int], language: str) -> None:
    out = tmp_path / "big.pdf"
    book = Book(draft(big(160)).model_copy(update={"language": language}), CompilationSettings(language=language))
    pdf.write_pdf(book, out, workers=2, **mode)
    text = pages_text(out)
    assert len(text) > 10
    assert text[0].count(NOTICE[language]) == 2
    for number, page in enumerate(text[1:], start=2):
        assert page.count(NOTICE[language]) == 1, number  # not lost on a chunk's pages, not stamped twice
        assert f"{number} / {len(text)}" in page
    assert all(" ".join(text).count(f"Statement number {i:03}.") == 1 for i in range(160))


def test_a_final_pdf_and_html_say_nothing_of_a_draft(tmp_path: Path) -> None:
    pdf_out = write_document(sample(), CompilationSettings(), "pdf", tmp_path / "s.pdf")
    html = write_document(sample(), CompilationSettings(), "html", tmp_path / "s.html").read_text("utf-8")
    assert not any("DRAFT" in page for page in pages_text(pdf_out))
    assert "DRAFT" not in html and "draft" not in html


def test_a_draft_html_opens_with_the_banner_carries_the_watermark_and_fetches_nothing(tmp_path: Path) -> None:
    html = write_document(draft(sample("es")), CompilationSettings(language="es"), "html",
                          tmp_path / "d.html").read_text("utf-8")
    body = html.split("<body>", 1)[1]
    assert body.index(f'<p class="draft-banner" role="note">{NOTICE["es"]}</p>') < body.index('class="cover"')
    assert f'<div class="draft-watermark" aria-hidden="true">{MARK["es"]}</div>' in body
    assert ".draft-watermark" in html.split("</style>", 1)[0]
    assert not re.search(r"<link|<script|src=|url\(", html, re.IGNORECASE)


def test_a_final_document_with_draft_false_is_the_same_html_as_one_that_never_heard_of_drafts() -> None:
    book = Book(sample(), CompilationSettings())
    final = book.html()
    assert Book(draft(sample()), CompilationSettings()).html() != final
    assert Book(sample().model_copy(update={"draft": False}), CompilationSettings()).html() == final


def test_draft_path_puts_draft_before_the_suffix() -> None:
    assert draft_path(Path("statements.pdf")) == Path("statements-DRAFT.pdf")
    assert draft_path(Path("out/final.html")) == Path("out/final-DRAFT.html")
    assert draft_path(Path("/srv/campaign/statements")) == Path("/srv/campaign/statements-DRAFT")


def test_compile_include_review_without_output_writes_a_draft_and_leaves_the_final_pdf_untouched(
        workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail("I support the bill for my family and neighbours.", sender="a@example.com"))
    workspace.add("2.eml", make_mail("Please call me at 802-555-0142 about the bill, I support it.",
                                     sender="b@example.com"))
    workspace.run("import", str(workspace.mail))
    workspace.run("compile")
    final = workspace.root / "statements.pdf"
    before = final.read_bytes()
    said = workspace.run("compile", "--include-review").stdout
    drafted = workspace.root / "statements-DRAFT.pdf"
    assert drafted.is_file() and "statements-DRAFT.pdf" in said and "DRAFT" in said
    assert final.read_bytes() == before
    draft_pages, final_pages = pages_text(drafted), pages_text(final)
    assert "about the bill, I support it" in " ".join(draft_pages)  # the statement awaiting review
    assert "about the bill, I support it" not in " ".join(final_pages)
    assert all(NOTICE["en"] in page for page in draft_pages) and not any("DRAFT" in page for page in final_pages)


def test_compile_include_review_with_an_output_writes_where_it_is_told(workspace: Workspace) -> None:
    workspace.add("1.eml", make_mail("I support the bill for my family and neighbours.", sender="a@example.com"))
    workspace.run("import", str(workspace.mail))
    workspace.run("compile", "--include-review", "--output", "review.html")
    assert (workspace.root / "review.html").is_file()
    assert not (workspace.root / "statements-DRAFT.pdf").exists() and not (workspace.root / "statements.pdf").exists()
