"""Counts what a demo run created and what was already there, for the closing summary."""

from collections import Counter


class Tally:
    def __init__(self):
        self.new = Counter()
        self.old = Counter()

    def created(self, kind, count=1):
        self.new[kind] += count

    def present(self, kind, count=1):
        self.old[kind] += count

    def record(self, kind, created):
        """Count one get-or-create result."""
        (self.new if created else self.old)[kind] += 1

    def lines(self):
        for kind in sorted(set(self.new) | set(self.old)):
            yield f"  {kind}: {self.new[kind]} created, {self.old[kind]} already present"
