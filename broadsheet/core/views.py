from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No request context: whatever failed (database, settings) must not fail this page too.
    return HttpResponseServerError(loader.render_to_string("500.html"))
