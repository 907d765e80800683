"""Benchmarks: `make bench` (bench/load.py, gunicorn under wrk) and `make bench-quick`
(bench/quick.py, in-process). Nothing here is part of the production site."""
