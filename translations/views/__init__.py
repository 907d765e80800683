"""Admin views of the translator features: the status report (`status`) and the translator's
locale-scoped snippet listing (`snippets`)."""
