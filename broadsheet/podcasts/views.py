import os

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from broadsheet.core.files import serve_stored_file

from .models import EpisodePage

AUDIO_MAX_AGE = 86400


def _can_preview(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


@require_safe
def episode_audio(request, pk, filename):
    """Serve an episode's audio from whatever storage holds it, honouring byte ranges.

    Podcast apps and browsers seek by asking for ranges; an answer they cannot use
    (a 200 to a Range request, a wrong Content-Length) breaks seeking or the download.
    """
    episodes = (
        EpisodePage.objects.all() if _can_preview(request.user) else EpisodePage.objects.published()
    )
    episode = get_object_or_404(episodes.exclude(audio=""), pk=pk)
    if os.path.basename(episode.audio.name) != filename:
        raise Http404
    storage = episode.audio.storage
    try:
        size = (
            episode.audio_size
            if episode.audio_size is not None
            else storage.size(episode.audio.name)
        )
    except OSError:
        raise Http404 from None

    last_modified = episode.last_published_at or episode.latest_revision_created_at
    return serve_stored_file(
        request,
        storage,
        episode.audio.name,
        size=size,
        content_type=episode.audio_type,
        last_modified=last_modified,
        private=_can_preview(request.user),
        max_age=AUDIO_MAX_AGE,
    )
