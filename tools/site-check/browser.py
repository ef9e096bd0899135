"""Headless Chromium for the site gates: the axe-core check and the screenshots.

    python browser.py axe SITE_DIR          # fails on any serious or critical violation (1280 and 390 px)
    python browser.py phone SITE_DIR        # fails when a status cell lies outside a 390 px viewport
    python browser.py screenshots SITE_DIR OUT_DIR

Debian's chromium and chromium-driver run the pages from file:// URLs. axe.min.js comes from
the axe-playwright-python package (installed without Playwright), so no browser is downloaded.
"""

import atexit
import importlib.util
import json
import os
import pathlib
import shutil
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# The pages the gates look at, by name: dashboard, a month, an indicator, the staff page.
PAGES = {
    "dashboard": "index.html",
    "month": "months/2025-10/index.html",
    "indicator": "indicators/unions_established/index.html",
    "staff": "staff/index.html",
}
# Pages without status badges: the phone gate checks only their row names and sideways scrolling.
WITHOUT_STATUS = {"staff"}
FAILING_IMPACTS = ("serious", "critical")
MAX_HEIGHT = 16000
# A phone in WeChat: the width the 甲方 official reads the site at.
PHONE_WIDTH = 390
WIDTHS = (1280, PHONE_WIDTH)


def chromium(width: int = 1280, height: int = 900) -> webdriver.Chrome:
    # Chromium leaves a folder of its own (org.chromium.Chromium.*) in the temporary folder at
    # each start, and chromedriver a profile: both go in one folder, removed when the gate exits.
    temporary = tempfile.mkdtemp(prefix="huibao-chromium-")
    atexit.register(shutil.rmtree, temporary, ignore_errors=True)
    os.environ["TMPDIR"] = temporary
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--force-color-profile=srgb",
        "--lang=zh-CN",
        f"--window-size={width},{height}",
    ):
        options.add_argument(arg)
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(options=options, service=Service(executable_path=driver_path))


def page_url(site: pathlib.Path, page: str) -> str:
    path = site / page
    if not path.is_file():
        sys.exit(f"browser: {path} does not exist; build the site first")
    return path.resolve().as_uri()


def axe_source() -> str:
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or spec.origin is None:
        sys.exit("axe: axe-playwright-python is missing; run make check-site-deps")
    return (pathlib.Path(spec.origin).parent / "axe.min.js").read_text(encoding="utf-8")


def set_width(driver: webdriver.Chrome, width: int, height: int = 900) -> None:
    """The viewport at `width` CSS pixels, as a phone (touch, mobile viewport) below 600."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )


def run_axe(site: pathlib.Path) -> int:
    source = axe_source()
    driver = chromium()
    failing = 0
    try:
        for (name, page), width in ((item, width) for width in WIDTHS for item in PAGES.items()):
            set_width(driver, width)
            name = f"{name} {width}px"
            driver.get(page_url(site, page))
            driver.execute_script(source)
            result = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, {resultTypes: ['violations']})"
                ".then(r => done({version: axe.version, violations: r.violations, passes: r.passes.length}))"
                ".catch(e => done({error: String(e)}));"
            )
            if "error" in result:
                print(f"axe {name}: axe.run failed: {result['error']}")
                failing += 1
                continue
            counts = {}
            for violation in result["violations"]:
                impact = violation.get("impact") or "none"
                counts[impact] = counts.get(impact, 0) + 1
                marker = "FAIL" if impact in FAILING_IMPACTS else "note"
                print(f"  [{marker}] {page}: {violation['id']} ({impact}, {len(violation['nodes'])} nodes): {violation['help']}")
                for node in violation["nodes"][:5]:
                    why = [line.strip() for line in (node.get("failureSummary") or "").splitlines()[1:]]
                    print(f"      {', '.join(map(str, node['target']))}: {' / '.join(why)}")
                if impact in FAILING_IMPACTS:
                    failing += 1
            summary = ", ".join(f"{counts.get(i, 0)} {i}" for i in ("critical", "serious", "moderate", "minor"))
            print(f"axe {name} ({page}), axe-core {result['version']}: {summary}; {result['passes']} rules passed")
    finally:
        driver.quit()
    print(f"axe: {len(PAGES)} pages at {' and '.join(f'{w} px' for w in WIDTHS)}, {failing} serious or critical violations")
    return 1 if failing else 0


# Every status cell (the cell, list item or fact holding a .status badge), every row's name and
# the page itself, measured in the browser: what lies right of the viewport needs sideways
# scrolling, which a phone user does not do.
PHONE_SCRIPT = """
const width = document.documentElement.clientWidth;
const out = [];
const where = (element) => {
  const row = element.closest('tr');
  const name = row && row.querySelector('th');
  return (name ? name.textContent.trim() + ': ' : '') + element.textContent.trim();
};
for (const badge of document.querySelectorAll('main .status')) {
  const cell = badge.closest('td, th, dd, li') || badge;
  const box = cell.getBoundingClientRect();
  if (box.left < 0 || box.right > width + 0.5) out.push(`status cell «${where(cell)}» at ${Math.round(box.left)}–${Math.round(box.right)} px`);
}
for (const name of document.querySelectorAll('main tbody th[scope=row]')) {
  const box = name.getBoundingClientRect();
  if (box.right > width + 0.5) out.push(`row name «${name.textContent.trim()}» at ${Math.round(box.left)}–${Math.round(box.right)} px`);
  // A name squeezed to two characters a line (新建/基层/工会) is not readable: room for four at least.
  const style = getComputedStyle(name);
  const room = name.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const text = name.textContent.trim();
  if (text.length >= 4 && room < 4 * parseFloat(style.fontSize)) out.push(`row name «${text}» only ${Math.round(room)} px wide`);
}
const count = document.querySelectorAll('main .status').length;
const scroll = document.scrollingElement.scrollWidth;
if (scroll > width) out.push(`the page scrolls sideways (${scroll} px wide)`);
return {width: width, count: count, problems: out};
"""


def run_phone(site: pathlib.Path) -> int:
    driver = chromium(PHONE_WIDTH)
    failing = 0
    try:
        for name, page in PAGES.items():
            set_width(driver, PHONE_WIDTH)
            driver.get(page_url(site, page))
            driver.execute_async_script("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done());")
            result = driver.execute_script(PHONE_SCRIPT)
            if result["width"] != PHONE_WIDTH:
                print(f"phone {name}: the viewport is {result['width']} px, not {PHONE_WIDTH}")
                failing += 1
                continue
            if result["count"] == 0 and name not in WITHOUT_STATUS:
                print(f"phone {name} ({page}): no status cell found")
                failing += 1
                continue
            for problem in result["problems"]:
                print(f"  [FAIL] {page}: {problem}")
            failing += 1 if result["problems"] else 0
            verdict = "FAILED" if result["problems"] else "ok"
            print(f"phone {name} ({page}) at {PHONE_WIDTH} px: {result['count']} status cells, {len(result['problems'])} outside the viewport: {verdict}")
    finally:
        driver.quit()
    print(f"phone: {len(PAGES)} pages at {PHONE_WIDTH} px, {failing} with cells outside the viewport")
    return 1 if failing else 0


def screenshot(driver: webdriver.Chrome, url: str, width: int, out: pathlib.Path, mobile: bool = False) -> None:
    metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": mobile}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    driver.get(url)
    driver.execute_async_script("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done());")
    # The page's own height, not the viewport's: a short page gives a short picture.
    height = driver.execute_script("return Math.ceil(document.documentElement.getBoundingClientRect().height);")
    metrics["height"] = min(int(height), MAX_HEIGHT)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    driver.save_screenshot(str(out))
    print(f"screenshots: {out} ({width}×{metrics['height']})")


def run_screenshots(site: pathlib.Path, out_dir: pathlib.Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    driver = chromium()
    try:
        for name, page in PAGES.items():
            screenshot(driver, page_url(site, page), 1280, out_dir / f"{name}.png")
        for name, page in PAGES.items():
            screenshot(driver, page_url(site, page), PHONE_WIDTH, out_dir / f"{name}-phone.png", mobile=True)
    finally:
        driver.quit()
    return 0


def main(argv: list[str]) -> int:
    os.environ.setdefault("SE_AVOID_STATS", "true")
    if len(argv) >= 2 and argv[0] == "axe":
        return run_axe(pathlib.Path(argv[1]))
    if len(argv) >= 2 and argv[0] == "phone":
        return run_phone(pathlib.Path(argv[1]))
    if len(argv) >= 3 and argv[0] == "screenshots":
        return run_screenshots(pathlib.Path(argv[1]), pathlib.Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
