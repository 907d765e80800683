"""Benchmarks: `make bench` (bench/load.py, gunicorn under wrk), `make bench-quick`
(bench/quick.py, in-process) and `make bench-memory` (bench/translation_memory.py, the
translation memory). Nothing here is part of the production site."""
