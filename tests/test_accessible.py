"""`compile --accessible`: a tagged PDF (WeasyPrint's PDF/UA-1) in one piece, read back through its structure tree
with pypdf: the marks a screen reader needs, the headings in order, each statement a paragraph in its language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import BooleanObject

from helpers import CONFIG, Workspace, make_mail
from statement_collector import pdf
from statement_collector.book import Book
from statement_collector.config import CompilationSettings
from statement_collector.render import write_document
from test_render import pages_text, sample
from test_render_parallel import big

TITLE = "Statements for the Clean Air Ordinance"
ORGANIZATION = "Springfield Clean Air Coalition"
TRUE = BooleanObject(True)


@dataclass
class Node:
    """A structure element: its role (H1, P, Art...), its own /Lang, its text, in reading order."""

    role: str
    lang: str | None
    children: list[Node] = field(default_factory=list)
    own_text: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(" ".join([*self.own_text, *(c.text for c in self.children)]).split())

    def walk(self) -> list[Node]:
        return [self, *(n for c in self.children for n in c.walk())]


def marked_text(reader: PdfReader) -> dict[tuple[int, int], str]:
    """The text of each marked-content sequence, by (page index, MCID), read from the pages' content streams."""
    return {(index, mcid): text for index, page in enumerate(reader.pages) for mcid, text in _marked(page).items()}


def _marked(page: Any) -> dict[int, str]:
    found: dict[int, str] = {}
    open_ids: list[int | None] = []

    def operator(op: bytes, args: list[Any], cm: object, tm: object) -> None:
        if op == b"BDC":
            props = args[1] if len(args) > 1 else None
            open_ids.append(props.get("/MCID") if hasattr(props, "get") else None)
        elif op == b"BMC":
            open_ids.append(None)
        elif op == b"EMC" and open_ids:
            open_ids.pop()

    def text(content: str, *_: object) -> None:
        mcid = next((m for m in reversed(open_ids) if m is not None), None)
        if mcid is not None and content:
            found[mcid] = found.get(mcid, "") + content

    page.extract_text(visitor_operand_before=operator, visitor_text=text)
    return found


def structure(reader: PdfReader) -> Node:
    """The document's structure tree, each element with the text of the content it marks."""
    texts = marked_text(reader)
    pages = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}  # type: ignore[union-attr]

    def node(element: Any, page: int | None) -> Node:
        element = element.get_object()
        if "/Pg" in element:
            page = pages[element.raw_get("/Pg").idnum]
        lang = element.get("/Lang")
        made = Node(str(element.get("/S", "")).lstrip("/"), str(lang) if lang is not None else None)
        kids = element.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, int):
                made.own_text.append(texts.get((page, kid), "") if page is not None else "")
            elif kid.get("/Type") == "/MCR":
                made.own_text.append(texts.get((pages[kid.raw_get("/Pg").idnum], kid["/MCID"]), ""))
            elif kid.get("/Type") != "/OBJR":
                made.children.append(node(kid, page))
        return made

    return node(reader.trailer["/Root"]["/StructTreeRoot"], None)


def headings(tree: Node) -> list[tuple[int, str]]:
    return [(int(n.role[1]), n.text) for n in tree.walk() if n.role in {f"H{i}" for i in range(1, 7)}]


def assert_headings_in_order(tree: Node) -> None:
    """H1 first, and no heading more than one level below the one before it."""
    levels = [level for level, _ in headings(tree)]
    assert levels and levels[0] == 1, levels
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels


def catalog(reader: PdfReader) -> Any:
    return reader.trailer["/Root"]


def xmp(reader: PdfReader) -> bytes:
    return bytes(catalog(reader)["/Metadata"].get_object().get_data())


@pytest.fixture(scope="module")
def tagged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tagged") / "statements.pdf"
    write_document(sample("en"), CompilationSettings(), "pdf", out, accessible=True)
    return out


def test_the_tagged_pdf_is_marked_and_says_its_language_title_and_author(tagged: Path) -> None:
    reader = PdfReader(tagged)
    root = catalog(reader)
    assert root["/MarkInfo"]["/Marked"] == TRUE
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "en"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == TRUE  # a reader shows the title, not the file name
    assert reader.metadata is not None and reader.metadata.title == TITLE and reader.metadata.author == ORGANIZATION
    assert reader.xmp_metadata is not None and reader.xmp_metadata.dc_title == {"x-default": TITLE}
    assert reader.xmp_metadata.dc_creator == [ORGANIZATION]
    assert b'pdfuaid:part="1"' in xmp(reader)


def test_headings_come_in_order_and_every_statement_is_a_paragraph_of_its_own_article(tagged: Path) -> None:
    tree = structure(PdfReader(tagged))
    assert_headings_in_order(tree)
    assert headings(tree)[0] == (1, TITLE) and (2, "Summary") in headings(tree)
    articles = [n for n in tree.walk() if n.role == "Art"]
    paragraphs = [n.text for art in articles for n in art.walk() if n.role == "P"]
    for text in ("Clean air is a right.", "My son has asthma — please act now. 💚",
                 "Vivo en esta calle desde 1990 y apoyo la ordenanza.", "Please vote yes on the Clean Air Ordinance.",
                 "I would rather not be named, but I support this."):
        assert text in paragraphs
    assert "— Daniel Whitcomb · Received November 24, 2026" in paragraphs


def test_each_statement_carries_its_own_language(tagged: Path) -> None:
    # WeasyPrint 70 by itself writes only the document's /Lang; pagehooks.tag_languages adds the statements' own.
    articles = [n for n in structure(PdfReader(tagged)).walk() if n.role == "Art"]
    def lang(start: str) -> str | None:
        return next(art.lang for art in articles if art.text.startswith(start))

    assert lang("Vivo en esta calle") == "es"
    assert lang("Clean air is a right.") == lang("Please vote yes") == "en"


def test_pages_are_numbered_in_the_one_piece_render(tagged: Path) -> None:
    text = pages_text(tagged)
    assert len(text) >= 3
    assert all(f"{n} / {len(text)}" in page for n, page in enumerate(text[1:], start=2))


def test_a_compilation_the_default_would_render_in_chunks_is_tagged_in_one_piece(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = Book(big(160), CompilationSettings())
    chunked: list[str] = []
    monkeypatch.setattr(pdf, "numbering_works", lambda: True)
    monkeypatch.setattr(pdf, "_write_held", lambda *args: chunked.append("held"))
    monkeypatch.setattr(pdf, "_write_stamped", lambda *args: chunked.append("stamped"))
    pdf.write_pdf(book, tmp_path / "default.pdf", workers=2)
    pdf.write_pdf(book, tmp_path / "default.pdf", workers=2, held_total=1)
    assert chunked == ["held", "stamped"]  # without --accessible, this book is rendered in parallel chunks

    def no_workers(*args: object) -> None:
        raise AssertionError("a tagged PDF must not be rendered by workers")

    monkeypatch.setattr(pdf, "_executor", no_workers)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "tagged.pdf"
    pdf.write_pdf(book, out, lambda done, total: seen.append((done, total)), workers=2, held_total=1,
                  accessible=True)
    assert chunked == ["held", "stamped"]
    reader = PdfReader(out)
    tree = structure(reader)
    parent_tree = catalog(reader)["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    assert [parent_tree[i] for i in range(0, 2 * len(reader.pages), 2)] == list(range(len(reader.pages)))
    assert_headings_in_order(tree)
    paragraphs = "\n".join(n.text for n in tree.walk() if n.role == "P")
    assert all(paragraphs.count(f"Statement number {i:03}.") == 1 for i in range(160))
    text = pages_text(out)
    assert all(f"{n} / {len(text)}" in page for n, page in enumerate(text[1:], start=2))
    assert seen[0] == (0, 160) and seen[-1] == (160, 160) and len(seen) > 3  # progress follows the pages
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


# From the command line -----------------------------------------------------------------------------------------


def campaign(root: Path, language: str = "en") -> Workspace:
    config = CONFIG.replace("[compilation]\n", f'[compilation]\nlanguage = "{language}"\n'
                                               f'organization = "{ORGANIZATION}"\n')
    workspace = Workspace(root, config)
    workspace.add("1.eml", make_mail("I support fair housing for the farmworkers who feed Vermont. They deserve "
                                     "safe and warm homes."))
    workspace.add("2.eml", make_mail("Apoyo esta ley porque los trabajadores del campo merecen una vivienda digna y "
                                     "segura para sus familias.", sender="María Núñez <maria@example.com>"))
    workspace.run("import", str(workspace.mail))
    return workspace


def test_compile_accessible_tags_the_pdf_and_the_default_compile_does_not(tmp_path: Path) -> None:
    workspace = campaign(tmp_path)
    done = workspace.run("compile", "--accessible", "-o", "tagged.pdf")
    assert "tagged for screen readers" in done.stdout
    reader = PdfReader(tmp_path / "tagged.pdf")
    assert catalog(reader)["/MarkInfo"]["/Marked"] == TRUE and catalog(reader)["/Lang"] == "en"
    assert reader.metadata is not None and reader.metadata.title == "Statements for the hearing"
    assert reader.metadata.author == ORGANIZATION
    tree = structure(reader)
    assert_headings_in_order(tree)
    langs = {art.lang for art in tree.walk() if art.role == "Art" and "Apoyo esta ley" in art.text}
    assert langs == {"es"}

    workspace.run("compile")
    plain = catalog(PdfReader(tmp_path / "statements.pdf"))
    assert "/StructTreeRoot" not in plain and "/MarkInfo" not in plain


def test_a_spanish_campaign_gives_a_spanish_document_language(tmp_path: Path) -> None:
    workspace = campaign(tmp_path, "es")
    workspace.run("compile", "--accessible")
    reader = PdfReader(tmp_path / "statements.pdf")
    assert catalog(reader)["/Lang"] == "es"
    tree = structure(reader)
    assert_headings_in_order(tree)
    assert ("I support fair housing" in next(a.text for a in tree.walk() if a.role == "Art" and a.lang == "en"))


@pytest.mark.parametrize("args", [["--format", "html"], ["--format", "csv"], ["-o", "statements.json"]])
def test_accessible_with_another_format_is_a_one_line_usage_error(tmp_path: Path, args: list[str]) -> None:
    workspace = campaign(tmp_path)
    result = workspace.run("compile", "--accessible", *args, check=False)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("statement-collector: ") and "--accessible" in lines[0]
    assert "tagged PDF" in lines[0]
    assert not list(tmp_path.glob("statements.*[!b]"))  # nothing written (statements.db is the store)


def test_help_says_when_to_use_accessible_and_that_it_is_slower(tmp_path: Path) -> None:
    help_text = " ".join(Workspace(tmp_path).run("compile", "--help").stdout.split())
    assert "--accessible" in help_text and "screen-reader access" in help_text and "slower" in help_text
