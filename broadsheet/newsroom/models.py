"""The newsroom's content: editions (home pages), sections, articles, authors, top stories,
corrections and view counts, and the one way to find "the edition" of a page or request."""

import copy
import secrets
from datetime import UTC, timedelta

from django.conf import settings
from django.core.cache import cache as django_cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min, OuterRef, Prefetch, Q, Subquery, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.text import format_lazy
from django.utils.translation import get_language, get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index

from broadsheet.core.cache import set_page_cache_headers
from broadsheet.core.fragments import remember
from broadsheet.core.models import BasePage
from broadsheet.core.pagination import paginate
from broadsheet.core.visibility import PublicPageQuerySet
from broadsheet.images.renditions import prefetch_specs
from broadsheet.video.blocks import readers_may_play

from .blocks import ArticleBodyBlock
from .prefetch import prefetch_body, prefetch_card_images

MOST_READ_HOURS = 24
# Stories in the Top stories rail beside an article.
RAIL_TOP_STORIES = 6
ARTICLE_TEMPLATE = "newsroom/article_page.html"
MOST_READ_CACHE_SECONDS = 60


def hour_of(moment):
    """The clock hour (UTC) a moment falls in: the unit view counts are kept by."""
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


class HomePageQuerySet(PublicPageQuerySet):
    """The one way to find an edition: by locale, by language, or all of them."""

    def editions(self):
        """Every live, public edition home in page-tree order, with its locale."""
        return self.live().public().select_related("locale").order_by("path")

    def for_locale(self, locale_id):
        """The live edition home of a locale, or None."""
        return self.live().filter(locale_id=locale_id).first()

    def for_language(self, language_code=None):
        """The live edition home of a language (default: the active one), or None. One query."""
        try:
            code = get_supported_language_variant(language_code or get_language())
        except LookupError:
            return None
        return self.live().filter(locale__language_code=code).first()

    def for_language_or_404(self, language_code=None):
        home = self.for_language(language_code)
        if home is None:
            raise Http404("No edition in this language")
        return home


HomePageManager = PageManager.from_queryset(HomePageQuerySet)


class EditionPage(BasePage):
    """A reader page inside an edition: its template gets the edition home as ``edition_home``."""

    class Meta:
        abstract = True

    def get_edition_home(self):
        return HomePage.objects.for_locale(self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context["edition_home"] = self.get_edition_home()
        else:
            # A copy: the kept home is shared by the requests of this process.
            home = remember(request, "edition-home", [self.locale_id], self.get_edition_home)
            context["edition_home"] = copy.copy(home)
        return context


class HomePage(RoutablePageMixin, EditionPage):
    """The home page of one language edition: a front of curated and latest stories.

    Tag and author listings of the edition are routes under it (``tags/<slug>/``,
    ``authors/<slug>/``).
    """

    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])
    breaking_news_text = models.CharField(
        _("breaking news"),
        max_length=200,
        blank=True,
        help_text=_("Shown in a banner on every page of the edition; leave empty for none."),
    )
    breaking_news_link = models.CharField(
        _("breaking news link"),
        max_length=500,
        blank=True,
        help_text=_("A full address (https://…) or a path on this site (/en/world/…)."),
    )
    breaking_news_expires_at = models.DateTimeField(
        _("breaking news ends"),
        null=True,
        blank=True,
        help_text=_("The banner disappears at this time (pages cached by browsers may lag)."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("breaking_news_text"),
                FieldPanel("breaking_news_link"),
                FieldPanel("breaking_news_expires_at"),
            ],
            heading=_("Breaking news banner"),
        ),
        InlinePanel("top_stories", heading=_("Top stories"), label=_("Top story")),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "newsroom.SectionPage",
        "newsroom.StandardPage",
        "podcasts.PodcastIndexPage",
        "videopages.VideosIndexPage",
        "channels.LiveChannelPage",
    ]
    max_count_per_parent = None
    template = "newsroom/home_page.html"

    objects = HomePageManager()

    class Meta:
        verbose_name = _("edition home page")

    def get_edition_home(self):
        return self

    def route(self, request, path_components):
        # Wagtail falls back to the default edition when a language has no live home; an
        # edition that is not published yet must not show another language's pages instead.
        # Wagtail also routes through a parent that is not live: an edition taken offline
        # (its home unpublished) takes its sections, stories and podcasts with it.
        if get_language() != self.locale.language_code or not self.live:
            raise Http404
        if len(path_components) > 1:
            # A story is found by its whole path in one query, not one query per level;
            # anything else (sections, podcasts, this page's own routes) the usual way.
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            # slug (indexed) narrows the search; url_path (not indexed) decides.
            story = ArticlePage.objects.filter(
                slug=path_components[-1], depth=self.depth + len(path_components), url_path=url_path
            ).first()
            if story is not None and story.specific_class is ArticlePage:
                return story.route(request, [])
        return super().route(request, path_components)

    def clean(self):
        super().clean()
        link = self.breaking_news_link.strip()
        if link and not (
            link.startswith(("https://", "http://")) or (link.startswith("/") and link[1:2] != "/")
        ):
            raise ValidationError(
                {"breaking_news_link": _("Use a full address (https://…) or a path starting /.")}
            )
        if link and not self.breaking_news_text.strip():
            raise ValidationError({"breaking_news_text": _("Write the banner's text.")})

    @property
    def breaking_news_active(self):
        """Whether the breaking-news banner should show now."""
        if not self.breaking_news_text.strip():
            return False
        expires = self.breaking_news_expires_at
        return expires is None or expires > timezone.now()

    def serve(self, request, view=None, args=None, kwargs=None):
        response = set_page_cache_headers(super().serve(request, view, args, kwargs), request)
        if "public" in response.get("Cache-Control", ""):
            # Caches must not keep the front past a scheduled change (patch keeps the lower).
            seconds = self.seconds_until_scheduled_change()
            if seconds is not None and seconds < settings.PAGE_CACHE_MAX_AGE:
                patch_cache_control(response, max_age=seconds)
        return response

    def seconds_until_scheduled_change(self, now=None):
        """Seconds until a Top-stories slot starts or ends or the breaking banner expires;
        None when nothing is scheduled. One query."""
        now = now or timezone.now()
        moments = TopStory.objects.filter(home=self).aggregate(
            starts=Min("starts_at", filter=Q(starts_at__gt=now)),
            ends=Min("ends_at", filter=Q(ends_at__gt=now)),
        )
        moments = [moment for moment in moments.values() if moment is not None]
        if self.breaking_news_active and self.breaking_news_expires_at:
            moments.append(self.breaking_news_expires_at)
        if not moments:
            return None
        return max(0, int((min(moments) - now).total_seconds()))

    @path("", name="front")
    def front(self, request):
        articles = ArticlePage.objects.in_edition(self).published()
        top = self.current_top_stories()
        lead = top[0] if top else articles.for_cards().first()
        sections = SectionPage.objects.child_of(self).live().public()
        features = list(articles.features().for_cards()[:3])
        # Stories already on the front above (the lead, Top stories, Features) are not repeated.
        shown = [story.pk for story in [*top[:11], *features]] + [getattr(lead, "pk", None)]
        in_section = ArticlePage.objects.published().exclude(pk__in=shown)
        section_fronts = [
            (section, in_section.descendant_of(section).for_cards()[:4]) for section in sections
        ]
        return self.render(
            request,
            context_overrides={
                "lead_story": lead,
                "top_stories": [a for a in top if a != lead],
                "section_fronts": section_fronts,
                "features": features,
                "most_read": ArticlePage.objects.most_read(self),
            },
        )

    def current_top_stories(self):
        return list(ArticlePage.objects.top_stories_of(self))

    @path("tags/<str:slug>/", name="tag")
    def tag_view(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        articles = ArticlePage.objects.in_edition(self).published().filter(tags=tag)
        page_obj = paginate(request, articles.for_cards())
        if not page_obj.object_list:
            raise Http404
        return self.render(
            request,
            template="newsroom/tag_page.html",
            context_overrides={"tag": tag, "page_obj": page_obj},
        )

    @path("authors/<str:slug>/", name="author")
    def author_view(self, request, slug):
        author = get_object_or_404(Author, slug=slug, locale_id=self.locale_id)
        articles = ArticlePage.objects.in_edition(self).published().by_author(author)
        return self.render(
            request,
            template="newsroom/author_page.html",
            context_overrides={
                "author": author,
                "page_obj": paginate(request, articles.for_cards()),
            },
        )


class Author(TranslatableMixin, index.Indexed, models.Model):
    """A byline. Translatable, so each edition can carry the role and bio in its language."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    role = models.CharField(_("role"), max_length=120, blank=True)
    bio = models.TextField(_("short bio"), blank=True, max_length=600)
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_author_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class ArticleKind(models.TextChoices):
    NEWS = "news", _("News")
    FEATURE = "feature", _("Feature")
    OPINION = "opinion", _("Opinion")
    ANALYSIS = "analysis", _("Analysis")


class ArticlePageQuerySet(PublicPageQuerySet):
    def published(self):
        """What readers may see, on every route: live (not a draft, not scheduled, not
        unpublished), public (no view restriction, password or login, on the article or a
        page above it), past its publication time and not past its expiry time."""
        now = timezone.now()
        return self.live().public().filter(published_at__lte=now).exclude(expire_at__lte=now)

    def in_edition(self, home):
        return self.filter(locale_id=home.locale_id)

    def features(self):
        return self.filter(kind=ArticleKind.FEATURE)

    def by_author(self, author):
        return self.filter(article_authors__author=author)

    def for_cards(self):
        """Newest first, with the lead image and its card renditions fetched in bulk."""
        images = get_image_model().objects.prefetch_renditions(*prefetch_specs("card", "thumb"))
        return (
            self.select_related("lead_image")
            .prefetch_related(Prefetch("lead_image", queryset=images))
            .order_by("-published_at", "-pk")
        )

    def top_stories_of(self, home, now=None):
        """The edition's curated top stories whose slot is running now, in the editor's order.

        A slot names a story; readers get that story's published version in the home's
        edition. A translated home starts with its source's slots, which name the source
        edition's stories (wagtail-localize synchronises page links rather than translating
        them): those lead to the translation, and a slot whose story has none is left out.
        """
        now = now or timezone.now()
        slots = TopStory.objects.filter(
            Q(starts_at__isnull=True) | Q(starts_at__lte=now),
            Q(ends_at__isnull=True) | Q(ends_at__gt=now),
            home=home,
        )
        first_slot = slots.filter(article__translation_key=OuterRef("translation_key")).order_by(
            "sort_order", "pk"
        )
        return (
            self.published()
            .filter(
                locale_id=home.locale_id,
                translation_key__in=slots.values("article__translation_key"),
            )
            .annotate(slot_order=Subquery(first_slot.values("sort_order")[:1]))
            .for_cards()
            .order_by("slot_order", "-published_at", "-pk")
        )

    def most_read(self, home, limit=5, now=None):
        """The edition's published articles read most in the last 24 hours, most read first.

        The ranking is cached for a minute; the articles are fetched fresh, so an article
        unpublished since drops out at once.
        """
        now = now or timezone.now()
        cache_key = f"most-read:{home.locale_id}:{limit}"
        ids = django_cache.get(cache_key)
        if ids is None:
            since = hour_of(now) - timedelta(hours=MOST_READ_HOURS - 1)
            ids = list(
                ArticleViewCount.objects.filter(hour__gte=since, article__locale_id=home.locale_id)
                .values("article_id")
                .annotate(total=Sum("views"))
                .order_by("-total", "-article_id")
                .values_list("article_id", flat=True)[: limit * 3]
            )
            django_cache.set(cache_key, ids, MOST_READ_CACHE_SECONDS)
        if not ids:
            return []
        articles = self.published().filter(pk__in=ids).for_cards().in_bulk()
        return [articles[pk] for pk in ids if pk in articles][:limit]


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class SectionPage(EditionPage):
    """A section of an edition (World, Business…); sections nest."""

    intro = models.TextField(_("intro"), blank=True, max_length=300)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["newsroom.HomePage", "newsroom.SectionPage"]
    subpage_types = ["newsroom.SectionPage", "newsroom.ArticlePage", "live.LivePage"]
    template = "newsroom/section_page.html"

    class Meta:
        verbose_name = _("section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        first_page = not ({"after", "before"} & request.GET.keys())
        if first_page and not getattr(request, "is_preview", False):
            # The front most readers get is the same for all of them: a fragment
            # (``core/fragments.py``) until the next change readers can see.
            def render():
                listing = {**context, **self.listing_context(request)}
                return render_to_string(
                    "newsroom/includes/section_listing.html", listing, request=request
                )

            parts = [self.pk, self.live_revision_id, get_language(), request.get_host()]
            html = remember(request, "section-front", parts, render)
            context["listing_html"] = mark_safe(html)  # noqa: S308 - our own template's output
            return context
        context.update(self.listing_context(request))
        return context

    def listing_context(self, request):
        articles = ArticlePage.objects.published().descendant_of(self).for_cards()
        return {
            "page_obj": paginate(request, articles),
            # By content type, not a join: a section's children are mostly its thousands of
            # articles, and the join walked all of them (31 ms at 100k articles; 0.3 ms).
            "subsections": Page.objects.child_of(self).type(SectionPage).live().public(),
        }


class ArticlePage(EditionPage):
    """A story. Its section is the page it sits under."""

    standfirst = models.TextField(
        _("standfirst"),
        max_length=300,
        help_text=_("One sentence under the headline; also the summary in listings and shares."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=16,
        choices=ArticleKind.choices,
        default=ArticleKind.NEWS,
        db_index=True,
    )
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Set when the story is first published; change it to backdate."),
    )
    updated_at = models.DateTimeField(
        _("updated time"),
        null=True,
        blank=True,
        help_text=_("Set when a substantive update is published; readers see “Updated”."),
    )
    lead_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_caption = models.CharField(
        _("lead image caption"),
        max_length=500,
        blank=True,
        help_text=_(
            "Leave empty to use the image's caption (e.g. to caption it in this edition's "
            "language)."
        ),
    )
    lead_video = models.ForeignKey(
        "video.Video",
        verbose_name=_("lead video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown instead of the lead image while readers may play it."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    tags = ClusterTaggableManager(through="newsroom.ArticleTag", blank=True, verbose_name=_("tags"))

    objects = ArticlePageManager()

    content_panels = [
        # Wagtail's title panel: its slug sync fills the slug from the headline as it is typed.
        TitleFieldPanel(
            "title", heading=_("Headline"), placeholder=format_lazy("{}*", _("Headline"))
        ),
        FieldPanel("standfirst"),
        FieldPanel("lead_image"),
        FieldPanel("lead_video"),
        FieldPanel(
            "lead_caption",
            help_text=_(
                "Filled in from the image's caption when left empty, so that each edition "
                "translates it with the story. Clear it after changing the image to take the "
                "new image's caption."
            ),
        ),
        FieldPanel("body"),
        InlinePanel("article_authors", heading=_("Authors"), label=_("Author"), min_num=1),
        InlinePanel("corrections", heading=_("Corrections"), label=_("Correction")),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("tags"),
                FieldRowPanel([FieldPanel("published_at"), FieldPanel("updated_at")]),
            ],
            heading=_("Details"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields(
            "article_authors", [index.RelatedFields("author", [index.SearchField("name")])]
        ),
        index.FilterField("kind"),
        index.FilterField("published_at"),
        index.FilterField("expire_at"),
    ]
    parent_page_types = ["newsroom.SectionPage"]
    subpage_types = []
    template = ARTICLE_TEMPLATE

    class Meta:
        verbose_name = _("article")

    @classmethod
    def get_indexed_objects(cls):
        # Wagtail prefetches article_authors but not their authors: one query per article.
        return super().get_indexed_objects().prefetch_related("article_authors__author")

    def clean_for_publishing(self):
        """What readers need before the story goes live (the page form runs it on publish)."""
        if self.lead_image_id and not self.lead_image.alt_text.strip():
            raise ValidationError(
                {
                    "lead_image": _(
                        "This image has no alt text. Add it in the image library before publishing."
                    )
                }
            )

    def save(self, *args, **kwargs):
        if self.lead_image_id and not self.lead_caption.strip():
            # The caption belongs to the story, so wagtail-localize offers it for translation.
            self.lead_caption = self.lead_image.caption
        if self.live and self.published_at is None:
            self.published_at = self.go_live_at or timezone.now()
        return super().save(*args, **kwargs)

    @cached_property
    def playable_lead_video(self):
        """The lead video when readers may play it now, else None (the lead image shows)."""
        return self.lead_video if readers_may_play(self.lead_video) else None

    @property
    def is_feature(self):
        return self.kind == ArticleKind.FEATURE

    @property
    def show_updated(self):
        return bool(self.updated_at and self.published_at and self.updated_at > self.published_at)

    @cached_property
    def bylines(self):
        return [link.author for link in self.article_authors.select_related("author__photo")]

    @cached_property
    def published_corrections(self):
        """This article's corrections dated now or earlier, oldest first, as printed at its foot.

        Read from the article's own relation, so a preview shows corrections not saved yet;
        across articles, ``Correction.objects.published()`` is the rule.
        """
        now = timezone.now()
        corrections = sorted(self.corrections.all(), key=lambda c: (c.date, c.pk or 0))
        return [correction for correction in corrections if correction.date <= now]

    @cached_property
    def breadcrumbs(self):
        """The pages between the edition home and this story (its section first), specific."""
        return list(self.get_ancestors().filter(depth__gt=2).specific())

    @cached_property
    def section(self):
        return self.breadcrumbs[-1] if self.breadcrumbs else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        home = context["edition_home"]
        top_ids = []
        if home is not None:
            top_ids, context["rails_html"] = self.edition_rails(request, home)
        if self.template == ARTICLE_TEMPLATE and not getattr(request, "is_preview", False):
            # The story as every reader sees it, kept per published revision as a fragment
            # (``core/fragments.py``) until the next change readers can see; the bookmark
            # button, the one part that depends on the reader, goes between its two halves.
            parts = [self.pk, self.live_revision_id, get_language(), request.get_host()]
            before, after, has_video = remember(
                request,
                "article",
                parts,
                lambda: self.render_story(request, {**context, **self.story_context(top_ids)}),
            )
            context["article_html"] = (mark_safe(before), mark_safe(after))  # noqa: S308
            context["page_has_video"] = has_video
            return context
        context.update(self.story_context(top_ids))
        if self.template == ARTICLE_TEMPLATE:  # a preview: rendered anew, never kept
            before, after, _has_video = self.render_story(request, context)
            context["article_html"] = (mark_safe(before), mark_safe(after))  # noqa: S308
        return context

    def story_context(self, top_ids):
        """What the story's own markup shows besides the page: the body's cards and images
        fetched in bulk, breadcrumbs, tags, related stories."""
        self.localize_read_more()
        prefetch_body(self.body)
        story = {
            "lead_video": self.playable_lead_video,
            "breadcrumbs": self.breadcrumbs,
            "section": self.section,
            "article_tags": list(self.tags.all()),
        }
        story["page_has_video"] = bool(story["lead_video"]) or any(
            block.block_type == "hosted_video" and readers_may_play(block.value["video"])
            for block in self.body
        )
        # The rail already lists the edition's top stories: related offers other stories.
        story["related"] = self.related_stories(
            ArticlePage.objects.published().exclude(pk__in=[self.pk, *top_ids]),
            story["section"],
            [tag.pk for tag in story["article_tags"]],
        )
        prefetch_card_images(story["related"])
        return story

    def render_story(self, request, context):
        """The ``<article>`` element in two halves, split where the bookmark button goes,
        and whether the page plays a video (so that it loads the player)."""
        story = dict(context)
        marker = f"<!--bookmark-{secrets.token_hex(8)}-->"
        story["bookmark_slot"] = mark_safe(marker)  # noqa: S308 - our own constant
        html = render_to_string("newsroom/includes/article.html", story, request=request)
        before, after = html.split(marker)
        return before, after, story["page_has_video"]

    def edition_rails(self, request, home):
        """The ids of the edition's top stories and its rails (Top stories, Features,
        Podcasts) rendered, leaving this article out.

        Both are the same for every article of the edition that is in neither rail, so they
        are cached as fragments (``core/fragments.py``) until the next change readers can see:
        an article page miss then spends no query on its rails.
        """

        def rail_ids():
            top = ArticlePage.objects.top_stories_of(home).prefetch_related(None)
            features = ArticlePage.objects.in_edition(home).published().features()
            return (
                list(dict.fromkeys(top.values_list("pk", flat=True))),
                list(features.order_by("-published_at", "-pk").values_list("pk", flat=True)[:4]),
            )

        top_ids, feature_ids = remember(request, "rail-ids", [home.pk], rail_ids)
        shown = top_ids[: RAIL_TOP_STORIES + 1] + feature_ids
        left_out = self.pk if self.pk in shown else 0

        def render_rails():
            articles = ArticlePage.objects.published().exclude(pk=self.pk)
            top = list(articles.top_stories_of(home).prefetch_related(None)[:RAIL_TOP_STORIES])
            features = list(
                articles.in_edition(home).features().for_cards().prefetch_related(None)[:3]
            )
            # Card images of both rails are fetched together, not per rail.
            prefetch_card_images(top + features)
            context = {"top_stories": top, "features": features, "page": self}
            return render_to_string("includes/rails.html", context, request=request)

        html = remember(request, "article-rails", [home.pk, left_out], render_rails)
        return top_ids, mark_safe(html)  # noqa: S308 - our own template's output

    def localize_read_more(self):
        """Point the body's Read more cards at the stories readers of this edition can see.

        A card whose article is in another edition leads to that article's published
        translation in this page's edition; with none, or when the article is not published,
        the card is left out (its ``article`` becomes None). In memory only, for rendering;
        one query for all the cards.
        """
        cards = [
            block.value
            for block in self.body
            if block.block_type == "read_more" and block.value["article"] is not None
        ]
        if not cards:
            return
        keys = {card["article"].translation_key for card in cards}
        readable = {
            story.translation_key: story
            for story in ArticlePage.objects.published().filter(
                locale_id=self.locale_id, translation_key__in=keys
            )
        }
        for card in cards:
            card["article"] = readable.get(card["article"].translation_key)

    def related_stories(self, candidates, section, tag_ids, limit=4):
        """The most recent published stories sharing a tag or the section with this one.

        One query, whatever the number of tags or articles; lead images are not prefetched.
        """
        related = Q()
        if tag_ids:
            tagged = ArticleTag.objects.filter(tag_id__in=tag_ids).values("content_object_id")
            related |= Q(pk__in=tagged)
        if section is not None:
            related |= Q(path__startswith=section.path, depth__gt=section.depth)
        if not related:
            return []
        return list(
            candidates.filter(related)
            .filter(locale_id=self.locale_id)
            .for_cards()
            .prefetch_related(None)[:limit]
        )


class ArticleAuthor(Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.CASCADE, related_name="article_links"
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        # Bylines added in code (the demo, imports) have no sort order: the order they were
        # added in, the same on every database and after a restore.
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_author_per_article")
        ]


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="tagged_items")


class TopStory(Orderable):
    """A slot on an edition's Top stories list, optionally limited in time."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="top_stories")
    article = models.ForeignKey(
        ArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="top_story_slots",
    )
    starts_at = models.DateTimeField(_("starts"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)

    panels = [
        FieldPanel("article"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("top story")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The slot must end after it starts.")})


class ArticleViewCount(models.Model):
    """How many times an article was read in one clock hour. No reader data is kept."""

    article = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="view_counts", verbose_name=_("article")
    )
    hour = models.DateTimeField(_("hour"), db_index=True)
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("article view count")
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="unique_view_count_per_hour")
        ]

    def __str__(self):
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H:00}: {self.views}"


class StandardPage(EditionPage):
    """A plain page such as the privacy policy or About us."""

    body = RichTextField(_("body"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["newsroom.HomePage", "newsroom.StandardPage"]
    subpage_types = ["newsroom.StandardPage"]
    template = "newsroom/standard_page.html"

    class Meta:
        verbose_name = _("standard page")


class CorrectionQuerySet(models.QuerySet):
    def published(self):
        """Corrections on articles that readers can see, newest first."""
        return self.filter(
            article__in=ArticlePage.objects.published(), date__lte=timezone.now()
        ).order_by("-date", "-pk")


class Correction(Orderable):
    """A correction an editor adds to an article; shown at its foot and on the corrections page.

    It is part of the article's revision, so it goes live when the article is published.
    """

    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="corrections")
    date = models.DateTimeField(_("date"), default=timezone.now)
    text = models.TextField(_("text"), max_length=1000)

    objects = CorrectionQuerySet.as_manager()

    panels = [FieldPanel("date"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")

    def __str__(self):
        return self.text[:60]
