"""The live composer in the admin: post, edit, correct and delete a live page's posts without
publishing the page again."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import PostEditForm, QuickPostForm, paragraphs_body
from .models import LivePage, LivePost, PostConflict, create_post, delete_post, update_post


def _editable_page(request, page_id):
    page = get_object_or_404(LivePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def composer(request, page_id):
    page = _editable_page(request, page_id)
    form = QuickPostForm(request.POST or None, page=page, initial={"authors": page.bylines})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            create_post(
                page,
                body=paragraphs_body(data["text"]),
                title=data["title"],
                authors=data["authors"],
                key_event=data["key_event"],
                pinned=data["pinned"],
                user=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Posted."))
            return redirect("live_composer", page.pk)
    posts = page.posts.visible().for_display()[:100]
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "live/admin/composer.html",
        {"page": page, "form": form, "posts": posts, "media": form.media},
        status=status,
    )


def edit_post(request, page_id, post_id):
    page = _editable_page(request, page_id)
    post = get_object_or_404(LivePost, pk=post_id, page=page, deleted_at__isnull=True)
    conflict = None
    if request.method == "POST":
        form = PostEditForm(request.POST, instance=post, for_user=request.user)
        if form.is_valid():
            changes = {
                name: form.cleaned_data[name]
                for name in ("published_at", "title", "body", "key_event", "pinned", "authors")
            }
            try:
                update_post(post.pk, version=form.cleaned_data["version"], **changes)
            except PostConflict as error:
                conflict = error.current
                form.add_error(
                    None,
                    _(
                        "Another editor changed or deleted this post while you were editing it. "
                        "Their version is shown below; copy what you need and edit again."
                    ),
                )
            except LivePost.DoesNotExist:
                messages.error(request, _("This post has been deleted."))
                return redirect("live_composer", page.pk)
            else:
                messages.success(request, _("Post updated."))
                return redirect("live_composer", page.pk)
    else:
        form = PostEditForm(instance=post, for_user=request.user, initial={"version": post.version})
    return TemplateResponse(
        request,
        "live/admin/edit_post.html",
        {"page": page, "post": post, "form": form, "conflict": conflict, "media": form.media},
        status=400 if request.method == "POST" else 200,
    )


@require_POST
def remove_post(request, page_id, post_id):
    page = _editable_page(request, page_id)
    post = get_object_or_404(LivePost, pk=post_id, page=page)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = -1
    try:
        delete_post(post.pk, version=version)
    except (PostConflict, LivePost.DoesNotExist):
        messages.error(
            request, _("This post was changed or deleted by another editor; nothing was deleted.")
        )
    else:
        messages.success(request, _("Post deleted."))
    return redirect("live_composer", page.pk)
