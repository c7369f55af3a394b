"""schema.org for a channel on the air: a VideoObject whose ``publication`` is the current
show as a live ``BroadcastEvent`` (Google's livestream guidance), published on the
edition's ``BroadcastService``."""

from django.templatetags.static import static

from broadsheet.core.sites import public_url


def _iso(moment):
    return moment.replace(microsecond=0).isoformat()


def broadcast_service(page, request, language):
    return {
        "@type": "BroadcastService",
        "name": page.title,
        "broadcastDisplayName": page.title,
        "url": page.get_full_url(request),
        "inLanguage": language,
    }


def live_video(page, show, *, request, language, poster_url=""):
    """The VideoObject of the show on the air now, with its live BroadcastEvent."""
    return {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": f"{page.title}: {show.title}",
        "description": show.description or page.intro or show.title,
        "thumbnailUrl": [public_url(poster_url or static("broadsheet/favicon.svg"))],
        "uploadDate": _iso(show.starts_at),
        "contentUrl": public_url(page.hls_url),
        "embedUrl": page.get_full_url(request),
        "inLanguage": language,
        "publication": {
            "@type": "BroadcastEvent",
            "name": show.title,
            "isLiveBroadcast": True,
            "startDate": _iso(show.starts_at),
            "endDate": _iso(show.ends_at),
            "videoFormat": "HD",
            "publishedOn": broadcast_service(page, request, language),
        },
    }
