"""Everything Broadsheet keeps about a reader, for the data download."""

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.conf import settings
from django.utils import timezone

from .bookmarks import bookmarks_for_listing


def _iso(value):
    return value.isoformat() if value else None


def export_reader_data(user):
    """A JSON-ready dict of the reader's account, addresses, bookmarks, consents and logins."""
    return {
        "format": "broadsheet-reader-data/1",
        "exported_at": timezone.now().isoformat(),
        "site": settings.WAGTAIL_SITE_NAME,
        "account": {
            "id": user.pk,
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "bookmarks": [
            {
                "page_id": bookmark.page_id,
                "title": bookmark.specific_page.title,
                "url": bookmark.specific_page.full_url,
                "saved_at": _iso(bookmark.created_at),
            }
            for bookmark in bookmarks_for_listing(user)
        ],
        "consent_records": [
            {
                "choice": record.choice,
                "policy_version": record.policy_version,
                "recorded_at": _iso(record.created_at),
            }
            for record in user.consent_records.order_by("created_at", "pk")
        ],
        "social_accounts": [
            {
                "provider": account.provider,
                "uid": account.uid,
                "date_joined": _iso(account.date_joined),
            }
            for account in SocialAccount.objects.filter(user=user).order_by("pk")
        ],
    }
