"""The signal others subscribe to when content changes.

`content_changed` is sent after every purge (on transaction commit) with `languages`: the set
of language codes whose pages changed, or None for every language. Subscribers drop their own
derived data (navigation, settings, footers) for those languages. Keep its arguments stable.
"""

from django.dispatch import Signal

content_changed = Signal()
