"""Fixtures shared by every test folder."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from helpers import Workspace, make_mail


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    """A fresh workspace with the test campaign's config."""
    return Workspace(tmp_path)


@pytest.fixture
def mail() -> Callable[..., bytes]:
    """The realistic message builder."""
    return make_mail


class CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802  (the http.server name)
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    CountingHandler.requests = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", CountingHandler.requests
    httpd.shutdown()


CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """Debian's headless Chromium driven through its chromedriver (installed by `make test`; nothing downloaded).
    One browser for the session; each test opens its own pages."""
    if not CHROMEDRIVER.exists():
        pytest.fail("chromium-driver is missing: run `make test` (it installs Debian's chromium and chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,720", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-default-apps"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
