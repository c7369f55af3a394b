"""Sign-in to the Wagtail admin: editors only, rate limited, two-factor when they have it.

Wagtail's own form let any account in (readers too, unconfirmed ones included) with no
limit on guesses. Here the admin login runs through allauth's machinery: its failed sign-in
rate limits (per client and per account, ``ACCOUNT_RATE_LIMITS["login_failed"]``) and its
login stages, so an editor with an authenticator is asked for a code before the session
starts. With ``BROADSHEET_ADMIN_REQUIRE_MFA`` on, editors without one are sent to set it up
before any admin page.
"""

from allauth.account import app_settings as account_settings
from allauth.account.adapter import get_adapter
from allauth.account.internal.flows.login import perform_password_login
from allauth.account.models import EmailAddress, Login
from allauth.core import ratelimit
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib.auth import authenticate
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.views.account import LoginView


def has_verified_email(user):
    """A confirmed address, or none at all: operators' accounts (``createsuperuser``,
    Wagtail's user admin) have no allauth address; a reader's unconfirmed one has one."""
    addresses = EmailAddress.objects.filter(user=user)
    return addresses.filter(verified=True).exists() or not addresses.exists()


def may_sign_in_to_admin(user):
    """An active editor (Wagtail's admin access, superusers included) with a verified email."""
    return (
        user is not None
        and user.is_active
        and user.has_perm("wagtailadmin.access_admin")
        and has_verified_email(user)
    )


class AdminLoginForm(LoginForm):
    """Wagtail's login form; anyone but an editor gets the same "didn't match" answer."""

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is None or not password:
            return self.cleaned_data
        adapter = get_adapter(self.request)
        if not ratelimit.consume(self.request, action="login"):
            raise adapter.validation_error("too_many_login_attempts")
        # Counts this attempt against the client's and the account's failed sign-in budgets
        # before the (deliberately slow) password check; refuses once either is spent.
        adapter.pre_authenticate(self.request, username=username, password=password)
        user = authenticate(self.request, username=username, password=password)
        if not may_sign_in_to_admin(user):
            # A reader's right password counts as a failure too, so the limits do not tell
            # which reader accounts exist.
            raise self.get_invalid_login_error()
        adapter._rollback_login_failed_rl_usage()  # as allauth does on a good password
        adapter.remember_client(self.request, username=username)
        self.user_cache = user
        return self.cleaned_data


class AdminLoginView(LoginView):
    """Wagtail's login page, signing in through allauth's login stages (two-factor)."""

    def get_form_class(self):
        return AdminLoginForm

    def form_valid(self, form):
        # What allauth's own login form does: records a password sign-in in the session (so
        # that setting up two-factor right after needs no second password), then runs the
        # login stages. The form checked the address; an operator's account has none.
        login = Login(
            user=form.get_user(),
            email_verification=account_settings.EmailVerificationMethod.NONE,
            redirect_url=self.get_success_url(),
        )
        credentials = {"username": form.cleaned_data["username"]}
        response = perform_password_login(self.request, credentials, login)
        if self.request.user.is_authenticated:
            remember = form.cleaned_data.get("remember")
            self.request.session.set_expiry(settings.SESSION_COOKIE_AGE if remember else 0)
        return response


class AdminMFARequiredMiddleware:
    """With ``BROADSHEET_ADMIN_REQUIRE_MFA``, admin pages need two-factor sign-in.

    An editor without an authenticator is sent to set one up (every sign-in of one who has
    it asks for a code: allauth's login stages).
    """

    exempt_prefixes = ("/admin/login/", "/admin/logout/", "/admin/jsi18n/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            getattr(settings, "BROADSHEET_ADMIN_REQUIRE_MFA", False)
            and request.path_info.startswith("/admin/")
            and not request.path_info.startswith(self.exempt_prefixes)
            and request.user.is_authenticated
            and request.user.has_perm("wagtailadmin.access_admin")
            and not is_mfa_enabled(request.user)
        ):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('mfa_activate_totp')}?{query}")
        return self.get_response(request)
