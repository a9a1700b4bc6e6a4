"""The PDF rendered in parallel chunks reads like one document: real WeasyPrint in real worker processes."""

from __future__ import annotations

import multiprocessing
import os
import pty
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import Workspace, make_mail
from statement_collector import pagehooks, pdf
from statement_collector.book import Book, bundled_templates, render_whole
from statement_collector.config import CompilationSettings
from statement_collector.errors import RenderError
from statement_collector.models import Compilation
from test_render import compilation, entry, pages_text, signer

WORDS = "Our neighborhood deserves clean air, monitoring and a plan with real deadlines. " * 3
TITLE = "Statements for the Clean Air Ordinance"
HELD = {"held_total": 1_000_000}  # one chunk per worker, numbered before drawing
STAMPED = {"held_total": 1}  # many chunks, margin boxes stamped on afterwards


def big(n: int = 320) -> Compilation:
    return compilation([entry(f"Statement number {i:03}. {WORDS}", signer(f"Supporter {i:03}", i)) for i in range(n)])


def left_edges(path: Path) -> list[float]:
    """The leftmost word on each page: the left page margin, where the page's text starts."""
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [min(float(x) for x in re.findall(r'<word xMin="([\d.]+)"', page))
            for page in boxes.split("<page ")[1:]]


@pytest.mark.parametrize("mode", [HELD, STAMPED], ids=["held", "stamped"])
def test_chunks_keep_numbers_header_margins_and_every_statement_once(tmp_path: Path, mode: dict[str, int]) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "big.pdf"
    pdf.write_pdf(Book(big(), CompilationSettings()), out, lambda done, total: seen.append((done, total)),
                  workers=2, **mode)
    text = pages_text(out)
    total = len(text)
    for number, page in enumerate(text[1:], start=2):
        assert f"{number} / {total}" in page and TITLE in page
    joined = "\n".join(text)
    assert all(joined.count(f"Statement number {i:03}.") == 1 for i in range(320))
    assert "Summary" in text[-1] and seen[-1] == (320, 320)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


@pytest.mark.parametrize("mode", [HELD, STAMPED], ids=["held", "stamped"])
def test_a_chunk_after_the_first_starts_on_an_ordinary_page_not_with_the_cover_margins(
        tmp_path: Path, mode: dict[str, int]) -> None:
    out = tmp_path / "big.pdf"
    pdf.write_pdf(Book(big(), CompilationSettings()), out, workers=2, **mode)
    edges = left_edges(out)[1:]  # the cover has wider margins of its own
    assert len(edges) > 20 and max(edges) - min(edges) < 0.5


def test_chunked_pdf_has_the_pages_of_a_plain_render_give_or_take_a_chunk_boundary(tmp_path: Path) -> None:
    book = Book(big(), CompilationSettings())
    plain = len(render_whole(book).pages)
    pdf.write_pdf(book, tmp_path / "c.pdf", workers=3, **STAMPED)
    assert plain <= len(PdfReader(tmp_path / "c.pdf").pages) <= plain + 2


def test_a_stylesheet_with_left_and_right_pages_renders_in_one_piece(tmp_path: Path) -> None:
    own = tmp_path / "own"
    own.mkdir()
    css = (Path(pdf.__file__).parent / "templates" / "style.css")
    css = css if css.is_file() else Path(__file__).parents[1] / "templates" / "style.css"
    (own / "style.css").write_text(css.read_text("utf-8") + "\n@page :left { @bottom-left { content: 'left' } }")
    out = tmp_path / "lr.pdf"
    pdf.write_pdf(Book(big(), CompilationSettings(template_dir=str(own))), out, workers=2, **STAMPED)
    text = pages_text(out)
    assert all(("left" in page) == (number % 2 == 0) for number, page in enumerate(text[1:], start=2))
    assert f"2 / {len(text)}" in text[1]


def test_page_dependent_rules_are_recognised_and_first_page_rules_dropped() -> None:
    assert pdf.splittable("@page { margin: 2cm } @page :first { margin: 3cm } p { color: red }")
    assert not pdf.splittable("@page :left { margin-left: 3cm }")
    assert not pdf.splittable("@page chapter:nth(2) { margin: 1cm }")
    assert not pdf.splittable(".group { break-before: right }") and not pdf.splittable("h2{page-break-after:left}")
    assert pdf.splittable(".statement { break-inside: avoid; break-before: page; text-align: left }")
    later = pdf.without_first_page_rules("@page { margin: 2cm } @page :first { @top-center { content: none } } p{}")
    assert ":first" not in later and "margin: 2cm" in later and "p{}" in later


def _raise() -> None:
    raise RenderError("cannot lay out the PDF: injected fault")


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize("fault, mode, says", [(_raise, HELD, "injected fault|another part"), (_die, HELD, "died"),
                                               (_die, STAMPED, "died")], ids=["held-fails", "held-killed",
                                                                              "stamped-killed"])
def test_a_failing_or_killed_worker_ends_the_compile_with_one_line_instead_of_hanging_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: Callable[[], None], mode: dict[str, int],
        says: str) -> None:
    # Neither a WeasyPrint crash nor the kernel's OOM killer can be summoned on cue: one worker's layout raises, or
    # the worker SIGKILLs itself, for real. The workers are forked (even if another test left a thread running)
    # so that they inherit the patch.
    real = pdf.lay_out
    monkeypatch.setattr(pdf, "_context", lambda: multiprocessing.get_context("fork"))

    def faulty(html: str, base_url: str, roots: object) -> object:
        if "Statement number 300." in html:
            fault()
        return real(html, base_url, roots)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "lay_out", faulty)
    started = time.monotonic()
    with pytest.raises(RenderError, match=says):
        pdf.write_pdf(Book(big(), CompilationSettings()), tmp_path / "x.pdf", workers=2, **mode)
    assert time.monotonic() - started < 120
    assert not list(tmp_path.iterdir())  # the chunk files are gone with their folder


def test_split_makes_runs_of_about_equal_weight_and_never_an_empty_one() -> None:
    assert pdf.split([10] * 10, 2) == [range(0, 5), range(5, 10)]
    assert pdf.split([5], 4) == [range(0, 1)]
    assert all(len(run) for run in pdf.split([100, 1, 1, 1], 3))
    runs = pdf.split([3, 9, 4, 4, 7, 1, 8, 2, 6, 5] * 10, 7)
    assert [i for r in runs for i in r] == list(range(100)) and len(runs) <= 7


def test_compile_on_a_terminal_shows_a_live_progress_bar(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    for i in range(220):
        workspace.add(f"{i}.eml", make_mail(f"Statement {i}: every farmworker deserves a safe, warm home. " * 3,
                                            sender=f"Signer {i} <s{i}@example.com>"))
    workspace.run("import", str(workspace.mail))
    main, terminal = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "statement_collector", "-c", str(workspace.config), "compile"],
                            cwd=tmp_path, stdin=terminal, stdout=terminal, stderr=terminal)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed: the command has ended
            break
        if not chunk:
            break
        shown += chunk
    assert proc.wait(timeout=300) == 0, shown.decode(errors="replace")
    os.close(main)
    assert b"Rendering" in shown and b"\x1b[" in shown  # a live bar, drawn with terminal escapes
    text = pages_text(tmp_path / "statements.pdf")
    assert f"2 / {len(text)}" in text[1] and f"{len(text) - 1} / {len(text)}" in text[-2]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("mode", [HELD, STAMPED], ids=["held", "stamped"])
def test_workers_fetch_nothing_either_and_number_pages_when_started_from_a_fork_server(
        tmp_path: Path, server: tuple[str, list[str]], mode: dict[str, int]) -> None:
    # The HTTP server's thread is running, so the workers cannot be forked: they come from a fork server.
    url, requests = server
    own = tmp_path / "templates"
    own.mkdir()
    (own / "style.css").write_text(f'@import url("{url}/import.css");\nbody {{ background: url({url}/bg.png) }}\n'
                                   + (bundled_templates() / "style.css").read_text("utf-8"))
    (own / "entry.html.j2").write_text(f'<img src="{url}/entry.png">'
                                       + (bundled_templates() / "entry.html.j2").read_text("utf-8"))
    hostile = [entry(f"<img src={url}/x> {WORDS}", signer(f"Mallory {i:03}", i)) for i in range(300)]
    out = tmp_path / "s.pdf"
    pdf.write_pdf(Book(compilation(hostile), CompilationSettings(template_dir=str(own))), out, workers=2, **mode)
    assert requests == []
    text = pages_text(out)
    assert all(f"{n} / {len(text)}" in page for n, page in enumerate(text[1:], start=2))
    assert sum(page.count("Mallory") for page in text) == 300


@pytest.fixture
def fresh_self_check() -> Iterator[None]:
    pdf.numbering_works.cache_clear()
    yield
    pdf.numbering_works.cache_clear()


def test_the_numbering_self_check_passes_with_the_installed_weasyprint(fresh_self_check: None) -> None:
    assert pdf.numbering_works()


def test_a_failed_self_check_renders_in_one_piece_numbered_right_and_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        fresh_self_check: None) -> None:
    # As if a WeasyPrint release had changed the internal: the hook no longer numbers anything. Forked workers, so
    # that they see the change (a fork server, used once a thread runs, imports the module afresh).
    monkeypatch.setattr(pagehooks, "number_from", lambda numbers: None)
    monkeypatch.setattr(pdf, "_context", lambda: multiprocessing.get_context("fork"))
    parts: list[int] = []
    monkeypatch.setattr(pdf, "_write_held", lambda *args: parts.append(1))
    caplog.set_level("INFO", logger="statement_collector.pdf")
    out = tmp_path / "big.pdf"
    pdf.write_pdf(Book(big(), CompilationSettings()), out, workers=2, **HELD)
    text = pages_text(out)
    assert not parts and "one piece" in caplog.text
    assert all(f"{n} / {len(text)}" in page for n, page in enumerate(text[1:], start=2))
