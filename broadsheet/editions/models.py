from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from broadsheet.core.models import BasePage, set_page_cache_headers


class HomePage(RoutablePageMixin, BasePage):
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
    subpage_types = ["news.SectionPage", "core.StandardPage", "podcasts.PodcastIndexPage"]
    max_count_per_parent = None
    template = "editions/home_page.html"

    class Meta:
        verbose_name = _("edition home page")

    @classmethod
    def for_locale(cls, locale_id):
        return cls.objects.filter(locale_id=locale_id).live().first()

    def get_edition_home(self):
        return self

    def route(self, request, path_components):
        # Wagtail falls back to the default edition when a language has no live home; an
        # edition that is not published yet must not show another language's pages instead.
        # Wagtail also routes through a parent that is not live: an edition taken offline
        # (its home unpublished) takes its sections, stories and podcasts with it.
        if get_language() != self.locale.language_code or not self.live:
            raise Http404
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
        from broadsheet.news.models import TopStory

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
        from broadsheet.news.models import ArticlePage, SectionPage
        from broadsheet.news.popularity import most_read

        articles = ArticlePage.objects.in_edition(self).published()
        top = self.current_top_stories()
        lead = top[0] if top else articles.for_cards().first()
        sections = SectionPage.objects.child_of(self).live().public()
        in_section = ArticlePage.objects.published().exclude(pk=getattr(lead, "pk", None))
        section_fronts = [
            (section, in_section.descendant_of(section).for_cards()[:4]) for section in sections
        ]
        return self.render(
            request,
            context_overrides={
                "lead_story": lead,
                "top_stories": [a for a in top if a != lead],
                "section_fronts": section_fronts,
                "features": articles.features().for_cards()[:3],
                "most_read": most_read(self),
            },
        )

    def current_top_stories(self):
        from broadsheet.news.models import ArticlePage

        return list(ArticlePage.objects.top_stories_of(self))

    @path("tags/<str:slug>/", name="tag")
    def tag_view(self, request, slug):
        from broadsheet.news.listing import paginate
        from broadsheet.news.models import ArticlePage

        tag = get_object_or_404(Tag, slug=slug)
        articles = ArticlePage.objects.in_edition(self).published().filter(tags=tag)
        page_obj = paginate(request, articles.for_cards())
        if not page_obj.object_list:
            raise Http404
        return self.render(
            request,
            template="news/tag_page.html",
            context_overrides={"tag": tag, "page_obj": page_obj},
        )

    @path("authors/<str:slug>/", name="author")
    def author_view(self, request, slug):
        from broadsheet.news.listing import paginate
        from broadsheet.news.models import ArticlePage, Author

        author = get_object_or_404(Author, slug=slug, locale_id=self.locale_id)
        articles = ArticlePage.objects.in_edition(self).published().by_author(author)
        return self.render(
            request,
            template="news/author_page.html",
            context_overrides={
                "author": author,
                "page_obj": paginate(request, articles.for_cards()),
            },
        )

    @path("search/", name="search")
    def search_view(self, request):
        from broadsheet.search.views import search

        return search(request, self)
