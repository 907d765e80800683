"""Production asks staff for their second factor unless told not to; development does not
unless told to."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def require_2fa(settings_module, value):
    env = {**os.environ, "SECRET_KEY": "kartu-settings-test", "ALLOWED_HOSTS": "kartu.example"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("KARTU_REQUIRE_2FA", None)
    if value is not None:
        env["KARTU_REQUIRE_2FA"] = value
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "--no-imports",
            f"--settings=kartu.settings.{settings_module}",
        ]
        + ["-c", "from django.conf import settings; print(settings.KARTU_REQUIRE_2FA)"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("settings_module", "value", "required"),
    [
        ("production", None, "True"),
        ("production", "false", "False"),
        ("dev", None, "False"),
        ("dev", "true", "True"),
    ],
)
def test_where_the_second_factor_is_required(settings_module, value, required):
    assert require_2fa(settings_module, value) == required
