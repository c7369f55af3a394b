from django.forms.formsets import DELETION_FIELD_NAME
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from broadsheet.core.forms import BasePageForm


def _when(moment):
    return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


class LiveChannelPageForm(BasePageForm):
    """The channel's page form: shows of the schedule may not overlap."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("shows")
        if formset is None:
            return cleaned_data
        shows = []
        for form in formset.forms:
            if not form.is_valid() or form.cleaned_data.get(DELETION_FIELD_NAME):
                continue
            start, end = form.cleaned_data.get("starts_at"), form.cleaned_data.get("ends_at")
            if start and end and end > start:
                shows.append((start, end, form))
        shows.sort(key=lambda show: show[0])
        overlapping = False
        latest = None  # the show ending last so far
        for start, end, form in shows:
            if latest is not None and start < latest[1]:
                overlapping = True
                form.add_error(
                    "starts_at",
                    _(
                        "Overlaps “%(title)s” (%(start)s to %(end)s): a show starts when "
                        "the one before ends."
                    )
                    % {
                        "title": latest[2].cleaned_data.get("title", ""),
                        "start": _when(latest[0]),
                        "end": _when(latest[1]),
                    },
                )
            if latest is None or end > latest[1]:
                latest = (start, end, form)
        if overlapping:
            self.add_error(None, _("Two shows of the programme schedule overlap."))
        return cleaned_data
