"""PNG pages of the compilation to look at: the demo and 500 synthetic statements, in English and Spanish.

Usage: python bench/preview.py OUTDIR    (make preview)
Writes OUTDIR/<name>-<language>.pdf and, for each, the cover, a statements page, a page with a group and
the last page as PNG (pdftoppm, 60 dpi); and the demo's slides, OUTDIR/demo-<language>-slides.html, with its
title slide, first statement slide and first group slide as PNG (Chromium at 1280x720).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

from statement_collector.config import CompilationSettings
from statement_collector.models import Compilation
from statement_collector.render import write_document
from statement_collector.slides import write_slides

sys.path.insert(0, str(Path(__file__).parent))
from compile import synthetic  # noqa: E402  (the benchmark's generator, beside this file)
from review_screens import screenshots  # noqa: E402  (`serve` in the browser, beside this file)

GROUP_LABELS = ("Sent by", "Enviado por")


def demo(language: str) -> Compilation:
    """The bundled demo's accepted statements, compiled with the given printed language."""
    from statement_collector.compilation import build, printable
    from statement_collector.config import load_settings
    from statement_collector.demo import run_demo
    from statement_collector.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        run_demo(Path(tmp))
        settings = load_settings(Path(tmp, "config.toml"))
        settings.compilation.language = language  # type: ignore[assignment]
        with Store(settings.database_path) as store:
            return build(printable(store, settings), settings)


def interesting_pages(pdf: Path) -> list[int]:
    """Cover, first statements page, the first page showing a group, and the last page (1-based)."""
    texts = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    group = next((i + 1 for i, t in enumerate(texts) if i and any(label in t for label in GROUP_LABELS)), 2)
    return sorted({1, min(2, len(texts)), group, len(texts)})


def snapshot(pdf: Path, outdir: Path) -> list[Path]:
    """Render the interesting pages of `pdf` to PNG files beside it (replacing those of an earlier run)."""
    for old in outdir.glob(f"{pdf.stem}-p*.png"):
        old.unlink()
    for page in interesting_pages(pdf):
        prefix = outdir / f"{pdf.stem}-p{page:03}"
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
                        str(pdf), str(prefix)], check=True)
    return sorted(outdir.glob(f"{pdf.stem}-p*.png"))


def slide_shots(slides: list[Path], outdir: Path) -> list[Path]:
    """The title slide, the first statement slide and the first group slide of each file, as PNG at 1280x720
    (Debian's Chromium through its chromedriver, as the tests drive it)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    shots = []
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 1280, "height": 720, "deviceScaleFactor": 1, "mobile": False})
        for html in slides:
            driver.get(html.as_uri())
            group = driver.execute_script("return [...document.querySelectorAll('.slide')]"
                                          ".findIndex(s => s.classList.contains('group'))")
            for number in sorted({1, 2, group + 1} - {0}):
                driver.get("about:blank")
                driver.get(f"{html.as_uri()}#{number}")
                shot = outdir / f"{html.stem}-{number:03}.png"
                driver.save_screenshot(str(shot))
                shots.append(shot)
    finally:
        driver.quit()
    return shots


def main(outdir: Path) -> None:
    """Write the previews and print their paths."""
    outdir.mkdir(parents=True, exist_ok=True)
    slides: list[Path] = []
    for language in ("en", "es"):
        settings = CompilationSettings.model_validate({"language": language})
        for name, compilation in (("synthetic-500", synthetic(500, language)), ("demo", demo(language))):
            pdf = write_document(compilation, settings, "pdf", outdir / f"{name}-{language}.pdf")
            write_document(compilation, settings, "html", pdf.with_suffix(".html"))
            for png in snapshot(pdf, outdir):
                print(png)
            if name == "demo":
                slides.append(write_slides(compilation, settings, outdir / f"{name}-{language}-slides.html"))
    for png in slide_shots(slides, outdir):
        print(png)
    for png in screenshots(outdir):  # the review queue, a statement, the overview, the compile page
        print(png)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]).resolve())
