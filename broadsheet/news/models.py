from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.models.pages import PageQuerySet
from wagtail.search import index

from broadsheet.core.models import BasePage
from broadsheet.images.renditions import prefetch_specs

from .blocks import ArticleBodyBlock


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


class ArticlePageQuerySet(PageQuerySet):
    def published(self):
        """Live, public, and past their publication time: what readers may see."""
        return self.live().public().filter(published_at__lte=timezone.now())

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
        """The edition's curated top stories whose slot is running now, in the editor's order."""
        now = now or timezone.now()
        running = (
            Q(top_story_slots__starts_at__isnull=True) | Q(top_story_slots__starts_at__lte=now)
        ) & (Q(top_story_slots__ends_at__isnull=True) | Q(top_story_slots__ends_at__gt=now))
        return (
            self.published()
            .filter(running, top_story_slots__home=home)
            .for_cards()
            .order_by("top_story_slots__sort_order")
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class SectionPage(BasePage):
    """A section of an edition (World, Business…); sections nest."""

    intro = models.TextField(_("intro"), blank=True, max_length=300)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["editions.HomePage", "news.SectionPage"]
    subpage_types = ["news.SectionPage", "news.ArticlePage"]
    template = "news/section_page.html"

    class Meta:
        verbose_name = _("section")

    def get_context(self, request, *args, **kwargs):
        from .listing import paginate

        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.published().descendant_of(self).for_cards()
        context["page_obj"] = paginate(request, articles)
        # By content type, not a join: a section's children are mostly its thousands of
        # articles, and the join walked all of them (31 ms at 100k articles; 0.3 ms this way).
        context["subsections"] = Page.objects.child_of(self).type(SectionPage).live().public()
        return context


class ArticlePage(BasePage):
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
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    tags = ClusterTaggableManager(through="news.ArticleTag", blank=True, verbose_name=_("tags"))

    objects = ArticlePageManager()

    content_panels = [
        FieldPanel("title", heading=_("Headline")),
        FieldPanel("standfirst"),
        FieldPanel("lead_image"),
        FieldPanel("lead_caption"),
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
    ]
    parent_page_types = ["news.SectionPage"]
    subpage_types = []
    template = "news/article_page.html"

    class Meta:
        verbose_name = _("article")

    @classmethod
    def get_indexed_objects(cls):
        # Wagtail prefetches article_authors but not their authors: one query per article.
        return super().get_indexed_objects().prefetch_related("article_authors__author")

    def clean(self):
        super().clean()
        if self.lead_image_id and not self.lead_image.alt_text.strip():
            raise ValidationError(
                {
                    "lead_image": _(
                        "This image has no alt text. Add it in the image library before publishing."
                    )
                }
            )

    def save(self, *args, **kwargs):
        if self.live and self.published_at is None:
            self.published_at = self.go_live_at or timezone.now()
        return super().save(*args, **kwargs)

    @property
    def is_feature(self):
        return self.kind == ArticleKind.FEATURE

    @property
    def show_updated(self):
        return bool(self.updated_at and self.published_at and self.updated_at > self.published_at)

    @cached_property
    def bylines(self):
        return [link.author for link in self.article_authors.select_related("author__photo")]

    def get_context(self, request, *args, **kwargs):
        from .listing import prefetch_body, prefetch_card_images

        context = super().get_context(request, *args, **kwargs)
        prefetch_body(self.body)
        home = context["edition_home"]
        context["breadcrumbs"] = list(self.get_ancestors().filter(depth__gt=2).specific())
        context["section"] = context["breadcrumbs"][-1] if context["breadcrumbs"] else None
        articles = ArticlePage.objects.published().exclude(pk=self.pk)
        context["article_tags"] = list(self.tags.all())
        rails = []
        if home is not None:
            # Card images of every rail are fetched together below, not per rail.
            context["top_stories"] = list(articles.top_stories_of(home).prefetch_related(None)[:6])
            context["features"] = list(
                articles.in_edition(home).features().for_cards().prefetch_related(None)[:3]
            )
            rails += context["top_stories"] + context["features"]
        context["related"] = self.related_stories(
            articles, context["section"], [tag.pk for tag in context["article_tags"]]
        )
        prefetch_card_images(rails + context["related"])
        return context

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
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_author_per_article")
        ]


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="tagged_items")


class TopStory(Orderable):
    """A slot on an edition's Top stories list, optionally limited in time."""

    home = ParentalKey("editions.HomePage", on_delete=models.CASCADE, related_name="top_stories")
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
