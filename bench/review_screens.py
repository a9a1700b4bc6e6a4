"""Screenshots of `serve` over the demo workspace, in Debian's headless Chromium: the queue, one statement with
what extraction removed, the overview and the compile page (make preview calls `screenshots`).

Usage: python bench/review_screens.py OUTDIR
"""

from __future__ import annotations

import logging
import sys
import tempfile
import threading
from pathlib import Path

from statement_collector.config import load_settings
from statement_collector.demo import run_demo
from statement_collector.store import Store
from statement_collector.web.server import review_server

CHROMEDRIVER = "/usr/bin/chromedriver"


def _browser(width: int, height: int) -> object:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--hide-scrollbars",
                 f"--window-size={width},{height}", "--no-first-run", "--disable-background-networking"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


def _statement_to_show(database: Path) -> int:
    """A statement held for review whose original has a quote and a signature: the interesting case."""
    from statement_collector.models import Status

    with Store(database) as store:
        held = store.statements([Status.REVIEW]) or store.statements()
        return next((s.id for s in held if s.id and len(s.removed) > 200), held[0].id or 1)


def screenshots(outdir: Path) -> list[Path]:
    """Write review-queue.png, review-statement.png, review-print-preview.png, review-overview.png and
    review-compile.png to `outdir`."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        run_demo(Path(tmp))
        config = Path(tmp, "config.toml")
        settings = load_settings(config)
        server, url = review_server(settings, config, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        driver = _browser(1360, 1100)
        try:
            driver.get(url)  # type: ignore[attr-defined]
            base = url.split("/?token=")[0]
            shown = _statement_to_show(settings.database_path)
            pages = {"queue": "/", "statement": f"/s/{shown}", "print-preview": f"/s/{shown}/preview",
                     "overview": "/overview", "compile": "/compile"}
            for name, path in pages.items():
                driver.get(base + path)  # type: ignore[attr-defined]
                png = outdir / f"review-{name}.png"
                driver.save_screenshot(str(png))  # type: ignore[attr-defined]
                written.append(png)
        finally:
            driver.quit()  # type: ignore[attr-defined]
            server.shutdown()
            server.server_close()
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for written in screenshots(Path(sys.argv[1])):
        print(written)
