from django import forms
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.blocks import StreamValue

from broadsheet.newsroom.models import Author

from .models import LivePost


def paragraphs_body(text):
    """The body of a quick post: a paragraph block per blank-line-separated paragraph."""
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    blocks = LivePost._meta.get_field("body").stream_block
    paragraph = blocks.child_blocks["paragraph"]
    return StreamValue(
        blocks,
        [
            ("paragraph", paragraph.to_python(f"<p>{escape(part)}</p>".replace("\n", "<br>")))
            for part in paragraphs
            if part
        ],
    )


class QuickPostForm(forms.Form):
    """The composer: type, then Post. Richer bodies (images, quotes, embeds) are added by
    editing the post."""

    text = forms.CharField(label=_("Update"), widget=forms.Textarea(attrs={"rows": 4}))
    title = forms.CharField(label=_("Title (optional)"), max_length=200, required=False)
    key_event = forms.BooleanField(label=_("Key event"), required=False)
    pinned = forms.BooleanField(label=_("Pinned"), required=False)
    authors = forms.ModelMultipleChoiceField(
        label=_("Authors"), queryset=Author.objects.none(), required=False
    )

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["authors"].queryset = Author.objects.filter(locale_id=page.locale_id)

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Write the update."))
        return text


class PostEditForm(WagtailAdminModelForm):
    """Editing a post: its whole body with every article block, and the version it was
    opened at, so that a change made meanwhile by another editor is never overwritten."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = LivePost
        fields = ["published_at", "title", "body", "authors", "key_event", "pinned"]
