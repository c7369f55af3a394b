"""Build the demo newsroom. Every step looks for what it would create first, so it is safe
to run again: a second run changes nothing."""

import io
import logging
import os
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from broadsheet.core.models import SiteSettings
from broadsheet.images.renditions import prefetch_specs
from broadsheet.newsroom.models import (
    ArticleAuthor,
    ArticlePage,
    Author,
    HomePage,
    SectionPage,
    StandardPage,
    TopStory,
)

from . import artwork, content
from .editions import build_editions
from .podcasts import build_podcasts

logger = logging.getLogger("broadsheet.demo")

ADMIN_USERNAME = "admin"
SITE_NAME = "Broadsheet International"

PRIVACY_BODY = (
    "<h2>What we collect</h2>"
    "<p>Reading Broadsheet International needs no account and sets no cookie. If you create an "
    "account we keep your email address, your password (hashed) and the stories you bookmark.</p>"
    "<h2>Cookies</h2><p>We set a cookie only to keep you signed in, to protect forms against "
    "forgery and, if you agree, to remember your consent choice. We use no advertising or "
    "tracking cookies.</p>"
    "<h2>Your rights</h2><p>You can download everything we hold about you, or delete your "
    "account, from your account page at any time.</p>"
)


def admin_password():
    """The demo admin's password: ADMIN_PASSWORD, else one generated once and kept in var/."""
    if os.environ.get("ADMIN_PASSWORD"):
        return os.environ["ADMIN_PASSWORD"]
    path = settings.VAR_DIR / "admin_password"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(12))
        path.chmod(0o600)
    return path.read_text().strip()


class DemoBuilder:
    def __init__(self, now=None, article_limit=None, stdout=None):
        self.now = now or timezone.now()
        self.article_limit = article_limit
        self.stdout = stdout
        self.created = 0

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    @transaction.atomic
    def build(self):
        self.locale = Locale.get_default()
        self.home = self.build_home()
        self.privacy = self.build_privacy_page()
        self.build_settings()
        self.authors = self.build_authors()
        self.sections = self.build_sections()
        self.articles = self.build_articles()
        self.build_read_more_links()
        self.build_top_stories()
        self.warm_renditions()
        self.episodes = self.build_podcasts()
        self.created += build_editions(self)
        return self

    # Pages -------------------------------------------------------------------------------
    def build_home(self):
        home = HomePage.objects.filter(locale=self.locale).first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(
                title=SITE_NAME, slug=self.locale.language_code, locale=self.locale, live=False
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", root_page=home, is_default_site=True, site_name=SITE_NAME
            )
        elif site.root_page_id != home.pk:
            old_root = site.root_page.specific
            site.root_page = home
            site.site_name = SITE_NAME
            site.save()
            # Wagtail's placeholder "Welcome" page is not part of a newsroom.
            if type(old_root) is Page and not old_root.get_children().exists():
                old_root.delete()
        return home

    def build_privacy_page(self):
        page = StandardPage.objects.child_of(self.home).filter(slug="privacy").first()
        if page is None:
            page = StandardPage(
                title="Privacy policy",
                slug="privacy",
                body=PRIVACY_BODY,
                show_in_menus=False,
                live=False,
            )
            self.home.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        return page

    def build_settings(self):
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        if site_settings.privacy_page_id:
            return
        site_settings.site_name = SITE_NAME
        site_settings.organisation_name = "Broadsheet Media Group"
        site_settings.first_year = 2005
        site_settings.privacy_page = self.privacy
        site_settings.app_name = "Broadsheet News App"
        site_settings.app_store_url = "https://apps.example.com/ios/broadsheet"
        site_settings.google_play_url = "https://apps.example.com/android/broadsheet"
        site_settings.x_url = "https://social.example.com/x/broadsheet"
        site_settings.telegram_url = "https://social.example.com/telegram/broadsheet"
        site_settings.facebook_url = "https://social.example.com/facebook/broadsheet"
        site_settings.save()

    def build_sections(self):
        sections = {}
        for data in content.SECTIONS:
            section = SectionPage.objects.child_of(self.home).filter(slug=data["slug"]).first()
            if section is None:
                section = SectionPage(
                    title=data["title"],
                    slug=data["slug"],
                    intro=data["intro"],
                    show_in_menus=True,
                    live=False,
                )
                self.home.add_child(instance=section)
                section.save_revision().publish()
                self.created += 1
            sections[data["slug"]] = section
        return sections

    # Snippets and images -----------------------------------------------------------------
    def image(self, title, data, *, alt, caption="", credit=""):
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            name = f"{slugify(title)[:60]}.jpg"
            image = Image(
                title=title,
                description=alt,
                caption=caption,
                credit=credit,
                file=ImageFile(io.BytesIO(data), name=name),
            )
            image.save()
        return image

    def build_authors(self):
        authors = {}
        for index, data in enumerate(content.AUTHORS):
            author = Author.objects.filter(slug=data["slug"], locale=self.locale).first()
            if author is None:
                photo = self.image(
                    f"Author: {data['name']}",
                    artwork.portrait(index),
                    alt=f"Portrait of {data['name']}",
                    credit="© Broadsheet Pictures",
                )
                author = Author.objects.create(
                    name=data["name"],
                    slug=data["slug"],
                    role=data["role"],
                    bio=data["bio"],
                    photo=photo,
                    locale=self.locale,
                )
                self.created += 1
            authors[data["slug"]] = author
        return authors

    # Articles ----------------------------------------------------------------------------
    def build_articles(self):
        articles = []
        items = content.ARTICLES[: self.article_limit]
        for index, data in enumerate(items):
            section = self.sections[data["section"]]
            slug = slugify(data["headline"])[:80]
            article = ArticlePage.objects.child_of(section).filter(slug=slug).first()
            if article is None:
                article = self.create_article(index, data, section, slug)
            articles.append(article)
        return articles

    def create_article(self, index, data, section, slug):
        lead = self.image(
            f"Lead: {data['headline']}",
            artwork.landscape(index),
            alt=data["image_caption"],
            caption=data["image_caption"],
            credit=data["image_credit"],
        )
        body = self.article_body(data)
        # Stories are spread over the last days, the first of the list being the newest.
        published_at = self.now - timedelta(hours=3 * index + 1, minutes=7 * index)
        article = ArticlePage(
            title=data["headline"],
            slug=slug,
            seo_title=data["social_title"],
            standfirst=data["standfirst"],
            kind=data["kind"],
            lead_image=lead,
            body=body,
            published_at=published_at,
            live=False,
        )
        for author_slug in data["authors"]:
            article.article_authors.add(ArticleAuthor(author=self.authors[author_slug]))
        article.tags.add(*data["tags"])
        section.add_child(instance=article)
        article.save_revision().publish()
        self.created += 1
        return article

    @staticmethod
    def article_body(text):
        """Paragraphs with the pull quote after the second and the subheading before the sixth."""
        paragraphs = [("paragraph", f"<p>{p}</p>") for p in text["paragraphs"]]
        quote = {
            "text": text["quote"]["text"],
            "attribution": text["quote"]["attribution"],
            "style": "pull",
        }
        return [
            *paragraphs[:2],
            ("quote", quote),
            *paragraphs[2:5],
            ("subheading", text["subheading"]),
            *paragraphs[5:],
        ]

    @property
    def article_data(self):
        return content.ARTICLES

    def build_read_more_links(self):
        for index, data in enumerate(content.ARTICLES[: self.article_limit]):
            target = data.get("read_more")
            if target is None or target >= len(self.articles):
                continue
            article = ArticlePage.objects.get(pk=self.articles[index].pk)
            if any(block.block_type == "read_more" for block in article.body):
                continue
            article.body.insert(4, ("read_more", {"article": self.articles[target]}))
            article.save_revision().publish()

    def warm_renditions(self):
        """Make the listing and article renditions now, so first readers do not wait for them."""
        specs = prefetch_specs("lead", "card", "thumb")
        for article in self.articles:
            if article.lead_image_id:
                article.lead_image.get_renditions(*specs)

    def build_top_stories(self):
        if TopStory.objects.filter(home=self.home).exists():
            return
        news = [a for a in self.articles if a.kind == "news"][:6]
        for order, article in enumerate(news):
            TopStory.objects.create(home=self.home, article=article, sort_order=order)

    # Podcasts ----------------------------------------------------------------------------
    def build_podcasts(self):

        return build_podcasts(self)


def ensure_admin(password):
    """Create the demo superuser once; an existing one keeps its password."""
    User = get_user_model()
    user = User.objects.filter(username=ADMIN_USERNAME).first()
    if user is None:
        User.objects.create_superuser(ADMIN_USERNAME, "admin@example.com", password)
        return True
    return False
