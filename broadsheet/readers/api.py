"""Bookmarks for the news app: token-authenticated JSON under /api/v1/bookmarks/.

GET lists the reader's bookmarks newest first, POST {"page": id} saves one (200 if it was
already saved), DELETE /api/v1/bookmarks/<page id>/ removes one. Errors are JSON objects
with an ``error`` message.
"""

from django.urls import path
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import APIException
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.parsers import JSONParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from .bookmarks import BookmarkError, add_bookmark, bookmarks_for_listing, remove_bookmark


def serialize(bookmark):
    page = bookmark.specific_page
    return {
        "page": page.pk,
        "title": page.title,
        "url": page.full_url,
        "standfirst": getattr(page, "standfirst", ""),
        "saved_at": bookmark.created_at.isoformat(),
    }


class BookmarksPagination(LimitOffsetPagination):
    default_limit = 50
    max_limit = 200


class BookmarksAPIView(APIView):
    authentication_classes = [TokenAuthentication]
    permission_classes = [IsAuthenticated]
    renderer_classes = [JSONRenderer]
    parser_classes = [JSONParser]

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if isinstance(exc, APIException) and isinstance(response.data, dict):
            detail = response.data.get("detail", exc.detail)
            response.data = {"error": str(detail)}
        response["Cache-Control"] = "private, no-store"
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        return response


class BookmarkList(BookmarksAPIView):
    def get(self, request):
        paginator = BookmarksPagination()
        bookmarks = paginator.paginate_queryset(bookmarks_for_listing(request.user), request)
        return paginator.get_paginated_response([serialize(b) for b in bookmarks])

    def post(self, request):
        if not isinstance(request.data, dict) or "page" not in request.data:
            return Response({"error": _('Send {"page": <page id>}.')}, status=400)
        try:
            bookmark, created = add_bookmark(request.user, request.data["page"])
        except BookmarkError as error:
            return Response({"error": str(error)}, status=status.HTTP_404_NOT_FOUND)
        bookmark.specific_page = bookmark.page.specific
        return Response(serialize(bookmark), status=201 if created else 200)


class BookmarkDetail(BookmarksAPIView):
    def delete(self, request, page_id):
        if not remove_bookmark(request.user, page_id):
            return Response({"error": _("This story is not in your bookmarks.")}, status=404)
        return Response(status=status.HTTP_204_NO_CONTENT)


urlpatterns = [
    path("", BookmarkList.as_view(), name="api_bookmarks"),
    path("<int:page_id>/", BookmarkDetail.as_view(), name="api_bookmark"),
]
