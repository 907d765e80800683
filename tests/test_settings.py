"""The documented production configuration passes Django's deployment checklist."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_production_settings_pass_check_deploy_without_warnings():
    env = {
        **os.environ,
        "SECRET_KEY": "a-long-random-production-secret-key-for-the-check-0123456789-abcdefghij",
        "ALLOWED_HOSTS": "kartu.example.org",
        "CACHE_URL": "redis://127.0.0.1:6379/1",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--settings=kartu.settings.production"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr
    assert "WARNINGS" not in result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {**os.environ, "SECRET_KEY": "", "ALLOWED_HOSTS": "kartu.example.org"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--settings=kartu.settings.production"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr
