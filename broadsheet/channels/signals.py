from django.dispatch import Signal

# Sent by the ``channel_boundaries`` command when a channel goes on or off the air or its
# current show changes: every page of the edition shows the header's LIVE label, so the
# apps above (the page cache) empty what they keep. ``state``: {channel pk: show pk or None}.
on_air_changed = Signal()
