"""Issue 16, point 1: `compile --format slides`, opened in real Chromium at 1280x720: keys move between slides,
one slide per statement (continued when long, one per form-letter group), legible type, no overflow, nothing
fetched, anonymous stays anonymous, labels in the compilation's language."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from helpers import CONFIG, Workspace, make_mail
from statement_collector.config import CompilationSettings
from statement_collector.models import Compilation, Entry, Signer
from statement_collector.slides import MIN_TEXT, entry_slides, slides_for, write_slides

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
SAMPLES = Path(__file__).parents[1] / "src" / "statement_collector" / "samples"
START = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
LONG = (
    "I grew up on a dairy farm in Addison County, and I have seen every season what the workers who milk our "
    "cows go through. They start before dawn and finish after dark, seven days a week, in the cold.\n\n"
    "Many of them live in trailers without heat or clean water. My neighbor's crew shared one bathroom among "
    "nine men for two winters. When a pipe froze, they melted snow on a hot plate. Nobody who feeds this state "
    "should live like that. These are our neighbors, and their children go to school with ours.\n\n"
    "The housing bill is modest. It asks for heat, water, a lock on the door and a place to cook. It gives "
    "farms time and money to get there. I know farmers who want to do right by their crews and cannot afford "
    "to alone; this bill helps them too.\n\n"
    "Please pass it this session. Every month of delay is another winter in a cold trailer."
)
RUN_ON = " ".join(["Workers deserve safe homes and clean water, and farms deserve help to provide them"] * 14) + "."
RIGHT, DOWN = "\ue014", "\ue015"  # selenium's Keys.ARROW_RIGHT and Keys.ARROW_DOWN
SPANISH = ("Trabajo en una granja lechera desde hace doce años. Vivimos seis personas en una casa sin calefacción. "
           "Les pido que aprueben esta ley para que nuestras familias vivan con dignidad.")


def signer(name: str, minutes: int = 0, anonymous: bool = False, place: str = "") -> Signer:
    return Signer(name=name, anonymous=anonymous, received_at=START + timedelta(minutes=minutes), place=place or None)


def entry(text: str, *signers: Signer, language: str = "en") -> Entry:
    return Entry(text=text, signers=list(signers), received_at=signers[0].received_at, language=language)


def compilation(entries: list[Entry], language: str = "en", **fields: object) -> Compilation:
    values: dict[str, object] = {
        "title": "Statements for the Farmworker Housing Bill", "organization": "Migrant Justice",
        "meeting": "Vermont House Committee on General and Housing, Wednesday 10-11 am", "language": language,
        "generated_at": START + timedelta(days=1), "entries": entries,
        "supporters": sum(len(e.signers) for e in entries),
        "grouped_entries": sum(e.is_group for e in entries),
        "grouped_signers": sum(len(e.signers) for e in entries if e.is_group), **fields,
    }
    return Compilation.model_validate(values)


OPEN_CONFIG = """
[source]
kind = "eml"
[storage]
database = "statements.db"
"""
FORM = "We urge you to pass the farmworker housing bill. Every worker deserves a safe and dignified home."


def varied() -> Compilation:
    """Short, long, run-on, unbreakable, CJK, named with a place, anonymous with a place, small and large groups."""
    many = [signer(f"Supporter Number{n} Withalongname", n) for n in range(40)]
    return compilation([
        entry("Clean water is a right.", signer("Daniel Whitcomb", place="Middlebury, Vermont")),
        entry(LONG, signer("Roberta Longname-Whitfield de la Cruz Montgomery", 1, place="Addison")),
        entry("I would rather not be named, but I support this bill with all my heart.",
              signer("Anonymous", 2, anonymous=True, place="St. Albans")),
        entry(FORM, signer("Grace Chen", 3, place="Burlington"), signer("Anonymous", 4, anonymous=True, place="Derby"),
              signer("Kwame Okafor", 5)),
        entry(RUN_ON, signer("Mo Fox", 6)),
        entry("See https://example.org/" + "averyveryverylongpathsegment" * 8 + " for the facts.",
              signer("Ida Link", 7)),
        entry("我们支持农场工人住房法案，每个工人都应该有一个安全而有尊严的家。" * 12, signer("Li Wei", 8),
              language="zh"),
        entry(LONG, *many),
        entry(SPANISH, signer("María Núñez", 9), language="es"),
    ])


@pytest.fixture
def browser(chromium: Any) -> Iterator[Any]:
    """The session's Chromium with a viewport of exactly 1280x720 for this test."""
    chromium.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                             {"width": 1280, "height": 720, "deviceScaleFactor": 1, "mobile": False})
    try:
        yield chromium
    finally:
        chromium.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        chromium.get("about:blank")


def open_slides(driver: Any, path: Path, fragment: str = "") -> int:
    """Load the slides from the file afresh; returns how many there are."""
    driver.get("about:blank")
    driver.get(path.as_uri() + fragment)
    return int(driver.execute_script("return document.querySelectorAll('.slide').length"))


def shown(driver: Any) -> int:
    """The index of the one slide on screen: the only one the browser counts as visible, and the one at the
    middle of the window (asked in one script, so an auto-advance cannot fall between two looks)."""
    visible, middle = driver.execute_script("""
      const slides = [...document.querySelectorAll('.slide')];
      const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      return [slides.flatMap((s, i) => s.checkVisibility({visibilityProperty: true}) ? [i] : []),
              slides.indexOf(hit && hit.closest('.slide'))];""")
    assert visible == [middle], (visible, middle)
    return int(middle)


def press(driver: Any, *keys: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    for key in keys:
        ActionChains(driver).send_keys(key).perform()


def slide_text(driver: Any) -> str:
    return str(driver.execute_script("return document.querySelector('.slide.current').innerText"))


def test_keys_and_clickers_move_between_slides(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    doc = compilation([entry(f"Statement number {n} supports the bill.", signer(f"Person {n}", n)) for n in range(5)])
    total = open_slides(browser, write_slides(doc, CompilationSettings(), tmp_path / "s-slides.html"))
    assert total == 6 and shown(browser) == 0
    steps = [(Keys.ARROW_RIGHT, 1), (Keys.SPACE, 2), (Keys.PAGE_DOWN, 3), (Keys.PAGE_UP, 2), (Keys.ARROW_LEFT, 1),
             (Keys.END, 5), (Keys.ARROW_RIGHT, 5), (Keys.HOME, 0), (Keys.ARROW_LEFT, 0), (Keys.ARROW_DOWN, 1)]
    for key, expected in steps:
        press(browser, key)
        assert shown(browser) == expected, key
    assert "Statement number 0" in slide_text(browser) and "Person 0" in slide_text(browser)
    assert browser.execute_script("return location.hash") == "#2"


def test_the_address_opens_a_slide_and_auto_advances(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    doc = compilation([entry(f"Statement number {n} supports the bill.", signer(f"Person {n}", n)) for n in range(3)])
    path = write_slides(doc, CompilationSettings(), tmp_path / "s-slides.html")
    open_slides(browser, path, "#3")
    assert shown(browser) == 2
    open_slides(browser, path, "#auto=1")
    assert shown(browser) == 0
    deadline = time.monotonic() + 10
    while shown(browser) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert shown(browser) == 2
    press(browser, "a")  # stop
    press(browser, Keys.ARROW_LEFT)
    time.sleep(1.5)
    assert shown(browser) == 1


def test_f_asks_for_full_screen(browser: Any, tmp_path: Path) -> None:
    doc = compilation([entry("Statement supports the bill.", signer("Person"))])
    open_slides(browser, write_slides(doc, CompilationSettings(), tmp_path / "s-slides.html"))
    press(browser, "f")
    deadline = time.monotonic() + 5
    while not browser.execute_script("return !!document.fullscreenElement") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert browser.execute_script("return !!document.fullscreenElement")
    press(browser, "f")


def test_one_slide_per_statement_and_group_continued_when_long(browser: Any, tmp_path: Path) -> None:
    doc = varied()
    expected = [len(entry_slides(e)) for e in doc.entries]
    total = open_slides(browser, write_slides(doc, CompilationSettings(), tmp_path / "s-slides.html"))
    assert total == 1 + sum(expected) == 1 + len(slides_for(doc))
    assert expected[0] == expected[2] == expected[3] == expected[8] == 1  # short ones and the form letter
    assert expected[1] >= 2 and expected[4] >= 2  # long ones continue
    texts = []
    for _ in range(total):
        texts.append(slide_text(browser))
        press(browser, DOWN)
    counts = "9 statements from 50 supporters"
    assert counts in texts[0] and "Vermont House Committee on General and Housing" in texts[0]
    group = texts[1 + sum(expected[:3])]
    assert "Sent by 3 supporters:" in group
    assert "Grace Chen, Burlington · Kwame Okafor and 1 anonymous supporter" in group
    big_group = texts[sum(expected[:7]) + expected[7]]  # the last slide of the 40-signer group
    assert "Sent by 40 supporters" in big_group and "Number39" not in big_group
    long_parts = texts[1 + expected[0]: 1 + expected[0] + expected[1]]
    assert f"1 of {expected[1]}" in long_parts[0] and f"continued · 2 of {expected[1]}" in long_parts[1]
    assert all("Roberta Longname-Whitfield" in part for part in long_parts)


def test_a_long_statement_is_split_on_sentences_and_keeps_every_word() -> None:
    for text in (LONG, RUN_ON):
        slides = entry_slides(entry(text, signer("Roberta")))
        assert len(slides) >= 2 and [s.part for s in slides] == list(range(1, len(slides) + 1))
        assert {s.parts for s in slides} == {len(slides)} and len({s.size for s in slides}) == 1
        printed = " ".join(line for s in slides for paragraph in s.paragraphs for line in paragraph)
        assert printed.split() == text.split()
    slides = entry_slides(entry(LONG, signer("Roberta")))
    assert all(re.search(r"[.!?]$", s.paragraphs[-1][-1]) for s in slides)  # parts end between sentences
    assert entry_slides(entry("Short and sweet.", signer("A")))[0].size > slides[0].size  # short: larger type


def test_every_slide_is_legible_at_1280x720_and_nothing_overflows(browser: Any, tmp_path: Path) -> None:
    total = open_slides(browser, write_slides(varied(), CompilationSettings(), tmp_path / "s-slides.html"))
    assert browser.execute_script("return [innerWidth, innerHeight]") == [1280, 720]
    _check_every_slide(browser, total)


def test_a_long_title_and_meeting_still_fit_the_title_slide(browser: Any, tmp_path: Path) -> None:
    doc = compilation([entry("Clean water is a right.", signer("Daniel Whitcomb"))],
                      title="Statements of Support from Vermont Farmworkers, Farmers and Neighbors for H.412, the "
                            "Farmworker Housing and Milk with Dignity Bill", subtitle="To the members of the "
                      "Vermont House Committee on General and Housing and the Senate Committee on Agriculture")
    open_slides(browser, write_slides(doc, CompilationSettings(), tmp_path / "s-slides.html"))
    found = browser.execute_script("const s = document.querySelector('.slide.current');"
                                   "return [s.scrollHeight, s.clientHeight,"
                                   " parseFloat(getComputedStyle(s.querySelector('.title')).fontSize)]")
    assert found[0] <= found[1] and found[2] >= MIN_TEXT


def _check_every_slide(driver: Any, total: int) -> None:
    measure = """
      const slide = document.querySelector('.slide.current');
      const sizes = [];
      for (const el of slide.querySelectorAll('*')) {
        const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
        if (own) sizes.push(parseFloat(getComputedStyle(el).fontSize));
      }
      return {sizes, scroll: slide.scrollHeight, client: slide.clientHeight, wide: slide.scrollWidth,
              width: slide.clientWidth, text: slide.innerText.slice(0, 60),
              shrunk: slide.querySelector('.fit').style.fontSize};
    """
    for number in range(total):
        found = driver.execute_script(measure)
        assert found["sizes"] and min(found["sizes"]) >= 28, (number, found)
        assert found["scroll"] <= found["client"] and found["wide"] <= found["width"], (number, found)
        assert found["shrunk"] == "", (number, found)  # the split alone fits: the page's script had nothing to do
        press(driver, DOWN)
    statements = driver.execute_script(
        "return [...document.querySelectorAll('.statement .text')].map(t => parseFloat(getComputedStyle(t).fontSize))")
    assert min(statements) >= MIN_TEXT


def test_nothing_in_a_statement_can_make_the_slides_fetch_anything(
    browser: Any, tmp_path: Path, server: tuple[str, list[str]]
) -> None:
    url, requests = server
    hostile = (f"<img src={url}/x> and <link rel=stylesheet href={url}/y.css> "
               f'<div style="background: url({url}/z.png)">styled</div> <script src="{url}/s.js"></script> '
               f"<style>@import url({url}/i.css);</style>")
    doc = compilation([entry(hostile, signer(f"<img src={url}/name>")), entry("Fine.", signer("Ok"))])
    path = write_slides(doc, CompilationSettings(), tmp_path / "s-slides.html")
    total = open_slides(browser, path)
    press(browser, RIGHT)
    shown_text = slide_text(browser)
    assert f"<img src={url}/x>" in shown_text and f"<link rel=stylesheet href={url}/y.css>" in shown_text
    assert f"<img src={url}/name>" in shown_text
    for _ in range(total):
        press(browser, RIGHT)
    # Even markup put into the page (which escaping never lets happen) may not fetch: the policy forbids it.
    browser.execute_script(
        "document.body.insertAdjacentHTML('beforeend', arguments[0])",
        f'<img src="{url}/csp.png"><link rel="stylesheet" href="{url}/csp.css">'
        f'<div style="background:url({url}/b)">x</div>')
    time.sleep(1)
    assert requests == []
    source = path.read_text("utf-8")
    assert 'http-equiv="Content-Security-Policy"' in source and "default-src &#39;none&#39;" in source
    assert "<img" not in source and "<link" not in source and "&lt;img src=" in source


def test_the_slides_are_one_file_that_names_nothing_outside_it(tmp_path: Path) -> None:
    source = write_slides(varied(), CompilationSettings(), tmp_path / "s-slides.html").read_text("utf-8")
    outside = re.findall(r"(?:src|href)\s*=|url\(|@import|https?://(?!example\.org)", source)
    assert outside == []
    assert source.count("<style>") == 1 and source.count("<script>") == 1


def test_places_are_shown_for_named_supporters_only() -> None:
    slides = slides_for(varied())
    assert slides[0].place == "Middlebury, Vermont"
    anonymous = next(s for s in slides if s.name == "Anonymous" and not s.group)
    assert anonymous.place == ""


def test_places_in_the_file_and_never_for_the_anonymous(tmp_path: Path) -> None:
    source = write_slides(varied(), CompilationSettings(), tmp_path / "s-slides.html").read_text("utf-8")
    assert "Middlebury, Vermont" in source and "Burlington" in source
    assert "St. Albans" not in source and "Derby" not in source


def test_spanish_labels_and_each_statements_own_language(browser: Any, tmp_path: Path) -> None:
    doc = compilation([entry(SPANISH, signer("María Núñez")), entry(LONG, signer("Ana", 1)),
                       entry(FORM, signer("Grace Chen", 2), signer("Anónimo", 3, anonymous=True)),
                       entry("Apoyo la ley.", signer("Anónimo", 4, anonymous=True))], language="es")
    doc.entries[0].language = "es"
    path = write_slides(doc, CompilationSettings(language="es"), tmp_path / "s-slides.html")
    source = path.read_text("utf-8")
    assert '<html lang="es">' in source
    assert '<blockquote class="text fit" lang="es">' in source and '<blockquote class="text fit" lang="en">' in source
    total = open_slides(browser, path)
    texts = []
    for _ in range(total):
        texts.append(slide_text(browser))
        press(browser, RIGHT)
    assert "4 declaraciones de 5 simpatizantes" in texts[0]
    assert any("continuación · 2 de" in t for t in texts) and any(re.search(r"\b1 de \d", t) for t in texts)
    assert any("Enviado por 2 simpatizantes:" in t and "1 simpatizante anónimo" in t for t in texts)
    assert "— Anónimo" in texts[-1]


def test_compile_format_slides_from_the_command_line(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, CONFIG.replace("[compilation]\n", '[compilation]\nmeeting = "Council, Wednesday"\n'))
    ws.add("1.eml", make_mail(FORM, sender="Carl Diaz <carl@example.com>"))
    ws.add("2.eml", make_mail(FORM, sender="Bea Evans <bea@example.com>"))
    ws.add("3.eml", make_mail("I grew up on a dairy farm and the workers deserve better homes.",
                              sender="Mo Fox <mo@example.com>"))
    ws.run("import", str(ws.mail))
    said = ws.run("compile", "--format", "slides").stdout
    default = tmp_path / "statements-slides.html"
    assert f"2 statements from 3 supporters (1 text sent by several supporters) -> {default}" in said
    source = default.read_text("utf-8")
    assert "2 statements from 3 supporters" in source and "Council, Wednesday" in source
    assert EMAIL.findall(source) == []
    ws.run("compile", "-o", str(tmp_path / "meeting-slides.html"))
    assert "Content-Security-Policy" in (tmp_path / "meeting-slides.html").read_text("utf-8")
    ws.run("compile", "--format", "slides", "--include-review")
    assert "DRAFT" in (tmp_path / "statements-slides-DRAFT.html").read_text("utf-8")


def test_the_demo_as_slides_keeps_anonymous_supporters_anonymous(browser: Any, tmp_path: Path) -> None:
    """The bundled sample replies: no address, no anonymous supporter's name, every slide legible."""
    ws = Workspace(tmp_path, OPEN_CONFIG)
    ws.run("import", str(SAMPLES))
    ws.run("compile", "-o", str(tmp_path / "demo-slides.html"))
    source = (tmp_path / "demo-slides.html").read_text("utf-8")
    listed = json.loads(ws.run("list", "--status", "accepted", "--json").stdout)
    anonymous = [r for r in listed if r["anonymous"] and r["name"]]
    assert anonymous and listed
    assert EMAIL.findall(source) == []
    for record in anonymous:
        assert record["name"] not in source
    total = open_slides(browser, tmp_path / "demo-slides.html")
    assert total > len(listed) // 2
    _check_every_slide(browser, total)


def test_writing_slides_never_imports_weasyprint(tmp_path: Path) -> None:
    code = (
        "import sys; sys.path.insert(0, 'tests')\n"
        "from pathlib import Path\n"
        "from test_slides import varied\n"
        "from statement_collector.config import CompilationSettings\n"
        "from statement_collector.slides import write_slides\n"
        f"write_slides(varied(), CompilationSettings(), Path({str(tmp_path / 'x-slides.html')!r}))\n"
        "assert 'weasyprint' not in sys.modules, 'weasyprint imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[1], timeout=120)
