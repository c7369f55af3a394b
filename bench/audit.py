"""`make audit`: the quality gates with real clients against the demo site, as a table.

Starts `broadsheet serve` on a spare port (the demo newsroom must be built: `make run` or
`broadsheet demo`), then for each page type runs the Nu HTML Checker, axe-core (WCAG 2.1 A/AA)
in headless Chromium and, for the edition homes, a section and an article, Lighthouse (mobile).
Exits non-zero when any page fails a gate.
"""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parents[1]
VNU_JAR = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"
AXE_JS = ROOT / "node_modules/axe-core/axe.min.js"
LIGHTHOUSE = ROOT / "node_modules/.bin/lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LIGHTHOUSE_TARGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
LIGHTHOUSE_PAGES = {"home (en)", "home (ar)", "section", "article"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url, data=None, headers=None):
    request = Request(url, data=data, headers=headers or {})  # noqa: S310 - local only
    try:
        with urlopen(request, timeout=60) as response:  # noqa: S310 - local only
            return response.status, response.read().decode()
    except HTTPError as error:
        return error.code, error.read().decode()


def wait_for(url, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            fetch(url)
            return
        except (URLError, ConnectionError, OSError):
            time.sleep(0.5)
    raise SystemExit(f"audit: {url} did not come up")


def page_urls(base):
    """Find one page of each type on the demo site by following its own links."""
    _, home = fetch(base + "/en/")
    nav = home[home.index('class="site-nav"') :]
    nav = nav[: nav.index("</nav>")]
    pages = {"home (en)": "/en/", "home (ar)": "/ar/"}
    sections = re.findall(r'href="(/en/[^"#?]+/)"', nav)
    if sections:
        pages["section"] = sections[0]
        _, section = fetch(base + sections[0])
        articles = [
            u
            for u in re.findall(r'href="(/en/[^"#?]+)"', section)
            if u.startswith(sections[0]) and u != sections[0]
        ]
        if articles:
            pages["article"] = articles[0]
            _, article = fetch(base + articles[0])
            for name, pattern in (
                ("tag", r'href="(/en/tags/[^"]+)"'),
                ("author", r'href="(/en/authors/[^"]+)"'),
                ("article (ar)", r'hreflang="ar" href="https?://[^/]+(/ar/[^"]+)"'),
            ):
                found = re.findall(pattern, article)
                if found:
                    pages[name] = found[0]
    for name, path in (
        ("privacy", "/en/privacy/"),
        ("search", "/en/search/?q=water"),
        ("podcasts", "/en/podcasts/"),
        ("sign in", "/en/account/login/"),
        ("404", "/en/no-such-page/"),
    ):
        status, _ = fetch(base + path)
        if status in (200, 404) and (name == "404" or status == 200):
            pages[name] = path
    return pages


def nu_errors(checker_url, html):
    _, body = fetch(checker_url, html.encode(), {"Content-Type": "text/html; charset=utf-8"})
    return [m for m in json.loads(body)["messages"] if m["type"] == "error"]


def axe_violations(browser, url):
    context = browser.new_context(bypass_csp=True, viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(url)
    tab.add_script_tag(path=str(AXE_JS))
    result = tab.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a','wcag2aa','wcag21a','wcag21aa']}})"
    )
    context.close()
    return result["violations"]


def lighthouse_scores(url):
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    result = subprocess.run(  # noqa: S603
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            "--form-factor=mobile",
            f"--only-categories={','.join(LIGHTHOUSE_TARGETS)}",
            f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        return {"error": result.stderr.strip().splitlines()[-1:]}
    categories = json.loads(result.stdout)["categories"]
    return {key: categories[key]["score"] for key in LIGHTHOUSE_TARGETS}


def main():
    for path in (VNU_JAR, AXE_JS, LIGHTHOUSE):
        if not path.exists():
            raise SystemExit(f"audit: {path} is missing; run `make node-tools` (npm ci)")
    port, checker_port = free_port(), free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "broadsheet", "serve", "--port", str(port), "--workers", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    checker = subprocess.Popen(  # noqa: S603
        [
            shutil.which("java"),
            "-Xss4m",
            "-cp",
            str(VNU_JAR),
            "nu.validator.servlet.Main",
            str(checker_port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    checker_url = f"http://127.0.0.1:{checker_port}/?out=json"
    failed = False
    try:
        wait_for(base + "/health/")
        wait_for(f"http://127.0.0.1:{checker_port}/")
        from playwright.sync_api import sync_playwright

        pages = page_urls(base)
        rows = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS[1:])
            for name, path in pages.items():
                _, html = fetch(base + path)
                errors = nu_errors(checker_url, html)
                violations = axe_violations(browser, base + path)
                scores = lighthouse_scores(base + path) if name in LIGHTHOUSE_PAGES else {}
                lighthouse_ok = all(scores.get(k, 0) >= v for k, v in LIGHTHOUSE_TARGETS.items())
                ok = not errors and not violations and (not scores or lighthouse_ok)
                failed |= not ok
                rows.append((name, path, len(errors), len(violations), scores, ok))
                for error in errors[:5]:
                    print(f"  nu   {name}: {error['message']}")
                for violation in violations[:5]:
                    print(f"  axe  {name}: {violation['id']}: {violation['help']}")
            browser.close()
        lighthouse_heading = "lighthouse (perf/a11y/bp/seo)"
        header = f"{'page':<14} {'nu errors':>9} {'axe':>4}  {lighthouse_heading:<32} result"
        print(header)
        print("-" * len(header))
        for name, path, errors, violations, scores, ok in rows:
            if "error" in scores:
                lh = f"error: {scores['error']}"
            elif scores:
                lh = " / ".join(f"{scores[k]:.2f}" for k in LIGHTHOUSE_TARGETS)
            else:
                lh = "-"
            print(
                f"{name:<14} {errors:>9} {violations:>4}  {lh:<32} "
                f"{'pass' if ok else 'FAIL'}  {path}"
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        checker.terminate()
        server.wait(timeout=60)
        checker.wait(timeout=30)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
