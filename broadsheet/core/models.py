from django.conf import settings
from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction

from .pagecache import store_refused


class SocialFieldsMixin(models.Model):
    """An optional image for share cards; the title and description are Wagtail's own
    ``seo_title`` and ``search_description``."""

    social_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; defaults to the lead image."),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True


class BasePage(SocialFieldsMixin, Page):
    """Every reader page: cacheable for anonymous readers, never cached for anyone else."""

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        set_page_cache_headers(response, request)
        return response

    def get_edition_home(self):
        from broadsheet.editions.models import HomePage

        return HomePage.for_locale(self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["edition_home"] = self.get_edition_home()
        return context


def set_page_cache_headers(response, request):
    """Public caching for anonymous readers of public pages; private and uncached otherwise.

    A reader who got past a page's view restriction is either signed in or carries the
    passed restriction in their session (password restrictions), so no query is needed.
    A view may also refuse shared caching for one response (``pagecache.do_not_store``).
    """
    personal = request.user.is_authenticated or bool(
        request.session.get(PageViewRestriction.passed_view_restrictions_session_key)
    )
    if personal or store_refused(request):
        patch_cache_control(response, private=True, no_store=True)
        return response
    return set_public_cache_headers(response)


def set_public_cache_headers(response, max_age=None):
    """What browsers and CDNs may keep of a response that is the same for every reader."""
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_MAX_AGE if max_age is None else max_age,
        stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
        stale_if_error=settings.PAGE_CACHE_STALE_IF_ERROR,
    )
    return response


class StandardPage(BasePage):
    """A plain page such as the privacy policy or About us."""

    body = RichTextField(_("body"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["editions.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]
    template = "core/standard_page.html"

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    site_name = models.CharField(_("site name"), max_length=100, default="Broadsheet")
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=200,
        default="Broadsheet",
        help_text=_("As printed in the copyright line."),
    )
    first_year = models.PositiveSmallIntegerField(
        _("first year"), default=2005, help_text=_("First year of the copyright range.")
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X"), blank=True)
    telegram_url = models.URLField(_("Telegram"), blank=True)
    vk_url = models.URLField(_("VK"), blank=True)
    ok_url = models.URLField(_("OK"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    app_name = models.CharField(_("app name"), max_length=100, blank=True)
    app_store_url = models.URLField(_("App Store link"), blank=True)
    google_play_url = models.URLField(_("Google Play link"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("site_name"),
                FieldPanel("organisation_name"),
                FieldPanel("first_year"),
                PageChooserPanel("privacy_page"),
            ],
            heading=_("Site"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("x_url"),
                FieldPanel("telegram_url"),
                FieldPanel("vk_url"),
                FieldPanel("ok_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social profiles"),
        ),
        MultiFieldPanel(
            [FieldPanel("app_name"), FieldPanel("app_store_url"), FieldPanel("google_play_url")],
            heading=_("News app"),
        ),
    ]

    select_related = ["privacy_page"]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        names = (
            ("facebook", self.facebook_url),
            ("x", self.x_url),
            ("telegram", self.telegram_url),
            ("vk", self.vk_url),
            ("ok", self.ok_url),
            ("youtube", self.youtube_url),
        )
        return [(name, url) for name, url in names if url]
