from django_tasks import task

from .popularity import flush_view_counts


@task()
def flush_view_counts_task():
    """Write the view counts batched in Redis to the database (for schedulers other than serve)."""
    return flush_view_counts()
