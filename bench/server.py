"""gunicorn serving one built site on 127.0.0.1, the way production runs it: two sync workers,
production settings (bench.settings adds only /floor/), stopped when the measurement ends."""

import http.client
import os
import signal
import socket
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORKERS = 2
HEADERS = {"X-Forwarded-Proto": "https"}  # as behind a TLS proxy: no redirect to HTTPS


class ServerError(Exception):
    pass


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def status_of(port, path, timeout=30):
    """The status of GET `path`, redirects not followed."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers=HEADERS)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def warm(port, path, rounds=3):
    """Request `path` from as many clients at once as there are workers, `rounds` times each:
    each worker renders it (and fills its own page cache) before the measurement, and requests
    an earlier wrk run left queued are served first. No request is left behind: wrk leaves
    its open connections' requests queued when it stops."""

    def client(_):
        return [status_of(port, path) for _ in range(rounds)]

    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(client, range(WORKERS)))


class Gunicorn:
    """A context manager: the server is up inside, stopped (with its workers) on the way out.

    Up means `ready_path` answers 200. `threads` above 1 gives each worker that many threads
    (gunicorn's gthread worker), so one server serves requests at the same moment."""

    def __init__(self, env, log_path, ready_path="/floor/", workers=WORKERS, threads=1):
        self.env = env
        self.log_path = log_path
        self.ready_path = ready_path
        self.workers = workers
        self.threads = threads
        self.port = free_port()
        self.process = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        command = [
            str(REPO / ".venv" / "bin" / "gunicorn"),
            "kartu.wsgi:application",
            "--chdir",
            str(REPO),
            "--pythonpath",
            "site",
            "--workers",
            str(self.workers),
            "--threads",
            str(self.threads),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--no-control-socket",
        ]
        self.log = self.log_path.open("w")
        # A session of its own: stopping it can never reach processes this run did not start.
        self.process = subprocess.Popen(
            command, env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            self._wait_until_ready()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _wait_until_ready(self, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError(f"gunicorn exited; see {self.log_path}:\n{self.log_tail()}")
            try:
                if status_of(self.port, self.ready_path, timeout=5) == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise ServerError(f"gunicorn did not answer in {timeout} s; see {self.log_path}")

    def log_tail(self, lines=30):
        self.log.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)  # the master stops its workers
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()
        return False
