"""The compilation as PDF, HTML, CSV and JSON: real Jinja2, real WeasyPrint, the PDF read back with pypdf."""

from __future__ import annotations

import csv
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from statement_collector.book import allowed_path, bundled_templates
from statement_collector.config import CompilationSettings
from statement_collector.errors import RenderError
from statement_collector.export import write_records
from statement_collector.models import Compilation, Entry, Signer
from statement_collector.render import write_document

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
START = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def signer(name: str, minutes: int = 0, anonymous: bool = False) -> Signer:
    return Signer(name=name, anonymous=anonymous, received_at=START + timedelta(minutes=minutes))


def entry(text: str, *signers: Signer, language: str = "en") -> Entry:
    return Entry(text=text, signers=list(signers), received_at=signers[0].received_at, language=language)


def compilation(entries: list[Entry], language: str = "en", **fields: object) -> Compilation:
    values: dict[str, object] = {
        "title": "Statements for the Clean Air Ordinance",
        "subtitle": "To the Springfield City Council",
        "organization": "Springfield Clean Air Coalition",
        "language": language,
        "generated_at": START + timedelta(days=2),
        "entries": entries,
        "supporters": sum(len(e.signers) for e in entries),
        "grouped_entries": sum(e.is_group for e in entries),
        "grouped_signers": sum(len(e.signers) for e in entries if e.is_group),
        "languages": {lang: sum(e.language == lang for e in entries) for lang in {e.language for e in entries}},
        **fields,
    }
    return Compilation.model_validate(values)


def sample(language: str = "en") -> Compilation:
    return compilation(
        [
            entry("Clean air is a right.\n\nMy son has asthma — please act now. 💚", signer("Daniel Whitcomb")),
            entry("Vivo en esta calle desde 1990 y apoyo la ordenanza.", signer("María Núñez", 5), language="es"),
            entry(
                "Please vote yes on the Clean Air Ordinance.",
                signer("Grace Chen", 10),
                signer("Anonymous", 11, anonymous=True),
                signer("Kwame Okafor", 12),
                signer("Anonymous", 13, anonymous=True),
            ),
            entry("I would rather not be named, but I support this.", signer("Anonymous", 20, anonymous=True)),
        ],
        language=language,
        intro="We asked our members one question.\n\nHere are their answers.",
    )


def pages_text(path: Path) -> list[str]:
    """Each page's text with line breaks and runs of spaces folded to one space."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def english_pdf(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("en") / "statements.pdf"
    write_document(sample("en"), CompilationSettings(), "pdf", out)
    return pages_text(out)


def test_pdf_holds_cover_every_statement_and_the_summary(english_pdf: list[str]) -> None:
    text = "\n".join(english_pdf)
    assert english_pdf[0].count("Statements for the Clean Air Ordinance") == 1
    assert "4 statements from 7 supporters" in english_pdf[0]
    assert "We asked our members one question." in english_pdf[0]
    for words in ("Clean air is a right.", "My son has asthma", "apoyo la ordenanza", "Please vote yes"):
        assert text.count(words) == 1, words
    assert "— Daniel Whitcomb" in text
    assert "Received November 24, 2026" in text
    assert "Summary" in english_pdf[-1]
    assert "Compiled on November 26, 2026 by Springfield Clean Air Coalition" in english_pdf[-1]


def test_pdf_numbers_every_page_after_the_cover_as_page_of_total(english_pdf: list[str]) -> None:
    total = len(english_pdf)
    assert total >= 3
    assert f"1 / {total}" not in english_pdf[0]
    for number, text in enumerate(english_pdf[1:], start=2):
        assert f"{number} / {total}" in text
        assert "Statements for the Clean Air Ordinance" in text  # the running header


def test_group_prints_its_text_once_then_names_and_counts_anonymous_senders(english_pdf: list[str]) -> None:
    text = " ".join(english_pdf)
    assert "Sent by 4 supporters:" in text
    assert "Grace Chen · Kwame Okafor and 2 anonymous supporters" in text
    assert text.count("Anonymous") == 1  # the single anonymous statement is signed; group ones are counted


def test_spanish_compilation_prints_spanish_labels(tmp_path: Path) -> None:
    out = write_document(sample("es"), CompilationSettings(language="es"), "pdf", tmp_path / "es.pdf")
    text = " ".join(pages_text(out))
    for label in ("4 declaraciones de 7 simpatizantes", "Enviado por 4 simpatizantes:", "2 simpatizantes anónimos",
                  "Recibida el 24 de noviembre de 2026", "Resumen", "Declaraciones por idioma", "español"):
        assert label in text, label
    assert "Received" not in text and "Summary" not in text


def test_no_email_address_reaches_the_pdf_or_the_html(tmp_path: Path) -> None:
    pdf = write_document(sample(), CompilationSettings(), "pdf", tmp_path / "s.pdf")
    html = write_document(sample(), CompilationSettings(), "html", tmp_path / "s.html")
    assert not EMAIL.search("\n".join(pages_text(pdf)))
    assert not EMAIL.search(str(PdfReader(pdf).metadata))
    assert not EMAIL.search(html.read_text(encoding="utf-8"))


def test_html_is_one_self_contained_file_with_the_stylesheet_inlined(tmp_path: Path) -> None:
    html = write_document(sample(), CompilationSettings(), "html", tmp_path / "s.html").read_text("utf-8")
    assert "<style>" in html and "break-inside: avoid" in html
    assert not re.search(r"<link|<script|src=|url\(", html, re.IGNORECASE)
    assert "Sent by 4 supporters:" in html and "Daniel Whitcomb" in html


def test_statement_markup_is_printed_as_text_not_obeyed(tmp_path: Path) -> None:
    hostile = entry("<b>bold?</b> & <script>alert(1)</script>", signer("<i>Eve</i>"))
    html = write_document(compilation([hostile]), CompilationSettings(), "html", tmp_path / "h.html")
    source = html.read_text("utf-8")
    assert "&lt;b&gt;bold?&lt;/b&gt; &amp; &lt;script&gt;" in source and "<i>Eve" not in source


def test_statements_and_templates_cannot_make_the_render_fetch_anything(
    tmp_path: Path, server: tuple[str, list[str]]
) -> None:
    url, requests = server
    own = tmp_path / "templates"
    own.mkdir()
    (own / "style.css").write_text(
        f'@import url("{url}/import.css");\n'
        f"body {{ background: url({url}/bg.png) }}\n"
        "h1 { background: url(file:///etc/passwd) }\n"
        + (bundled_templates() / "style.css").read_text("utf-8")
    )
    (own / "cover.html.j2").write_text(
        f'<link rel="stylesheet" href="{url}/link.css"><img src="{url}/logo.png"><img src="/etc/hostname">'
        "<h1>{{ doc.title }}</h1>"
    )
    hostile = entry(f"<img src={url}/x> look <img src='{url}/y'>", signer("Mallory"))
    settings = CompilationSettings(template_dir=str(own))
    out = write_document(compilation([hostile]), settings, "pdf", tmp_path / "s.pdf")
    assert requests == []
    assert f"<img src={url}/x>" in " ".join(pages_text(out))


def test_url_fetcher_allows_only_files_inside_the_template_folders(tmp_path: Path) -> None:
    root = tmp_path / "templates"
    root.mkdir()
    (root / "logo.png").write_bytes(b"png")
    (tmp_path / "secret.txt").write_text("secret")
    (root / "escape.txt").symlink_to(tmp_path / "secret.txt")
    assert allowed_path((root / "logo.png").as_uri(), [root]) == (root / "logo.png").resolve()
    for url in ((tmp_path / "secret.txt").as_uri(), (root / "escape.txt").as_uri(), root.as_uri() + "/../secret.txt",
                "http://127.0.0.1/logo.png", "data:text/plain,hi", "file://example.org" + str(root / "logo.png")):
        assert allowed_path(url, [root]) is None, url


def test_template_dir_overrides_one_template_and_falls_back_to_the_bundled_rest(tmp_path: Path) -> None:
    own = tmp_path / "mine"
    own.mkdir()
    (own / "cover.html.j2").write_text('<section class="cover"><h1>OUR OWN COVER: {{ doc.title }}</h1></section>')
    out = write_document(sample(), CompilationSettings(template_dir=str(own)), "pdf", tmp_path / "s.pdf")
    text = pages_text(out)
    assert "OUR OWN COVER: Statements for the Clean Air Ordinance" in text[0]
    assert "Sent by 4 supporters:" in " ".join(text)


def test_page_size_a4_and_letter(tmp_path: Path) -> None:
    a4_sample = sample().model_copy(update={"page_size": "A4"})
    a4 = write_document(a4_sample, CompilationSettings(), "pdf", tmp_path / "a.pdf")
    letter = write_document(sample(), CompilationSettings(), "pdf", tmp_path / "l.pdf")
    assert [round(float(v)) for v in PdfReader(a4).pages[1].mediabox[2:]] == [595, 842]
    assert [round(float(v)) for v in PdfReader(letter).pages[1].mediabox[2:]] == [612, 792]


def test_the_document_prints_entries_in_the_order_the_compilation_holds_them(tmp_path: Path) -> None:
    doc = sample()
    doc = doc.model_copy(update={"entries": list(reversed(doc.entries))})
    html = write_document(doc, CompilationSettings(order="name"), "html", tmp_path / "s.html").read_text("utf-8")
    positions = [html.index(text) for text in ("I would rather not", "Please vote yes", "Vivo en esta", "Clean air")]
    assert positions == sorted(positions)


def test_a_failed_render_leaves_the_previous_pdf_untouched(tmp_path: Path) -> None:
    out = write_document(sample(), CompilationSettings(), "pdf", tmp_path / "s.pdf")
    before = out.read_bytes()
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "entry.html.j2").write_text("{% for %}")
    with pytest.raises(RenderError, match="entry.html.j2"):
        write_document(sample(), CompilationSettings(template_dir=str(broken)), "pdf", out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken", "s.pdf"]


def test_large_compilation_keeps_page_numbers_and_header_continuous_across_chunks(tmp_path: Path) -> None:
    words = "Our neighborhood deserves clean air, monitoring and a plan with real deadlines. " * 3
    entries = [entry(f"Statement number {i:03}. {words}", signer(f"Supporter {i:03}", i)) for i in range(320)]
    seen: list[tuple[int, int]] = []
    out = write_document(compilation(entries), CompilationSettings(), "pdf", tmp_path / "big.pdf",
                         progress=lambda done, total: seen.append((done, total)))
    text = pages_text(out)
    total = len(text)
    for number, page in enumerate(text[1:], start=2):
        assert f"{number} / {total}" in page and "Statements for the Clean Air Ordinance" in page
    joined = "\n".join(text)
    assert all(joined.count(f"Statement number {i:03}.") == 1 for i in range(320))
    assert "Summary" in text[-1] and seen[-1] == (320, 320)


def test_records_export_as_csv_with_the_keys_as_columns_and_as_json(tmp_path: Path) -> None:
    records: list[dict[str, object]] = [
        {"message_id": "<a@x>", "sender": "ana@example.org", "name": "Ana", "anonymous": False,
         "received_at": START.isoformat(), "status": "accepted", "reason": None, "text": "=HYPERLINK(1)\n\nSí"},
    ]
    csv_path = write_records(records, "csv", tmp_path / "r.csv")
    json_path = write_records(records, "json", tmp_path / "r.json")
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(records[0])
    assert rows[0]["text"] == "'=HYPERLINK(1)\n\nSí" and rows[0]["reason"] == "" and rows[0]["anonymous"] == "false"
    assert json.loads(json_path.read_text("utf-8")) == records
    assert csv_path.stat().st_mode & 0o077 == 0  # sender addresses: the organizer's eyes only


def test_chinese_japanese_and_korean_text_renders_with_a_fallback_font_not_boxes(tmp_path: Path) -> None:
    import subprocess

    out = tmp_path / "cjk.pdf"
    text = "我支持这项法案。農場で働く人々に安全な住まいを。모든 노동자에게 안전한 집을."
    write_document(compilation([entry(text, signer("李明"))]), CompilationSettings(), "pdf", out)
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert "Droid" in fonts or "Noto" in fonts and "CJK" in fonts
    pdftext = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True,
                             text=True).stdout
    extracted = "".join(pdftext.split())
    assert "我支持这项法案" in extracted and "모든노동자에게" in extracted
