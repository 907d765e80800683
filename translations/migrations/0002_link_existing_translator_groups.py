"""Link the translators' groups that `setup_roles` made before rights were tied to locales by
data: each was found by its name, "Translators – <language name as in settings.LANGUAGES>"."""

from django.conf import settings
from django.db import migrations


def link_existing_translator_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Locale = apps.get_model("wagtailcore", "Locale")
    TranslatorGroup = apps.get_model("translations", "TranslatorGroup")
    for code, name in settings.LANGUAGES:
        group = Group.objects.filter(name=f"Translators – {name}").first()
        locale = Locale.objects.filter(language_code=code).first()
        if group is None or locale is None:
            continue  # setup_roles creates and links it
        TranslatorGroup.objects.get_or_create(group=group, defaults={"locale": locale})


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_initial"),
        ("home", "0003_create_locales"),
    ]

    operations = [
        migrations.RunPython(link_existing_translator_groups, migrations.RunPython.noop),
    ]
