from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page, PageViewRestriction

from .cache import set_page_cache_headers
from .forms import BasePageForm
from .visibility import restriction_map


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

    base_form_class = BasePageForm

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        set_page_cache_headers(response, request)
        return response

    def get_view_restrictions(self):
        """Wagtail asks this before serving a page (two queries: the ancestors, then their
        restrictions). Most pages have no restricted page above them, which the request's
        kept restriction map tells without a query; a page under one, or any alias in the
        tree (Wagtail follows an alias to its source), gets Wagtail's answer."""
        kept = restriction_map()
        if kept is not None:
            paths, any_alias = kept
            if not any_alias and not any(self.path.startswith(path) for path in paths):
                return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


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


class FragmentGeneration(models.Model):
    """One row counting changes to what readers can see (``fragments.py``).

    Bumped in the transaction of each change, so a fragment cached under the old count is
    never read again once the change is visible; every process reads the same row.
    """

    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("fragment generation")
