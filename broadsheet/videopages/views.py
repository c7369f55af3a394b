"""oEmbed (https://oembed.com) for Broadsheet's own video pages: an iframe of the player."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.html import format_html
from django.views.decorators.http import require_safe
from wagtail.models import Site

from broadsheet.core.models import SiteSettings
from broadsheet.core.sites import public_url
from broadsheet.video.structured_data import embed_url

from .models import VideoPage, poster_size

DEFAULT_WIDTH = 640
MAX_URL_LENGTH = 2000
OEMBED_MAX_AGE = 300


class OEmbedError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status, self.message = status, message


def _error(status, message):
    response = JsonResponse({"detail": message}, status=status)
    patch_cache_control(response, public=True, max_age=60)
    return response


def _dimension(request, name):
    value = request.GET.get(name)
    if value in (None, ""):
        return None
    if not value.isdigit() or not 0 < int(value) <= 10000:
        raise OEmbedError(400, f"{name} must be a whole number of pixels from 1 to 10000.")
    return int(value)


def _our_hosts():
    hosts = {urlsplit(settings.BASE_URL).netloc.lower()}
    for site in Site.objects.all():
        hosts.add(site.hostname.lower())
        hosts.add(f"{site.hostname}:{site.port}".lower())
    return hosts


def video_page_for_url(url):
    """The published video page at ``url`` on this site, or an OEmbedError (404)."""
    not_found = OEmbedError(404, "No public video page at this address.")
    if not url or len(url) > MAX_URL_LENGTH:
        raise not_found
    try:
        parts = urlsplit(url)
        host = parts.netloc.lower()
    except ValueError:
        raise not_found from None
    if parts.scheme not in ("http", "https") or host not in _our_hosts():
        raise not_found
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    if not slug:
        raise not_found
    # Translations share a slug: the page is the one whose own address is this path.
    for page in VideoPage.objects.published().filter(slug=slug).select_related("video"):
        if urlsplit(page.get_full_url()).path == path:
            return page
    raise not_found


def _size(video, maxwidth, maxheight):
    width = min(video.width or DEFAULT_WIDTH, DEFAULT_WIDTH)
    ratio = (video.height / video.width) if video.width and video.height else 9 / 16
    if maxwidth:
        width = min(width, maxwidth)
    height = round(width * ratio)
    if maxheight and height > maxheight:
        height = maxheight
        width = round(height / ratio)
    return max(width, 1), max(height, 1)


@require_safe
def oembed(request):
    """The oEmbed answer for a video page: ``?url=…&format=json[&maxwidth=&maxheight=]``.

    404 for an address that is not a published, public video page here; 501 for any
    format but JSON; 400 for a missing ``url`` or a bad size.
    """
    fmt = request.GET.get("format", "json")
    if fmt != "json":
        return _error(501, "Only format=json is implemented.")
    if "url" not in request.GET:
        return _error(400, "The url parameter is required.")
    try:
        maxwidth, maxheight = _dimension(request, "maxwidth"), _dimension(request, "maxheight")
        page = video_page_for_url(request.GET["url"])
    except OEmbedError as error:
        return _error(error.status, error.message)
    video = page.video
    width, height = _size(video, maxwidth, maxheight)
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    site_name = SiteSettings.for_site(site).site_name if site else settings.WAGTAIL_SITE_NAME
    html = format_html(
        '<iframe src="{}" width="{}" height="{}" title="{}" frameborder="0" '
        'allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>',
        embed_url(video),
        width,
        height,
        page.title,
    )
    thumbnail = poster_size(video)
    data = {
        "version": "1.0",
        "type": "video",
        "title": page.title,
        "author_name": video.credit or site_name,
        "provider_name": site_name,
        "provider_url": public_url("/"),
        "html": str(html),
        "width": width,
        "height": height,
        "thumbnail_url": video.full_poster_url,
        "thumbnail_width": thumbnail[0],
        "thumbnail_height": thumbnail[1],
        "cache_age": OEMBED_MAX_AGE,
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, public=True, max_age=OEMBED_MAX_AGE)
    return response
