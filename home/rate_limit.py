"""Counting uses of a public form in Django's cache: Redis when CACHE_URL is set, so that every
app server counts together; local memory otherwise, which counts per process.

A fixed window: each `window` seconds a key's count starts again from zero. Keys are hashed
with the secret key, so the cache holds no client address or other identifier in plain text.
"""

import time

from django.core.cache import caches
from django.utils.crypto import salted_hmac


class RateLimit:
    """At most `limit` uses per `window` seconds for each key (an address, a member…)."""

    def __init__(self, scope, limit, window):
        self.scope, self.limit, self.window = scope, limit, window

    def cache_key(self, key, now=None):
        bucket = int((time.time() if now is None else now) // self.window)
        digest = salted_hmac(f"kartu.rate_limit.{self.scope}", str(key)).hexdigest()[:32]
        return f"ratelimit:{self.scope}:{digest}:{bucket}"

    def use(self, key):
        """Count one use of `key`; True while the count stays within the limit."""
        cache = caches["default"]
        cache_key = self.cache_key(key)
        cache.add(cache_key, 0, self.window)
        try:
            count = cache.incr(cache_key)
        except ValueError:  # the window ended between add() and incr()
            cache.add(cache_key, 1, self.window)
            count = 1
        return count <= self.limit
