import hashlib
from pathlib import Path

from django.conf import settings
from django.http import Http404, StreamingHttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from broadsheet.core.files import serve_stored_file

from . import streams
from .models import LiveChannelPage, SourceKind


def _can_preview(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def _stream_is_public(name):
    return (
        LiveChannelPage.objects.live()
        .public()
        .filter(enabled=True, source_kind=SourceKind.PUSHED, stream_name=name)
        .exists()
    )


@require_safe
def stream_file(request, name, filename):
    """A pushed stream's playlist (fresh for a second) or segment (kept for long).

    Readers reach the streams of published, switched-on channels; editors any. A playlist
    the encoder stopped writing is answered 404, so players give up instead of waiting.
    """
    if not streams.STREAM_NAME_PATTERN.match(name):
        raise Http404
    if filename != streams.PLAYLIST and not streams.SEGMENT.match(filename):
        raise Http404
    private = _can_preview(request.user)
    if not private and not _stream_is_public(name):
        raise Http404
    if filename == streams.PLAYLIST:
        return _playlist(streams.stream_dir(name) / filename, name, private)
    storage, stored = streams.segment_location(name, filename)
    try:
        size = storage.size(stored)
    except OSError:
        raise Http404 from None
    return serve_stored_file(
        request,
        storage,
        stored,
        size=size,
        content_type=streams.CONTENT_TYPES[Path(filename).suffix],
        private=private,
        max_age=settings.CHANNELS_SEGMENT_MAX_AGE,
    )


def _playlist(path, name, private):
    if not streams.playlist_is_fresh(name):
        raise Http404
    try:
        data = path.read_bytes()
    except OSError:
        raise Http404 from None
    # Streaming, so that the page cache never keeps a playlist (it changes every segment);
    # its ETag is its content's, as its size may not change when it does.
    response = StreamingHttpResponse(iter([data]), content_type=streams.CONTENT_TYPES[".m3u8"])
    response["Content-Length"] = str(len(data))
    response["ETag"] = f'"{hashlib.sha256(data).hexdigest()[:32]}"'
    response["X-Content-Type-Options"] = "nosniff"
    if private:
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, public=True, max_age=settings.CHANNELS_PLAYLIST_MAX_AGE)
    return response
