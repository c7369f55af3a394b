from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings


class ReaderAccountAdapter(DefaultAccountAdapter):
    """Readers sign up here; they are never staff, whatever a form or provider sends."""

    def add_message(self, request, level, message_template=None, *args, **kwargs):
        # After signing out the reader lands on a cached page, which shows no messages;
        # a stored "signed out" would greet them at their next sign-in instead.
        if message_template == "account/messages/logged_out.txt":
            return
        super().add_message(request, level, message_template, *args, **kwargs)

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.is_staff = False
        user.is_superuser = False
        if commit:
            user.save()
        return user


class ReaderSocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin):
        return bool(settings.SOCIALACCOUNT_ENABLED)

    def save_user(self, request, sociallogin, form=None):
        user = super().save_user(request, sociallogin, form)
        if user.is_staff or user.is_superuser:
            user.is_staff = user.is_superuser = False
            user.save(update_fields=["is_staff", "is_superuser"])
        return user
