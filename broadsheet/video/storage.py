"""Storage helpers for the directories of files a transcode writes."""


def delete_tree(storage, prefix):
    """Delete every file under ``prefix`` in ``storage`` (Django's storage API has no rmtree)."""
    try:
        folders, files = storage.listdir(prefix)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in files:
        storage.delete(f"{prefix}/{name}")
    for folder in folders:
        delete_tree(storage, f"{prefix}/{folder}")
    try:
        storage.delete(prefix)  # an empty directory on the file system; nothing elsewhere
    except OSError:
        pass
