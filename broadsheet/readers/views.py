import json
import uuid

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .bookmarks import (
    BookmarkError,
    add_bookmark,
    bookmarks_for_listing,
    get_bookmarkable_page,
    remove_bookmark,
)
from .data import export_reader_data
from .forms import DeleteAccountForm
from .models import Bookmark, ConsentChoice, ConsentRecord
from .signal_handlers import set_pending_bookmark


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def bookmark_error(request, error, status=404):
    if wants_json(request):
        return JsonResponse({"error": str(error)}, status=status)
    return render(request, "readers/bookmark_error.html", {"error": error}, status=status)


def bookmark_payload(page, bookmarked):
    return {
        "page": page.pk if page is not None else None,
        "bookmarked": bookmarked,
        "add_url": reverse("readers:bookmark_add"),
        "remove_url": reverse("readers:bookmark_remove"),
    }


@never_cache
@require_http_methods(["GET", "POST"])
def bookmark_add(request):
    """Bookmark a page. Anonymous readers sign in first and come back with it saved."""
    page_id = request.POST.get("page") or request.GET.get("page")
    try:
        page = get_bookmarkable_page(page_id)
    except BookmarkError as error:
        return bookmark_error(request, error)
    if not request.user.is_authenticated:
        login_url = f"{reverse('account_login')}?next={page.url}"
        if wants_json(request):
            response = JsonResponse(
                {"error": _("Sign in to bookmark."), "login_url": login_url}, status=401
            )
        else:
            response = redirect(login_url)
        set_pending_bookmark(request, response, page.pk)
        return response
    if request.method == "GET":
        # A signed-in reader arriving from a cached anonymous copy of the page: confirm.
        return render(request, "readers/bookmark_confirm.html", {"target": page})
    try:
        _bookmark, created = add_bookmark(request.user, page.pk)
    except BookmarkError as error:
        return bookmark_error(request, error)
    if wants_json(request):
        return JsonResponse(bookmark_payload(page, True), status=201 if created else 200)
    messages.success(request, _("Saved to My bookmarks."))
    return redirect(safe_next(request, page.url))


@never_cache
@login_required
@require_POST
def bookmark_remove(request):
    page_id = request.POST.get("page")
    removed = remove_bookmark(request.user, page_id)
    if wants_json(request):
        payload = bookmark_payload(None, False)
        payload["page"] = page_id
        payload["removed"] = removed
        return JsonResponse(payload)
    if removed:
        messages.success(request, _("Removed from My bookmarks."))
    return redirect(safe_next(request, reverse("readers:bookmarks")))


@never_cache
@login_required
@require_POST
def bookmarks_clear(request):
    count, _details = Bookmark.objects.of(request.user).delete()
    if count:
        messages.success(request, _("All bookmarks removed."))
    return redirect("readers:bookmarks")


@never_cache
@login_required
@require_GET
def bookmark_list(request):
    return render(
        request, "readers/bookmarks.html", {"bookmarks": bookmarks_for_listing(request.user)}
    )


@never_cache
@login_required
@require_GET
def account(request):
    return render(
        request,
        "readers/account.html",
        {"bookmark_count": Bookmark.objects.of(request.user).count()},
    )


# Consent -----------------------------------------------------------------------------------


def current_consent(request):
    """(choice, consent_id) from the consent cookie if it is for the current policy."""
    value = request.COOKIES.get(settings.CONSENT_COOKIE_NAME, "")
    parts = value.split(":")
    if len(parts) != 3 or parts[0] != settings.CONSENT_POLICY_VERSION:
        return None, None
    choice, consent_id = parts[1], parts[2]
    if choice not in ConsentChoice.values:
        return None, None
    try:
        return choice, uuid.UUID(consent_id)
    except ValueError:
        return None, None


def record_consent(request, response, choice):
    _old, consent_id = current_consent(request)
    record = ConsentRecord.objects.create(
        consent_id=consent_id or uuid.uuid4(),
        user=request.user if request.user.is_authenticated else None,
        choice=choice,
        policy_version=settings.CONSENT_POLICY_VERSION,
    )
    response.set_cookie(
        settings.CONSENT_COOKIE_NAME,
        f"{record.policy_version}:{record.choice}:{record.consent_id}",
        max_age=60 * 60 * 24 * 365,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=False,
    )
    return record


# Cached pages carry no CSRF token, so the banner's request is exempt; it only accepts a JSON
# body, which a cross-site form cannot send without a CORS preflight this site never grants.
@csrf_exempt
@never_cache
@require_POST
def consent(request):
    origin = request.headers.get("Origin")
    if origin and origin != f"{request.scheme}://{request.get_host()}":
        return JsonResponse({"error": _("Cross-site requests are not accepted.")}, status=403)
    if request.content_type != "application/json":
        return JsonResponse({"error": _("Send the choice as JSON.")}, status=415)
    try:
        choice = json.loads(request.body or b"{}").get("choice")
    except (ValueError, AttributeError):
        return JsonResponse({"error": _("Send the choice as JSON.")}, status=400)
    if choice not in ConsentChoice.values:
        return JsonResponse(
            {"error": _("Choose one of: %s.") % ", ".join(ConsentChoice.values)}, status=400
        )
    response = JsonResponse({})
    record = record_consent(request, response, choice)
    response.content = json.dumps(
        {
            "choice": record.choice,
            "policy_version": record.policy_version,
            "recorded_at": record.created_at.isoformat(),
        }
    )
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def cookie_settings(request):
    """The no-JavaScript way to see and change the cookie choice (linked from the footer)."""
    choice, _consent_id = current_consent(request)
    if request.method == "POST":
        new_choice = request.POST.get("choice")
        if new_choice not in ConsentChoice.values:
            messages.error(request, _("Choose “Accept all” or “Only necessary”."))
            return redirect("readers:cookies")
        response = redirect("readers:cookies")
        record_consent(request, response, new_choice)
        messages.success(request, _("Your cookie choice is saved."))
        return response
    return render(
        request,
        "readers/cookies.html",
        {
            "choice": choice,
            "choices": ConsentChoice.choices,
            "policy_version": settings.CONSENT_POLICY_VERSION,
        },
    )


# Data rights -------------------------------------------------------------------------------


@never_cache
@login_required
@require_GET
def export_data(request):
    data = export_reader_data(request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="broadsheet-my-data-{stamp}.json"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        EmailAddress.objects.filter(user=user).delete()
        user.delete()
        return render(request, "readers/account_deleted.html")
    return render(request, "readers/delete_account.html", {"form": form})
