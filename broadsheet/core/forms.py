"""The admin form of every reader page (``BasePage.base_form_class``)."""

from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.forms.formsets import DELETION_FIELD_NAME
from django.utils import timezone
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, PublishingPanel
from wagtail.models import Page


def _places(panel, place, found):
    if isinstance(panel, PublishingPanel):
        place = _("Status panel, Set schedule")
    if isinstance(panel, InlinePanel):
        found.setdefault(panel.relation_name, (panel.heading, place))
        return
    if isinstance(panel, FieldPanel):
        found.setdefault(panel.field_name, (panel.heading or None, place))
    for child in getattr(panel, "children", ()):
        _places(child, place, found)


def page_form_places(model):
    """{form field or formset name: (the heading its panel gives it or None, where it is)}."""
    found = {}
    for tab in model.get_edit_handler().children:
        _places(tab, format_lazy(_("{} tab"), tab.heading), found)
    return found


# What a formset adds to each row, which the editor fills in for a blank row too.
BOOKKEEPING_FIELDS = {"ORDER", "DELETE", "id"}


class BasePageForm(WagtailAdminPageForm):
    """Wagtail's page form, with what a newsroom's editors need from it.

    - The slug may be left empty: it is made from the title (unique among the page's
      siblings), as the browser's slug sync does, so a save never fails on the hidden
      Promote tab. A page that has a slug keeps it.
    - Date-time fields say which time zone they are in (the editor's Wagtail time zone,
      else the site's ``TIME_ZONE``).
    - Publishing checks that only matter to readers (``page.clean_for_publishing()``) run
      on publish, not on Save draft; Wagtail already defers required fields to publishing,
      and blank inline rows (the first author row the editor shows) are dropped from drafts.
    - When the form is refused, the message names each field in error and its tab.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, (heading, _place) in page_form_places(self._meta.model).items():
            if heading and name in self.fields:
                self.fields[name].label = heading  # as the panel shows it ("Headline")
        if "slug" in self.fields:
            self.fields["slug"].required = False
        note = _("Time zone: %(zone)s.") % {"zone": timezone.get_current_timezone_name()}
        for field in self.fields.values():
            if isinstance(field, forms.DateTimeField):
                field.help_text = f"{field.help_text} {note}".strip()

    def defer_required_fields(self):
        super().defer_required_fields()
        # The editor shows an inline panel's minimum rows (the first author) from the start;
        # on Save draft a row left blank is no row at all, not a row missing its author. It
        # is validated with nothing required, then dropped as if deleted (see is_valid).
        self._blank_rows = [
            form
            for formset in self.formsets.values()
            for form in formset.forms
            if not form.instance.pk and not set(form.changed_data) - BOOKKEEPING_FIELDS
        ]
        for form in self._blank_rows:
            for field in form.fields.values():
                field.required = False

    def clean(self):
        cleaned_data = super().clean()
        if "slug" in self.fields and not cleaned_data.get("slug"):
            title = cleaned_data.get("title", "")
            cleaned_data["slug"] = self.instance.slug or self._slug_from_title(title)
            if title and not cleaned_data["slug"]:
                self.add_error("slug", _("No slug can be made from this title: write one."))
        return cleaned_data

    def _slug_from_title(self, title):
        base = slugify(title, allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True))
        parent = self.parent_page or self.instance.get_parent()
        slug, number = base, 1
        while base and not Page._slug_is_available(slug, parent, self.instance):
            number += 1
            slug = f"{base}-{number}"
        return slug

    def _post_clean(self):
        super()._post_clean()
        checks = getattr(self.instance, "clean_for_publishing", None)
        if checks is not None and not self.is_deferred_validation:
            try:
                checks()
            except ValidationError as error:
                self._update_errors(error)

    def is_valid(self):
        valid = super().is_valid()
        for form in getattr(self, "_blank_rows", ()):
            if form.is_valid():
                form.cleaned_data[DELETION_FIELD_NAME] = True
        if not valid and self.is_bound and not getattr(self, "_summarised", False):
            self._summarised = True
            summary = self.error_summary()
            if summary:
                self.add_error(None, summary)
        return valid

    def error_summary(self):
        """'Fix these fields: Standfirst (Content tab), Slug (Promote tab).', or ''."""
        places = page_form_places(self._meta.model)
        names = [name for name in self.errors if name != NON_FIELD_ERRORS]
        names += [name for name, formset in self.formsets.items() if not formset.is_valid()]
        described = []
        for name in names:
            heading, place = places.get(name, (None, None))
            label = self.fields[name].label if name in self.fields else heading or name
            described.append(f"{label} ({place})" if place else str(label))
        if not described:
            return ""
        return format_lazy(_("Fix these fields: {}."), ", ".join(described))
