"""wrk, Debian's HTTP load generator: the command line and the reading of its output.

bench/summary.lua makes wrk end with one line, `BENCH-SUMMARY {json}`, holding the request
count, the duration and the latency percentiles in microseconds (wrk's own --latency table has
no p95); everything the benchmark reports is computed from that line.
"""

import json
import shutil
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().with_name("summary.lua")
MARKER = "BENCH-SUMMARY "
MISSING = (
    "wrk is missing: install Debian's package (`sudo apt-get install wrk`); "
    "as root, `make bench` installs it."
)


class WrkError(Exception):
    pass


def wrk_path():
    path = shutil.which("wrk")
    if path is None:
        raise WrkError(MISSING)
    return path


def wrk_command(url, seconds, threads=2, connections=8):
    return [
        wrk_path(),
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        "-s",
        str(SCRIPT),
        url,
    ]


def parse_summary(output):
    """What one wrk run measured: requests/s, latency percentiles in ms, the count of
    responses with a status of 400 or more, and socket errors (connect, read, write,
    timeout)."""
    lines = [line for line in output.splitlines() if line.startswith(MARKER)]
    if not lines:
        raise WrkError(f"wrk printed no summary line:\n{output[-2000:]}")
    summary = json.loads(lines[-1][len(MARKER) :])
    errors = summary["errors"]
    requests = summary["requests"]
    seconds = summary["duration_us"] / 1_000_000

    def milliseconds(name):  # no latency at all when not one request finished
        return summary["latency_us"][name] / 1000 if requests else None

    return {
        "requests": requests,
        "requests_per_s": requests / seconds if seconds else 0.0,
        "p50_ms": milliseconds("p50"),
        "p95_ms": milliseconds("p95"),
        "p99_ms": milliseconds("p99"),
        "max_ms": milliseconds("max"),
        "status_errors": errors["status"],
        "socket_errors": errors["connect"] + errors["read"] + errors["write"] + errors["timeout"],
    }


def run_wrk(url, seconds, threads=2, connections=8):
    command = wrk_command(url, seconds, threads, connections)
    result = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    if result.returncode:
        raise WrkError(f"{' '.join(command)} failed:\n{result.stderr}{result.stdout}")
    return parse_summary(result.stdout)


def version():
    result = subprocess.run([wrk_path(), "--version"], capture_output=True, text=True)
    return (result.stdout or result.stderr).splitlines()[0].split(" Copyright")[0]
