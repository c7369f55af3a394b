"""Wagtail's ``update_index``, with a progress bar and keyset chunks for large sites."""

import time

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

BAR_WIDTH = 30


class Command(WagtailUpdateIndex):
    help = "Rebuild the search index, showing progress per model."

    def queryset_chunks(self, qs, chunk_size=1000):
        # Keyset chunks by primary key: OFFSET gets slower with every chunk on 100k rows.
        self._total = qs.count()
        self._done = 0
        self._started = time.monotonic()
        last = None
        while True:
            chunk = qs if last is None else qs.filter(pk__gt=last)
            items = list(chunk[:chunk_size])
            if not items:
                break
            yield items
            last = items[-1].pk

    def print_iter_progress(self, iterable):
        for chunk in iterable:
            yield chunk
            self._done += len(chunk)
            if self.verbosity > 0:
                self.stdout.write(self.progress_line(), ending="")
                self.stdout.flush()

    def progress_line(self):
        total = max(self._total, 1)
        filled = int(BAR_WIDTH * self._done / total)
        elapsed = time.monotonic() - self._started
        return (
            f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
            f"{self._done}/{self._total} ({100 * self._done // total}%) {elapsed:.0f}s"
        )
