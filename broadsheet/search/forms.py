from datetime import date, datetime, time, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from broadsheet.newsroom.models import ArticleKind, Author, SectionPage

MAX_QUERY_LENGTH = 200
# A day's start and the next day's, in any time zone, must stay within datetime's range.
FIRST_DAY, LAST_DAY = date(1, 1, 2), date(9999, 12, 30)
DATE_MESSAGE = _("Enter a date as YYYY-MM-DD, for example 2024-01-16.")
DATE_RANGE = [
    MinValueValidator(FIRST_DAY, message=DATE_MESSAGE),
    MaxValueValidator(LAST_DAY, message=DATE_MESSAGE),
]


class SearchForm(forms.Form):
    """Search terms and filters for one edition. Each invalid field is reported and ignored."""

    q = forms.CharField(
        label=_("Search for"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _("Search terms can be at most %(limit_value)d characters long.")
        },
    )
    section = forms.ChoiceField(label=_("Section"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("Any kind")), *ArticleKind.choices]
    )
    author = forms.SlugField(label=_("Author"), required=False, allow_unicode=True)
    date_from = forms.DateField(
        label=_("From"),
        required=False,
        validators=DATE_RANGE,
        error_messages={"invalid": DATE_MESSAGE},
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=_("To"),
        required=False,
        validators=DATE_RANGE,
        error_messages={"invalid": DATE_MESSAGE},
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("relevance", _("Relevance")), ("date", _("Newest first"))],
    )

    def __init__(self, data, *, home):
        super().__init__(data)
        self.home = home
        self.sections = {
            section.slug: section
            for section in SectionPage.objects.child_of(home).live().public().order_by("path")
        }
        self.fields["section"].choices = [
            ("", _("All sections")),
            *((slug, section.title) for slug, section in self.sections.items()),
        ]

    def clean_section(self):
        slug = self.cleaned_data["section"]
        return self.sections.get(slug)

    def clean_author(self):
        slug = self.cleaned_data["author"]
        if not slug:
            return None
        author = Author.objects.filter(slug=slug, locale_id=self.home.locale_id).first()
        if author is None:
            raise ValidationError(_("There is no author with that name in this edition."))
        return author

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("The end date is before the start date."))
        return data

    def filters(self):
        """The valid filters as a dict of names to values; invalid ones are left out."""
        data = getattr(self, "cleaned_data", {})
        return {key: value for key, value in data.items() if key != "q" and value}

    def query(self):
        return getattr(self, "cleaned_data", {}).get("q", "").strip()


def day_start(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def day_after(day):
    return day_start(day + timedelta(days=1))
