from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .popularity import BeaconRefused, count_view
from .translation_status import out_of_date_translations

MAX_ARTICLE_ID = 2**62


@csrf_exempt  # an anonymous count, no state of the reader's is changed
@require_POST
def view_beacon(request, article_id):
    """Count one read of an article; the article page's script calls it after loading."""
    purpose = request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")
    response = HttpResponse(status=204)
    if 0 < article_id < MAX_ARTICLE_ID and "prefetch" not in purpose:
        try:
            count_view(request, article_id)
        except BeaconRefused:
            response = HttpResponse(
                "Too many view beacons from this client; try again in a minute.\n",
                status=429,
                content_type="text/plain; charset=utf-8",
            )
            response["Retry-After"] = "60"
    add_never_cache_headers(response)
    return response


def out_of_date_report(request):
    """Admin report: translations whose source changed since they were last synced."""
    return TemplateResponse(
        request,
        "newsroom/admin/out_of_date_report.html",
        {"translations": out_of_date_translations()[:500]},
    )
