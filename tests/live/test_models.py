import pytest
from django.core.exceptions import ValidationError

from broadsheet.live.models import LivePost, PostConflict, create_post, delete_post, update_post

pytestmark = pytest.mark.django_db


def test_every_change_takes_the_next_sequence_number(live_page, add_post):
    first, second = add_post("One."), add_post("Two.")
    assert (first.seq, second.seq) == (1, 2)
    edited = update_post(first.pk, version=1, title="Correction")
    assert (edited.seq, edited.version) == (3, 2)
    deleted = delete_post(second.pk, version=1)
    assert deleted.seq == 4
    assert LivePost.objects.get(pk=second.pk).deleted_at is not None
    assert list(live_page.posts.visible()) == [edited]
    assert live_page.cursor == 4


def test_second_editor_never_overwrites_the_first(add_post):
    post = add_post("Original.")
    update_post(post.pk, version=1, title="First editor")
    with pytest.raises(PostConflict) as conflict:
        update_post(post.pk, version=1, title="Second editor")
    assert conflict.value.current.title == "First editor"
    post.refresh_from_db()
    assert (post.title, post.version) == ("First editor", 2)


def test_a_stale_delete_deletes_nothing(add_post):
    post = add_post()
    update_post(post.pk, version=1, key_event=True)
    with pytest.raises(PostConflict):
        delete_post(post.pk, version=1)
    post.refresh_from_db()
    assert post.deleted_at is None


def test_an_empty_body_is_refused_and_nothing_saved(live_page):
    with pytest.raises(ValidationError):
        create_post(live_page, body=[])
    assert not LivePost.objects.exists()


def test_ending_the_coverage_sets_its_end(live_page):
    assert live_page.coverage_start is not None
    live_page.status = "ended"
    live_page.save_revision().publish()
    live_page.refresh_from_db()
    assert live_page.coverage_end is not None
