from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    """One Wagtail locale per configured language, so editors can translate from day one."""
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_initial"),
        ("wagtailcore", "0057_page_locale_fields_notnull"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
