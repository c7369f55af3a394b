import json
import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.error import URLError
from urllib.request import Request, urlopen

import pytest
from wagtail.models import Site

from broadsheet.core.models import SiteSettings
from broadsheet.live.forms import paragraphs_body
from broadsheet.live.models import LivePage, create_post
from broadsheet.newsroom.models import StandardPage, TopStory

from ..channels.conftest import LiveChannelPageFactory
from ..factories import (
    ArticlePageFactory,
    AuthorFactory,
    EpisodePageFactory,
    HomePageFactory,
    ImageFactory,
    PodcastIndexPageFactory,
    SectionPageFactory,
    ShowPageFactory,
    translate,
)

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NuChecker:
    """The Nu HTML Checker in server mode; documents are POSTed, so no URL is fetched."""

    def __init__(self, port):
        self.url = f"http://127.0.0.1:{port}/?out=json"

    def errors(self, html):
        request = Request(  # noqa: S310 - http to our own checker
            self.url,
            data=html.encode(),
            method="POST",
            headers={"Content-Type": "text/html; charset=utf-8"},
        )
        with urlopen(request, timeout=60) as response:  # noqa: S310 - http to our own checker
            messages = json.load(response)["messages"]
        return [m for m in messages if m["type"] == "error" or m.get("subType") == "fatal"]


@pytest.fixture(scope="session")
def nu_checker():
    if not VNU_JAR.exists() or shutil.which("java") is None:
        pytest.fail("the Nu checker needs vnu-jar and Java: run `make node-tools` (npm ci)")
    port = free_port()
    process = subprocess.Popen(
        [
            shutil.which("java"),
            "-Xss4m",
            "-cp",
            str(VNU_JAR),
            "nu.validator.servlet.Main",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    checker = NuChecker(port)
    deadline = time.monotonic() + 60
    while True:
        try:
            checker.errors("<!DOCTYPE html><html lang=en><title>t</title></html>")
            break
        except (URLError, ConnectionError, OSError):
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("the Nu checker did not start")
            time.sleep(0.5)
    yield checker
    process.terminate()
    process.wait(timeout=30)


def build_newsroom():
    """One of every reader page type, with every block and rail filled in.

    Returns {page name: URL}, the set every quality gate runs on.
    """
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="World", slug="world")
    first, second = AuthorFactory(name="Ines Duarte"), AuthorFactory(name="Karl Weiss")
    related = ArticlePageFactory(
        parent=section, title="Port reopens after storm", authors=[first], tags=["storms"]
    )
    feature = ArticlePageFactory(
        parent=section,
        title="A winter with the lighthouse keepers",
        kind="feature",
        authors=[second],
    )
    article = ArticlePageFactory(
        parent=section,
        title="Council approves sea wall",
        authors=[first, second],
        tags=["storms", "councils"],
        body=[
            (
                "paragraph",
                '<p>The vote was <b>nine to two</b>, with <a href="/en/">one</a> abstention.</p>',
            ),
            ("subheading", "What happens next"),
            (
                "quote",
                {
                    "text": "We have waited long enough.",
                    "attribution": "The mayor",
                    "style": "pull",
                },
            ),
            ("read_more", {"article": related}),
            ("image", {"image": ImageFactory(), "caption": "Work starts in spring"}),
            (
                "gallery",
                {
                    "title": "The harbour",
                    "images": [
                        {"image": ImageFactory(), "caption": "Dawn"},
                        {"image": ImageFactory(), "caption": "Dusk"},
                    ],
                },
            ),
            ("paragraph", "<p>Work starts in spring.</p>"),
        ],
    )
    TopStory.objects.create(home=home, article=related, sort_order=0)
    TopStory.objects.create(home=home, article=article, sort_order=1)
    privacy = StandardPage(title="Privacy policy", slug="privacy", body="<p>We keep little.</p>")
    home.add_child(instance=privacy)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.privacy_page = privacy
    site_settings.app_name = "Test News App"
    site_settings.app_store_url = "https://apps.example.com/test"
    site_settings.x_url = "https://social.example.com/test"
    site_settings.save()
    podcasts = PodcastIndexPageFactory(parent=home)
    show = ShowPageFactory(parent=podcasts, title="Harbour Hour", slug="harbour-hour")
    episode = EpisodePageFactory(
        parent=show,
        title="The sea wall vote",
        slug="sea-wall",
        transcript="Welcome to Harbour Hour.",
    )
    live = LivePage(
        title="Storm over the harbour: live",
        slug="storm-live",
        standfirst="Updates as the storm passes.",
        key_points="<ul><li>The sea wall held overnight.</li></ul>",
        status="live",
    )
    section.add_child(instance=live)
    live.save_revision().publish()
    create_post(live, body=paragraphs_body("Stay away from the seafront."), pinned=True)
    key = create_post(
        live, body=paragraphs_body("The harbour is closed."), title="Harbour shut", key_event=True
    )
    create_post(live, body=paragraphs_body("The wind is easing."))
    # On the air (nothing pushed, so its page shows the slate): every header says LIVE.
    channel = LiveChannelPageFactory(parent=home, shows=[("Harbour live", -5, 55)])
    arabic_home = translate(home, "ar", title="الصفحة الرئيسية")
    arabic_article = translate(
        article,
        "ar",
        title="المجلس يوافق على الجدار البحري",
        standfirst="التصويت ينهي عقداً من الجدل.",
    )
    return {
        "home (en)": home.url,
        "home (ar)": arabic_home.url,
        "section": section.url,
        "article": article.url,
        "article (ar)": arabic_article.url,
        "feature": feature.url,
        "live page": live.url,
        "live post permalink": f"{live.url}post/{key.pk}/",
        "tag": home.url + "tags/storms/",
        "author": home.url + f"authors/{first.slug}/",
        "standard page": privacy.url,
        "search": home.url + "search/?q=council",
        "search (no results)": home.url + "search/?q=zzzz",
        "podcasts": podcasts.url,
        "podcast show": show.url,
        "podcast episode": episode.url,
        "live channel": channel.url,
        "sign in": "/en/account/login/",
        "sign up": "/en/account/signup/",
        "404": "/en/no-such-page/",
    }
