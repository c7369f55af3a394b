"""schema.org VideoObject for a video readers may play."""

from django.conf import settings
from django.urls import reverse


def embed_url(video):
    return settings.BASE_URL.rstrip("/") + reverse("video:embed", args=[video.pk])


def video_object(video):
    """A VideoObject with the properties search engines require and recommend."""
    data = {
        "@type": "VideoObject",
        "name": video.title,
        "description": video.description or video.title,
        "thumbnailUrl": [video.full_poster_url],
        "uploadDate": (video.ready_at or video.created_at).isoformat(),
        "duration": video.iso_duration,
        "contentUrl": video.full_file_url("video.mp4"),
        "embedUrl": embed_url(video),
        "inLanguage": video.language,
        "width": video.width,
        "height": video.height,
    }
    if video.expires_at:
        data["expires"] = video.expires_at.isoformat()
    if video.credit:
        data["creditText"] = video.credit
    return {key: value for key, value in data.items() if value not in (None, "", [])}
