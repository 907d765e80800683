# The poster's and the evidence pack's admin actions and URLs, registered on import.
from .evidence import hooks as evidence_hooks  # noqa: F401
from .poster import hooks as poster_hooks  # noqa: F401
