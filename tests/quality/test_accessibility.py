"""axe-core finds no WCAG 2.1 A/AA violation on any page type, and the keyboard reaches every
control with a visible focus."""

import pytest

from .conftest import AXE_JS, build_newsroom

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def audit_tab(chromium):
    if not AXE_JS.exists():
        pytest.fail("axe-core is missing: run `make node-tools` (npm ci)")
    # axe is injected as a script, which the site's own Content-Security-Policy would refuse.
    context = chromium.new_context(bypass_csp=True, viewport={"width": 390, "height": 844})
    yield context.new_page()
    context.close()


def axe_violations(tab):
    tab.add_script_tag(path=str(AXE_JS))
    result = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return result["violations"]


def test_every_page_type_has_no_wcag_violations(live_server, audit_tab):
    failures = []
    for name, url in build_newsroom().items():
        audit_tab.goto(live_server.url + url)
        for violation in axe_violations(audit_tab):
            targets = [node["target"] for node in violation["nodes"][:3]]
            failures.append(f"{name} ({url}): {violation['id']}: {violation['help']} {targets}")
    assert not failures, "\n".join(failures)


def test_axe_reports_a_broken_page(live_server, audit_tab):
    pages = build_newsroom()
    audit_tab.goto(live_server.url + pages["article"])
    audit_tab.evaluate("() => document.querySelector('.article__lead img').removeAttribute('alt')")
    assert "image-alt" in {v["id"] for v in axe_violations(audit_tab)}


FOCUS_PROBE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName, text: (el.innerText || el.getAttribute('aria-label') || '').trim(),
    cls: el.className || '', inNav: el.closest('nav')?.getAttribute('aria-label') || '',
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
  };
}"""


def test_keyboard_reaches_every_control_with_visible_focus(live_server, page):
    pages = build_newsroom()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + pages["article"])
    seen = []
    for _ in range(120):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_PROBE)
        if focused["tag"] == "BODY" or (seen and focused == seen[0]):
            break
        seen.append(focused)
    assert seen[0]["cls"] == "skip-link" and seen[0]["text"] == "Skip to content"
    invisible = [f for f in seen if not f["outline"]]
    assert not invisible, f"focus not visible on: {invisible[:5]}"
    navs = {f["inNav"] for f in seen}
    assert {"Sections", "Breadcrumb", "Language editions"} <= navs
    texts = {f["text"] for f in seen}
    assert {"Ines Duarte", "storms", "Privacy policy", "العربية"} <= texts

    page.keyboard.press("Home")
    page.goto(live_server.url + pages["article"])
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
