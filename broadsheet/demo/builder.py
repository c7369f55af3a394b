"""Build the demo newsroom from the data files in ``demo/`` (read and checked by data.py).
Every step looks for what it would create first, so it is safe to run again: a second run
changes nothing."""

import io
import logging
import os
import secrets

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from broadsheet.core.models import SiteSettings
from broadsheet.core.sites import site_address
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

from . import artwork
from .channels import build_channels, load_channels
from .data import load as load_demo_data
from .editions import build_editions
from .live import build_live, load_live
from .podcasts import build_podcasts
from .videopages import build_video_pages
from .videos import build_videos

logger = logging.getLogger("broadsheet.demo")

ADMIN_USERNAME = "admin"
ADMIN_EMAIL = "admin@example.com"


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
    def __init__(self, now=None, article_limit=None, stdout=None, data=None):
        """``data``: a checked data.Newsroom; by default the one in the repository's demo/."""
        self.data = data if data is not None else load_demo_data()
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
        self.warm_renditions()
        self.episodes = self.build_podcasts()
        self.live_page = build_live(self, load_live(self.data.directory))
        self.build_top_stories()
        self.videos = build_videos(self)
        self.created += build_editions(self)
        self.video_pages = build_video_pages(self)
        self.created += build_channels(self, load_channels(self.data.directory))
        return self

    # Pages -------------------------------------------------------------------------------
    def build_home(self):
        home = HomePage.objects.filter(locale=self.locale).first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(
                title=self.data.edition["home_title"],
                slug=self.locale.language_code,
                locale=self.locale,
                live=False,
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            hostname, port = site_address()
            Site.objects.create(
                hostname=hostname,
                port=port,
                root_page=home,
                is_default_site=True,
                site_name=self.data.edition["site_name"],
            )
        elif site.root_page_id != home.pk:
            old_root = site.root_page.specific
            site.root_page = home
            site.site_name = self.data.edition["site_name"]
            site.save()
            # Wagtail's placeholder "Welcome" page is not part of a newsroom.
            if type(old_root) is Page and not old_root.get_children().exists():
                old_root.delete()
        return home

    def build_privacy_page(self):
        page = StandardPage.objects.child_of(self.home).filter(slug="privacy").first()
        if page is None:
            page = StandardPage(
                title=self.data.edition["privacy_title"],
                slug="privacy",
                body=self.data.edition["privacy_body"],
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
        site_settings.site_name = self.data.edition["site_name"]
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
        for data in self.data.sections:
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
        for index, data in enumerate(self.data.authors):
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
        items = self.data.articles[: self.article_limit]
        for index, data in enumerate(items):
            section = self.sections[data["section"]]
            slug = data["slug"]
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
        # The data's dates are kept relative to now: a story as old as it was at as_of.
        published_at = self.now - data["age"]
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
        """The story's body blocks; its read-more cards are added once every story exists."""
        return [block for block in text["body"] if block[0] != "read_more"]

    @property
    def article_data(self):
        return self.data.articles

    def build_read_more_links(self):
        built = {article.slug: article for article in self.articles}
        for index, data in enumerate(self.data.articles[: self.article_limit]):
            links = [
                (position, built[target])
                for position, (kind, target) in enumerate(data["body"])
                if kind == "read_more" and target in built
            ]
            if not links:
                continue
            article = ArticlePage.objects.get(pk=self.articles[index].pk)
            if any(block.block_type == "read_more" for block in article.body):
                continue
            for position, target in links:
                article.body.insert(position, ("read_more", {"article": target}))
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
        if self.live_page is not None:  # breaking news: second on the front, labelled LIVE
            news.insert(1, self.live_page)
        for order, article in enumerate(news):
            TopStory.objects.create(home=self.home, article=article, sort_order=order)

    # Podcasts ----------------------------------------------------------------------------
    def build_podcasts(self):
        return build_podcasts(self)


def ensure_admin(password):
    """Create the demo superuser once; an existing one keeps its password.

    Its address is verified, as admin sign-in asks (broadsheet/readers/admin_sign_in.py).
    """
    User = get_user_model()
    user = User.objects.filter(username=ADMIN_USERNAME).first()
    created = user is None
    if created:
        user = User.objects.create_superuser(ADMIN_USERNAME, ADMIN_EMAIL, password)
    EmailAddress.objects.update_or_create(
        user=user,
        email__iexact=user.email or ADMIN_EMAIL,
        defaults={"email": user.email or ADMIN_EMAIL, "verified": True, "primary": True},
    )
    return created
