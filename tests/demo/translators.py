"""What the translators' tour finds in the demo: the Latvian job, its page and translation."""

from wagtail.models import Locale
from wagtail_localize.models import Translation

from kartu.demo.content import Content
from projects.models import ProjectPage
from translations.jobs.models import TranslationJob


def job_spec():
    return Content()["job"]["job"]


def latvian_job():
    spec = job_spec()
    return TranslationJob.objects.get(locale__language_code="lv", note=spec["note"])


def job_page():
    """The Lithuanian source page of the job and its Latvian translation (the wagtail-localize
    `Translation` and the Latvian page)."""
    source = ProjectPage.objects.get(locale__language_code="lt", slug="sb-creative-clusters")
    latvian = Locale.objects.get(language_code="lv")
    translation = Translation.objects.select_related("source", "target_locale").get(
        source__object_id=source.translation_key, target_locale=latvian
    )
    return source, translation, source.get_translation(latvian)
