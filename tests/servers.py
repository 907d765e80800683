"""App servers for tests that need real ones: gunicorn on a free port of 127.0.0.1, against the
environment a test gives it (settings module, DATABASE_URL, cache), stopped when the test ends.
The `start_server` fixture (tests/conftest.py) hands out `start(environment) -> base URL`."""

import contextlib
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def gunicorn_servers(log_folder):
    processes = []

    def start(environment):
        port = free_port()
        command = [
            str(Path(sys.executable).with_name("gunicorn")),
            *("--chdir", str(REPO / "site"), "kartu.wsgi"),
            *("--bind", f"127.0.0.1:{port}", "--workers", "1", "--no-control-socket"),
        ]
        log_path = Path(log_folder) / f"server-{port}.log"
        log = open(log_path, "w")  # noqa: SIM115 - closed with the server
        process = subprocess.Popen(command, env=environment, stdout=log, stderr=log)
        processes.append((process, log))
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            assert process.poll() is None, log_path.read_text()
            try:
                requests.get(base + "/robots.txt", timeout=10)
                return base
            except (requests.ConnectionError, requests.Timeout):
                time.sleep(0.3)
        raise AssertionError(f"gunicorn on {base} did not start")

    try:
        yield start
    finally:
        for process, log in processes:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()
