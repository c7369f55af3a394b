import re

from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_safe
from wagtail.permission_policies import ModelPermissionPolicy

from broadsheet.core.files import serve_stored_file

from .models import OUTPUT_DIR, Video
from .structured_data import video_object

# A transcode's files never change (a new transcode writes a new directory), so they may be
# kept as long as a published video's: a day, like episode audio, so that withdrawing a video
# reaches browsers and CDNs the same day.
VIDEO_MAX_AGE = 86400
# The only names a transcode writes: the master playlist, the MP4, the poster and per rung
# (e.g. 720p/) a playlist, an init segment and media segments.
_NAME = re.compile(
    r"^(?:master\.m3u8|video\.mp4|poster\.jpg|\d{3,4}p/(?:index\.m3u8|init\.mp4|seg_\d{4,6}\.m4s))$"
)
CONTENT_TYPES = {
    ".m3u8": "application/vnd.apple.mpegurl",
    ".m4s": "video/iso.segment",
    ".mp4": "video/mp4",
    ".jpg": "image/jpeg",
}


def _can_preview(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def _video(request, pk, token):
    videos = Video.objects.all() if _can_preview(request.user) else Video.objects.published()
    video = get_object_or_404(videos.exclude(output_token=""), pk=pk)
    if video.output_token != token:
        raise Http404
    return video


@require_safe
def video_file(request, pk, token, name):
    """A file of a transcoded video (playlist, segment, MP4, poster), with byte ranges.

    Readers reach only published videos' files; editors may preview any.
    """
    if not _NAME.match(name):
        raise Http404
    video = _video(request, pk, token)
    storage = video.source.storage
    stored = f"{OUTPUT_DIR}/{token}/{name}"
    try:
        size = storage.size(stored)
    except OSError:
        raise Http404 from None
    extension = name[name.rindex(".") :]
    return serve_stored_file(
        request,
        storage,
        stored,
        size=size,
        content_type=CONTENT_TYPES[extension],
        last_modified=video.ready_at,
        private=_can_preview(request.user),
        max_age=VIDEO_MAX_AGE,
    )


@require_safe
def caption_file(request, pk, token, language):
    """A video's captions in one language, as clean WebVTT."""
    video = _video(request, pk, token)
    caption = get_object_or_404(video.captions, language=language)
    # Streaming, like the files above, so that the page cache never keeps a copy past a withdrawal.
    response = StreamingHttpResponse(
        iter([caption.webvtt.encode()]), content_type="text/vtt; charset=utf-8"
    )
    if _can_preview(request.user):
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, public=True, max_age=3600)
    response["X-Content-Type-Options"] = "nosniff"
    return response


@xframe_options_sameorigin
@require_safe
def embed(request, pk):
    """The player alone, for other sites' iframes and VideoObject's embedUrl."""
    video = get_object_or_404(Video.objects.published().exclude(output_token=""), pk=pk)
    response = render(request, "video/embed.html", {"video": video, "jsonld": video_object(video)})
    patch_cache_control(response, public=True, max_age=300)
    return response


# How many videos one status request may ask about: a listing page's worth.
STATUS_MAX_IDS = 100


@require_safe
def admin_status(request):
    """The transcoding state of the videos in ``?id=``, for the admin's status badges.

    Registered under the admin (which sends anonymous visitors to its sign-in page); only
    editors allowed to see videos get an answer.
    """
    policy = ModelPermissionPolicy(Video)
    if not policy.user_has_any_permission(request.user, ["add", "change", "delete", "view"]):
        return JsonResponse({"error": "You may not see videos."}, status=403)
    ids = [value for value in request.GET.getlist("id") if value.isdigit()][:STATUS_MAX_IDS]
    videos = Video.objects.filter(pk__in=ids).order_by("pk")
    response = JsonResponse({"videos": [video.status_data() for video in videos]})
    patch_cache_control(response, private=True, no_store=True)
    return response
