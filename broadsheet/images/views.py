"""Local media as readers may get it: image renditions, and nothing else.

Everything an editor uploads lands under ``MEDIA_ROOT``, but only renditions are public by
design (cropped, resized, metadata stripped). Originals keep the photographer's metadata and
may show what an editor cropped out, so only people with admin access get them; episode audio
is served by the podcasts' audio view, which checks that the episode is public.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.views.static import serve

# Wagtail's folders: AbstractRendition.get_upload_to and AbstractImage.get_upload_to.
RENDITIONS_DIR = "images/"
ORIGINALS_DIR = "original_images/"
RENDITION_MAX_AGE = 7 * 24 * 3600


def _is_editor(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


@require_safe
def media(request, path):
    """``MEDIA_URL<path>``: a rendition for anyone, an original for editors, else 404."""
    name = posixpath.normpath(path).lstrip("/")
    if name.startswith(RENDITIONS_DIR):
        response = serve(request, name, document_root=settings.MEDIA_ROOT)
        patch_cache_control(response, public=True, max_age=RENDITION_MAX_AGE)
        return response
    if name.startswith(ORIGINALS_DIR) and _is_editor(request.user):
        response = serve(request, name, document_root=settings.MEDIA_ROOT)
        patch_cache_control(response, private=True, no_store=True)
        return response
    raise Http404
