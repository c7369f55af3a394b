from django import forms
from django.utils.translation import gettext_lazy as _


class DeleteAccountForm(forms.Form):
    """Confirm with the password, or with the email address for accounts without one."""

    confirm = forms.BooleanField(
        label=_("I understand that my account, bookmarks and settings will be deleted for good."),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if user.has_usable_password():
            self.fields["password"] = forms.CharField(
                label=_("Your password"),
                widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
            )
        else:
            self.fields["email"] = forms.EmailField(label=_("Type your email address"))

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password

    def clean_email(self):
        email = self.cleaned_data["email"]
        if email.casefold() != (self.user.email or "").casefold():
            raise forms.ValidationError(_("That is not your account's email address."))
        return email
