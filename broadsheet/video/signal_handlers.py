from django.db import transaction
from django.db.models.signals import post_delete, post_save

from .models import OUTPUT_DIR, Video, VideoCaption
from .storage import delete_tree
from .tasks import transcode_video


def enqueue_transcode(sender, instance, **kwargs):
    if getattr(instance, "transcode_requested", False):
        instance.transcode_requested = False
        pk, name = instance.pk, instance.source.name
        transaction.on_commit(lambda: transcode_video.enqueue(pk, name))


def delete_files(sender, instance, **kwargs):
    storage = instance.source.storage
    if instance.source:
        transaction.on_commit(lambda: storage.delete(instance.source.name))
    if instance.output_token:
        transaction.on_commit(lambda: delete_tree(storage, f"{OUTPUT_DIR}/{instance.output_token}"))


def delete_caption_file(sender, instance, **kwargs):
    if instance.file:
        name, storage = instance.file.name, instance.file.storage
        transaction.on_commit(lambda: storage.delete(name))


def connect():
    post_save.connect(enqueue_transcode, sender=Video, dispatch_uid="video_transcode")
    post_delete.connect(delete_files, sender=Video, dispatch_uid="video_delete_files")
    post_delete.connect(delete_caption_file, sender=VideoCaption, dispatch_uid="caption_delete")
