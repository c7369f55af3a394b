"""Live coverage: a live page (an article that grows by short timestamped posts) and its posts.

Posts live outside the page's revisions: editors add, edit, correct and delete them from the
composer without publishing the page again. Every change takes the page's next sequence
number (``LivePost.seq``), the cursor readers' browsers poll with; a deleted post keeps its
row (``deleted_at``) so that polls can tell readers to drop it.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Max, Q
from django.http import Http404, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField

from broadsheet.core.cache import set_page_cache_headers, set_public_cache_headers
from broadsheet.core.pagination import KeysetPage, encode_cursor, paginate
from broadsheet.newsroom.blocks import ArticleBodyBlock
from broadsheet.newsroom.models import ArticlePage, Author
from broadsheet.newsroom.prefetch import prefetch_body

from .signals import post_changed

CURSOR_RE = re.compile(r"^\d{1,9}$")


class LiveStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    LIVE = "live", _("Live")
    ENDED = "ended", _("Ended")


class PostConflict(Exception):
    """Another editor changed the post since this editor opened it."""

    def __init__(self, current):
        super().__init__("conflict")
        self.current = current


class LivePage(RoutablePageMixin, ArticlePage):
    """Rolling coverage of a breaking event. It is an article (section listings, feeds, Top
    stories and search list it like one) whose body is the background under the posts."""

    status = models.CharField(
        _("status"), max_length=10, choices=LiveStatus.choices, default=LiveStatus.LIVE
    )
    coverage_start = models.DateTimeField(_("coverage starts"), null=True, blank=True)
    coverage_end = models.DateTimeField(
        _("coverage ends"),
        null=True,
        blank=True,
        help_text=_("Filled in when the status is set to ended, if left empty."),
    )
    key_points = RichTextField(
        _("key points"),
        blank=True,
        features=["ul", "bold", "italic", "link"],
        help_text=_("A short summary of the latest, kept current as the story develops."),
    )

    content_panels = [
        *ArticlePage.content_panels[:4],
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("coverage_start"), FieldPanel("coverage_end")]),
                FieldPanel("key_points"),
            ],
            heading=_("Live coverage"),
        ),
        *ArticlePage.content_panels[4:],
    ]
    parent_page_types = ["newsroom.SectionPage"]
    subpage_types = []
    template = "live/live_page.html"

    class Meta:
        verbose_name = _("live page")

    @property
    def is_live(self):
        return self.status == LiveStatus.LIVE

    def save(self, *args, **kwargs):
        if self.status == LiveStatus.LIVE and self.coverage_start is None:
            self.coverage_start = timezone.now()
        if self.status == LiveStatus.ENDED and self.coverage_end is None:
            self.coverage_end = timezone.now()
        return super().save(*args, **kwargs)

    @cached_property
    def cursor(self):
        """The sequence number of the latest change to any post (0: none yet)."""
        return self.posts.aggregate(top=Max("seq"))["top"] or 0

    def url_path_for(self, name, *args):
        return self.reverse_subpage(name, args=args)

    def posts_for_readers(self):
        return self.posts.visible().for_display()

    def key_events(self):
        return list(self.posts.visible().filter(key_event=True).only("pk", "title", "published_at"))

    def serve(self, request, view=None, args=None, kwargs=None):
        response = super().serve(request, view, args, kwargs)
        if not response.has_header("Cache-Control"):
            set_page_cache_headers(response, request)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["poll_interval"] = settings.LIVE_POLL_INTERVAL
        context["live_cursor"] = self.cursor
        context["key_events"] = self.key_events()
        context["pinned_posts"] = list(self.posts_for_readers().filter(pinned=True))
        return context

    def _render_posts(self, request, page_obj, target=None):
        posts = page_obj.object_list
        prefetch_post_bodies(posts)
        return self.render(
            request,
            context_overrides={"page_obj": page_obj, "live_posts": posts, "target_post": target},
        )

    @path("", name="index")
    def index(self, request):
        return self._render_posts(
            request, paginate(request, self.posts_for_readers(), settings.LIVE_POSTS_PER_PAGE)
        )

    @path("post/<int:post_id>/", name="post")
    def post(self, request, post_id):
        """The page opened at one post (its permalink): the posts from it back, so that the
        post is on the page without JavaScript; the anchor scrolls to it."""
        visible = self.posts_for_readers()
        target = visible.filter(pk=post_id).first()
        if target is None:
            raise Http404
        per_page = settings.LIVE_POSTS_PER_PAGE
        newer = visible.filter(
            Q(published_at__gt=target.published_at)
            | Q(published_at=target.published_at, pk__gt=target.pk)
        )
        if newer.count() < per_page:
            page_obj = paginate(request, visible, per_page)
        else:
            rows = list(
                visible.filter(
                    Q(published_at__lt=target.published_at)
                    | Q(published_at=target.published_at, pk__lte=target.pk)
                )[: per_page + 1]
            )
            page_obj = KeysetPage(
                object_list=rows[:per_page],
                is_first=False,
                previous_cursor=encode_cursor(target),
                next_cursor=encode_cursor(rows[per_page - 1]) if len(rows) > per_page else "",
            )
        return self._render_posts(request, page_obj, target=target)

    @path("updates/", name="updates")
    def updates(self, request):
        """What changed since the cursor ``since``, as small JSON that the page cache keeps
        (one copy per cursor, every one purged when a post changes)."""
        raw = request.GET.get("since", "0")
        if not CURSOR_RE.match(raw) or int(raw) > self.cursor:
            # Only cursors this page has handed out are answered (and cached).
            response = JsonResponse(
                {"detail": "Unknown cursor: load the page again.", "reset": True}, status=400
            )
            patch_cache_control(response, private=True, no_store=True)
            return response
        since = int(raw)
        limit = settings.LIVE_POLL_MAX_CHANGES
        changes = list(self.posts.changed_since(since).for_display()[: limit + 1])
        data = {"cursor": self.cursor, "status": self.status}
        if len(changes) > limit:
            data["reset"] = True  # too far behind: the reader's page loads the page again
        else:
            prefetch_post_bodies([post for post in changes if post.deleted_at is None])
            data["posts"] = [
                post_data(post, self, request) for post in changes if post.deleted_at is None
            ]
            data["deleted"] = [post.pk for post in changes if post.deleted_at is not None]
        response = JsonResponse(data, json_dumps_params={"separators": (",", ":")})
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        else:
            # Readers' browsers revalidate every poll (ETag, 304); the page cache and a CDN are
            # purged when a post changes, so max-age only bounds a CDN that is not.
            set_public_cache_headers(response, max_age=settings.LIVE_POLL_MAX_AGE)
        set_response_etag(response)
        return response


def prefetch_post_bodies(posts):
    """Renditions and Read more cards of every post's body in a few bulk queries."""
    prefetch_body([block for post in posts for block in post.body])


def post_data(post, page, request):
    """A post as the poll endpoint sends it: its rendered HTML and what the page sorts by."""
    return {
        "id": post.pk,
        "time": post.published_at.isoformat(),
        "key_event": post.key_event,
        "pinned": post.pinned,
        "title": post.title,
        "html": render_to_string(
            "live/includes/post.html", {"post": post, "page": page}, request=request
        ),
        # The key events timeline's entry for it, or "" when it is not a key event.
        "timeline": render_to_string(
            "live/includes/timeline_item.html", {"event": post, "page": page}, request=request
        )
        if post.key_event
        else "",
    }


class LivePostQuerySet(models.QuerySet):
    def visible(self):
        """Posts readers see: not deleted, newest first (pinned ones included)."""
        return self.filter(deleted_at__isnull=True).order_by("-published_at", "-pk")

    def for_display(self):
        return self.prefetch_related("authors")

    def changed_since(self, seq):
        return self.filter(seq__gt=seq).order_by("seq")


class LivePost(models.Model):
    page = models.ForeignKey(
        LivePage, on_delete=models.CASCADE, related_name="posts", verbose_name=_("live page")
    )
    published_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    authors = models.ManyToManyField(Author, verbose_name=_("authors"), blank=True)
    key_event = models.BooleanField(_("key event"), default=False)
    pinned = models.BooleanField(_("pinned"), default=False)
    version = models.PositiveIntegerField(_("version"), default=1)
    seq = models.PositiveIntegerField(_("sequence"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )

    objects = LivePostQuerySet.as_manager()

    class Meta:
        verbose_name = _("live post")
        verbose_name_plural = _("live posts")
        ordering = ["-published_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "seq"], name="unique_live_post_seq_per_page")
        ]

    def __str__(self):
        return self.title or f"{self.page_id}#{self.pk}"

    def clean(self):
        super().clean()
        if not len(self.body):
            raise ValidationError({"body": _("Write the post.")})

    @property
    def anchor(self):
        return f"post-{self.pk}"

    @property
    def is_edited(self):
        return self.version > 1

    def permalink_path(self):
        """The post's permalink, relative to the site root, anchored at the post."""
        return f"{self.page.url}{self.page.url_path_for('post', self.pk)}#{self.anchor}"

    def full_permalink(self):
        return f"{self.page.full_url}{self.page.url_path_for('post', self.pk)}#{self.anchor}"


def _next_seq(page_id):
    # The page's row is locked (PostgreSQL) so that changes take numbers in commit order: a
    # reader polling with cursor N never misses a change numbered below N committed later.
    list(LivePage.objects.select_for_update().filter(pk=page_id).values_list("pk"))
    return (LivePost.objects.filter(page_id=page_id).aggregate(top=Max("seq"))["top"] or 0) + 1


def _committed(post, action):
    transaction.on_commit(
        lambda: post_changed.send(sender=LivePost, post=post, action=action), robust=True
    )


def _with_seq(write, attempts=3):
    """Run ``write(seq)`` in a transaction with the page's next sequence number; retried
    when a concurrent change took the same number (SQLite locks nothing until it writes)."""
    for attempt in range(attempts):
        try:
            with transaction.atomic():
                return write()
        except IntegrityError:
            if attempt == attempts - 1:
                raise
    return None


def create_post(page, *, body, title="", authors=(), key_event=False, pinned=False, user=None):
    """Add a post to a live page; readers' polls see it as soon as it is committed."""

    def write():
        post = LivePost(
            page=page,
            title=title,
            body=body,
            key_event=key_event,
            pinned=pinned,
            created_by=user,
            seq=_next_seq(page.pk),
        )
        post.full_clean(exclude=["page", "seq", "created_by"])
        post.save()
        post.authors.set(authors)
        _committed(post, "created")
        return post

    return _with_seq(write)


def update_post(post_id, *, version, **changes):
    """Change a post if nobody else has since ``version``; raises ``PostConflict`` (carrying
    the post as it is now) otherwise, and changes nothing."""
    authors = changes.pop("authors", None)

    def write():
        post = LivePost.objects.select_for_update().get(pk=post_id, deleted_at__isnull=True)
        seq = _next_seq(post.page_id)
        for name, value in changes.items():
            setattr(post, name, value)
        post.full_clean(exclude=["page", "seq", "created_by", "version"])
        claimed = LivePost.objects.filter(pk=post.pk, version=version).update(
            version=version + 1, seq=seq
        )
        if not claimed:
            raise PostConflict(LivePost.objects.get(pk=post_id))
        post.version, post.seq = version + 1, seq
        post.save(update_fields=[*changes, "updated_at"])
        if authors is not None:
            post.authors.set(authors)
        _committed(post, "updated")
        return post

    return _with_seq(write)


def delete_post(post_id, *, version):
    """Delete a post (readers' polls drop it); ``PostConflict`` as ``update_post``."""

    def write():
        post = LivePost.objects.get(pk=post_id, deleted_at__isnull=True)
        seq = _next_seq(post.page_id)
        now = timezone.now()
        claimed = LivePost.objects.filter(
            pk=post.pk, version=version, deleted_at__isnull=True
        ).update(version=version + 1, seq=seq, deleted_at=now)
        if not claimed:
            raise PostConflict(LivePost.objects.get(pk=post_id))
        post.version, post.seq, post.deleted_at = version + 1, seq, now
        _committed(post, "deleted")
        return post

    return _with_seq(write)
