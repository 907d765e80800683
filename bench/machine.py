"""What the load benchmark ran on, for the report: a number means little without the machine."""

import os
import platform
import subprocess
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def cpu_model():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def ram_gb():
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return 0.0


def load_average():
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def commit():
    def git(*args):
        return subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = git("status", "--porcelain", "--untracked-files=no")
    return head + (" (with uncommitted changes)" if changed else "")


def describe(wrk_version, database_version):
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": ram_gb(),
        "os": platform.platform(terse=True),
        "python": platform.python_version(),
        "django": version("django"),
        "wagtail": version("wagtail"),
        "gunicorn": version("gunicorn"),
        "wrk": wrk_version,
        "database": database_version,
        "load_before": load_average(),
        "commit": commit(),
    }
