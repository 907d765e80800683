"""The task worker in tests: production's task backend, and `manage.py db_worker --batch`."""

import logging
import signal

from django.core.management import call_command

# What production's KARTU_TASKS=database configures (kartu.settings.base.task_settings).
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def run_worker():
    """`manage.py db_worker --batch`: run every waiting task, then stop. The command installs
    signal handlers and log levels for a long-running process; put the test process's back."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    loggers = [logging.getLogger(name) for name in ("django_tasks", "django_tasks_db")]
    levels = [(logger, logger.level, list(logger.handlers)) for logger in loggers]
    try:
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
        for logger, level, logger_handlers in levels:
            logger.setLevel(level)
            logger.handlers[:] = logger_handlers
