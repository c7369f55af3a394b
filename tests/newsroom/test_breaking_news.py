from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone


def _publish(home, **fields):
    for name, value in fields.items():
        setattr(home, name, value)
    home.save_revision().publish()


def test_breaking_banner_shows_on_every_page_with_link(client, home, article):
    _publish(
        home,
        breaking_news_text="Bridge closed after <ship> collision",
        breaking_news_link="/en/world/",
        breaking_news_expires_at=timezone.now() + timedelta(hours=1),
    )
    for url in (home.url, article.url, "/en/search/"):
        html = client.get(url).content.decode()
        assert '<div class="breaking"' in html
        assert '<a href="/en/world/">Bridge closed after &lt;ship&gt; collision</a>' in html


def test_expired_or_empty_banner_is_hidden(client, home):
    _publish(
        home,
        breaking_news_text="Old news",
        breaking_news_expires_at=timezone.now() - timedelta(minutes=1),
    )
    assert 'class="breaking"' not in client.get(home.url).content.decode()
    _publish(home, breaking_news_text="", breaking_news_expires_at=None)
    assert 'class="breaking"' not in client.get(home.url).content.decode()


def test_banner_without_expiry_or_link_shows_text(client, home):
    _publish(home, breaking_news_text="Polls close at eight")
    html = client.get(home.url).content.decode()
    assert "<span>Polls close at eight</span>" in html


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "//evil.example/", "ftp://x/", "www.example.com"]
)
def test_unsafe_links_are_refused(home, link):
    home.breaking_news_text = "Something"
    home.breaking_news_link = link
    with pytest.raises(ValidationError) as error:
        home.full_clean()
    assert "breaking_news_link" in error.value.message_dict


def test_link_without_text_is_refused(home):
    home.breaking_news_link = "https://example.com/"
    with pytest.raises(ValidationError):
        home.full_clean()
