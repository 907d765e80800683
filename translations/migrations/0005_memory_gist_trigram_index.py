"""The translation memory's trigram index becomes GiST, searched nearest first, in place of
migration 0003's GIN index (`translations.memory.postgres` says why; README: measured).

It indexes each string's first 2,000 characters (`postgres.PREFIX`): a GiST entry holds the
string's trigrams and must fit in a page, so a longer paragraph would fail to save."""

from django.db import migrations

GIN = "translations_memory_string_trgm"
GIST = "translations_memory_string_trgm_gist"
PREFIX = 2000  # translations.memory.postgres.PREFIX at the time of this migration


def use_gist(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return  # other databases search the memory in Python (`translations.memory.portable`)
    table = apps.get_model("wagtail_localize", "String")._meta.db_table
    schema_editor.execute(f"DROP INDEX IF EXISTS {GIN}")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {GIST} ON {table} "
        f"USING gist ((left(data, {PREFIX})) gist_trgm_ops)"
    )


def use_gin(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtail_localize", "String")._meta.db_table
    schema_editor.execute(f"DROP INDEX IF EXISTS {GIST}")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {GIN} ON {table} USING gin (data gin_trgm_ops)"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0004_jobs_and_string_revisions"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(use_gist, use_gin)]
