"""`/health/` for load balancers: django-health-check's checks of the database, the cache, the
media storage, applied migrations and (with the database task backend) a worker that takes the
queue's tasks. The answer says only which of those is up: no version, setting, host name or
error text (those go to the log)."""

import asyncio
import dataclasses
import datetime
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views import View
from django_tasks_db.models import DBTaskResult
from health_check.base import HealthCheck
from health_check.checks import Cache, Database, Storage
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

# A task waiting longer than this means no worker is taking them.
QUEUE_WAIT_LIMIT = datetime.timedelta(minutes=5)


@dataclasses.dataclass
class Migrations(HealthCheck):
    """Every migration the code has is applied to the database."""

    def run(self):
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            raise ServiceUnavailable("Migrations are not applied")


@dataclasses.dataclass
class TaskWorker(HealthCheck):
    """With the database task backend: no task has waited for a worker too long."""

    def run(self):
        oldest = DBTaskResult.objects.ready().order_by("enqueued_at").first()
        if oldest and timezone.now() - oldest.enqueued_at > QUEUE_WAIT_LIMIT:
            raise ServiceUnavailable("No worker has taken the queued tasks")


CHECKS = {Database: "database", Cache: "cache", Storage: "storage", Migrations: "migrations"}


def uses_task_worker():
    backend = settings.TASKS.get("default", {}).get("BACKEND", "")
    return backend.startswith("django_tasks_db.")


class HealthView(HealthCheckView):
    """django-health-check's view, answering in JSON with our names and nothing else.

    A synchronous view: the checks (some async) run on an event loop of their own, in a thread
    of their own, so the view works under any server and beside any running loop.
    """

    checks = tuple(CHECKS)

    def get_checks(self):
        yield from super().get_checks()
        if uses_task_worker():
            yield TaskWorker()

    def dispatch(self, request, *args, **kwargs):
        response = View.dispatch(self, request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    async def run_checks(self):
        return await asyncio.gather(*(check.get_result() for check in self.get_checks()))

    def get(self, request, *args, **kwargs):
        with ThreadPoolExecutor(max_workers=1) as thread:
            results = thread.submit(asyncio.run, self.run_checks()).result()
        status = {
            CHECKS.get(type(result.check), "tasks"): "ok" if result.error is None else "down"
            for result in results
        }
        healthy = all(value == "ok" for value in status.values())
        return JsonResponse(
            {"status": "ok" if healthy else "down", "checks": status},
            status=200 if healthy else 503,
        )
