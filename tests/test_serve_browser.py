"""`serve` in a real browser (Debian's headless Chromium through Selenium): the review done with the keyboard end to
end, down to the compiled PDF; and mail that tries to run or fetch something stays text."""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from html import escape
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader

from helpers import Workspace, make_mail
from statement_collector.config import load_settings
from statement_collector.store import Store
from statement_collector.web.server import review_server, stop_jobs

pytestmark = pytest.mark.slow

STATEMENTS = {
    "keep": ("Ana Lopez <ana@example.com>", "Farmworkers feed this state and deserve safe and decent homes."),
    "phone": ("Carl Diaz <carl@example.com>", "I support the bill. Call me at 802-555-0142 if you want to talk."),
    "drop": ("Bo Smith <bo@example.com>", "I support the bill, though I wrote to you twice about this already."),
    "fix": ("Dee Ruiz <dee@example.com>", "I supprot the housing bil for the workers on my neighbours farm."),
    "hide": ("Eli Moreno <eli@example.com>", "My family has worked on dairy farms for twenty years, pass the bill."),
}


class Browser:
    """The session's Chromium on one running review server."""

    def __init__(self, driver: Any, url: str) -> None:
        self.driver, self.url = driver, url
        self.base = url.split("/?token=")[0]

    def open(self, path: str) -> None:
        self.driver.get(self.base + path)

    def keys(self, *keys: str) -> None:
        from selenium.webdriver.common.action_chains import ActionChains

        chain = ActionChains(self.driver)
        for key in keys:
            chain.send_keys(key)
        chain.perform()

    def ctrl(self, key: str) -> None:
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys

        ActionChains(self.driver).key_down(Keys.CONTROL).send_keys(key).key_up(Keys.CONTROL).perform()

    def wait(self, condition: Callable[[], object], timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise AssertionError(f"timed out on {self.driver.current_url}")
            time.sleep(0.1)

    def css(self, selector: str) -> list[Any]:
        from selenium.webdriver.common.by import By

        return list(self.driver.find_elements(By.CSS_SELECTOR, selector))

    def fetch(self, path: str) -> bytes:
        cookies = "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())
        request = urllib.request.Request(self.base + path, headers={"Cookie": cookies})
        with urllib.request.urlopen(request, timeout=30) as response:
            return bytes(response.read())


def _serve(ws: Workspace, chromium: Any) -> Iterator[Browser]:
    settings = load_settings(ws.config)
    server, url = review_server(settings, ws.config, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        chromium.get(url)
        yield Browser(chromium, url)
    finally:
        server.shutdown()
        server.server_close()
        stop_jobs(server)


@pytest.fixture
def review(workspace: Workspace, chromium: Any) -> Iterator[tuple[Workspace, Browser, dict[str, int]]]:
    for key, (sender, text) in STATEMENTS.items():
        workspace.add(f"{key}.eml", make_mail(text, sender=sender, message_id=f"<{key}@x>"))
    workspace.run("import", str(workspace.mail))
    ids = {r["message_id"].strip("<>").split("@")[0]: r["id"]
           for r in json.loads(workspace.run("list", "--status", "all", "--json").stdout)}
    for browser in _serve(workspace, chromium):
        yield workspace, browser, ids


def _records(ws: Workspace) -> dict[str, dict[str, Any]]:
    return {str(r["message_id"]).strip("<>").split("@")[0]: r
            for r in json.loads(ws.run("list", "--status", "all", "--json").stdout)}


def test_a_review_done_with_the_keyboard_reaches_the_store_the_audit_log_and_the_pdf(
        review: tuple[Workspace, Browser, dict[str, int]]) -> None:
    ws, b, ids = review
    assert b.driver.current_url.split("#")[0] == b.base + "/"  # the token left the address bar
    assert b.css("article.item.current")[0].get_attribute("id") == f"s-{ids['phone']}"  # held for review first
    b.keys("j")
    assert b.css("article.item.current")[0].get_attribute("id") != f"s-{ids['phone']}"
    b.keys("k", "a")  # approve the statement held for its phone number
    b.wait(lambda: _records(ws)["phone"]["status"] == "accepted")

    b.open(f"/s/{ids['drop']}")
    b.keys("r", "sent twice, kept the other one\n")
    b.wait(lambda: _records(ws)["drop"]["status"] == "rejected")

    from selenium.webdriver.common.keys import Keys

    b.open(f"/s/{ids['fix']}")
    b.keys("e")
    b.ctrl("a")
    b.keys("I support the housing bill for the workers on my neighbour's farm.")
    b.ctrl(Keys.ENTER)
    b.wait(lambda: _records(ws)["fix"]["text"].startswith("I support the housing bill"))

    b.open(f"/s/{ids['hide']}")
    b.keys("e", Keys.TAB, Keys.TAB, Keys.TAB, Keys.SPACE)  # from the text to the name, the town, "anonymous"
    b.ctrl(Keys.ENTER)
    b.wait(lambda: _records(ws)["hide"]["anonymous"] is True)

    records = _records(ws)
    assert records["drop"]["reason"] == "manual"
    assert records["fix"]["text"] == "I support the housing bill for the workers on my neighbour's farm."
    with Store(load_settings(ws.config).database_path) as store:
        assert [a[1:] for a in store.audit_entries(ids["phone"])] == [("approved", "")]
        assert [a[1:] for a in store.audit_entries(ids["drop"])] == [("rejected", "sent twice, kept the other one")]
        assert json.loads(store.audit_entries(ids["fix"])[0][2]) == {"text": records["fix"]["text"]}
        assert json.loads(store.audit_entries(ids["hide"])[0][2]) == {"anonymous": 1}

    b.open("/compile")
    b.css("#compile-final")[0].click()
    b.wait(lambda: b.css("a.download"), timeout=120)
    assert "Download statements.pdf" in b.css("a.download")[0].text
    pdf = b.fetch("/compile/statements.pdf")
    text = " ".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    assert "802-555-0142" in flat and "neighbour's farm" in flat.replace("’", "'")
    assert "twice about this" not in flat and "Eli Moreno" not in flat and "Anonymous" in flat
    assert "@example.com" not in flat


def test_markup_in_mail_stays_text_and_fetches_nothing(workspace: Workspace, chromium: Any,
                                                      server: tuple[str, list[str]]) -> None:
    url, requests = server
    text = (f"I support the bill. <script>window.pwned = 1</script> <img src={url}/x> "
            f"<iframe src={url}/frame></iframe> and more words.")
    html = f"<p>{escape(text)}</p><img src='{url}/html-img'><script>window.pwned=2</script>"
    workspace.add("eve.eml", make_mail(text, sender="Eve <eve@example.com>", message_id="<eve@x>", html=html))
    workspace.run("import", str(workspace.mail))
    (record,) = json.loads(workspace.run("list", "--status", "all", "--json").stdout)
    for b in _serve(workspace, chromium):
        for path in ("/?status=all", f"/s/{record['id']}", f"/s/{record['id']}/preview", "/overview"):
            b.open(path)
            scripts = [s.get_attribute("src") or "inline" for s in b.css("script")]
            assert all(src.endswith("/static/review.js") for src in scripts), (path, scripts)
            assert b.css("img") == [] and b.css("iframe:not(.preview)") == [], path
            assert b.driver.execute_script("return window.pwned === undefined"), path
            if path != "/overview":
                assert "<script>window.pwned = 1</script>" in b.css("body")[0].text, path
        b.open(f"/s/{record['id']}")
        frame = b.css("iframe.preview")[0]
        b.driver.switch_to.frame(frame)
        assert "<script>window.pwned = 1</script>" in b.css("body")[0].text
        assert b.css("script") == [] and b.css("img") == []
        b.driver.switch_to.default_content()
        time.sleep(0.5)
    assert requests == []
