import array
import io
import math

import factory
import lameenc
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from factory.django import DjangoModelFactory
from PIL import Image as PILImage
from wagtail.models import Collection, Locale, Page, Site

from broadsheet.core.sites import site_address
from broadsheet.images.models import NewsImage
from broadsheet.newsroom.models import ArticleAuthor, ArticlePage, Author, HomePage, SectionPage
from broadsheet.podcasts.models import EpisodeCredit


def image_bytes(width=1600, height=900, color=(30, 90, 160)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, "JPEG")
    return buffer.getvalue()


class ImageFactory(DjangoModelFactory):
    class Meta:
        model = NewsImage

    title = factory.Sequence(lambda n: f"Picture {n}")
    description = "Fishing boats moored in a harbour at dawn"
    caption = "Boats in the harbour at Port Ellin"
    credit = "© Ana Lindqvist; Northlight Agency"
    file = factory.LazyAttribute(
        lambda o: ImageFile(io.BytesIO(image_bytes(400, 225)), name=f"{o.title}.jpg")
    )


class AuthorFactory(DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Reporter {n}")
    slug = factory.Sequence(lambda n: f"reporter-{n}")
    role = "Correspondent"
    bio = "Covers the city council."
    locale = factory.LazyFunction(Locale.get_default)


class PageFactory(DjangoModelFactory):
    """Adds the page under ``parent`` and, unless ``publish=False``, publishes a revision."""

    class Meta:
        abstract = True

    _relation_names = ()

    @classmethod
    def _create(cls, model_class, *args, parent, publish=True, **kwargs):
        relations = {name: kwargs.pop(name) for name in cls._relation_names if name in kwargs}
        page = model_class(*args, live=False, **kwargs)
        cls.add_relations(page, **relations)
        parent.add_child(instance=page)
        if publish:
            page.save_revision().publish()
            page.refresh_from_db()
        return page

    @classmethod
    def add_relations(cls, page):
        """Attach child objects (bylines, tags…) named in ``_relation_names`` before saving."""


def ensure_page_tree():
    """The locales, root page and default site that migrations create.

    Transactional (browser) tests flush the database afterwards, migration data included, so
    the next one builds them again.
    """
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if not Site.objects.filter(is_default_site=True).exists():
        hostname, port = site_address()
        Site.objects.create(hostname=hostname, port=port, root_page=root, is_default_site=True)
    return root


def translate(page, code, publish=True, **fields):
    """Copy a page into another edition (creating missing parents) and publish it."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    if publish:
        for ancestor in copy.get_ancestors().filter(depth__gt=1, live=False).specific():
            ancestor.save_revision().publish()
        copy.save_revision().publish()
    return type(page).objects.get(pk=copy.pk)


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "The Daily Test"
    slug = "en"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs.setdefault("parent", ensure_page_tree())
        home = super()._create(model_class, *args, **kwargs)
        site = Site.objects.get(is_default_site=True)
        site.root_page = home
        site.save()
        return home


class SectionPageFactory(PageFactory):
    class Meta:
        model = SectionPage

    title = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")
    show_in_menus = True


class ArticlePageFactory(PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Harbour council approves sea wall plan {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    standfirst = "The vote ends a decade of argument over the town's flood defences."
    lead_image = factory.SubFactory(ImageFactory)
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Councillors voted nine to two in favour.</p>")]
    )

    _relation_names = ("authors", "tags")

    @classmethod
    def add_relations(cls, page, authors=(), tags=()):
        for author in authors:
            page.article_authors.add(ArticleAuthor(author=author))
        if tags:
            page.tags.add(*tags)


def wide_image(**kwargs):
    """A 1600x900 library image: wide enough for share cards and structured data."""
    file = ImageFile(io.BytesIO(image_bytes(1600, 900)), name="wide.jpg")
    return ImageFactory(file=file, **kwargs)


# Podcasts --------------------------------------------------------------------------------
def mp3_bytes(seconds=3.0, frequency=440, sample_rate=16000):
    """A real MP3 of a sine tone, encoded locally with lameenc."""
    samples = array.array(
        "h",
        (
            int(8000 * math.sin(2 * math.pi * frequency * n / sample_rate))
            for n in range(int(seconds * sample_rate))
        ),
    )
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(32)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(samples.tobytes()) + encoder.flush())


def artwork_image(size=1400):
    return NewsImage.objects.create(
        title=f"Artwork {size}",
        description="Show artwork",
        file=ImageFile(io.BytesIO(image_bytes(size, size, (120, 20, 40))), name="artwork.jpg"),
    )


class PodcastIndexPageFactory(PageFactory):
    class Meta:
        model = "podcasts.PodcastIndexPage"

    title = "All podcasts"
    slug = "podcasts"


class ShowPageFactory(PageFactory):
    class Meta:
        model = "podcasts.ShowPage"

    title = factory.Sequence(lambda n: f"Harbour Hour {n}")
    slug = factory.Sequence(lambda n: f"show-{n}")
    description = "Conversations about life on the coast."
    artwork = factory.LazyFunction(artwork_image)
    apple_category = "News > Daily News"
    owner_name = "Test Podcasts"
    owner_email = "podcasts@example.com"
    author = "The Daily Test"
    copyright = "© 2026 Test Media"


class EpisodePageFactory(PageFactory):
    class Meta:
        model = "podcasts.EpisodePage"

    title = factory.Sequence(lambda n: f"Episode about the tides {n}")
    slug = factory.Sequence(lambda n: f"episode-{n}")
    summary = "Why the spring tides ran so high this year."
    show_notes = "<p>With the harbour master.</p>"
    audio = factory.LazyAttribute(lambda o: ContentFile(mp3_bytes(o.seconds), name=f"{o.slug}.mp3"))
    season = 1
    number = factory.Sequence(lambda n: n + 1)

    class Params:
        seconds = 3.0

    _relation_names = ("credits",)

    @classmethod
    def add_relations(cls, page, credits=()):
        for author, role in credits:
            page.credits.add(EpisodeCredit(author=author, role=role))


class VideosIndexPageFactory(PageFactory):
    class Meta:
        model = "videopages.VideosIndexPage"

    title = "Videos"
    slug = "videos"
    intro = "Watch the newsroom's reports."


class VideoPageFactory(PageFactory):
    class Meta:
        model = "videopages.VideoPage"

    title = factory.Sequence(lambda n: f"The harbour wall, part {n}")
    slug = factory.Sequence(lambda n: f"harbour-wall-{n}")
    standfirst = "How the wall held through the spring tide."


class ReaderFactory(DjangoModelFactory):
    """A reader with a verified primary email address, as after sign-up and confirmation."""

    class Meta:
        model = "auth.User"
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"reader{n}")
    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def verified_email(obj, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(user=obj, email=obj.email, primary=True, verified=True)


class BookmarkFactory(DjangoModelFactory):
    class Meta:
        model = "readers.Bookmark"

    user = factory.SubFactory(ReaderFactory)
