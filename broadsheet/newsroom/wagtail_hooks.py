from django.contrib import messages
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import Author
from .translation_status import out_of_date_translations


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "reports/translations-out-of-date/",
            views.out_of_date_report,
            name="newsroom_out_of_date_report",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_out_of_date_report_item():
    return AdminOnlyMenuItem(
        _("Out-of-date translations"),
        reverse("newsroom_out_of_date_report"),
        icon_name="wagtail-localize-language",
        order=800,
    )


@hooks.register("before_edit_page")
def warn_when_translation_is_out_of_date(request, page):
    if request.method != "GET":
        return
    stale = (
        out_of_date_translations()
        .filter(source__object_id=page.translation_key, target_locale_id=page.locale_id)
        .first()
    )
    if stale is not None:
        sync_url = reverse("wagtail_localize:update_translations", args=[stale.source_id])
        messages.warning(
            request,
            format_html(
                '{} <a href="{}">{}</a>',
                _("The source of this translation has changed since it was last synced."),
                sync_url,
                _("Sync translation"),
            ),
        )


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = "Authors"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "role", "locale"]
    search_fields = ["name"]


register_snippet(AuthorViewSet)
