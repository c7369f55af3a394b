from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.utils.crypto import salted_hmac

from broadsheet.core.clients import client_ip

from .signal_handlers import PENDING_BOOKMARK_COOKIE

# A client that signed in to an account is remembered (as a keyed hash, in the cache) this
# long, and keeps its own failed sign-in budget for that account.
KNOWN_CLIENT_SECONDS = 30 * 24 * 60 * 60


def _known_client_key(account, ip):
    digest = salted_hmac("broadsheet.readers.known-client", f"{account}|{ip}").hexdigest()
    return f"readers:known-client:{digest}"


class ReaderAccountAdapter(DefaultAccountAdapter):
    """Readers sign up here; they are never staff, whatever a form or provider sends.

    Failed sign-ins are limited per client (``login_failed``'s ``ip`` rate, the address from
    ``core.clients``) and per account (its ``key`` rate). A client that has signed in to the
    account before counts its failures against that account apart, so that guesses spread
    over many addresses cannot lock the owner out of an account from their usual address.
    """

    def get_client_ip(self, request):
        ip = client_ip(request)
        if not ip:
            raise PermissionDenied("Unable to determine client IP address")
        return ip

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth's key for an account's failed sign-ins ("<site>:<login>"); overriding it is
        # how allauth lets a project say whose failures count together.
        account = super()._get_login_attempts_cache_key(request, **credentials)
        ip = client_ip(request)
        if ip and cache.get(_known_client_key(account, ip)):
            return f"{account}|{ip}"
        return account

    def authenticate(self, request, **credentials):
        user = super().authenticate(request, **credentials)
        if user is not None:
            self.remember_client(request, **credentials)
        return user

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        # The pending bookmark was saved when the reader signed in (signal_handlers.py).
        if response is not None and PENDING_BOOKMARK_COOKIE in request.COOKIES:
            response.delete_cookie(PENDING_BOOKMARK_COOKIE, samesite="Lax")
        return response

    def remember_client(self, request, **credentials):
        """Remember that this client gave the account's right password."""
        account = super()._get_login_attempts_cache_key(request, **credentials)
        cache.set(_known_client_key(account, client_ip(request)), 1, KNOWN_CLIENT_SECONDS)

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
