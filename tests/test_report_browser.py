"""report.html in a real browser: headless Chromium shows the verdict, draws every chart, filters and
sorts the topics table, and never touches the network.

Runs `topicscope analyze` on the bundled sample once for the module, then drives Debian's Chromium
through Selenium with Debian's chromedriver (never a downloaded driver or browser). Skips only when
the browser, its driver or Selenium is not installed; `bash .ci/run` installs them.

A full-page screenshot of the report is saved next to it in the test's tmp dir, and also to the path
in TOPICSCOPE_SCREENSHOT when that is set.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

DECISION_WORDS = {
    "suitable": "suitable",
    "partially_suitable": "partially suitable",
    "not_suitable": "not suitable",
}
# Longest first, so "not suitable" and "partially suitable" win over the bare "suitable" they contain.
DECISION_RE = re.compile(r"\b(not\s+suitable|partially\s+suitable|suitable)\b", re.IGNORECASE)
MIN_CHARTS = 4

INSTALL_HINT = (
    "as root: apt-get install chromium chromium-driver (Debian), and pip install selenium "
    '(it is in the test extra: pip install ".[test]"); bash .ci/run installs both'
)

# Headless, sandbox off (we run as root in CI), and no way out: every request goes to a proxy on a
# closed loopback port (loopback included, see <-loopback>), every host name fails to resolve, and
# Chromium's own background traffic (updates, sync, safe browsing, metrics) is switched off.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
    "--force-device-scale-factor=1",
    "--hide-scrollbars",
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--dns-prefetch-disable",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-features=OptimizationHints,MediaRouter,Translate,InterestFeedContentSuggestions",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

# Body rows of the topics table (rows with a <td>, outside <thead>) and whether each is shown.
JS_ROWS = """
const table = document.getElementById('topics-table');
return Array.from(table.querySelectorAll('tr'))
  .filter(r => !r.closest('thead') && r.querySelector('td'))
  .map(r => {
    const s = getComputedStyle(r);
    const shown = r.getClientRects().length > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    return {shown: shown, text: r.textContent.replace(/\\s+/g, ' ').trim(),
            inner: r.innerText, cells: Array.from(r.cells).map(c => c.innerText.trim())};
  });
"""
JS_HEADERS = """
const table = document.getElementById('topics-table');
let ths = Array.from(table.querySelectorAll('thead th'));
if (!ths.length) { const first = table.querySelector('tr'); ths = first ? Array.from(first.querySelectorAll('th')) : []; }
return ths;
"""
JS_CHARTS = """
return Array.from(document.querySelectorAll('figure.chart')).map(f => {
  const svgs = Array.from(f.querySelectorAll('svg')).filter(s => !s.parentElement.closest('svg'));
  const r = svgs.length ? svgs[0].getBoundingClientRect() : null;
  return {name: f.getAttribute('data-chart'), svgs: svgs.length,
          width: r ? r.width : 0, height: r ? r.height : 0,
          marks: svgs.length ? svgs[0].querySelectorAll('path, use, rect, polygon, line').length : 0};
});
"""


# --------------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium driven by Debian's chromedriver; skips only if one of them is not installed."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip(f"selenium is not installed; {INSTALL_HINT}")
    chromium = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    driver_path = shutil.which("chromedriver")
    if chromium is None or driver_path is None:
        missing = " and ".join(n for n, p in (("chromium", chromium), ("chromedriver", driver_path)) if p is None)
        pytest.skip(f"{missing} not found on PATH; {INSTALL_HINT}")

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    # SE_OFFLINE: Selenium Manager must never try to download a driver or a browser.
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SE_OFFLINE", "true")
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    try:
        # Belt and braces on top of the flags: the page itself may not fetch anything from the web.
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["http://*", "https://*", "ws://*", "wss://*"]})
        yield driver
    finally:
        driver.quit()


def _run_analyze(out: Path) -> None:
    """`topicscope analyze` on the bundled sample, as a user runs it."""
    proc = subprocess.run(
        [sys.executable, "-m", "topicscope", "analyze", "--out", str(out), "--quiet"],
        cwd=out.parent, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, f"topicscope analyze failed ({proc.returncode}):\n{proc.stderr}"


@pytest.fixture(scope="module")
def report(browser, tmp_path_factory):
    """The sample run's report.html and summary.json (the browser fixture comes first, so a missing
    browser skips before the ~15 s analysis runs)."""
    out = tmp_path_factory.mktemp("report") / "out"
    _run_analyze(out)
    html = out / "report.html"
    assert html.is_file(), f"topicscope analyze wrote no report.html; {out} holds {sorted(p.name for p in out.iterdir())}"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return html, summary


@pytest.fixture
def page(browser, report):
    """report.html freshly loaded, with the browser's logs drained beforehand."""
    html, _ = report
    browser.get_log("performance")
    browser.get_log("browser")
    browser.get(html.resolve().as_uri())
    _wait(lambda: browser.execute_script("return document.readyState") == "complete", "the page to load")
    return browser


def _wait(cond, what: str, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


# --------------------------------------------------------------------------------------------------
# Tests


def test_verdict_shows_the_decision_in_words_then_its_reasons(page, report):
    from selenium.webdriver.common.by import By

    _, summary = report
    decision = summary["verdict"]["decision"]
    sections = page.find_elements(By.CSS_SELECTOR, "section#verdict")
    assert len(sections) == 1, "report.html needs exactly one <section id=\"verdict\">"
    section = sections[0]
    assert section.get_attribute("data-decision") == decision, (
        f"data-decision={section.get_attribute('data-decision')!r}, summary.json says {decision!r}")
    assert section.is_displayed()
    text = " ".join(section.text.split())  # visible text only
    first = DECISION_RE.search(text)
    assert first, f"#verdict shows no decision in words; its visible text is {text[:300]!r}"
    assert " ".join(first.group(1).lower().split()) == DECISION_WORDS[decision], (
        f"the first decision words in #verdict are {first.group(1)!r}, expected {DECISION_WORDS[decision]!r}: "
        f"{text[:300]!r}")
    after = text[first.end():].lower()
    explanations = [" ".join(r["explanation"].split()).lower() for r in summary["verdict"]["reasons"]]
    assert not explanations or any(e[:40] in after for e in explanations), (
        f"none of summary.json's verdict reasons is shown after the decision in #verdict: {text[:500]!r}")


def test_every_chart_is_an_inline_svg_that_is_drawn(page):
    charts = page.execute_script(JS_CHARTS)
    assert len(charts) >= MIN_CHARTS, f"{len(charts)} <figure class=\"chart\"> found, expected at least {MIN_CHARTS}"
    names = [c["name"] for c in charts]
    assert all(names), f"every figure.chart needs a data-chart name: {names}"
    assert len(set(names)) == len(names), f"data-chart names repeat: {names}"
    for c in charts:
        assert c["svgs"] == 1, f"chart {c['name']!r} holds {c['svgs']} top-level <svg>, expected 1"
        assert c["width"] > 0 and c["height"] > 0, f"chart {c['name']!r} renders at {c['width']}x{c['height']}"
        assert c["marks"] > 0, f"chart {c['name']!r} has an empty <svg>"


def test_full_page_screenshot(page, report):
    html, _ = report
    png = _full_page_png(page)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000, "the screenshot came out empty"
    targets = [html.parent / "report.png"]
    if os.environ.get("TOPICSCOPE_SCREENSHOT"):
        targets.append(Path(os.environ["TOPICSCOPE_SCREENSHOT"]))
    for target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png)
    print("screenshot:", *targets)


def test_search_filters_the_topics_table(page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    rows = page.execute_script(JS_ROWS)
    shown = [r for r in rows if r["shown"]]
    assert len(shown) >= 2, f"the topics table shows {len(shown)} rows; the sample has many topics"
    word = _word_in_some_rows(shown)
    box = page.find_element(By.ID, "topics-search")
    box.click()
    box.send_keys(word)

    def n_shown() -> int:
        return sum(r["shown"] for r in page.execute_script(JS_ROWS))

    _wait(lambda: n_shown() < len(shown), f"typing {word!r} into #topics-search to hide rows")
    after = [r for r in page.execute_script(JS_ROWS) if r["shown"]]
    assert after, f"searching {word!r} hid every row, though some rows contain it"
    assert all(word in r["text"].lower() for r in after), f"rows without {word!r} still shown after searching it"

    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)
    _wait(lambda: n_shown() == len(shown), "clearing #topics-search to show every row again")


def test_clicking_a_header_sorts_the_topics_table(page):
    headers = page.execute_script(JS_HEADERS)
    assert headers, "#topics-table has no <th> headers"
    before = [r["cells"] for r in page.execute_script(JS_ROWS)]
    assert len(before) >= 2
    n_cols = len(headers)

    def order():
        return [r["cells"] for r in page.execute_script(JS_ROWS)]

    # A numeric column, if there is one, lets us check the order itself, not only that it changed.
    numeric = [i for i in range(n_cols) if all(_number(r[i]) is not None for r in before if i < len(r))]
    candidates = [i for i in numeric if len({_number(r[i]) for r in before}) > 1] or list(range(n_cols))
    for i in candidates:
        seen = []
        for _ in range(2):  # the first click may sort the way the table already was
            headers = page.execute_script(JS_HEADERS)
            headers[i].click()
            time.sleep(0.1)
            now = order()
            seen.append(now)
            if now != before:
                break
        if seen[-1] == before:
            continue
        now = seen[-1]
        assert sorted(map(tuple, now)) == sorted(map(tuple, before)), "sorting lost or changed rows"
        if i in numeric:
            values = [_number(r[i]) for r in now]
            assert values in (sorted(values), sorted(values, reverse=True)), (
                f"clicking header {i} ({headers[i].text!r}) reordered rows but not by that column: {values[:10]}")
            headers = page.execute_script(JS_HEADERS)
            headers[i].click()
            time.sleep(0.1)
            again = [_number(r[i]) for r in order()]
            assert again != values and again in (sorted(values), sorted(values, reverse=True)), (
                f"clicking header {i} ({headers[i].text!r}) again did not reverse the order: {again[:10]}")
        return
    pytest.fail("clicking the <th> headers of #topics-table (each up to twice) never changed the row order")


def test_report_is_self_contained_and_never_touches_the_network(page, report):
    from selenium.webdriver.common.by import By

    html, _ = report
    # Exercise the page's scripts too, in case something loads lazily.
    page.find_element(By.ID, "topics-search").send_keys("a")
    page.execute_script(JS_HEADERS)[0].click()
    page.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    time.sleep(0.3)

    requested = set()
    for entry in page.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            requested.add(msg["params"]["request"]["url"])
        elif msg.get("method") == "Network.webSocketCreated":
            requested.add(msg["params"]["url"])
    requested |= set(page.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"))
    page_url = html.resolve().as_uri()
    remote = sorted(u for u in requested if not u.startswith(LOCAL_SCHEMES))
    assert not remote, f"report.html tried to reach the network: {remote}"
    files = sorted(u for u in requested if u.startswith("file:") and u.split("#")[0] != page_url)
    assert not files, f"report.html is not self-contained; it loads other files: {files}"

    errors = [e["message"] for e in page.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, f"the browser console shows errors: {errors}"


# --------------------------------------------------------------------------------------------------
# Helpers


def _word_in_some_rows(rows: list[dict]) -> str:
    """A word a user can see in at least one row but not in all of them (the rarest, for a clear drop)."""
    counts: dict[str, int] = {}
    for r in rows:
        for w in set(re.findall(r"[a-z]{4,}", r["inner"].lower())):
            counts[w] = counts.get(w, 0) + 1
    partial = [(n, -len(w), w) for w, n in counts.items() if 0 < n < len(rows)]
    assert partial, "no word shows in some topic rows but not all; cannot test the search"
    return min(partial)[2]


def _number(cell: str) -> float | None:
    s = cell.replace("\u00a0", "").replace(",", "").replace("%", "").replace(" ", "").strip()
    try:
        return float(s)
    except ValueError:
        return None


def _full_page_png(driver) -> bytes:
    """The whole page, not only the viewport (Chromium's DevTools capture beyond the viewport)."""
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    width = max(1, int(size["width"]))
    height = max(1, min(int(size["height"]), 16_000))
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True, "fromSurface": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
    })
    return base64.b64decode(shot["data"])
