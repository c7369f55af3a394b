"""Every reader page type is valid HTML according to the Nu HTML Checker."""

from .conftest import build_newsroom


def test_every_page_type_passes_the_nu_checker(client, db, nu_checker):
    pages = build_newsroom()
    failures = []
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code in (200, 404), (name, response.status_code)
        for error in nu_checker.errors(response.content.decode()):
            failures.append(f"{name} ({url}) line {error.get('lastLine')}: {error['message']}")
    assert not failures, "\n".join(failures)


def test_the_checker_catches_a_broken_page(nu_checker):
    broken = (
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>'
        '<p id="a">one</p><p id="a">two</p><img src="x.png"></body></html>'
    )
    messages = " ".join(e["message"] for e in nu_checker.errors(broken))
    assert "Duplicate ID" in messages
    assert "alt" in messages
