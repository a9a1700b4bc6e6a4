"""Every use of a WeasyPrint internal, in one place (pdf.py's parallel rendering and its tagged PDF need them;
nothing else does).

WeasyPrint has no public way to number a document's pages from an offset, nor to learn how many pages a layout
has made while it runs. Two internals give both:

- `weasyprint.layout.make_margin_boxes(context, page, state)`, called for each page at the end of layout, with
  `state[1]` the page's counters and `context.page_maker` the pages made so far: `number_from` wraps it;
- the log message "Step 5 - Creating layout - Page N" on the `weasyprint.progress` logger: `count_pages`.

A WeasyPrint release may change either without an error, so pdf.py checks at start that numbering still works
(`pdf.numbering_works`: two one-page chunks in two workers must read "1 / 2" and "2 / 2") and otherwise renders
in one piece.

A tagged PDF (`compile --accessible`): WeasyPrint 70 writes the document's language (`<html lang>`) as the
catalog's /Lang and nothing for an element's own `lang` (it uses that only for hyphenation, line breaking and
shaping). `tag_languages` wraps `weasyprint.pdf.tags._build_box_tree`, which makes one structure element per box,
to give the element of an HTML element with its own `lang` that /Lang, so a screen reader reads a Spanish statement
in an English compilation with a Spanish voice. Without the internal, the PDF is still tagged, in the document's
language only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

Numbers = Callable[[int], tuple[int, int]]
"""Given the pages this layout made, (the number before its first page, the document's total)."""

_PAGE_STEP = "Step 5 - Creating layout - Page"


def available() -> bool:
    """Whether the internal `number_from` wraps is still there."""
    import weasyprint.layout  # noqa: PLC0415

    return callable(getattr(weasyprint.layout, "make_margin_boxes", None))


def number_from(numbers: Numbers) -> None:
    """From now on, in this process, number pages as `numbers` says: page k of a layout prints as offset + k of
    total."""
    import weasyprint.layout  # noqa: PLC0415

    make_margin_boxes = weasyprint.layout.make_margin_boxes

    def numbered(context: Any, page: Any, state: Any) -> Any:
        offset, total = numbers(len(context.page_maker) - 1)
        counters = state[1]
        counters["page"] = [counters["page"][0] + offset]
        counters["pages"] = [total]
        return make_margin_boxes(context, page, state)

    weasyprint.layout.make_margin_boxes = numbered


def count_pages(on_page: Callable[[], None]) -> None:
    """Call `on_page` each time a layout in this process makes a page (for the progress bar)."""
    progress = logging.getLogger("weasyprint.progress")
    progress.setLevel(logging.INFO)
    progress.propagate = False
    progress.addHandler(_PageCounter(on_page))


@contextmanager
def counting_pages(on_page: Callable[[], None]) -> Iterator[None]:
    """Call `on_page` each time a layout in this process makes a page, until the block ends."""
    progress = logging.getLogger("weasyprint.progress")
    level, propagate, counter = progress.level, progress.propagate, _PageCounter(on_page)
    progress.setLevel(logging.INFO)
    progress.propagate = False
    progress.addHandler(counter)
    try:
        yield
    finally:
        progress.removeHandler(counter)
        progress.setLevel(level)
        progress.propagate = propagate


class _PageCounter(logging.Handler):
    def __init__(self, on_page: Callable[[], None]) -> None:
        super().__init__()
        self.on_page = on_page

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith(_PAGE_STEP):
            self.on_page()


_LANG_TAGGED = "_statement_collector_lang"


def tag_languages() -> bool:
    """From now on, in this process, a tagged PDF gives the structure element of an HTML element with a `lang`
    attribute that language as /Lang. False when the internal is gone (the PDF is then tagged without them)."""
    import weasyprint.pdf.tags as tags  # noqa: PLC0415

    build = getattr(tags, "_build_box_tree", None)
    if not callable(build):
        return False
    if getattr(build, _LANG_TAGGED, False):
        return True

    def with_languages(box: Any, parent: Any, *args: Any) -> Any:
        element = getattr(getattr(box, "_box", box), "element", None)  # _box: an absolute element's placeholder
        lang = element.get("lang") if element is not None and element.tag != "html" else None
        for made in build(box, parent, *args):
            if lang and made.get("P") == parent.reference and "Lang" not in made:
                import pydyf  # noqa: PLC0415

                made["Lang"] = pydyf.String(lang)
            yield made

    setattr(with_languages, _LANG_TAGGED, True)
    tags._build_box_tree = with_languages
    return True
